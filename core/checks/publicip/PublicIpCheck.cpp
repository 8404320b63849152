#include "PublicIpCheck.h"

#include "checks/Wording.h"

#include "IpConsensus.h"
#include "IpEchoSource.h"
#include "checks/rdns/AddressScope.h"
#include "dns/DnsName.h"
#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkInterface>

#include <future>

namespace mailready::checks {

// --ip given: nothing to discover. Typed addresses that are not public are judged by the ptr check (fail); here they
// and example ranges get a note, so the skipped discovery still says what it saw.
static CheckResult givenAddresses(const QList<QHostAddress>& given, const QString& id, const QString& title)
{
    CheckResult r = CheckResult::skipped(
        id, title,
        forAudience(QCoreApplication::translate("PublicIpCheck", "Sending address given with --ip, so none "
                                                                 "was discovered"),
                    QCoreApplication::translate("PublicIpCheck", "Sending address typed on the first page, "
                                                                 "so none was discovered")));
    for (const QHostAddress& ip : given) {
        const AddressScope scope = addressScope(ip);
        const QString text = dns::addressText(ip);
        if (isNeverPublic(scope))
            r.addFinding(
                Severity::Warning,
                QCoreApplication::translate("PublicIpCheck",
                                            "%1 is %2: receivers never see it, so it cannot be your sending address "
                                            "(the PTR check fails it).")
                    .arg(text, scopeDescription(scope)),
                forAudience(QCoreApplication::translate(
                                "PublicIpCheck", "Run the check without --ip to discover the public address, or give "
                                                 "the one your router or hosting provider shows."),
                            QCoreApplication::translate(
                                "PublicIpCheck", "Leave Server addresses on the first page empty to discover the "
                                                 "public address, or type the one your router or hosting provider "
                                                 "shows.")));
        else if (scope != AddressScope::Public)
            r.addFinding(Severity::Info,
                         QCoreApplication::translate("PublicIpCheck",
                                                     "%1 is %2; fine for trying MailReady out, but no real mail "
                                                     "server sends from it.")
                             .arg(text, scopeDescription(scope)));
    }
    return r;
}

CheckResult PublicIpCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request));
}

namespace {

// What one HTTP source gave: its host's lookups and one answer per address family it has.
struct UrlOutcome
{
    QList<EchoAnswer> answers;
    QList<dns::Answer> evidence;
    QString error;
};

UrlOutcome askHttpSource(dns::Resolver& resolver, const QString& u, int timeout)
{
    UrlOutcome out;
    const QUrl url(u);
    net::Endpoint e;
    e.host = url.host();
    if (const auto literal = dns::parseAddress(url.host()))
        e.literal = *literal;
    const net::ResolvedEndpoint resolved = net::resolveEndpoint(resolver, e);
    out.evidence = resolved.answers;
    if (resolved.addresses.isEmpty()) {
        out.error = QStringLiteral("%1: %2").arg(u, resolved.error);
        return out;
    }
    std::vector<std::future<EchoAnswer>> perFamily;
    bool haveV4 = false, haveV6 = false;
    for (const QHostAddress& a : resolved.addresses) {
        const bool v6 = !dns::addressText(a).contains(QLatin1Char('.'));
        if (v6 ? haveV6 : haveV4)
            continue;
        (v6 ? haveV6 : haveV4) = true;
        perFamily.push_back(
            std::async(std::launch::async, [url, a, timeout] { return fetchHttpEcho(url, a, timeout); }));
    }
    for (auto& f : perFamily)
        out.answers << f.get();
    return out;
}

} // namespace

PublicIpFacts PublicIpCheck::gather(dns::Resolver& resolver, const CheckRequest& request)
{
    PublicIpFacts f;
    f.given = request.ips;
    if (!f.given.isEmpty())
        return f;
    const int timeout = request.probeTimeoutMs;
    // Every source at once, each bounded by the probe timeout. An HTTP source first resolves its host (through the
    // run's resolver), then is asked once per address family it has: the answer is the address of that family.
    std::vector<std::future<UrlOutcome>> httpPending;
    const QStringList urls = request.ipEchoUrls.isEmpty() ? defaultHttpEchoUrls() : request.ipEchoUrls;
    for (const QString& u : urls)
        httpPending.push_back(
            std::async(std::launch::async, [&resolver, u, timeout] { return askHttpSource(resolver, u, timeout); }));
    std::vector<std::future<EchoAnswer>> dnsPending;
    const QStringList dnsSources = request.ipEchoDns.value_or(defaultDnsEchoSources());
    for (const QString& s : dnsSources) {
        QString why;
        const auto source = parseDnsEchoSource(s, &why);
        if (!source) {
            f.setupErrors << why;
            continue;
        }
        const int dnsTimeout = std::min(timeout, request.resolver.timeoutMs);
        dnsPending.push_back(
            std::async(std::launch::async, [src = *source, dnsTimeout] { return askDnsEcho(src, dnsTimeout); }));
    }
    for (auto& pending : httpPending) {
        const UrlOutcome o = pending.get();
        f.answers += o.answers;
        f.lookups += o.evidence;
        if (!o.error.isEmpty())
            f.setupErrors << o.error;
    }
    for (auto& pending : dnsPending)
        f.answers << pending.get();
    f.local = QNetworkInterface::allAddresses();
    return f;
}

