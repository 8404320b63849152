#include "PtrCheck.h"

#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QJsonArray>

namespace mailready::checks {

CheckResult PtrCheck::run(const CheckContext& ctx)
{
    CheckResult result;
    result.id = id();
    result.title = title();

    QList<dns::Question> questions;
    for (const QHostAddress& ip : ctx.sendingIps)
        questions << dns::Question{dns::reverseName(ip), dns::RRType::PTR};
    const QList<dns::Answer> answers = dns::queryAll(ctx.resolver, questions);

    int withPtr = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QHostAddress& ip = ctx.sendingIps[i];
        const dns::Answer& answer = answers[i];
        const QString ipText = dns::addressText(ip);
        const bool isV6 = ip.protocol() == QAbstractSocket::IPv6Protocol && !ipText.contains(QLatin1Char('.'));
        result.addEvidence(answer);

        CheckItem item;
        item.subject = ipText;
        item.fields.insert(QStringLiteral("ip"), ipText);
        if (answer.hasData()) {
            QStringList names;
            for (const QString& n : answer.targets())
                names << dns::displayName(n);
            item.status = Status::Pass;
            item.detail = QStringLiteral("%1 has the PTR name %2").arg(ipText, names.join(QStringLiteral(", ")));
            item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
            ++withPtr;
        } else if (answer.isDefinite()) {
            item.status = Status::Fail;
            item.detail = QStringLiteral("%1 has no PTR record (%2)").arg(ipText, dns::outcomeName(answer.outcome));
            const QString want =
                ctx.request.hostname.isEmpty() ? QStringLiteral("your mail server's name") : ctx.request.hostname;
            QString message = QStringLiteral("%1 has no reverse DNS name. Many receivers reject or junk mail from an "
                                             "address without one.")
                                  .arg(ipText);
            if (isV6)
                message += QStringLiteral(" Gmail rejects mail sent over IPv6 from an address without a PTR record "
                                          "(\"550-5.7.25 ... does not have a PTR record\").");
            result.addFinding(Severity::Error, message,
                              QStringLiteral("Ask whoever owns %1 (your ISP or hosting provider; it is not set in your "
                                             "own zone) to set its PTR record to %2.%3")
                                  .arg(ipText, want,
                                       isV6 ? QStringLiteral(" Or turn off IPv6 sending in your mail server "
                                                             "(Postfix: inet_protocols = ipv4).")
                                            : QString()));
        } else {
            item.status = Status::Unknown;
            item.detail = QStringLiteral("Could not look up the PTR record of %1: %2").arg(ipText, answer.error);
            result.addFinding(Severity::Warning,
                              QStringLiteral("The PTR lookup for %1 did not get an answer (%2), so reverse DNS is "
                                             "unverified.")
                                  .arg(ipText, dns::outcomeName(answer.outcome)),
                              QStringLiteral("Check that the nameserver in use answers, then run the check again."));
        }
        result.items << item;
    }
    result.aggregate();
    switch (result.status) {
    case Status::Pass:
        result.summary = answers.size() == 1
                             ? result.items.first().detail
                             : QStringLiteral("All %1 sending addresses have a PTR record").arg(answers.size());
        break;
    case Status::Fail:
        result.summary = QStringLiteral("%1 of %2 sending addresses have no PTR record")
                             .arg(answers.size() - withPtr)
                             .arg(answers.size());
        break;
    default:
        result.summary = QStringLiteral("Reverse DNS could not be verified");
        break;
    }
    return result;
}

} // namespace mailready::checks
