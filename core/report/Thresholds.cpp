#include "Thresholds.h"

#include "checks/CheckRegistry.h"

#include <QCoreApplication>

namespace mailready::report {

QList<Threshold> thresholds()
{
    auto make = [](const QString& key, const QString& title) {
        Threshold t;
        t.key = key;
        t.title = title;
        t.checkIds = checkIdsOf(key);
        return t;
    };
    QList<Threshold> list{
        make(thresholdid::Dnsbl, QCoreApplication::translate("Thresholds", "Blocklists")),
        make(thresholdid::Rdns, QCoreApplication::translate("Thresholds", "Reverse DNS")),
        make(thresholdid::Spf, QStringLiteral("SPF")),
        make(thresholdid::Dkim, QStringLiteral("DKIM")),
        make(thresholdid::Dmarc, QStringLiteral("DMARC")),
        make(thresholdid::Server, QCoreApplication::translate("Thresholds", "Server and network")),
    };
    // Who requires each threshold is data with sources, not text kept here.
    for (Threshold& t : list) {
        t.rules = checks::ReceiverRules::builtIn().forThreshold(t.key);
        QStringList texts;
        for (const checks::ReceiverRule& r : std::as_const(t.rules))
            texts << r.shownText();
        t.requiredBy = texts.join(QLatin1Char(' '));
    }
    return list;
}

Status thresholdStatus(const Threshold& threshold, const Report& report)
{
    Status s = Status::Skipped;
    for (const QString& id : threshold.checkIds)
        if (const CheckResult* c = report.find(id))
            s = worse(s, c->status);
    return s;
}

} // namespace mailready::report
