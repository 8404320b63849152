#include "IpEchoSource.h"

#include "dns/LdnsResolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslSocket>

namespace mailready::checks {

QString DnsEchoSource::label() const
{
    return QStringLiteral("%1:%2@%3").arg(dns::rrTypeName(type), dns::displayName(name), server.toString());
}

std::optional<DnsEchoSource> parseDnsEchoSource(const QString& text, QString* why)
{
    auto fail = [&](const QString& reason) -> std::optional<DnsEchoSource> {
        if (why)
            *why = QStringLiteral("'%1' %2").arg(text, reason);
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (colon <= 0 || at <= colon + 1)
        return fail(QCoreApplication::translate(
            "IpEchoSource", "is not TYPE:NAME@SERVER[:PORT] (for example A:myip.opendns.com@208.67.222.222)"));
    DnsEchoSource s;
    const QString type = text.left(colon).toUpper();
    if (type == QLatin1String("A"))
        s.type = dns::RRType::A;
    else if (type == QLatin1String("AAAA"))
        s.type = dns::RRType::AAAA;
    else if (type == QLatin1String("TXT"))
        s.type = dns::RRType::TXT;
    else
        return fail(QCoreApplication::translate("IpEchoSource", "has type %1; use A, AAAA or TXT").arg(type));
    const QString name = text.mid(colon + 1, at - colon - 1);
    if (!dns::isValidDnsName(name))
        return fail(QCoreApplication::translate("IpEchoSource", "has an invalid name"));
    s.name = dns::absoluteName(name);
    QString serverWhy;
    const auto server = dns::parseServerAddress(text.mid(at + 1), 53, &serverWhy);
    if (!server)
        return fail(QCoreApplication::translate("IpEchoSource", "has a bad server: %1").arg(serverWhy));
    s.server = *server;
    return s;
}

QStringList defaultDnsEchoSources()
{
    // OpenDNS answers myip.opendns.com with the asking address; Google's authoritative servers answer
    // o-o.myaddr.l.google.com TXT with it. Asked over IPv4 and over IPv6, they give one address of each family.
    return {QStringLiteral("A:myip.opendns.com@208.67.222.222"),
            QStringLiteral("AAAA:myip.opendns.com@[2620:119:35::35]"),
            QStringLiteral("TXT:o-o.myaddr.l.google.com@216.239.32.10"),
            QStringLiteral("TXT:o-o.myaddr.l.google.com@[2001:4860:4802:32::a]")};
}

QStringList defaultHttpEchoUrls()
{
    return {QStringLiteral("https://api64.ipify.org/"), QStringLiteral("https://icanhazip.com/"),
            QStringLiteral("https://ifconfig.me/ip"), QStringLiteral("https://ident.me/")};
}

std::optional<QHostAddress> parseEchoBody(const QByteArray& body)
{
    const QByteArray t = body.trimmed();
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    return dns::parseAddress(QString::fromLatin1(t));
}

EchoAnswer fetchHttpEcho(const QUrl& url, const QHostAddress& connectTo, int timeoutMs)
{
    EchoAnswer a;
    a.source = url.toString();
    a.via = dns::addressText(connectTo);
    a.ipv6Path = !a.via.contains(QLatin1Char('.'));
    QElapsedTimer timer;
    timer.start();
    auto done = [&](const QString& error) {
        a.error = error;
        a.ms = timer.elapsed();
        return a;
    };
    const bool tls = url.scheme() == QLatin1String("https");
    QSslSocket socket;
    if (tls) {
        socket.setPeerVerifyName(url.host());
        socket.connectToHostEncrypted(connectTo.toString(), quint16(url.port(443)), url.host());
        if (!socket.waitForEncrypted(timeoutMs))
            return done(QCoreApplication::translate("IpEchoSource", "no TLS connection: %1").arg(socket.errorString()));
    } else {
        socket.connectToHost(connectTo, quint16(url.port(80)));
        if (!socket.waitForConnected(timeoutMs))
            return done(QCoreApplication::translate("IpEchoSource", "no connection: %1").arg(socket.errorString()));
    }
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += "?" + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (connectTo.protocol() == QAbstractSocket::IPv6Protocol && url.host().contains(QLatin1Char(':')))
        host = "[" + host + "]";
    if (url.port() > 0)
        host += ":" + QByteArray::number(url.port());
    // HTTP/1.0: no chunked encoding, the body ends when the server closes.
    socket.write("GET " + path + " HTTP/1.0\r\nHost: " + host +
                 "\r\nUser-Agent: MailReady/" MAILREADY_VERSION "\r\nAccept: text/plain\r\nConnection: close\r\n\r\n");
    QByteArray response;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        response += socket.readAll();
        if (response.size() > kHttpEchoLimit)
            return done(QCoreApplication::translate("IpEchoSource", "the answer is larger than 64 KiB"));
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (deadline.hasExpired())
            return done(QCoreApplication::translate("IpEchoSource", "no complete answer within %1 ms").arg(timeoutMs));
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            response += socket.readAll();
            if (socket.state() == QAbstractSocket::ConnectedState &&
                socket.error() == QAbstractSocket::SocketTimeoutError)
                return done(
                    QCoreApplication::translate("IpEchoSource", "no complete answer within %1 ms").arg(timeoutMs));
            break;
        }
    }
    const HttpEchoReading reading = readHttpEchoResponse(response);
    if (!reading.address)
        return done(reading.error);
    a.address = reading.address;
    a.ms = timer.elapsed();
    return a;
}

