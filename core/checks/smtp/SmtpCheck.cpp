#include "SmtpCheck.h"

#include "checks/Wording.h"

#include "SmtpProbe.h"
#include "checks/rdns/AddressScope.h"
#include "checks/rdns/PtrName.h"
#include "checks/rdns/ReverseLookup.h"
#include "dns/DnsName.h"
#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

namespace mailready::checks {

using Failure = SmtpProbeResult::Failure;
using Stage = SmtpProbeResult::Stage;

static CheckItem makeItem(const QString& subject, Status status, const QString& detail)
{
    CheckItem item;
    item.subject = subject;
    item.status = status;
    item.detail = detail;
    return item;
}

// What announcing ourselves needs: a fully-qualified name, as RFC 5321 4.1.1.1 asks.
static QString ehloNameFor(const CheckRequest& request)
{
    if (!request.hostname.isEmpty())
        return request.hostname;
    const QString machine = QSysInfo::machineHostName();
    if (machine.contains(QLatin1Char('.')) && dns::isValidDnsName(machine))
        return machine;
    return QStringLiteral("mailready.invalid");
}

static bool sameName(const QString& a, const QString& b)
{
    return dns::absoluteName(a) == dns::absoluteName(b);
}

// A failed conversation step: fail when the server verifiably misbehaved, unknown when we only ran out of patience or
// the server said "try later" (4xx), since RFC 5321 4.5.3.2 lets a greeting take up to five minutes.
static Status statusOf(const SmtpProbeResult& probe)
{
    switch (probe.failure) {
    case Failure::None:
        return Status::Pass;
    case Failure::ConnectTimeout:
    case Failure::Unreachable:
    case Failure::Stalled:
    case Failure::Local:
        return Status::Unknown;
    case Failure::Rejected: {
        const std::optional<SmtpReply>* last = probe.stage == Stage::Greeting   ? &probe.greeting
                                               : probe.stage == Stage::Ehlo     ? &probe.ehlo
                                               : probe.stage == Stage::StartTls ? &probe.starttls
                                                                                : &probe.ehloAfterTls;
        return last->has_value() && (*last)->category() == 4 ? Status::Unknown : Status::Fail;
    }
    case Failure::Refused:
    case Failure::Closed:
    case Failure::Garbage:
    case Failure::TlsFailed:
        return Status::Fail;
    }
    return Status::Unknown;
}

static void judgeCertificate(const SmtpTlsInfo& tls, const QString& peerName, CheckResult& result)
{
    const QString names = tls.names.join(QStringLiteral(", "));
    QStringList problems;
    const QString certFix =
        QCoreApplication::translate(
            "SmtpCheck", "Get a certificate for %1 from a public CA (for example Let's Encrypt: certbot certonly "
                         "--standalone -d %1) and point the server at it (Postfix: smtpd_tls_chain_files = "
                         "/etc/letsencrypt/live/%1/privkey.pem, /etc/letsencrypt/live/%1/fullchain.pem; Exim: "
                         "tls_certificate and tls_privatekey; OpenSMTPD: pki %1 cert ... / pki %1 key ...).")
            .arg(peerName.isEmpty() ? QCoreApplication::translate("SmtpCheck", "your mail server's name") : peerName);
    if (tls.chain.isEmpty()) {
        result.items << makeItem(QStringLiteral("certificate"), Status::Fail,
                                 QCoreApplication::translate("SmtpCheck", "no certificate sent"));
        result.addFinding(Severity::Error,
                          QCoreApplication::translate("SmtpCheck", "The server completed TLS without a certificate."),
                          certFix,
                          QCoreApplication::translate("SmtpCheck", "Give the mail server a certificate for its name."));
        return;
    }
    if (tls.selfSigned)
        problems << QCoreApplication::translate("SmtpCheck", "it is self-signed");
    else if (tls.untrusted)
        problems << QCoreApplication::translate("SmtpCheck", "it does not chain to a trusted certificate authority");
    if (tls.expired)
        problems << QCoreApplication::translate("SmtpCheck", "it expired on %1")
                        .arg(tls.chain.first().expiryDate().toString(QStringLiteral("yyyy-MM-dd")));
    if (tls.notYetValid)
        problems << QCoreApplication::translate("SmtpCheck", "it is not valid before %1")
                        .arg(tls.chain.first().effectiveDate().toString(QStringLiteral("yyyy-MM-dd")));
    if (!peerName.isEmpty() && !tls.nameMatches)
        problems << QCoreApplication::translate("SmtpCheck", "it is for %1, not %2")
                        .arg(names.isEmpty() ? QCoreApplication::translate("SmtpCheck", "no name") : names, peerName);
    CheckItem item = makeItem(QStringLiteral("certificate"), Status::Pass,
                              QCoreApplication::translate("SmtpCheck", "certificate for %1, valid until %2")
                                  .arg(names, tls.chain.first().expiryDate().toString(QStringLiteral("yyyy-MM-dd"))));
    item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(tls.names));
    item.fields.insert(QStringLiteral("self_signed"), tls.selfSigned);
    item.fields.insert(QStringLiteral("expires"), tls.chain.first().expiryDate().toString(Qt::ISODate));
    if (!problems.isEmpty()) {
        // Senders use opportunistic TLS and deliver anyway, but senders that enforce MTA-STS or DANE do not.
        item.status = Status::Warn;
        item.detail += QStringLiteral("; ") + problems.join(QStringLiteral("; "));
        result.addFinding(
            Severity::Warning,
            QCoreApplication::translate("SmtpCheck",
                                        "The server's TLS certificate has problems: %1. Most senders still deliver "
                                        "(they encrypt without checking), but senders that enforce MTA-STS or DANE "
                                        "refuse it, and it blocks publishing MTA-STS yourself.")
                .arg(problems.join(QStringLiteral("; "))),
            certFix,
            QCoreApplication::translate("SmtpCheck", "Give the mail server a valid certificate for its name."));
    }
    result.items << item;
}

