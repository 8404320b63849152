#pragma once

#include "checks/rdns/ReverseLookup.h"
#include "dns/DnsAnswer.h"

#include <QStringList>

#include <initializer_list>

// Facts built by hand for the judges' table tests: DNS answers as a server would have given them, no server at all.
namespace mailready::test {

// An answer to NAME/TYPE. `result` is "NXDOMAIN", "NODATA", "SERVFAIL", "TIMEOUT", or the records: addresses for
// A/AAAA, names for PTR, comma-separated.
dns::Answer answer(const QString& name, dns::RRType type, const QString& result);

// A TXT answer at NAME holding `records` (each one character-string); none: NODATA.
dns::Answer txtAnswer(const QString& name, const QList<QByteArray>& records);

// The reverse lookup of `ip`: its PTR answer (`ptr` as for answer()) and, for each PTR name, the forward answer
// given in `forward` ("name=result", the result as for answer(); a name not given was not looked up).
checks::ReverseLookup reverseLookup(const char* ip, const char* ptr, std::initializer_list<const char*> forward = {});

// Facts for the reverse-DNS judges: every address, and the lookups of the public ones from `lookups` in order.
checks::ReverseFacts reverseFacts(std::initializer_list<const char*> addresses,
                                  const QList<checks::ReverseLookup>& lookups);

} // namespace mailready::test
