#include "DmarcDiscovery.h"

#include "dns/DnsName.h"

namespace mailready::checks::dmarc {

static QString bare(const QString& name)
{
    QString n = name.toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

static QString recordNameFor(const QString& name)
{
    return QStringLiteral("_dmarc.") + name + QLatin1Char('.');
}

QStringList treeWalk(const QString& domain)
{
    QStringList labels = bare(domain).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QStringList names;
    if (labels.isEmpty())
        return names;
    names << labels.join(QLatin1Char('.'));
    if (labels.size() >= 8)
        labels = labels.mid(labels.size() - 7);
    else
        labels.removeFirst();
    while (!labels.isEmpty()) {
        names << labels.join(QLatin1Char('.'));
        labels.removeFirst();
    }
    return names;
}

namespace {

struct Level
{
    enum Kind { None, One, Several, Failed } kind = None;
    QString text;
};

Level readLevel(const dns::Answer& answer)
{
    if (answer.isTemporaryFailure())
        return {Level::Failed, {}};
    QStringList dmarc;
    for (const QByteArray& t : answer.texts()) {
        const QString text = QString::fromUtf8(t);
        if (looksLikeDmarc(text))
            dmarc << text;
    }
    if (dmarc.isEmpty())
        return {Level::None, {}};
    if (dmarc.size() > 1)
        return {Level::Several, {}};
    return {Level::One, dmarc.first()};
}

} // namespace

Discovery discoverPolicy(dns::Resolver& resolver, const QString& domain)
{
    Discovery d;
    d.domain = bare(domain);
    for (const QString& name : treeWalk(domain)) {
        const dns::Answer answer = resolver.query(recordNameFor(name), dns::RRType::TXT);
        d.trail << answer;
        const Level level = readLevel(answer);
        switch (level.kind) {
        case Level::Failed:
            d.status = Discovery::TempError;
            d.error = QStringLiteral("%1: %2").arg(dns::displayName(answer.name), dns::outcomeName(answer.outcome));
            return d;
        case Level::Several:
            d.multipleAt << name;
            break;
        case Level::One:
            d.status = Discovery::Found;
            d.recordDomain = name;
            d.recordText = level.text;
            d.record = Record::parse(level.text);
            return d;
        case Level::None:
            break;
        }
    }
    d.status = Discovery::NoRecord;
    return d;
}

OrganizationalDomain findOrganizationalDomain(dns::Resolver& resolver, const QString& domain)
{
    const QStringList walk = treeWalk(domain);
    OrganizationalDomain org;
    org.name = bare(domain);
    QString previous;
    for (const QString& name : walk) {
        dns::Answer answer = resolver.query(recordNameFor(name), dns::RRType::TXT);
        const Level level = readLevel(answer);
        if (level.kind == Level::Failed) {
            // Keep what is known; one dead name must not cost a timeout per label.
            org.certain = false;
            org.failed = std::move(answer);
            return org;
        }
        if (level.kind == Level::One) {
            const Record r = Record::parse(level.text);
            if (r.psd == QLatin1String("n")) {
                org.name = name;
                return org;
            }
            if (r.psd == QLatin1String("y")) {
                org.name = previous.isEmpty() ? name : previous;
                return org;
            }
            org.name = name;
        }
        previous = name;
    }
    return org;
}

ReportAuthorization checkReportAuthorization(dns::Resolver& resolver, const QString& policyDomain,
                                             const QString& destinationDomain)
{
    ReportAuthorization a;
    a.name = QStringLiteral("%1._report._dmarc.%2.").arg(bare(policyDomain), bare(destinationDomain));
    a.answer = resolver.query(a.name, dns::RRType::TXT);
    if (a.answer.isTemporaryFailure()) {
        a.status = ReportAuthorization::TempError;
        return a;
    }
    bool any = false;
    for (const QByteArray& t : a.answer.texts()) {
        const QString text = QString::fromUtf8(t);
        if (!looksLikeDmarc(text))
            continue;
        if (Record::parse(text).verdict == Verdict::Invalid) {
            a.status = ReportAuthorization::Malformed;
            return a;
        }
        any = true;
    }
    a.status = any ? ReportAuthorization::Authorized : ReportAuthorization::NotAuthorized;
    return a;
}

} // namespace mailready::checks::dmarc
