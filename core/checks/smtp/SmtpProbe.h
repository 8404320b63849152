#pragma once

#include "SmtpReply.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

#include <optional>

namespace mailready::checks {

struct SmtpProbeOptions
{
    QHostAddress address;
    quint16 port = 25;
    QString peerName;          // the name the certificate should carry (SNI too); empty: not compared
    QString ehloName;          // what we announce
    int stepTimeoutMs = 10000; // each of connect, greeting, each reply, the TLS handshake
};

// What a TLS handshake after STARTTLS showed.
struct SmtpTlsInfo
{
    bool handshakeOk = false;
    QString error;    // why the handshake failed
    QString protocol; // "TLSv1.3"
    QString cipher;
    QList<QSslCertificate> chain;
    QList<QSslError> verifyErrors; // chain and name verification against the system's CA store
    QStringList names;             // subject CN and DNS subject alternative names of the leaf
    bool selfSigned = false;
    bool expired = false;
    bool notYetValid = false;
    bool nameMatches = false; // the leaf covers peerName (wildcards per RFC 6125)
    bool untrusted = false;   // no chain to a trusted CA (self-signed included)
};

// One SMTP conversation: connect, greeting, EHLO, STARTTLS + handshake, EHLO again, QUIT. Blocking; every step is
// bounded by stepTimeoutMs, so a server that stalls costs at most one bound per step, never a hang.
struct SmtpProbeResult
{
    enum class Failure {
        None,
        Refused, // nothing listens (connection refused)
        ConnectTimeout,
        Unreachable, // no route, network down
        Stalled,     // connected, but no complete reply within the bound
        Closed,      // the server hung up
        Garbage,     // bytes that are not SMTP replies
        Rejected,    // a 4xx/5xx where a 2xx was needed
        TlsFailed,   // the handshake after STARTTLS did not complete
        Local,       // our side could not go on (no TLS backend): nothing is known about the server
    };
    enum class Stage { Connect, Greeting, Ehlo, StartTls, Handshake, EhloAfterTls, Quit, Done };

    Failure failure = Failure::None;
    Stage stage = Stage::Connect; // where it stopped (Done when the whole conversation ran)
    QString error;                // one sentence: what went wrong
    std::optional<SmtpReply> greeting;
    std::optional<SmtpReply> ehlo;
    std::optional<SmtpReply> starttls;
    std::optional<SmtpReply> ehloAfterTls;
    bool tlsAttempted = false;
    SmtpTlsInfo tls;
    QStringList transcript; // "S: 220 ...", "C: EHLO ..."
    qint64 ms = 0;
};

SmtpProbeResult probeSmtp(const SmtpProbeOptions& options);

QString stageName(SmtpProbeResult::Stage stage); // "the greeting", "EHLO", ...

} // namespace mailready::checks