// At most 40 bytes of what a server sent, each byte outside printable ASCII as '?': the text goes into reports and
// onto terminals, where a control character or an escape sequence must not act.
static QString shown(const QByteArray& sent)
{
    QByteArray text = sent.trimmed().left(40);
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = '?';
    return QString::fromLatin1(text);
}

HttpEchoReading readHttpEchoResponse(const QByteArray& response)
{
    HttpEchoReading r;
    if (response.size() > kHttpEchoLimit) {
        r.error = QCoreApplication::translate("IpEchoSource", "the answer is larger than 64 KiB");
        return r;
    }
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/") || headerEnd < 0) {
        r.error = QCoreApplication::translate("IpEchoSource", "not an HTTP answer");
        return r;
    }
    const QByteArray statusLine = response.left(response.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    if (parts.size() < 2 || parts[1] != "200") {
        r.error = QCoreApplication::translate("IpEchoSource", "HTTP status %1")
                      .arg(shown(statusLine.mid(statusLine.indexOf(' ') + 1)));
        return r;
    }
    const QByteArray body = response.mid(headerEnd + 4);
    r.address = parseEchoBody(body);
    if (!r.address)
        r.error = QCoreApplication::translate("IpEchoSource", "answered something that is not an address (\"%1\")")
                      .arg(shown(body));
    return r;
}

EchoAnswer askDnsEcho(const DnsEchoSource& source, int timeoutMs)
{
    EchoAnswer a;
    a.source = source.label();
    a.via = source.server.toString();
    a.ipv6Path = source.server.address.protocol() == QAbstractSocket::IPv6Protocol;
    dns::ResolverConfig config;
    config.servers << source.server;
    config.timeoutMs = timeoutMs;
    config.attempts = 1;
    dns::LdnsResolver resolver(config); // a fresh resolver aimed at this one server
    const dns::Answer answer = resolver.query(source.name, source.type);
    a.evidence = answer;
    a.ms = answer.ms;
    if (!answer.hasData()) {
        a.error = QStringLiteral("%1%2").arg(dns::outcomeName(answer.outcome),
                                             answer.error.isEmpty() ? QString() : QStringLiteral(": ") + answer.error);
        return a;
    }
    if (source.type == dns::RRType::TXT) {
        for (const QByteArray& t : answer.texts())
            if (const auto addr = parseEchoBody(t)) {
                a.address = addr;
                return a;
            }
        a.error = QCoreApplication::translate("IpEchoSource", "the TXT answer holds no address");
        return a;
    }
    a.address = answer.addresses().first();
    return a;
}

} // namespace mailready::checks