// What to do about a STARTTLS that fails, with the one cause common enough to name: OpenSMTPD 6.8 (Debian 12) built
// against OpenSSL 3 aborts every handshake ("EVP lib" in its log; OpenSMTPD issues #1171, #1239).
static QString startTlsFix(const SmtpProbeResult& probe)
{
    QString fix = QCoreApplication::translate(
        "SmtpCheck", "Check the certificate and key files the server is configured with, and its log.");
    const QString banner = probe.greeting ? probe.greeting->text() : QString();
    if (banner.contains(QLatin1String("OpenSMTPD")))
        fix += QCoreApplication::translate(
            "SmtpCheck", " OpenSMTPD 6.8 (Debian 12) fails every TLS handshake with OpenSSL 3 (its log says "
                         "\"EVP lib\"): upgrade to OpenSMTPD 7 (Debian 13), or remove tls from the listen line "
                         "until then so senders deliver without TLS instead of failing.");
    return fix;
}

// The greeting was 220 and EHLO was answered 2xx: the conversation got far enough to judge names and STARTTLS.
static bool reachedEhlo(const SmtpProbeResult& probe)
{
    return probe.greeting && probe.greeting->code == 220 && probe.ehlo && probe.ehlo->category() == 2;
}

CheckResult SmtpCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request));
}

SmtpFacts SmtpCheck::gather(dns::Resolver& resolver, const CheckRequest& request)
{
    SmtpFacts f;
    f.server = request.smtp;
    f.hostname = request.hostname;
    if (f.server.isEmpty())
        return f;
    f.endpoint = net::parseEndpoint(request.smtp, 25, &f.endpointError);
    if (!f.endpoint)
        return f;
    f.resolved = net::resolveEndpoint(resolver, *f.endpoint);
    if (f.resolved.addresses.isEmpty())
        return f;
    f.options.address = f.resolved.addresses.first();
    f.options.port = f.endpoint->port;
    f.options.ehloName = ehloNameFor(request);
    f.options.peerName =
        !request.hostname.isEmpty() ? request.hostname : (f.endpoint->literal ? QString() : f.endpoint->host);
    f.options.stepTimeoutMs = request.probeTimeoutMs;
    f.probe = probeSmtp(f.options);
    // Only a public address has a PTR that receivers see.
    if (reachedEhlo(f.probe) && !isNeverPublic(addressScope(f.options.address)))
        f.ptr = lookupReverse(resolver, {f.options.address}, false).first();
    return f;
}

