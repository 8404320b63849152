#include "Thresholds.h"

#include <QCoreApplication>

namespace mailready::report {

QList<Threshold> thresholds()
{
    auto make = [](const QString& key, const QString& title, const QStringList& ids) {
        Threshold t;
        t.key = key;
        t.title = title;
        t.checkIds = ids;
        return t;
    };
    QList<Threshold> list{
        make(QStringLiteral("dnsbl"), QCoreApplication::translate("Thresholds", "Blocklists"),
             {QStringLiteral("dnsbl")}),
        make(QStringLiteral("rdns"), QCoreApplication::translate("Thresholds", "Reverse DNS"),
             {QStringLiteral("ptr"), QStringLiteral("fcrdns"), QStringLiteral("ehlo")}),
        make(QStringLiteral("spf"), QStringLiteral("SPF"), {QStringLiteral("spf")}),
        make(QStringLiteral("dkim"), QStringLiteral("DKIM"), {QStringLiteral("dkim")}),
        make(QStringLiteral("dmarc"), QStringLiteral("DMARC"), {QStringLiteral("dmarc")}),
        make(QStringLiteral("server"), QCoreApplication::translate("Thresholds", "Server and network"),
             {QStringLiteral("public-ip"), QStringLiteral("smtp"), QStringLiteral("port25"),
              QStringLiteral("address-change")}),
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
