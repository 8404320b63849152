#include "Thresholds.h"

#include "checks/CheckRegistry.h"

#include <QCoreApplication>

namespace mailready::report {

QList<Threshold> thresholds()
{
    return {
        {thresholdid::Dnsbl, QCoreApplication::translate("Thresholds", "Blocklists"), checkIdsOf(thresholdid::Dnsbl),
         QCoreApplication::translate("Thresholds", "Every receiver: a listed address is refused or sent to spam.")},
        {thresholdid::Rdns, QCoreApplication::translate("Thresholds", "Reverse DNS"), checkIdsOf(thresholdid::Rdns),
         QCoreApplication::translate(
             "Thresholds", "Gmail requires valid forward and reverse DNS for every sender (over IPv6 a missing PTR is "
                           "rejected outright); most receivers score a missing or generic PTR as spam.")},
        {thresholdid::Spf, QStringLiteral("SPF"), checkIdsOf(thresholdid::Spf),
         QCoreApplication::translate(
             "Thresholds", "Gmail: SPF or DKIM for all senders; Gmail, Yahoo and Outlook.com (5,000+ a day): SPF and "
                           "DKIM and DMARC.")},
        {thresholdid::Dkim, QStringLiteral("DKIM"), checkIdsOf(thresholdid::Dkim),
         QCoreApplication::translate(
             "Thresholds", "Gmail: SPF or DKIM for all senders; Gmail, Yahoo and Outlook.com (5,000+ a day): DKIM "
                           "with alignment.")},
        {thresholdid::Dmarc, QStringLiteral("DMARC"), checkIdsOf(thresholdid::Dmarc),
         QCoreApplication::translate(
             "Thresholds", "Gmail and Yahoo (5,000+ a day, p=none allowed) and Outlook.com (5,000+ a day, since "
                           "2025-05-05; rejection code 550 5.7.515).")},
        {thresholdid::Server, QCoreApplication::translate("Thresholds", "Server and network"),
         checkIdsOf(thresholdid::Server),
         QCoreApplication::translate("Thresholds",
                                     "Gmail requires TLS; many ISPs block outbound port 25 on residential lines.")},
    };
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
