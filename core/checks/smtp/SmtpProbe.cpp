#include "SmtpProbe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mailready::checks {

QString stageName(SmtpProbeResult::Stage stage)
{
    switch (stage) {
    case SmtpProbeResult::Stage::Connect:
        return QStringLiteral("connecting");
    case SmtpProbeResult::Stage::Greeting:
        return QCoreApplication::translate("SmtpProbe", "the greeting (220 banner)");
    case SmtpProbeResult::Stage::Ehlo:
        return QStringLiteral("EHLO");
    case SmtpProbeResult::Stage::StartTls:
        return QStringLiteral("STARTTLS");
    case SmtpProbeResult::Stage::Handshake:
        return QCoreApplication::translate("SmtpProbe", "the TLS handshake");
    case SmtpProbeResult::Stage::EhloAfterTls:
        return QCoreApplication::translate("SmtpProbe", "EHLO after STARTTLS");
    case SmtpProbeResult::Stage::Quit:
        return QStringLiteral("QUIT");
    case SmtpProbeResult::Stage::Done:
        return QCoreApplication::translate("SmtpProbe", "the end");
    }
    return {};
}

namespace {

class Conversation
{
public:
    Conversation(const SmtpProbeOptions& options, SmtpProbeResult& result) : m_options(options), m_result(result) {}

    bool connect()
    {
        m_result.stage = SmtpProbeResult::Stage::Connect;
        m_socket.connectToHost(m_options.address, m_options.port);
        if (m_socket.waitForConnected(m_options.stepTimeoutMs))
            return true;
        using F = SmtpProbeResult::Failure;
        switch (m_socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            return stop(F::Refused, QCoreApplication::translate(
                                        "SmtpProbe", "the connection was refused (nothing listens on port %1)")
                                        .arg(m_options.port));
        case QAbstractSocket::SocketTimeoutError:
            return stop(F::ConnectTimeout,
                        QCoreApplication::translate("SmtpProbe", "no answer to the connection attempt within %1 ms")
                            .arg(m_options.stepTimeoutMs));
        default:
            return stop(F::Unreachable,
                        QCoreApplication::translate("SmtpProbe", "could not connect: %1").arg(m_socket.errorString()));
        }
    }

    // Reads one complete reply within the step bound.
    std::optional<SmtpReply> reply()
    {
        using F = SmtpProbeResult::Failure;
        QDeadlineTimer deadline(m_options.stepTimeoutMs);
        for (;;) {
            if (auto r = m_reader.next()) {
                for (qsizetype i = 0; i < r->lines.size(); ++i)
                    m_result.transcript << QStringLiteral("S: %1%2%3")
                                               .arg(r->code)
                                               .arg(i + 1 == r->lines.size() ? QLatin1Char(' ') : QLatin1Char('-'))
                                               .arg(r->lines[i]);
                return r;
            }
            if (m_reader.hasError()) {
                stop(F::Garbage,
                     QCoreApplication::translate("SmtpProbe", "the server sent something that is not SMTP (%1)")
                         .arg(m_reader.error()));
                return std::nullopt;
            }
            if (m_socket.bytesAvailable() > 0) {
                m_reader.feed(m_socket.readAll());
                continue;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                stop(F::Closed, partial(QCoreApplication::translate("SmtpProbe", "the server closed the connection")));
                return std::nullopt;
            }
            const qint64 left = deadline.remainingTime();
            if (left <= 0 || !m_socket.waitForReadyRead(int(left))) {
                if (m_socket.bytesAvailable() > 0)
                    continue;
                if (m_socket.state() != QAbstractSocket::ConnectedState ||
                    m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
                    stop(F::Closed,
                         partial(QCoreApplication::translate("SmtpProbe", "the server closed the connection")));
                } else {
                    stop(F::Stalled, partial(QCoreApplication::translate("SmtpProbe", "no complete reply within %1 ms")
                                                 .arg(m_options.stepTimeoutMs)));
                }
                return std::nullopt;
            }
        }
    }

