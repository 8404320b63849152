#include "Thresholds.h"

#include <QCoreApplication>

namespace mailready::report {

QList<Threshold> thresholds()
{
    return {
        {QStringLiteral("dnsbl"),
         QCoreApplication::translate("Thresholds", "Blocklists"),
         {QStringLiteral("dnsbl")},
         QCoreApplication::translate("Thresholds", "Every receiver: a listed address is refused or sent to spam.")},
        {QStringLiteral("rdns"),
         QCoreApplication::translate("Thresholds", "Reverse DNS"),
         {QStringLiteral("ptr"), QStringLiteral("fcrdns"), QStringLiteral("ehlo")},
         QCoreApplication::translate(
             "Thresholds", "Gmail requires valid forward and reverse DNS for every sender (over IPv6 a missing PTR is "
                           "rejected outright); most receivers score a missing or generic PTR as spam.")},
        {QStringLiteral("spf"),
         QStringLiteral("SPF"),
         {QStringLiteral("spf")},
         QCoreApplication::translate(
             "Thresholds", "Gmail: SPF or DKIM for all senders; Gmail, Yahoo and Outlook.com (5,000+ a day): SPF and "
                           "DKIM and DMARC.")},
        {QStringLiteral("dkim"),
         QStringLiteral("DKIM"),
         {QStringLiteral("dkim")},
         QCoreApplication::translate(
             "Thresholds", "Gmail: SPF or DKIM for all senders; Gmail, Yahoo and Outlook.com (5,000+ a day): DKIM "
                           "with alignment.")},
        {QStringLiteral("dmarc"),
         QStringLiteral("DMARC"),
         {QStringLiteral("dmarc")},
         QCoreApplication::translate(
             "Thresholds", "Gmail and Yahoo (5,000+ a day, p=none allowed) and Outlook.com (5,000+ a day, since "
                           "2025-05-05; rejection code 550 5.7.515).")},
        {QStringLiteral("server"),
         QCoreApplication::translate("Thresholds", "Server and network"),
         {QStringLiteral("public-ip"), QStringLiteral("smtp"), QStringLiteral("port25"),
          QStringLiteral("address-change")},
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
