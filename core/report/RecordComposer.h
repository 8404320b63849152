#pragma once

#include "Thresholds.h"
#include "checks/dmarc/DmarcComposer.h"
#include "checks/spf/SpfComposer.h"
#include "crypto/DkimKey.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The DNS records a mail domain publishes, composed from the user's choices with the SPF, DKIM and DMARC composers.
// Pure: no DNS, no files. The CLI (`mailready records`) and the wizard share it.
//
//   report::RecordChoices c;
//   c.domain = "example.com"; c.hostname = "mail.example.com"; c.ips = {QHostAddress("203.0.113.5")};
//   c.dkimSelector = "2026a"; c.dkimKey = privateKey.publicKey();
//   for (const report::PublishRecord& r : report::composeRecords(c).records)
//       print(r.zoneLine);
namespace mailready::report {

// An SPF record that is already published: the smallest change that authorizes the sending addresses is proposed
// instead of a new record.
struct ExistingSpf
{
    QList<QByteArray> records; // every SPF record published at the domain (several are merged into one)
    // From evaluating the published policy for each address (keyed by dns::addressText): the index of the top-level
    // term that decided against it, so the new term goes in front of it.
    QHash<QString, int> decidingIndex;
    QSet<QString> authorized; // addresses the published policy already passes: nothing is added for them
};

struct RecordChoices
{
    QString domain;          // the mail domain (no trailing dot)
    QString hostname;        // the mail server's own name; empty: no host address and no HELO record
    QList<QHostAddress> ips; // public sending addresses (A/AAAA of the hostname, ip4/ip6 in SPF)

    // SPF. `spf.ips` is ignored: the sending addresses above are used.
    spf::SpfChoices spf;
    std::optional<ExistingSpf> existingSpf;

    // DKIM: composed when both are set. Only the public key is ever seen here.
    QString dkimSelector;
    std::optional<crypto::PublicKey> dkimKey;

    // DMARC: composed when set. `dmarc.domain` defaults to `domain`.
    std::optional<checks::dmarc::Policy> dmarcPolicy;
    checks::dmarc::ComposeOptions dmarc;
};

// A sending address no receiver can see (private, loopback, CGNAT, ...): the records are still composed, as asked, but
// with the PTR check's words beside them. Documentation and benchmarking ranges (the demo domains) get none.
struct AddressWarning
{
    QString ip;
    QString message;
    QString fix;
};

struct ComposedRecords
{
    QList<AddressWarning> warnings; // one per sending address that is not public
    QList<PublishRecord> records; // in publishing order: host address, SPF, HELO SPF, DKIM, DMARC, report authorization
    QStringList notes;            // what people should know: the change made to an existing record, key size notes, ...
};

ComposedRecords composeRecords(const RecordChoices& choices);
// The warnings of composeRecords() for these addresses alone (the publish page's list of records).
QList<AddressWarning> addressWarnings(const QList<QHostAddress>& ips);

// A TXT record in both forms: `value` as one string, `zoneLine` as `NAME IN TXT "..." "..."` with character-strings
// of at most 255 bytes.
PublishRecord txtRecord(const QString& purpose, const QString& name, const QString& value);

} // namespace mailready::report