// The server names itself differently from --hostname: a note on the last item.
static void compareName(const SmtpFacts& f, const QString& what, const QString& announced, CheckResult& result)
{
    if (f.hostname.isEmpty() || announced.isEmpty() || sameName(announced, f.hostname))
        return;
    result.addFinding(Severity::Warning,
                      SmtpCheck::tr("The server names itself %1 in its %2, not %3. Use one name everywhere: "
                                    "the PTR name, the EHLO name and the greeting.")
                          .arg(announced, what, f.hostname),
                      ehloConfigFix(f.hostname),
                      SmtpCheck::tr("Make the mail server announce %1 everywhere.").arg(f.hostname));
    result.items.last().status = worse(result.items.last().status, Status::Warn);
}

// Nothing accepted the connection: fail when refused, unknown when it only timed out.
static void judgeConnectFailure(const SmtpFacts& f, const QString& where, CheckResult& result)
{
    const SmtpProbeResult& probe = f.probe;
    const Status s = statusOf(probe);
    result.items << makeItem(QStringLiteral("connect"), s, probe.error);
    result.aggregate();
    result.summary = SmtpCheck::tr("Could not connect to %1: %2").arg(where, probe.error);
    if (s == Status::Fail)
        result.addFinding(Severity::Error,
                          SmtpCheck::tr("Nothing accepts connections on %1, so no mail can be delivered to it "
                                        "there.")
                              .arg(where),
                          SmtpCheck::tr("Start the mail server and let it listen on port %1 of that address "
                                        "(Postfix: inet_interfaces = all; OpenSMTPD: listen on all), and open the "
                                        "port in the firewall.")
                              .arg(f.endpoint->port));
    else
        result.addFinding(Severity::Warning,
                          SmtpCheck::tr("Could not reach %1 (%2); the server may be down or a firewall drops "
                                        "the connection.")
                              .arg(where, probe.error),
                          SmtpCheck::tr("Check that the server runs and that port %1 is open towards the "
                                        "internet, then run the check again.")
                              .arg(f.endpoint->port));
}

// The greeting and the EHLO reply; false when the conversation ended there (the result is then complete).
static bool judgeGreetingAndEhlo(const SmtpFacts& f, const QString& where, CheckResult& result)
{
    const SmtpProbeResult& probe = f.probe;
    if (!probe.greeting || probe.greeting->code != 220) {
        const Status s = statusOf(probe);
        result.items << makeItem(QStringLiteral("greeting"), s, probe.error);
        result.aggregate();
        result.summary = QStringLiteral("%1: %2").arg(where, probe.error);
        result.addFinding(s == Status::Fail ? Severity::Error : Severity::Warning,
                          SmtpCheck::tr("The server at %1 did not greet properly: %2.").arg(where, probe.error),
                          s == Status::Fail
                              ? SmtpCheck::tr("Check that an SMTP server (not another service) listens on port %1, "
                                              "and read its log for why it refuses connections.")
                                    .arg(f.endpoint->port)
                              : SmtpCheck::tr("Run the check again; if it persists, look at the server's log."));
        return false;
    }
    CheckItem greeting = makeItem(QStringLiteral("greeting"), Status::Pass,
                                  QStringLiteral("220 %1").arg(probe.greeting->lines.join(QStringLiteral(" / "))));
    greeting.fields.insert(QStringLiteral("banner"), probe.greeting->text());
    greeting.fields.insert(QStringLiteral("name"), probe.greeting->firstWord());
    result.fields.insert(QStringLiteral("banner"), probe.greeting->text());
    result.items << greeting;
    compareName(f, SmtpCheck::tr("greeting (220 banner)"), probe.greeting->firstWord(), result);
    if (!probe.ehlo || probe.ehlo->category() != 2) {
        const Status s = statusOf(probe);
        result.items << makeItem(QStringLiteral("ehlo"), s, probe.error);
        result.aggregate();
        result.summary = QStringLiteral("%1: %2").arg(where, probe.error);
        result.addFinding(
            s == Status::Fail ? Severity::Error : Severity::Warning,
            SmtpCheck::tr("EHLO to %1 failed: %2.").arg(where, probe.error),
            SmtpCheck::tr("Read the mail server's log for why it refuses EHLO %1.").arg(f.options.ehloName));
        return false;
    }
    CheckItem ehlo = makeItem(QStringLiteral("ehlo"), Status::Pass,
                              SmtpCheck::tr("EHLO answered by %1; extensions: %2")
                                  .arg(probe.ehlo->firstWord(), probe.ehlo->extensions().join(QStringLiteral(", "))));
    ehlo.fields.insert(QStringLiteral("name"), probe.ehlo->firstWord());
    ehlo.fields.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(probe.ehlo->extensions()));
    result.fields.insert(QStringLiteral("ehlo_name"), probe.ehlo->firstWord());
    result.fields.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(probe.ehlo->extensions()));
    result.items << ehlo;
    compareName(f, SmtpCheck::tr("EHLO reply"), probe.ehlo->firstWord(), result);
    return true;
}

