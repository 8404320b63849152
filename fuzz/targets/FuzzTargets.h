#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// Every fuzz target as a plain function: the libFuzzer executables under fuzz/ call one each, and tst_fuzz feeds
// the kept corpus and every reproducer through the same functions in the ordinary (and sanitizer) test run.
namespace mailready::fuzz {

using TargetFunction = int (*)(const uint8_t* data, size_t size);

struct Target
{
    const char* name; // folder name under fuzz/corpus/ and fuzz/regressions/
    TargetFunction run;
};

// Host names and nameserver addresses a user types: normalizeDomain, isValidDnsName, parseServerAddress,
// parseAddress.
int fuzzDnsName(const uint8_t* data, size_t size);
// TXT character-strings as they arrive off the wire, shown in zone-file form, in JSON evidence and on a terminal.
int fuzzTxtPresentation(const uint8_t* data, size_t size);
// Blocklist answers (any records, any outcome) read, health-judged and turned into verdicts.
int fuzzDnsblVerdict(const uint8_t* data, size_t size);
// A blocklist catalog file (--dnsbl-catalog and the built-in JSON).
int fuzzDnsblCatalog(const uint8_t* data, size_t size);

// A _dmarc TXT record.
int fuzzDmarcRecord(const uint8_t* data, size_t size);
// A DKIM key record (selector._domainkey TXT) and its tag-list.
int fuzzDkimKeyRecord(const uint8_t* data, size_t size);

// An SPF record (RFC 7208): parser, composer round trip, lint.
int fuzzSpfRecord(const uint8_t* data, size_t size);
// check_host() with its macro expander against a resolver that answers the fuzzed record at every name.
int fuzzSpfEval(const uint8_t* data, size_t size);
// An SMTP server's replies, arriving in pieces.
int fuzzSmtpReply(const uint8_t* data, size_t size);
// An IP-echo endpoint's body and an echo source as typed.
int fuzzIpEcho(const uint8_t* data, size_t size);

// An HTTP echo endpoint's whole answer (status line, headers, body), read as the public-ip check reads it.
int fuzzHttpEcho(const uint8_t* data, size_t size);
// DNS replies in wire format, read into an Answer as the resolver reads every reply it receives.
int fuzzDnsReply(const uint8_t* data, size_t size);
// A bounce or pasted rejection (mailready bounce): MIME, DSN fields and reply lines, within the reader's bounds.
int fuzzBounce(const uint8_t* data, size_t size);

// A received message's header section: the splitter, Received: and Authentication-Results readers, addresses, and
// the choice of the receiver's hop (mailready message).
int fuzzMessageHeaders(const uint8_t* data, size_t size);
// A whole received message judged against a DNS where nothing exists.
int fuzzMessage(const uint8_t* data, size_t size);

const QList<Target>& allTargets();

} // namespace mailready::fuzz