    bool send(const QByteArray& line)
    {
        m_result.transcript << QStringLiteral("C: %1").arg(QString::fromLatin1(line));
        m_socket.write(line + "\r\n");
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(m_options.stepTimeoutMs))
                return stop(SmtpProbeResult::Failure::Closed,
                            QCoreApplication::translate("SmtpProbe", "could not send %1: %2")
                                .arg(QString::fromLatin1(line), m_socket.errorString()));
        }
        return true;
    }

    // A reply whose category is 2, or a stop with Rejected.
    std::optional<SmtpReply> expect2xx(SmtpProbeResult::Stage stage)
    {
        m_result.stage = stage;
        auto r = reply();
        const bool greeting = stage == SmtpProbeResult::Stage::Greeting;
        if (r && (greeting ? r->code != 220 : r->category() != 2)) {
            const QString what =
                greeting ? QCoreApplication::translate("SmtpProbe", "the server greeted with")
                         : QCoreApplication::translate("SmtpProbe", "%1 was answered with").arg(stageName(stage));
            stop(SmtpProbeResult::Failure::Rejected,
                 QStringLiteral("%1 %2 %3").arg(what).arg(r->code).arg(r->lines.value(0)));
        }
        return r;
    }

    bool startTls()
    {
        m_result.tlsAttempted = true;
        m_result.stage = SmtpProbeResult::Stage::Handshake;
        // Without a TLS library on our side the server is not to blame: that is "could not verify".
        if (!QSslSocket::supportsSsl())
            return stop(SmtpProbeResult::Failure::Local,
                        QCoreApplication::translate(
                            "SmtpProbe", "TLS is not available to MailReady here (no TLS backend), so STARTTLS was not "
                                         "tried"));
        // Anything the server sent before the handshake must not be read as a reply after it (RFC 3207 6).
        m_reader = SmtpReplyReader();
        m_socket.readAll();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // Check the certificate ourselves below; the handshake itself must complete to see it.
        config.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_socket.setSslConfiguration(config);
        if (!m_options.peerName.isEmpty())
            m_socket.setPeerVerifyName(m_options.peerName);
        m_socket.startClientEncryption();
        if (!m_socket.waitForEncrypted(m_options.stepTimeoutMs)) {
            m_result.tls.error = m_socket.errorString();
            if (m_socket.error() == QAbstractSocket::SocketTimeoutError)
                return stop(SmtpProbeResult::Failure::Stalled,
                            QCoreApplication::translate("SmtpProbe", "the TLS handshake did not finish within %1 ms")
                                .arg(m_options.stepTimeoutMs));
            // Qt words a TLS alert from the server as "Error during SSL handshake: " with nothing after it.
            QString why = m_socket.errorString().trimmed();
            while (why.endsWith(QLatin1Char(':')) || why.endsWith(QLatin1Char('.')))
                why.chop(1);
            if (why.compare(QLatin1String("Error during SSL handshake"), Qt::CaseInsensitive) == 0)
                why = QCoreApplication::translate("SmtpProbe", "the server aborted it");
            return stop(SmtpProbeResult::Failure::TlsFailed,
                        QCoreApplication::translate("SmtpProbe", "the TLS handshake did not complete: %1").arg(why));
        }
        SmtpTlsInfo& tls = m_result.tls;
        tls.handshakeOk = true;
        const QSslCipher cipher = m_socket.sessionCipher();
        tls.protocol = cipher.protocolString();
        tls.cipher = cipher.name();
        tls.chain = m_socket.peerCertificateChain();
        if (!tls.chain.isEmpty()) {
            const QSslCertificate& leaf = tls.chain.first();
            tls.names = leaf.subjectInfo(QSslCertificate::CommonName);
            for (const QString& san : leaf.subjectAlternativeNames().values(QSsl::DnsEntry))
                if (!tls.names.contains(san))
                    tls.names << san;
            tls.selfSigned = leaf.isSelfSigned();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            tls.expired = leaf.expiryDate() < now;
            tls.notYetValid = leaf.effectiveDate() > now;
            tls.verifyErrors = QSslCertificate::verify(tls.chain, m_options.peerName);
            tls.nameMatches = !m_options.peerName.isEmpty();
            for (const QSslError& e : std::as_const(tls.verifyErrors)) {
                if (e.error() == QSslError::HostNameMismatch)
                    tls.nameMatches = false;
                if (e.error() == QSslError::SelfSignedCertificate ||
                    e.error() == QSslError::SelfSignedCertificateInChain ||
                    e.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                    e.error() == QSslError::UnableToGetIssuerCertificate ||
                    e.error() == QSslError::UnableToVerifyFirstCertificate ||
                    e.error() == QSslError::CertificateUntrusted)
                    tls.untrusted = true;
            }
        }
        return true;
    }

    void quit()
    {
        // A missing 221 is not worth a finding: the conversation already showed what matters.
        const auto failure = m_result.failure;
        const QString error = m_result.error;
        const auto stage = m_result.stage;
        if (send("QUIT"))
            reply();
        m_result.failure = failure;
        m_result.error = error;
        m_result.stage = stage;
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(1000);
    }

    void abort() { m_socket.abort(); }

