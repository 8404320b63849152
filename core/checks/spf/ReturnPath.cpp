#include "ReturnPath.h"

#include "SpfRecord.h"

#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <algorithm>

namespace mailready::spf {

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

ReturnPathVerdict ReturnPath::judge(const relay::RelayService& service, const QString& domain,
                                    const ReturnPathFacts& facts)
{
    ReturnPathVerdict v;
    const QString bounce =
        service.bounceDomain.isEmpty() ? tr("%1's own bounce domain").arg(service.name) : service.bounceDomain;
    const QString dmarcOnDkim =
        tr("DMARC for %1 then passes only through DKIM aligned with the From domain: a key published or "
           "CNAME-delegated at SELECTOR._domainkey.%1 (check it with --selector SELECTOR).")
            .arg(domain);
    const QString publish = service.shownPublishes();
    const QString suggested =
        service.returnPathLabel.isEmpty()
            ? QString()
            : tr(" Publish %1.%2 CNAME %3.").arg(service.returnPathLabel, domain, service.returnPathTarget);
    // Not configured: the service's own bounce domain is what receivers check.
    auto unaligned = [&](const QString& why) {
        v.status = Status::Warn;
        v.envelopeDomain = service.bounceDomain;
        v.detail = tr("receivers check SPF at %1, not at %2; not aligned with From").arg(bounce, domain);
        v.summary =
            tr("SPF is checked at %1's bounce domain, not at %2: DMARC rests on DKIM").arg(service.name, domain);
        v.message = tr("%1 sends with its own envelope sender (Return-Path at %2), so receivers check SPF there, "
                       "never at %3: the SPF record of %3 needs no include for %1, and adding one only spends "
                       "lookups. %4 %5")
                        .arg(service.name, bounce, domain, dmarcOnDkim, why);
        v.fix = tr("Publish the DKIM records %1 gives you. For SPF aligned with %2 as well, set up its custom "
                   "Return-Path (bounce) subdomain and run the check with --return-path NAME.%3 What %1 asks "
                   "for: %4")
                    .arg(service.name, domain, suggested, publish);
    };
    if (facts.name.isEmpty()) {
        unaligned(QString());
        return v;
    }
    const QString name = dns::displayName(facts.name);
    if (facts.cname.isTemporaryFailure() || (facts.txt && facts.txt->isTemporaryFailure())) {
        const dns::Answer& failed = facts.cname.isTemporaryFailure() ? facts.cname : *facts.txt;
        v.status = Status::Unknown;
        v.detail = tr("the Return-Path %1 could not be looked up (%2)").arg(name, dns::outcomeName(failed.outcome));
        v.summary = tr("SPF through %1 could not be verified").arg(service.name);
        v.message = tr("The custom Return-Path %1 could not be looked up (%2), so whether SPF aligns is unverified. "
                       "%3")
                        .arg(name, dns::outcomeName(failed.outcome), dmarcOnDkim);
        v.fix = tr("Check that the nameserver in use answers, then run the check again.");
        return v;
    }
    const QStringList targets = facts.cname.targets();
    if (!targets.isEmpty()) {
        const QString target = dns::displayName(targets.first());
        if (belongsToService(service, target)) {
            v.status = Status::Pass;
            v.aligned = true;
            v.envelopeDomain = name;
            v.detail = tr("Return-Path %1 points to %2: SPF aligns with %3").arg(name, target, domain);
            v.summary = tr("SPF aligns through the Return-Path %1 (%2)").arg(name, service.name);
            v.message = tr("%1 sends with the Return-Path %2 (CNAME to %3), so receivers check SPF there and it "
                           "aligns with %4; the root SPF record of %4 needs no include for %1.")
                            .arg(service.name, name, target, domain);
            return v;
        }
        v.status = Status::Fail;
        v.envelopeDomain = name;
        v.detail = tr("Return-Path %1 points to %2, which is not %3").arg(name, target, service.name);
        v.summary = tr("The Return-Path %1 does not point to %2").arg(name, service.name);
        v.message = tr("The custom Return-Path %1 is a CNAME to %2, which does not belong to %3, so mail %3 "
                       "sends with it fails SPF. %4")
                        .arg(name, target, service.name, dmarcOnDkim);
        v.fix = service.returnPathTarget.isEmpty()
                    ? tr("Point %1 where %2 tells you to. What %2 asks for: %3").arg(name, service.name, publish)
                    : tr("Publish %1 CNAME %2.").arg(name, service.returnPathTarget);
        return v;
    }
    // No CNAME: its own SPF record with the service's include (Amazon SES's custom MAIL FROM) also aligns.
    // Read with the SPF parser, not by substring: "include:amazonses.com.example" or "-include:amazonses.com" does
    // not authorize the service, and two SPF records are a permerror (RFC 7208 4.5), never an alignment.
    int spfRecords = 0;
    std::optional<Record> record;
    for (const QByteArray& t : facts.txt ? facts.txt->texts() : QList<QByteArray>{}) {
        if (!isSpfRecord(t))
            continue;
        ++spfRecords;
        record = parseRecord(t).record;
    }
    const bool hasSpf = spfRecords > 0;
    const bool includesService =
        spfRecords == 1 && record && !service.spfInclude.isEmpty() &&
        std::any_of(record->terms.cbegin(), record->terms.cend(), [&service](const Term& term) {
            return term.isMechanism() && term.mechanism == Mechanism::Include && term.qualifier == Qualifier::Pass &&
                   dns::displayName(term.domainSpec)
                           .compare(dns::displayName(service.spfInclude), Qt::CaseInsensitive) == 0;
        });
    if (includesService) {
        v.status = Status::Pass;
        v.aligned = true;
        v.envelopeDomain = name;
        v.detail = tr("Return-Path %1 has its own SPF record with include:%2: SPF aligns with %3")
                       .arg(name, service.spfInclude, domain);
        v.summary = tr("SPF aligns through the Return-Path %1 (%2)").arg(name, service.name);
        v.message = tr("%1 sends with the Return-Path %2, whose own SPF record includes %3, so SPF aligns with %4; "
                       "the root SPF record of %4 needs no include for %1.")
                        .arg(service.name, name, service.spfInclude, domain);
        return v;
    }
    if (hasSpf) {
        v.status = Status::Fail;
        v.envelopeDomain = name;
        v.detail = tr("Return-Path %1 has an SPF record without %2").arg(name, service.name);
        v.summary = tr("The Return-Path %1 does not authorize %2").arg(name, service.name);
        v.message = tr("The custom Return-Path %1 has an SPF record that does not include %2, so mail %2 sends with "
                       "it fails SPF. %3")
                        .arg(name, service.name, dmarcOnDkim);
        v.fix = tr("What %1 asks for: %2").arg(service.name, publish);
        return v;
    }
    if (facts.givenByUser) {
        v.status = Status::Fail;
        v.envelopeDomain = name;
        v.detail = tr("Return-Path %1 has neither a CNAME nor an SPF record").arg(name);
        v.summary = tr("The Return-Path %1 is not set up").arg(name);
        v.message = tr("The custom Return-Path %1 has neither a CNAME to %2 nor an SPF record, so mail %2 sends "
                       "with it fails SPF. %3")
                        .arg(name, service.name, dmarcOnDkim);
        v.fix = tr("What %1 asks for: %2").arg(service.name, publish);
        return v;
    }
    unaligned(tr("(No custom Return-Path at %1.)").arg(name));
    return v;
}

} // namespace mailready::spf
