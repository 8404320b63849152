#include "SmtpFixture.h"

#include <QFile>
#include <QHash>

namespace mailready::test {

static QHash<QString, QString> smtpEnv()
{
    static const QHash<QString, QString> env = [] {
        QHash<QString, QString> h;
        const QString state = qEnvironmentVariable("MAILREADY_SMTP_STATE");
        QFile f(state + QStringLiteral("/env"));
        if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
            qFatal("The SMTP fixture is not running: MAILREADY_SMTP_STATE/env is missing. Run the tests with ctest, "
                   "which starts tests/net/smtp_fixture.sh first.");
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                h.insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1)).trimmed());
        }
        return h;
    }();
    return env;
}

quint16 smtpPort(const char* key)
{
    bool ok = false;
    const uint p = smtpEnv().value(QString::fromLatin1(key)).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        qFatal("The SMTP fixture did not record %s", key);
    return static_cast<quint16>(p);
}

QString smtpServer(const char* key)
{
    return QStringLiteral("127.0.0.1:%1").arg(smtpPort(key));
}

} // namespace mailready::test
