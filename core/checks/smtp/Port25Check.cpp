#include "Port25Check.h"

#include "checks/Wording.h"

#include "dns/DnsName.h"
#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace mailready::checks {

namespace {

using Attempt = Port25Attempt;

Attempt tryConnect(const QHostAddress& address, quint16 port, int timeoutMs, bool readGreeting)
{
    Attempt a;
    QElapsedTimer t;
    t.start();
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(timeoutMs)) {
        a.error = socket.errorString();
        a.outcome = socket.error() == QAbstractSocket::ConnectionRefusedError ? Attempt::Refused
                    : socket.error() == QAbstractSocket::SocketTimeoutError   ? Attempt::Timeout
                                                                              : Attempt::Unreachable;
        a.ms = t.elapsed();
        socket.abort();
        return a;
    }
    a.outcome = Attempt::Open;
    if (readGreeting) {
        // An ISP that intercepts port 25 shows itself in the greeting; waiting for it is bounded and optional.
        QDeadlineTimer deadline(timeoutMs);
        while (!socket.canReadLine() && deadline.remainingTime() > 0 &&
               socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForReadyRead(int(deadline.remainingTime()));
        if (socket.canReadLine())
            a.greeting = QString::fromUtf8(socket.readLine(512)).trimmed();
        if (a.greeting.startsWith(QLatin1String("220"))) {
            socket.write("QUIT\r\n");
            socket.waitForBytesWritten(500);
        }
    }
    socket.abort();
    a.ms = t.elapsed();
    return a;
}

// One address per family: a line can block port 25 over IPv4 and not over IPv6, or the other way round.
QList<QHostAddress> onePerFamily(const QList<QHostAddress>& addresses)
{
    QList<QHostAddress> targets;
    bool haveV4 = false, haveV6 = false;
    for (const QHostAddress& a : addresses) {
        const bool v6 =
            a.protocol() == QAbstractSocket::IPv6Protocol && !dns::addressText(a).contains(QLatin1Char('.'));
        if ((v6 && !haveV6) || (!v6 && !haveV4))
            targets << a;
        (v6 ? haveV6 : haveV4) = true;
    }
    return targets;
}

} // namespace

CheckResult Port25Check::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request));
}

Port25Facts Port25Check::gather(dns::Resolver& resolver, const CheckRequest& request)
{
    Port25Facts f;
    f.targetText = request.port25Target;
    f.relayed = !request.relay.isEmpty();
    if (f.targetText.isEmpty())
        return f;
    f.target = net::parseEndpoint(request.port25Target, 25, &f.targetError);
    if (!f.target)
        return f;
    f.resolved = net::resolveEndpoint(resolver, *f.target);
    std::optional<net::Endpoint> control;
    if (!request.port25Control.isEmpty()) {
        control = net::parseEndpoint(request.port25Control, 443);
    } else {
        control = *f.target;
        control->port = 443;
    }
    for (const QHostAddress& address : onePerFamily(f.resolved.addresses)) {
        Port25Facts::Probe p;
        p.address = address;
        p.port25 = tryConnect(address, f.target->port, request.probeTimeoutMs, true);
        // Port 25 did not open. Does anything else on that host? Then port 25 itself is blocked on the way.
        if ((p.port25.outcome == Attempt::Refused || p.port25.outcome == Attempt::Timeout) && control) {
            const QHostAddress controlAddress = control->literal ? *control->literal : address;
            p.controlWhere = tr("%1 port %2").arg(dns::addressText(controlAddress)).arg(control->port);
            p.control = tryConnect(controlAddress, control->port, request.probeTimeoutMs, false);
        }
        f.probes << p;
    }
    return f;
}

// Port 25 did not open and the control attempt did: a block on the way.
static void judgeBlocked(const Port25Facts& f, const QString& how, CheckResult& result, CheckItem& item)
{
    item.status = f.relayed ? Status::Warn : Status::Fail;
    item.fields.insert(QStringLiteral("blocked"), true);
    result.addFinding(
        f.relayed ? Severity::Info : Severity::Error,
        Port25Check::tr("This network cannot open connections to port 25 of other mail servers (%1), so a server "
                        "here cannot deliver mail directly. If the ISP blocks port 25, its terms or its support say "
                        "whether it lifts the block.%2")
            .arg(how, f.relayed ? Port25Check::tr(" You send through a relay, so that is fine as long as "
                                                  "the relay is reached on port 587 or 465.")
                                : QString()),
        Port25Check::tr("Ask the ISP to unblock port 25 (some do on request or on a business line), or send through "
                        "a smarthost on port 587: Postfix: relayhost = [smtp.provider.example]:587 with "
                        "smtp_sasl_auth_enable = yes; Exim: a manualroute router to it; OpenSMTPD: action \"out\" "
                        "relay host smtp+tls://user@smtp.provider.example:587 auth <secrets>."),
        Port25Check::tr("Send through a relay on port 587, or ask the ISP to unblock port 25."));
}

