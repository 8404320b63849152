#include "ReturnPath.h"

#include "checks/Wording.h"

#include "SpfRecord.h"

#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <algorithm>

namespace mailready::spf {

using checks::forAudience;

ReturnPathFacts ReturnPath::gather(dns::Resolver& resolver, const QString& name, bool givenByUser)
{
    ReturnPathFacts facts;
    facts.name = name;
    facts.givenByUser = givenByUser;
    if (name.isEmpty())
        return facts;
    facts.cname = resolver.query(dns::absoluteName(name), dns::RRType::CNAME);
    if (facts.cname.isDefinite() && facts.cname.targets().isEmpty())
        facts.txt = resolver.query(dns::absoluteName(name), dns::RRType::TXT);
    return facts;
}

static bool belongsToService(const relay::RelayService& service, const QString& target)
{
    const QString t = dns::displayName(target.toLower());
    QStringList domains = service.hosts;
    for (const QString& d : {service.returnPathTarget, service.bounceDomain})
        if (!d.isEmpty())
            domains << d;
    for (const QString& d : std::as_const(domains))
        if (t == d || t.endsWith(QLatin1Char('.') + d))
            return true;
    return false;
}

namespace {

// The sentences every verdict about the service shares.
struct ServiceTexts
{
    QString bounce;      // the service's bounce domain, or words for it
    QString dmarcOnDkim; // what DMARC then rests on
    QString publish;     // what the service asks the customer to publish
    QString suggested;   // the Return-Path CNAME to publish, when the service has a fixed label
};

ServiceTexts serviceTexts(const relay::RelayService& service, const QString& domain)
{
    ServiceTexts t;
    t.bounce = service.bounceDomain.isEmpty() ? ReturnPath::tr("%1's own bounce domain").arg(service.name)
                                              : service.bounceDomain;
    t.dmarcOnDkim =
        forAudience(ReturnPath::tr("DMARC for %1 then passes only through DKIM aligned with the From domain: a key "
                                   "published or CNAME-delegated at SELECTOR._domainkey.%1 (check it with --selector "
                                   "SELECTOR)."),
                    ReturnPath::tr("DMARC for %1 then passes only through DKIM aligned with the From domain: a key "
                                   "published or CNAME-delegated at SELECTOR._domainkey.%1 (enter its selector on the "
                                   "DKIM page to check it)."))
            .arg(domain);
    t.publish = service.shownPublishes();
    t.suggested =
        service.returnPathLabel.isEmpty()
            ? QString()
            : ReturnPath::tr(" Publish %1.%2 CNAME %3.").arg(service.returnPathLabel, domain, service.returnPathTarget);
    return t;
}

// Not configured: the service's own bounce domain is what receivers check.
ReturnPathVerdict unaligned(const relay::RelayService& service, const QString& domain, const ServiceTexts& t,
                            const QString& why)
{
    ReturnPathVerdict v;
    v.status = Status::Warn;
    v.envelopeDomain = service.bounceDomain;
    v.detail = ReturnPath::tr("receivers check SPF at %1, not at %2; not aligned with From").arg(t.bounce, domain);
    v.summary = ReturnPath::tr("SPF is checked at %1's bounce domain, not at %2: DMARC rests on DKIM")
                    .arg(service.name, domain);
    v.message = ReturnPath::tr("%1 sends with its own envelope sender (Return-Path at %2), so receivers check SPF "
                               "there, never at %3: the SPF record of %3 needs no include for %1, and adding one only "
                               "spends lookups. %4 %5")
                    .arg(service.name, t.bounce, domain, t.dmarcOnDkim, why);
    v.fix = forAudience(ReturnPath::tr("Publish the DKIM records %1 gives you. For SPF aligned with %2 as well, set "
                                       "up its custom Return-Path (bounce) subdomain and run the check with "
                                       "--return-path NAME.%3 What %1 asks for: %4"),
                        ReturnPath::tr("Publish the DKIM records %1 gives you. For SPF aligned with %2 as well, set "
                                       "up its custom Return-Path (bounce) subdomain as %1 describes.%3 What %1 asks "
                                       "for: %4"))
                .arg(service.name, domain, t.suggested, t.publish);
    return v;
}

ReturnPathVerdict lookupFailed(const relay::RelayService& service, const QString& name, const dns::Answer& failed,
                               const ServiceTexts& t)
{
    ReturnPathVerdict v;
    v.status = Status::Unknown;
    v.detail =
        ReturnPath::tr("the Return-Path %1 could not be looked up (%2)").arg(name, dns::outcomeName(failed.outcome));
    v.summary = ReturnPath::tr("SPF through %1 could not be verified").arg(service.name);
    v.message = ReturnPath::tr("The custom Return-Path %1 could not be looked up (%2), so whether SPF aligns is "
                               "unverified. %3")
                    .arg(name, dns::outcomeName(failed.outcome), t.dmarcOnDkim);
    v.fix = ReturnPath::tr("Check that the nameserver in use answers, then run the check again.");
    return v;
}

// A CNAME: aligned when it points to the service, a failure when it points elsewhere.
ReturnPathVerdict judgeTarget(const relay::RelayService& service, const QString& domain, const QString& name,
                              const QString& target, const ServiceTexts& t)
{
    ReturnPathVerdict v;
    v.envelopeDomain = name;
    if (belongsToService(service, target)) {
        v.status = Status::Pass;
        v.aligned = true;
        v.detail = ReturnPath::tr("Return-Path %1 points to %2: SPF aligns with %3").arg(name, target, domain);
        v.summary = ReturnPath::tr("SPF aligns through the Return-Path %1 (%2)").arg(name, service.name);
        v.message = ReturnPath::tr("%1 sends with the Return-Path %2 (CNAME to %3), so receivers check SPF there and "
                                   "it aligns with %4; the root SPF record of %4 needs no include for %1.")
                        .arg(service.name, name, target, domain);
        return v;
    }
    v.status = Status::Fail;
    v.detail = ReturnPath::tr("Return-Path %1 points to %2, which is not %3").arg(name, target, service.name);
    v.summary = ReturnPath::tr("The Return-Path %1 does not point to %2").arg(name, service.name);
    v.message = ReturnPath::tr("The custom Return-Path %1 is a CNAME to %2, which does not belong to %3, so mail %3 "
                               "sends with it fails SPF. %4")
                    .arg(name, target, service.name, t.dmarcOnDkim);
    v.fix =
        service.returnPathTarget.isEmpty()
            ? ReturnPath::tr("Point %1 where %2 tells you to. What %2 asks for: %3").arg(name, service.name, t.publish)
            : ReturnPath::tr("Publish %1 CNAME %2.").arg(name, service.returnPathTarget);
    return v;
}

// The SPF records among the Return-Path's TXT records, and whether exactly one of them includes the service with a
// pass qualifier. Read with the SPF parser, not by substring: "include:amazonses.com.example" or
// "-include:amazonses.com" does not authorize the service, and two SPF records are a permerror (RFC 7208 4.5), never
// an alignment.
bool includesService(const relay::RelayService& service, const ReturnPathFacts& facts, int* spfRecords)
{
    *spfRecords = 0;
    std::optional<Record> record;
    for (const QByteArray& t : facts.txt ? facts.txt->texts() : QList<QByteArray>{}) {
        if (!isSpfRecord(t))
            continue;
        ++*spfRecords;
        record = parseRecord(t).record;
    }
    return *spfRecords == 1 && record && !service.spfInclude.isEmpty() &&
           std::any_of(record->terms.cbegin(), record->terms.cend(), [&service](const Term& term) {
               return term.isMechanism() && term.mechanism == Mechanism::Include && term.qualifier == Qualifier::Pass &&
                      dns::displayName(term.domainSpec)
                              .compare(dns::displayName(service.spfInclude), Qt::CaseInsensitive) == 0;
           });
}

// No CNAME: its own SPF record with the service's include (Amazon SES's custom MAIL FROM) also aligns; one without
// it, or no record at a name the user gave, fails. Nothing to say (nullopt) when the service's label is simply unused.
std::optional<ReturnPathVerdict> judgeOwnRecord(const relay::RelayService& service, const QString& domain,
                                                const QString& name, const ReturnPathFacts& facts,
                                                const ServiceTexts& t)
{
    int spfRecords = 0;
    ReturnPathVerdict v;
    v.envelopeDomain = name;
    if (includesService(service, facts, &spfRecords)) {
        v.status = Status::Pass;
        v.aligned = true;
        v.detail = ReturnPath::tr("Return-Path %1 has its own SPF record with include:%2: SPF aligns with %3")
                       .arg(name, service.spfInclude, domain);
        v.summary = ReturnPath::tr("SPF aligns through the Return-Path %1 (%2)").arg(name, service.name);
        v.message = ReturnPath::tr("%1 sends with the Return-Path %2, whose own SPF record includes %3, so SPF aligns "
                                   "with %4; the root SPF record of %4 needs no include for %1.")
                        .arg(service.name, name, service.spfInclude, domain);
        return v;
    }
    v.status = Status::Fail;
    v.fix = ReturnPath::tr("What %1 asks for: %2").arg(service.name, t.publish);
    if (spfRecords > 0) {
        v.detail = ReturnPath::tr("Return-Path %1 has an SPF record without %2").arg(name, service.name);
        v.summary = ReturnPath::tr("The Return-Path %1 does not authorize %2").arg(name, service.name);
        v.message = ReturnPath::tr("The custom Return-Path %1 has an SPF record that does not include %2, so mail %2 "
                                   "sends with it fails SPF. %3")
                        .arg(name, service.name, t.dmarcOnDkim);
        return v;
    }
    if (!facts.givenByUser)
        return std::nullopt;
    v.detail = ReturnPath::tr("Return-Path %1 has neither a CNAME nor an SPF record").arg(name);
    v.summary = ReturnPath::tr("The Return-Path %1 is not set up").arg(name);
    v.message = ReturnPath::tr("The custom Return-Path %1 has neither a CNAME to %2 nor an SPF record, so mail %2 "
                               "sends with it fails SPF. %3")
                    .arg(name, service.name, t.dmarcOnDkim);
    return v;
}

} // namespace

ReturnPathVerdict ReturnPath::judge(const relay::RelayService& service, const QString& domain,
                                    const ReturnPathFacts& facts)
{
    const ServiceTexts t = serviceTexts(service, domain);
    if (facts.name.isEmpty())
        return unaligned(service, domain, t, QString());
    const QString name = dns::displayName(facts.name);
    if (facts.cname.isTemporaryFailure() || (facts.txt && facts.txt->isTemporaryFailure()))
        return lookupFailed(service, name, facts.cname.isTemporaryFailure() ? facts.cname : *facts.txt, t);
    const QStringList targets = facts.cname.targets();
    if (!targets.isEmpty())
        return judgeTarget(service, domain, name, dns::displayName(targets.first()), t);
    if (std::optional<ReturnPathVerdict> v = judgeOwnRecord(service, domain, name, facts, t))
        return *v;
    return unaligned(service, domain, t, tr("(No custom Return-Path at %1.)").arg(name));
}

} // namespace mailready::spf
