// A sequence of `mailready watch run` against an NSD of the test's own whose zones the test edits between runs
// (a listing added, the SPF record removed, the address changed, runs without a name server), with the desktop
// notifications observed on a real session bus: a dbus-daemon started here, and a stand-in for the desktop's
// org.freedesktop.Notifications service that records each Notify call.
#include "TestDns.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mailready;

struct Notification
{
    QString summary;
    QString body;
    QStringList actions;
};

// The desktop's notification server, as far as MailReady uses it. When `click` is set it invokes the "open"
// action of the next notification, as a user's click would.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Notification> received;
    bool click = false;

public Q_SLOTS:
    uint Notify(const QString&, uint, const QString&, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap&, int)
    {
        received << Notification{summary, body, actions};
        const uint id = uint(received.size());
        if (click)
            QTimer::singleShot(300, this, [this, id] { Q_EMIT ActionInvoked(id, QStringLiteral("open")); });
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString& action);
    void NotificationClosed(uint id, uint reason);
};

namespace {

const QString kWatchZone = QStringLiteral("$TTL 60\n"
                                          "@ IN SOA ns1.watch.test. hostmaster.watch.test. ( 1 3600 600 86400 60 )\n"
                                          "  IN NS ns1.watch.test.\n"
                                          "ns1 IN A 127.0.0.1\n"
                                          "@ IN MX 10 mail.watch.test.\n"
                                          "mail IN A 192.0.2.10\n"
                                          "mail IN A 192.0.2.11\n"
                                          "_dmarc IN TXT \"v=DMARC1; p=reject\"\n"
                                          "2.0.0.127.bl IN A 127.0.0.2\n");
const QString kSpf = QStringLiteral("@ IN TXT \"v=spf1 ip4:192.0.2.10 ip4:192.0.2.11 -all\"\n");
const QString kReverseZone = QStringLiteral("$TTL 60\n"
                                            "@ IN SOA ns1.watch.test. hostmaster.watch.test. ( 1 3600 600 86400 60 )\n"
                                            "  IN NS ns1.watch.test.\n"
                                            "10 IN PTR mail.watch.test.\n"
                                            "11 IN PTR mail.watch.test.\n");

} // namespace