private:
    bool stop(SmtpProbeResult::Failure failure, const QString& why)
    {
        if (m_result.failure == SmtpProbeResult::Failure::None) {
            m_result.failure = failure;
            m_result.error = why;
        }
        return false;
    }

    QString partial(const QString& what) const
    {
        const QByteArray rest = m_reader.pending().trimmed();
        if (rest.isEmpty())
            return what;
        return QCoreApplication::translate("SmtpProbe", "%1 after an incomplete reply (\"%2\")")
            .arg(what, QString::fromUtf8(rest.left(80)));
    }

    const SmtpProbeOptions& m_options;
    SmtpProbeResult& m_result;
    QSslSocket m_socket;
    SmtpReplyReader m_reader;
};

} // namespace

SmtpProbeResult probeSmtp(const SmtpProbeOptions& options)
{
    SmtpProbeResult result;
    QElapsedTimer timer;
    timer.start();
    Conversation c(options, result);
    const QByteArray ehlo = "EHLO " + options.ehloName.toLatin1();
    auto finish = [&] {
        result.ms = timer.elapsed();
        return result;
    };

    if (!c.connect())
        return finish();
    result.greeting = c.expect2xx(SmtpProbeResult::Stage::Greeting);
    if (!result.greeting || result.greeting->code != 220) {
        if (result.greeting)
            c.quit();
        else
            c.abort();
        return finish();
    }
    if (!c.send(ehlo))
        return finish();
    result.ehlo = c.expect2xx(SmtpProbeResult::Stage::Ehlo);
    if (!result.ehlo || result.ehlo->category() != 2) {
        if (result.ehlo)
            c.quit();
        else
            c.abort();
        return finish();
    }
    if (result.ehlo->hasExtension(QStringLiteral("STARTTLS"))) {
        if (!c.send("STARTTLS"))
            return finish();
        result.starttls = c.expect2xx(SmtpProbeResult::Stage::StartTls);
        if (!result.starttls || result.starttls->code != 220) {
            if (result.starttls)
                c.quit();
            else
                c.abort();
            return finish();
        }
        if (!c.startTls()) {
            c.abort();
            return finish();
        }
        if (!c.send(ehlo))
            return finish();
        result.ehloAfterTls = c.expect2xx(SmtpProbeResult::Stage::EhloAfterTls);
        if (!result.ehloAfterTls) {
            c.abort();
            return finish();
        }
    }
    result.stage = SmtpProbeResult::Stage::Done;
    c.quit();
    return finish();
}

} // namespace mailready::checks
