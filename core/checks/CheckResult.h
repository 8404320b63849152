#pragma once

#include "Status.h"
#include "dns/DnsAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mailready {

struct Finding
{
    Severity severity = Severity::Info;
    QString message; // what is wrong, in a sentence a home-lab admin understands
    QString fix;     // the exact record or config line that fixes it, where there is one

    QJsonObject toJson() const;
};

struct CheckItem
{
    QString subject; // "203.0.113.5", "203.0.113.5 @ zen.spamhaus.org", "selector 2026a"
    Status status = Status::Unknown;
    QString detail;     // one line for people: what was found
    QJsonObject fields; // contract fields beside subject/status: ip, zone, codes, result, key_bits, ...

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
    QJsonArray evidence; // dns::Answer::toEvidence() objects and other raw trails
    QJsonObject fields;  // contract fields on the check itself: record, policy, ...

    void addEvidence(const dns::Answer& answer) { evidence.append(answer.toEvidence()); }
    void addFinding(Severity severity, const QString& message, const QString& fix = {})
    {
        findings.append({severity, message, fix});
    }
    // Status = worst of the items (skipped ones ignored); no counted item at all -> skipped.
    void aggregate();

    QJsonObject toJson() const;
    static CheckResult skipped(const QString& id, const QString& title, const QString& why);
};

} // namespace mailready