class TestWatchSequence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;
    QString m_busAddress;
    FakeNotifications m_server;
    test::OwnNsd m_nsd;
    quint16 m_closed = 0;

    // The zone as the test has it now.
    bool m_spf = true;
    bool m_listed = false;
    QString m_address = QStringLiteral("192.0.2.10");

    bool publish()
    {
        QString zone = kWatchZone + QStringLiteral("myip IN A %1\n").arg(m_address);
        if (m_spf)
            zone += kSpf;
        if (m_listed)
            zone += QStringLiteral("10.2.0.192.bl IN A 127.0.0.2\n");
        return m_nsd.setZone(QStringLiteral("watch.test"), zone);
    }

    // One `watch run`, the way the timer starts it; offline: every server is a port nothing listens on.
    // Returns the notifications the run sent.
    QList<Notification> run(bool offline = false, int clickWait = 0)
    {
        const quint16 dns = offline ? m_closed : m_nsd.port();
        const qsizetype before = m_server.received.size();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        env.insert(QStringLiteral("MAILREADY_WIZARD"), m_home.filePath(QStringLiteral("wizard")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILREADY_BINARY),
                {QStringLiteral("watch"),           QStringLiteral("run"),
                 QStringLiteral("--domain"),        QStringLiteral("watch.test"),
                 QStringLiteral("--hostname"),      QStringLiteral("mail.watch.test"),
                 QStringLiteral("--dnsbl"),         QStringLiteral("bl.watch.test"),
                 QStringLiteral("--ip-echo"),       QStringLiteral("http://127.0.0.1:%1/").arg(m_closed),
                 QStringLiteral("--ip-echo-dns"),   QStringLiteral("A:myip.watch.test@127.0.0.1:%1").arg(dns),
                 QStringLiteral("--nameserver"),    QStringLiteral("127.0.0.1:%1").arg(dns),
                 QStringLiteral("--timeout"),       QStringLiteral("400"),
                 QStringLiteral("--probe-timeout"), QStringLiteral("500"),
                 QStringLiteral("--click-wait"),    QString::number(clickWait)});
        // The event loop runs meanwhile: the stand-in server answers the run's Notify call.
        QElapsedTimer waited;
        waited.start();
        while (p.state() != QProcess::NotRunning && waited.elapsed() < 90000)
            QTest::qWait(50);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        [&] { QVERIFY2(p.exitCode() == 0, qPrintable(out + err)); }();
        qInfo().noquote() << out.trimmed();
        return m_server.received.mid(before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test-session"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        // The wizard stand-in: records how it was started.
        QFile wizard(m_home.filePath(QStringLiteral("wizard")));
        QVERIFY(wizard.open(QIODevice::WriteOnly));
        wizard.write(QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\n")
                         .arg(m_home.filePath(QStringLiteral("wizard.log")))
                         .toUtf8());
        wizard.close();
        wizard.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        m_closed = test::unusedPort();
        QVERIFY(m_nsd.start({{QStringLiteral("watch.test"), kWatchZone + kSpf},
                             {QStringLiteral("2.0.192.in-addr.arpa"), kReverseZone}}));
        QVERIFY(publish());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("test-session"));
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void sequence()
    {
        // The first run is the baseline, the second finds nothing new: no notification.
        QCOMPARE(run().size(), 0);
        QCOMPARE(run().size(), 0);

        // Listed: one notification; its click opens the wizard on the blocklist page.
        m_listed = true;
        QVERIFY(publish());
        m_server.click = true;
        QList<Notification> n = run(false, 30);
        m_server.click = false;
        QCOMPARE(n.size(), 1);
        QVERIFY2(n.first().summary.contains(QStringLiteral("Blocklists")), qPrintable(n.first().summary));
        QVERIFY2(n.first().body.contains(QStringLiteral("192.0.2.10 @ bl.watch.test")), qPrintable(n.first().body));
        QVERIFY(n.first().actions.contains(QStringLiteral("Open MailReady")));
        QFile opened(m_home.filePath(QStringLiteral("wizard.log")));
        QTRY_VERIFY_WITH_TIMEOUT(opened.exists(), 10000);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll().trimmed(), QByteArray("--page blocklist --domain watch.test"));

        // The SPF record removed.
        m_spf = false;
        QVERIFY(publish());
        n = run();
        QCOMPARE(n.size(), 1);
        QVERIFY2(n.first().summary.contains(QStringLiteral("SPF")), qPrintable(n.first().summary));
        QVERIFY(!n.first().body.contains(QStringLiteral("Blocklists")));

        // The address changed (the new one is not listed: better there, and that is no notification).
        m_address = QStringLiteral("192.0.2.11");
        QVERIFY(publish());
        n = run();
        QCOMPARE(n.size(), 1);
        QVERIFY2(n.first().body == QStringLiteral("The sending address changed from 192.0.2.10 to 192.0.2.11: reverse "
                                                  "DNS, SPF and blocklists now concern the new address."),
                 qPrintable(n.first().body));

        // No network: nothing for two runs, one notification on the third, naming what was verified good before
        // (SPF was already failing, so it is not news).
        QCOMPARE(run(true).size(), 0);
        QCOMPARE(run(true).size(), 0);
        n = run(true);
        QCOMPARE(n.size(), 1);
        QVERIFY2(n.first().body.contains(QStringLiteral("could not be verified in 3 runs in a row")),
                 qPrintable(n.first().body));
        QVERIFY(n.first().body.contains(QStringLiteral("Reverse DNS (PTR)")));
        QVERIFY(!n.first().body.contains(QStringLiteral("SPF could not")));
        QCOMPARE(run(true).size(), 0);

        // Back online, nothing changed meanwhile: no notification.
        QCOMPARE(run().size(), 0);
        QCOMPARE(m_server.received.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWatchSequence)
#include "tst_watch_sequence.moc"
