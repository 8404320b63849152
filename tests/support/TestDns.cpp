#include "TestDns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

namespace mailready::test {

static QHash<QString, QString> fixtureEnv()
{
    static const QHash<QString, QString> env = [] {
        QHash<QString, QString> h;
        const QString state = qEnvironmentVariable("MAILREADY_TEST_STATE");
        QFile f(state + QStringLiteral("/env"));
        if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
            qFatal(
                "The DNS fixture is not running: MAILREADY_TEST_STATE/env is missing. Run the tests with ctest, which "
                "starts tests/dns/fixture.sh first.");
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                h.insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1)).trimmed());
        }
        return h;
    }();
    return env;
}

static quint16 port(const char* key)
{
    const QString value = fixtureEnv().value(QString::fromLatin1(key));
    bool ok = false;
    const uint p = value.toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        qFatal("The DNS fixture did not record %s", key);
    return static_cast<quint16>(p);
}

quint16 nsdPort()
{
    return port("NSD_PORT");
}
quint16 servfailPort()
{
    return port("SERVFAIL_PORT");
}
quint16 silentPort()
{
    return port("SILENT_PORT");
}
quint16 refusedPort()
{
    return port("REFUSED_PORT");
}
quint16 nxdomainPort()
{
    return port("NXDOMAIN_PORT");
}
quint16 closedPort()
{
    return port("CLOSED_PORT");
}
bool hasIpv6Loopback()
{
    return fixtureEnv().value(QStringLiteral("IPV6")) == QLatin1String("1");
}
QString nsdServer()
{
    return QStringLiteral("127.0.0.1:%1").arg(nsdPort());
}

dns::ResolverConfig configFor(quint16 p, int timeoutMs)
{
    dns::ResolverConfig c;
    c.servers << dns::ServerAddress{QHostAddress(QHostAddress::LocalHost), p};
    c.timeoutMs = timeoutMs;
    c.attempts = 1;
    return c;
}

dns::ResolverConfig nsdConfig(int timeoutMs)
{
    return configFor(nsdPort(), timeoutMs);
}

int runMailready(const QStringList& arguments, QByteArray* out, QByteArray* err, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(MAILREADY_BINARY));
    p.setArguments(arguments);
    p.start();
    if (!p.waitForStarted(10000))
        qFatal("could not start %s", MAILREADY_BINARY);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qWarning("mailready %s did not finish within %d ms", qPrintable(arguments.join(QLatin1Char(' '))), timeoutMs);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

QJsonObject runMailreadyJson(const QStringList& arguments, int* exitCode)
{
    QByteArray out, err;
    *exitCode = runMailready(arguments, &out, &err);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("stdout is not one JSON object (%s); stderr: %s", qPrintable(error.errorString()), err.constData());
        return {};
    }
    return doc.object();
}

int contractExitCode(const QJsonObject& report)
{
    bool fail = false, unknown = false;
    for (const auto& c : report.value(QStringLiteral("checks")).toArray()) {
        const QString s = c.toObject().value(QStringLiteral("status")).toString();
        fail = fail || s == QLatin1String("fail");
        unknown = unknown || s == QLatin1String("unknown");
    }
    return fail ? 1 : unknown ? 2 : 0;
}

QJsonObject checkById(const QJsonObject& report, const QString& id)
{
    for (const auto& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    return {};
}

QString sharedTestdata(const QString& relative)
{
    return QStringLiteral(MAILREADY_SHARED_TESTDATA "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(MAILREADY_SOURCE_DIR "/") + relative;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

quint16 unusedPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort(); // free again once the socket goes
}

OwnNsd::OwnNsd()
{
    QDir base(QDir::tempPath());
    m_dir = base.filePath(
        QStringLiteral("mailready-nsd-%1-%2").arg(QCoreApplication::applicationPid()).arg(quintptr(this)));
    QDir().mkpath(m_dir);
}

OwnNsd::~OwnNsd()
{
    stop();
    QDir(m_dir).removeRecursively();
}

QString OwnNsd::server() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool OwnNsd::start(const QMap<QString, QString>& zones)
{
    m_zones = zones;
    m_port = unusedPort();
    return launch();
}

bool OwnNsd::setZone(const QString& name, const QString& text)
{
    m_zones.insert(name, text);
    stop();
    return launch();
}

bool OwnNsd::launch()
{
    QString conf = QStringLiteral("server:\n    ip-address: 127.0.0.1@%1\n    port: %1\n    username: \"\"\n"
                                  "    chroot: \"\"\n    pidfile: \"%2/nsd.pid\"\n    database: \"\"\n"
                                  "    zonelistfile: \"%2/zone.list\"\n    xfrdfile: \"%2/xfrd.state\"\n"
                                  "    xfrdir: \"%2\"\n    logfile: \"%2/nsd.log\"\n    server-count: 1\n"
                                  "    verbosity: 1\nremote-control:\n    control-enable: no\n")
                       .arg(m_port)
                       .arg(m_dir);
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it) {
        const QString file = m_dir + QStringLiteral("/%1.zone").arg(it.key());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(it.value().toUtf8()) < 0)
            return false;
        conf += QStringLiteral("zone:\n    name: \"%1\"\n    zonefile: \"%2\"\n").arg(it.key(), file);
    }
    QFile c(m_dir + QStringLiteral("/nsd.conf"));
    if (!c.open(QIODevice::WriteOnly | QIODevice::Truncate) || c.write(conf.toUtf8()) < 0)
        return false;
    c.close();
    QProcess nsd;
    nsd.setProgram(QStringLiteral("nsd"));
    nsd.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), c.fileName()});
    nsd.setStandardOutputFile(m_dir + QStringLiteral("/nsd.out"));
    nsd.setStandardErrorFile(m_dir + QStringLiteral("/nsd.out"), QIODevice::Append);
    if (!nsd.startDetached(&m_pid))
        return false;
    // Ready when it answers a zone's SOA.
    const QString probe = m_zones.firstKey();
    for (int i = 0; i < 100; ++i) {
        QProcess drill;
        drill.start(QStringLiteral("drill"), {QStringLiteral("-p"), QString::number(m_port),
                                              QStringLiteral("@127.0.0.1"), probe, QStringLiteral("SOA")});
        drill.waitForFinished(5000);
        if (drill.readAllStandardOutput().contains("rcode: NOERROR"))
            return true;
        QThread::msleep(100);
    }
    QFile out(m_dir + QStringLiteral("/nsd.out"));
    out.open(QIODevice::ReadOnly);
    qWarning("NSD did not answer on port %u: %s", m_port, out.readAll().constData());
    return false;
}

void OwnNsd::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGTERM);
    for (int i = 0; i < 100 && ::kill(pid_t(m_pid), 0) == 0; ++i)
        QThread::msleep(50);
    m_pid = 0;
}

} // namespace mailready::test