// The PTR names of the server's own address against the names it announces and --hostname: a note, since receivers
// judge the sending side's names.
static void judgePtrNames(const SmtpFacts& f, CheckResult& result)
{
    if (!f.ptr)
        return;
    const ReverseLookup& rl = *f.ptr;
    result.addEvidence(rl.ptr);
    result.fields.insert(QStringLiteral("ptr_names"), QJsonArray::fromStringList(rl.names()));
    QStringList announced{f.probe.greeting->firstWord(), f.probe.ehlo->firstWord()};
    if (!f.hostname.isEmpty())
        announced << f.hostname;
    announced.removeDuplicates();
    QStringList unmatched;
    for (const QString& n : std::as_const(announced))
        if (!n.isEmpty() && !rl.names().contains(dns::displayName(dns::absoluteName(n))))
            unmatched << n;
    const QString address = dns::addressText(f.options.address);
    if (rl.ptr.hasData() && !unmatched.isEmpty())
        result.addFinding(Severity::Info, SmtpCheck::tr("The PTR name of %1 is %2, which differs from %3.")
                                              .arg(address, rl.names().join(QStringLiteral(", ")),
                                                   unmatched.join(QStringLiteral(", "))));
    else if (rl.ptr.isDefinite() && !rl.ptr.hasData())
        result.addFinding(Severity::Info, SmtpCheck::tr("%1 has no PTR record.").arg(address));
}

// STARTTLS worked: the protocol, the certificate, and EHLO after it.
static void judgeTls(const SmtpFacts& f, const QString& where, CheckResult& result)
{
    const SmtpProbeResult& probe = f.probe;
    CheckItem item = makeItem(QStringLiteral("starttls"), Status::Pass,
                              SmtpCheck::tr("STARTTLS works (%1, %2)").arg(probe.tls.protocol, probe.tls.cipher));
    item.fields.insert(QStringLiteral("protocol"), probe.tls.protocol);
    item.fields.insert(QStringLiteral("cipher"), probe.tls.cipher);
    result.fields.insert(QStringLiteral("tls_protocol"), probe.tls.protocol);
    if (probe.tls.protocol == QLatin1String("TLSv1") || probe.tls.protocol == QLatin1String("TLSv1.1")) {
        item.status = Status::Warn;
        result.addFinding(
            Severity::Warning,
            SmtpCheck::tr("The server negotiated %1, which is obsolete (RFC 8996).").arg(probe.tls.protocol),
            SmtpCheck::tr("Allow TLS 1.2 and 1.3 only (Postfix: smtpd_tls_protocols = >=TLSv1.2)."));
    }
    result.items << item;
    judgeCertificate(probe.tls, f.options.peerName, result);
    if (probe.failure != Failure::None) {
        const Status s = statusOf(probe);
        result.items << makeItem(QStringLiteral("ehlo-after-tls"), s, probe.error);
        result.addFinding(s == Status::Fail ? Severity::Error : Severity::Warning,
                          SmtpCheck::tr("After STARTTLS, %1: %2.").arg(where, probe.error));
    }
}