// The sources, for the JSON: who answered what over which family.
static QJsonArray sourcesJson(const QList<EchoAnswer>& answers)
{
    QJsonArray sources;
    for (const EchoAnswer& a : answers) {
        QJsonObject o{{QStringLiteral("source"), a.source},
                      {QStringLiteral("via"), a.via},
                      {QStringLiteral("family"), a.ipv6Path ? QStringLiteral("ipv6") : QStringLiteral("ipv4")},
                      {QStringLiteral("ms"), a.ms}};
        if (a.address)
            o.insert(QStringLiteral("address"), dns::addressText(*a.address));
        else
            o.insert(QStringLiteral("error"), a.error);
        sources.append(o);
    }
    return sources;
}

// An address the majority agreed on: public at all, disputed by some, held by this machine or behind NAT.
static CheckItem judgeAddress(const EchoVerdict& v, const QString& family, const QStringList& said,
                              const QList<QHostAddress>& local, CheckResult& result)
{
    const QString text = dns::addressText(*v.address);
    CheckItem item;
    item.subject = text;
    item.fields.insert(QStringLiteral("ip"), text);
    item.fields.insert(QStringLiteral("sources"), QJsonArray::fromStringList(v.agreeing));
    item.status = Status::Pass;
    item.detail = PublicIpCheck::tr("%1 according to %2").arg(text, v.agreeing.join(QStringLiteral(", ")));
    const AddressScope scope = addressScope(*v.address);
    if (isNeverPublic(scope)) {
        // An echo service never reports a private address; whatever answered is not on the internet.
        item.status = Status::Fail;
        result.addFinding(Severity::Error,
                          PublicIpCheck::tr("The echo services report %1, which is %2: they did not see you from "
                                            "the internet.")
                              .arg(text, scopeDescription(scope)),
                          forAudience(PublicIpCheck::tr("Give the public address with --ip."),
                                      PublicIpCheck::tr("Type the public address into Server addresses on the first "
                                                        "page.")));
    }
    if (!v.others.isEmpty()) {
        item.status = worse(item.status, Status::Warn);
        QStringList odd;
        for (const auto& o : v.others)
            odd << o.first;
        item.fields.insert(QStringLiteral("disagreeing"), QJsonArray::fromStringList(odd));
        result.addFinding(
            Severity::Warning,
            PublicIpCheck::tr("%1 of the %2 sources agree that your public %3 address is %4, but %5. A source that "
                              "answers differently may sit behind a proxy, or your traffic may leave by several "
                              "addresses (load-balanced or failover lines).")
                .arg(v.agreeing.size())
                .arg(v.agreeing.size() + v.others.size())
                .arg(family, text, said.join(QStringLiteral("; "))),
            forAudience(PublicIpCheck::tr("Confirm the address your mail server really sends from; if it is not "
                                          "%1, give it with --ip."),
                        PublicIpCheck::tr("Confirm the address your mail server really sends from; if it is not "
                                          "%1, type it into Server addresses on the first page."))
                .arg(text));
    }
    const bool held = std::any_of(local.begin(), local.end(), [&](const QHostAddress& l) {
        return l.isEqual(*v.address, QHostAddress::TolerantConversion);
    });
    item.fields.insert(QStringLiteral("nat"), !held);
    if (!held && !v.ipv6)
        result.addFinding(Severity::Info,
                          PublicIpCheck::tr("No network interface of this machine holds %1: it is behind NAT (your "
                                            "router shares one public address). If the mail server runs on another "
                                            "machine or line, it may leave by a different address.")
                              .arg(text),
                          forAudience(PublicIpCheck::tr("Confirm that the mail server sends from %1, or give its "
                                                        "address with --ip."),
                                      PublicIpCheck::tr("Confirm that the mail server sends from %1, or type its "
                                                        "address into Server addresses on the first page."))
                              .arg(text));
    else if (!held)
        result.addFinding(Severity::Info,
                          PublicIpCheck::tr("No interface of this machine holds %1; the mail server may leave by "
                                            "another IPv6 address (each machine usually has its own).")
                              .arg(text),
                          forAudience(PublicIpCheck::tr("Give the mail server's own IPv6 address with --ip."),
                                      PublicIpCheck::tr("Type the mail server's own IPv6 address into Server "
                                                        "addresses on the first page.")));
    return item;
}

