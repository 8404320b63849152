#pragma once

#include "checks/Check.h"
#include "checks/spf/SpfEvaluator.h"

#include <QCoreApplication>

namespace mailready::checks {

// What `address-change` judges: the remembered and the current public addresses, and (only when they differ) the
// domain's published SPF records and the A/AAAA answers of the mail host. Nothing judged.
struct AddressChangeFacts
{
    QString domain;
    QString hostname;                 // the mail host whose address records are read; may be empty
    bool relayed = false;             // mail leaves through a relay: SPF needs the relay, not the home address
    QList<QHostAddress> remembered;   // the address(es) the published records were composed for
    QList<QHostAddress> current;      // the server's public address(es) now; empty: not known
    spf::PublishedRecords spf = {};   // the domain's SPF records (asked only when the addresses differ)
    QList<dns::Answer> hostAddresses; // A and AAAA of the hostname (asked only when the addresses differ)
};

// Typed details for the wizard: what changed and which published records still name the old address.
struct AddressChangeDetails final : CheckDetails
{
    QList<QHostAddress> remembered;
    QList<QHostAddress> current;
    QList<QHostAddress> gone;  // remembered, no longer current
    QList<QHostAddress> added; // current, not remembered
    QStringList stale;         // "spf", "address", "ptr": what still belongs to the old address
};

// `address-change`: the server's public address against the one the published records were composed for
// (remembered by `mailready check --remember` or the wizard). When it changed, says which published records still
// name the old address (SPF ip4:/ip6:, the A/AAAA record of the mail host) and that the PTR at the ISP belongs to
// the old address, each with the change to make. `skipped` when nothing is remembered.
class AddressChangeCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(AddressChangeCheck)

public:
    QString id() const override { return checkid::AddressChange; }
    QString title() const override { return tr("Address change"); }
    bool needsServerIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): the DNS questions (none when there is nothing to compare), then the verdict.
    static AddressChangeFacts gather(dns::Resolver& resolver, const QString& domain, const QString& hostname,
                                     bool relayed, const QList<QHostAddress>& remembered,
                                     const QList<QHostAddress>& current);
    static CheckResult judge(const AddressChangeFacts& facts);
};

} // namespace mailready::checks