// One address family's attempts.
static CheckItem judgeProbe(const Port25Facts& f, const Port25Facts::Probe& p, CheckResult& result)
{
    const QString where =
        Port25Check::tr("%1 (%2) port %3").arg(f.target->host, dns::addressText(p.address)).arg(f.target->port);
    CheckItem item;
    item.subject = QStringLiteral("%1 port %2").arg(dns::addressText(p.address)).arg(f.target->port);
    item.fields.insert(QStringLiteral("ip"), dns::addressText(p.address));
    item.fields.insert(QStringLiteral("ms"), p.port25.ms);
    if (p.port25.outcome == Attempt::Open) {
        item.status = Status::Pass;
        item.detail = Port25Check::tr("Connected to %1").arg(where);
        if (!p.port25.greeting.isEmpty()) {
            item.detail = Port25Check::tr("%1; it greeted: %2").arg(item.detail, p.port25.greeting);
            item.fields.insert(QStringLiteral("greeting"), p.port25.greeting);
        }
        return item;
    }
    if (p.port25.outcome == Attempt::Unreachable) {
        item.status = Status::Unknown;
        item.fields.insert(QStringLiteral("unreachable"), true);
        item.detail = Port25Check::tr("Could not try %1: %2").arg(where, p.port25.error);
        return item;
    }
    const QString how = p.port25.outcome == Attempt::Refused ? Port25Check::tr("the connection was refused")
                                                             : Port25Check::tr("the connection attempt timed out");
    if (p.control.outcome != Attempt::Open) {
        item.status = Status::Unknown;
        item.detail = Port25Check::tr("%1: %2, and %3 could not be reached either (%4), so this looks like no "
                                      "network rather than a block")
                          .arg(where, how, p.controlWhere, p.control.error);
        return item;
    }
    item.detail =
        Port25Check::tr("%1: %2, while %3 answered: outbound port 25 is blocked").arg(where, how, p.controlWhere);
    judgeBlocked(f, how, result, item);
    return item;
}

CheckResult Port25Check::judge(const Port25Facts& f)
{
    const QString title = Port25Check().title();
    if (f.targetText.isEmpty())
        return CheckResult::skipped(
            checkid::Port25, title,
            forAudience(tr("Not asked for (--port25 or --port25-target HOST[:PORT])"),
                        tr("Not tried from the wizard: whether your line lets mail out on port 25 (an ISP may "
                           "block it)")));
    CheckResult result;
    result.id = checkid::Port25;
    result.title = title;
    if (!f.target) {
        result.status = Status::Unknown;
        result.summary = tr("The port 25 target %1").arg(f.targetError);
        return result;
    }
    result.fields.insert(QStringLiteral("target"), f.target->toString());
    for (const dns::Answer& a : f.resolved.answers)
        result.addEvidence(a);
    if (f.resolved.addresses.isEmpty()) {
        result.status = Status::Unknown;
        result.summary = tr("Could not test port 25: %1").arg(f.resolved.error);
        return result;
    }
    for (const Port25Facts::Probe& p : f.probes)
        result.items << judgeProbe(f, p, result);
    // A family this machine has no route for (commonly IPv6) says nothing about port 25 when the other one gave a
    // verdict: leave it out rather than make the whole check unknown.
    const bool anyVerdict = std::any_of(result.items.begin(), result.items.end(), [](const CheckItem& i) {
        return i.status != Status::Unknown && i.status != Status::Skipped;
    });
    for (CheckItem& i : result.items)
        if (anyVerdict && i.fields.value(QStringLiteral("unreachable")).toBool())
            i.status = Status::Skipped;
    result.aggregate();
    switch (result.status) {
    case Status::Pass:
        result.summary = tr("Outbound port 25 is open (%1 answered)").arg(f.target->toString());
        break;
    case Status::Fail:
    case Status::Warn:
        result.summary = tr("Outbound port 25 is blocked on this network");
        break;
    default:
        result.summary = tr("Could not tell whether outbound port 25 is open");
        break;
    }
    return result;
}

} // namespace mailready::checks
