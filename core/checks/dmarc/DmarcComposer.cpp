#include "DmarcComposer.h"

#include <QCoreApplication>

namespace mailready::checks::dmarc {

static QString reportAddress(const ComposeOptions& o)
{
    return o.reportAddress.isEmpty() ? QStringLiteral("dmarc-reports@") + o.domain.toLower() : o.reportAddress;
}

QString recordName(const QString& domain)
{
    QString d = domain.toLower();
    if (!d.endsWith(QLatin1Char('.')))
        d += QLatin1Char('.');
    return QStringLiteral("_dmarc.") + d;
}

// The address inside a mailto: URI of a tag-list: characters that would end the tag (;), the URI list (,) or
// start a size limit (!), and spaces and '%' themselves, are percent-encoded (RFC 7489 6.2, RFC 6068 2), so any
// address yields a record that parses back to it.
static QString uriAddress(const QString& address)
{
    QString out;
    for (const QChar c : address) {
        if (c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('!') || c == QLatin1Char('%') ||
            c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            out +=
                QLatin1Char('%') + QString::number(uint(c.unicode()), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString composeRecord(Policy policy, const ComposeOptions& o)
{
    QString r = QStringLiteral("v=DMARC1; p=%1").arg(policyName(policy));
    if (o.subdomainPolicy)
        r += QStringLiteral("; sp=%1").arg(policyName(*o.subdomainPolicy));
    if (o.rejectNonexistentSubdomains && policy == Policy::Reject)
        r += QStringLiteral("; np=reject");
    r += QStringLiteral("; rua=mailto:%1").arg(uriAddress(reportAddress(o)));
    if (o.strictAlignment)
        r += QStringLiteral("; adkim=s; aspf=s");
    return r;
}

QList<Stage> composePlan(const ComposeOptions& o)
{
    const QString rua = reportAddress(o);
    QList<Stage> plan;
    plan.append(
        {QCoreApplication::translate("DmarcComposer", "Stage 1: monitor"), Policy::None, composeRecord(Policy::None, o),
         QCoreApplication::translate(
             "DmarcComposer", "Receivers deliver your mail as before, but send daily reports to %1 listing every "
                              "server that sent mail as %2 and whether SPF and DKIM passed. Nothing is blocked.")
             .arg(rua, o.domain),
         QCoreApplication::translate("DmarcComposer",
                                     "Stay here for two to four weeks, until the reports show that all your own mail "
                                     "passes SPF or DKIM with your domain.")});
    plan.append({QCoreApplication::translate("DmarcComposer", "Stage 2: quarantine"), Policy::Quarantine,
                 composeRecord(Policy::Quarantine, o),
                 QCoreApplication::translate(
                     "DmarcComposer", "Mail that claims to be from %1 but passes neither SPF nor DKIM goes to the spam "
                                      "folder. Your own mail is unaffected when it passes.")
                     .arg(o.domain),
                 QCoreApplication::translate("DmarcComposer",
                                             "After another two to four weeks of clean reports, move to reject.")});
    QString rejectText =
        QCoreApplication::translate("DmarcComposer",
                                    "Mail that claims to be from %1 but passes neither SPF nor DKIM is refused. "
                                    "This is the full protection against forged mail in your name.")
            .arg(o.domain);
    if (o.rejectNonexistentSubdomains)
        rejectText += QCoreApplication::translate(
            "DmarcComposer", " np=reject also refuses mail from made-up subdomains (RFC 9989; older "
                             "receivers ignore the tag).");
    plan.append(
        {QCoreApplication::translate("DmarcComposer", "Stage 3: reject"), Policy::Reject,
         composeRecord(Policy::Reject, o), rejectText,
         QCoreApplication::translate(
             "DmarcComposer", "Keep reading the reports now and then: a new service sending as you shows up there "
                              "first.")});
    if (o.subdomainPolicy)
        for (Stage& s : plan)
            s.explanation += QCoreApplication::translate("DmarcComposer", " Subdomains get sp=%1.")
                                 .arg(policyName(*o.subdomainPolicy));
    if (o.strictAlignment)
        for (Stage& s : plan)
            s.explanation += QCoreApplication::translate(
                "DmarcComposer", " adkim=s; aspf=s demand the exact domain, not a subdomain, in SPF and "
                                 "DKIM.");
    return plan;
}

QString externalAuthorizationRecord(const ComposeOptions& o)
{
    const QString rua = reportAddress(o);
    const QString dest = rua.section(QLatin1Char('@'), -1).toLower();
    const QString domain = o.domain.toLower();
    if (dest == domain || dest.endsWith(QLatin1Char('.') + domain))
        return {};
    return QStringLiteral("%1._report._dmarc.%2. IN TXT \"v=DMARC1\"").arg(domain, dest);
}

} // namespace mailready::checks::dmarc
