#include "TestDns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

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

} // namespace mailready::test
