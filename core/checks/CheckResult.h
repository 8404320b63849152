#pragma once

#include "Status.h"
#include "dns/DnsAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace mailready {

struct Finding
{
    Severity severity = Severity::Info;
    QString message; // what is wrong, in a sentence a home-lab admin understands
    QString fix;     // the exact record or config line that fixes it, where there is one
    QString next;    // the next step in one short sentence, for a page's verdict; the long fix stays on the card

    QJsonObject toJson() const;
};

// Typed facts a check hands on beside its words (the SPF evaluation, the discovered addresses, ...). Each check
// declares its own in its header; readers ask for them by type with detailsAs<T>(), so the wizard never reads a
// JSON key back (the JSON fields are for the command line).
struct CheckDetails
{
    virtual ~CheckDetails() = default;
};

struct CheckItem
{
    QString subject; // "203.0.113.5", "203.0.113.5 @ zen.spamhaus.org", "selector 2026a"
    Status status = Status::Unknown;
    QString detail;     // one line for people: what was found
    QJsonObject fields; // contract fields beside subject/status: ip, zone, codes, result, key_bits, ...
    std::shared_ptr<const CheckDetails> details; // typed facts for the wizard; may be null

    template <class T> const T* detailsAs() const { return dynamic_cast<const T*>(details.get()); }
    QJsonObject toJson() const;
};

struct CheckResult
{
    QString id;    // contract id: "ptr", "dnsbl", ...
    QString title; // for people: "Reverse DNS (PTR)"
    Status status = Status::Unknown;
    QString summary;
    QList<Finding> findings;
    QList<CheckItem> items;
    QList<dns::Answer> evidence;                 // the DNS answers behind the verdict (JSON: dns::Answer::toEvidence())
    QJsonObject fields;                          // contract fields on the check itself: record, policy, ...
    std::shared_ptr<const CheckDetails> details; // typed facts for the wizard; may be null

    template <class T> const T* detailsAs() const { return dynamic_cast<const T*>(details.get()); }
    void addEvidence(const dns::Answer& answer) { evidence.append(answer); }
    void addFinding(Severity severity, const QString& message, const QString& fix = {}, const QString& next = {})
    {
        findings.append({severity, message, fix, next});
    }
    // Status = worst of the items (skipped ones ignored); no counted item at all -> skipped.
    void aggregate();

    QJsonArray evidenceJson() const;
    QJsonObject toJson() const;
    static CheckResult skipped(const QString& id, const QString& title, const QString& why);
};

} // namespace mailready
