#pragma once

#include "checks/CheckResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace mailready {

// One run of the checks: the contract's top-level JSON document.
struct Report
{
    QString domain;
    QString hostname;
    QStringList ips;       // the sending addresses judged: the relay's when mail leaves through one
    QString relay;         // HOST[:PORT] of the relay, empty when mail is delivered directly
    QStringList serverIps; // the mail server's own public address(es), given or discovered
    QStringList nameservers;
    QList<CheckResult> checks; // in the registry's order
    // What holds for the whole run and comes before every check: the domain does not exist, the resolver is broken.
    QList<Finding> findings;
    QDateTime started;
    QDateTime finished;

    Status status() const; // worst check, skipped ignored; no checks at all -> skipped
    const CheckResult* find(const QString& id) const;
    QJsonObject toJson() const;
    // The `check` exit code of the contract: 0 all good, 1 any fail, 2 any unknown (and no fail).
    int exitCode() const;
};

} // namespace mailready

Q_DECLARE_METATYPE(mailready::CheckResult)
Q_DECLARE_METATYPE(mailready::Report)