// STARTTLS: offered, working, and with what.
static void judgeStartTls(const SmtpFacts& f, const QString& where, CheckResult& result)
{
    const SmtpProbeResult& probe = f.probe;
    const bool offered = probe.ehlo->hasExtension(QStringLiteral("STARTTLS"));
    result.fields.insert(QStringLiteral("starttls"), offered);
    if (!offered) {
        result.items << makeItem(QStringLiteral("starttls"), Status::Warn, SmtpCheck::tr("STARTTLS is not offered"));
        result.addFinding(Severity::Warning,
                          SmtpCheck::tr("%1 does not offer STARTTLS, so mail to it travels unencrypted; Gmail marks "
                                        "such mail with a red open lock.")
                              .arg(where),
                          SmtpCheck::tr("Turn on TLS for incoming mail: Postfix: smtpd_tls_security_level = may plus "
                                        "smtpd_tls_chain_files; Exim: tls_advertise_hosts = * plus tls_certificate; "
                                        "OpenSMTPD: listen on ... tls pki NAME."),
                          SmtpCheck::tr("Turn on STARTTLS for incoming mail in your mail server."));
    } else if (probe.failure != Failure::None && (probe.stage == Stage::StartTls || probe.stage == Stage::Handshake)) {
        const Status s = statusOf(probe);
        result.items << makeItem(QStringLiteral("starttls"), s, probe.error);
        result.addFinding(s == Status::Fail ? Severity::Error : Severity::Warning,
                          SmtpCheck::tr("%1 offers STARTTLS but it does not work: %2. Senders that try TLS first "
                                        "may give up or retry for days.")
                              .arg(where, probe.error),
                          startTlsFix(probe), SmtpCheck::tr("Repair STARTTLS in your mail server, as its card says."));
    } else {
        judgeTls(f, where, result);
    }
    result.aggregate();
    const QString greeting = probe.greeting->firstWord();
    if (!offered)
        result.summary = SmtpCheck::tr("%1 greets as %2, no STARTTLS").arg(where, greeting);
    else if (probe.tls.handshakeOk)
        result.summary = SmtpCheck::tr("%1 greets as %2, STARTTLS with %3").arg(where, greeting, probe.tls.protocol);
    else
        result.summary = SmtpCheck::tr("%1 greets as %2, STARTTLS fails").arg(where, greeting);
}

CheckResult SmtpCheck::judge(const SmtpFacts& f)
{
    const QString title = SmtpCheck().title();
    if (f.server.isEmpty())
        return CheckResult::skipped(checkid::Smtp, title,
                                    forAudience(tr("No SMTP server given (--smtp), so none was probed"),
                                                tr("Not probed: the wizard judges what receivers find in DNS, not "
                                                   "your server's SMTP greeting")));
    CheckResult result;
    result.id = checkid::Smtp;
    result.title = title;
    if (!f.endpoint) {
        result.status = Status::Fail;
        result.summary = tr("The SMTP server %1").arg(f.endpointError);
        return result;
    }
    for (const dns::Answer& a : f.resolved.answers)
        result.addEvidence(a);
    result.fields.insert(QStringLiteral("server"), f.endpoint->toString());
    if (f.resolved.addresses.isEmpty()) {
        result.items << makeItem(f.endpoint->toString(), f.resolved.temporary ? Status::Unknown : Status::Fail,
                                 f.resolved.error);
        result.aggregate();
        result.summary = tr("Could not find the SMTP server: %1").arg(f.resolved.error);
        if (!f.resolved.temporary)
            result.addFinding(Severity::Error, QStringLiteral("%1.").arg(f.resolved.error),
                              forAudience(tr("Check the name given with --smtp, or publish its A/AAAA record."),
                                          tr("Check the server's name, or publish its A/AAAA record.")));
        return result;
    }
    const QString where = QStringLiteral("%1 (%2)").arg(f.endpoint->toString(), dns::addressText(f.options.address));
    result.fields.insert(QStringLiteral("address"), dns::addressText(f.options.address));
    result.fields.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(f.probe.transcript));
    result.fields.insert(QStringLiteral("ms"), f.probe.ms);
    if (f.probe.failure != Failure::None && f.probe.stage == Stage::Connect) {
        judgeConnectFailure(f, where, result);
        return result;
    }
    result.items << makeItem(QStringLiteral("connect"), Status::Pass, tr("connected to %1").arg(where));
    if (!judgeGreetingAndEhlo(f, where, result))
        return result;
    judgePtrNames(f, result);
    judgeStartTls(f, where, result);
    return result;
}

} // namespace mailready::checks