// No source answered usably: say why each failed.
static void judgeNoAnswer(const PublicIpFacts& f, const QList<EchoVerdict>& verdicts, CheckResult& result)
{
    QStringList why = f.setupErrors;
    for (const EchoVerdict& v : verdicts)
        why += v.failed;
    CheckItem item;
    item.subject = QStringLiteral("discovery");
    item.status = Status::Unknown;
    item.detail = why.join(QStringLiteral("; "));
    result.items << item;
    result.aggregate();
    result.summary = PublicIpCheck::tr("No address-echo source could be reached");
    result.addFinding(Severity::Warning,
                      PublicIpCheck::tr("Could not find out the public address: no source answered (%1).")
                          .arg(why.isEmpty() ? PublicIpCheck::tr("none configured") : why.join(QStringLiteral("; "))),
                      forAudience(PublicIpCheck::tr("Check the internet connection, or give the address with --ip."),
                                  PublicIpCheck::tr("Check the internet connection, or type the address into Server "
                                                    "addresses on the first page.")));
}

CheckResult PublicIpCheck::judge(const PublicIpFacts& f)
{
    const QString title = PublicIpCheck().title();
    if (!f.given.isEmpty())
        return givenAddresses(f.given, checkid::PublicIp, title);
    CheckResult result;
    result.id = checkid::PublicIp;
    result.title = title;
    for (const dns::Answer& a : f.lookups)
        result.addEvidence(a);
    for (const EchoAnswer& a : f.answers)
        if (a.evidence)
            result.addEvidence(*a.evidence);
    result.fields.insert(QStringLiteral("sources"), sourcesJson(f.answers));

    const QList<EchoVerdict> verdicts = judgeEchoes(f.answers);
    QStringList found;
    auto details = std::make_shared<PublicIpDetails>();
    for (const EchoVerdict& v : verdicts) {
        const QString family = v.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        if (!v.anyAnswer())
            continue;
        QStringList said;
        for (const auto& o : v.others)
            said << tr("%1 said %2").arg(o.first, o.second);
        if (v.tie) {
            CheckItem item;
            item.subject = family;
            item.status = Status::Unknown;
            item.detail = tr("The sources disagree with no majority: %1").arg(said.join(QStringLiteral("; ")));
            result.items << item;
            result.addFinding(Severity::Warning,
                              tr("The address-echo services disagree about your public %1 address and "
                                 "none has a majority (%2).")
                                  .arg(family, said.join(QStringLiteral("; "))),
                              forAudience(tr("Give the address with --ip (your router's status page shows it)."),
                                          tr("Type the address into Server addresses on the first page (your "
                                             "router's status page shows it).")));
            continue;
        }
        found << dns::addressText(*v.address);
        details->addresses << *v.address;
        result.items << judgeAddress(v, family, said, f.local, result);
    }
    if (result.items.isEmpty()) {
        judgeNoAnswer(f, verdicts, result);
        return result;
    }
    QStringList unusable = f.setupErrors;
    for (const EchoVerdict& v : verdicts)
        unusable += v.failed;
    if (!unusable.isEmpty())
        result.addFinding(Severity::Info, tr("%n source(s) gave no usable answer: %1.", nullptr, int(unusable.size()))
                                              .arg(unusable.join(QStringLiteral("; "))));
    // A family whose sources all failed while the other worked: usually no connectivity of that family.
    for (const EchoVerdict& v : verdicts)
        if (!v.anyAnswer() && !v.failed.isEmpty())
            result.addFinding(Severity::Info, tr("No public %1 address was found (%2). If this line has no %1, mail "
                                                 "simply leaves over the other family.")
                                                  .arg(v.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"),
                                                       v.failed.join(QStringLiteral("; "))));
    result.aggregate();
    result.fields.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(found));
    result.details = details;
    result.summary = found.isEmpty() ? tr("The sources disagree about the public address")
                                     : tr("Public address %1").arg(found.join(QStringLiteral(", ")));
    return result;
}

QList<QHostAddress> PublicIpCheck::sendingIpsFrom(const CheckResult& result) const
{
    QList<QHostAddress> out;
    for (const CheckItem& item : result.items) {
        if (item.status == Status::Fail || item.status == Status::Unknown || item.status == Status::Skipped)
            continue;
        if (const auto a = dns::parseAddress(item.fields.value(QStringLiteral("ip")).toString()))
            out << *a;
    }
    return out;
}

} // namespace mailready::checks
