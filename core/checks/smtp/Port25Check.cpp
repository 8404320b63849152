#include "Port25Check.h"

#include "dns/DnsName.h"
#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace mailready::checks {

namespace {

struct Attempt
{
    enum Outcome { Open, Refused, Timeout, Unreachable } outcome = Unreachable;
    QString error;
    QString greeting; // first line the server sent, if any within the bound
    qint64 ms = 0;
};

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

} // namespace

CheckResult Port25Check::run(const CheckContext& ctx)
{
    const CheckRequest& request = ctx.request;
    if (request.port25Target.isEmpty())
        return CheckResult::skipped(id(), title(), tr("Not asked for (--port25 or --port25-target HOST[:PORT])"));
    CheckResult result;
    result.id = id();
    result.title = title();

    QString why;
    const auto target = net::parseEndpoint(request.port25Target, 25, &why);
    if (!target) {
        result.status = Status::Unknown;
        result.summary = tr("The port 25 target %1").arg(why);
        return result;
    }
    result.fields.insert(QStringLiteral("target"), target->toString());
    const net::ResolvedEndpoint resolved = net::resolveEndpoint(ctx.resolver, *target);
    for (const dns::Answer& a : resolved.answers)
        result.addEvidence(a);
    if (resolved.addresses.isEmpty()) {
        result.status = Status::Unknown;
        result.summary = tr("Could not test port 25: %1").arg(resolved.error);
        return result;
    }
    std::optional<net::Endpoint> control;
    if (!request.port25Control.isEmpty())
        control = net::parseEndpoint(request.port25Control, 443);
    else {
        control = *target;
        control->port = 443;
    }

    // One attempt per address family: a line can block port 25 over IPv4 and not over IPv6, or the other way round.
    QList<QHostAddress> targets;
    bool haveV4 = false, haveV6 = false;
    for (const QHostAddress& a : resolved.addresses) {
        const bool v6 =
            a.protocol() == QAbstractSocket::IPv6Protocol && !dns::addressText(a).contains(QLatin1Char('.'));
        if ((v6 && !haveV6) || (!v6 && !haveV4))
            targets << a;
        (v6 ? haveV6 : haveV4) = true;
    }

    for (const QHostAddress& address : targets) {
        const QString where = tr("%1 (%2) port %3").arg(target->host, dns::addressText(address)).arg(target->port);
        CheckItem item;
        item.subject = QStringLiteral("%1 port %2").arg(dns::addressText(address)).arg(target->port);
        item.fields.insert(QStringLiteral("ip"), dns::addressText(address));
        const Attempt a = tryConnect(address, target->port, request.probeTimeoutMs, true);
        item.fields.insert(QStringLiteral("ms"), a.ms);
        if (a.outcome == Attempt::Open) {
            item.status = Status::Pass;
            item.detail = tr("Connected to %1").arg(where);
            if (!a.greeting.isEmpty()) {
                item.detail = tr("%1; it greeted: %2").arg(item.detail, a.greeting);
                item.fields.insert(QStringLiteral("greeting"), a.greeting);
            }
            result.items << item;
            continue;
        }
        if (a.outcome == Attempt::Unreachable) {
            item.status = Status::Unknown;
            item.fields.insert(QStringLiteral("unreachable"), true);
            item.detail = tr("Could not try %1: %2").arg(where, a.error);
            result.items << item;
            continue;
        }
        // Port 25 did not open. Does anything else on that host? Then port 25 itself is blocked on the way.
        Attempt c;
        QString controlWhere;
        if (control) {
            const QHostAddress controlAddress = control->literal ? *control->literal : address;
            controlWhere = tr("%1 port %2").arg(dns::addressText(controlAddress)).arg(control->port);
            c = tryConnect(controlAddress, control->port, request.probeTimeoutMs, false);
        }
        const QString how =
            a.outcome == Attempt::Refused ? tr("the connection was refused") : tr("the connection attempt timed out");
        if (c.outcome != Attempt::Open) {
            item.status = Status::Unknown;
            item.detail = tr("%1: %2, and %3 could not be reached either (%4), so this looks like no "
                             "network rather than a block")
                              .arg(where, how, controlWhere, c.error);
            result.items << item;
            continue;
        }
        item.status = request.relay.isEmpty() ? Status::Fail : Status::Warn;
        item.detail = tr("%1: %2, while %3 answered: outbound port 25 is blocked").arg(where, how, controlWhere);
        item.fields.insert(QStringLiteral("blocked"), true);
        result.items << item;
        result.addFinding(
            request.relay.isEmpty() ? Severity::Error : Severity::Info,
            tr("This network cannot open connections to port 25 of other mail servers (%1). Many ISPs block "
               "outbound port 25 on home lines against spam bots; a server here cannot deliver mail "
               "directly.%2")
                .arg(how, request.relay.isEmpty() ? QString()
                                                  : tr(" You send through a relay, so that is fine as long as "
                                                       "the relay is reached on port 587 or 465.")),
            tr("Ask the ISP to unblock port 25 (some do on request or on a business line), or send through "
               "a smarthost on port 587: Postfix: relayhost = [smtp.provider.example]:587 with "
               "smtp_sasl_auth_enable = yes; Exim: a manualroute router to it; OpenSMTPD: action \"out\" "
               "relay host smtp+tls://user@smtp.provider.example:587 auth <secrets>."));
    }
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
        result.summary = tr("Outbound port 25 is open (%1 answered)").arg(target->toString());
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
