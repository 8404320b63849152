// The port25 check end to end, all on loopback: an open port (the fixture's real OpenSMTPD), a closed one with a
// working control port (blocked), and closed ones both ways (no network: unknown).
#include "SmtpFixture.h"
#include "TestDns.h"

#include <QJsonArray>
#include <QTest>

using namespace mailready;

class TestPort25 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void skippedUnlessAsked();
    void badTarget();
};

void TestPort25::verdicts_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("control"); // empty: default (the target's port 443, closed on loopback)
    QTest::addColumn<bool>("relay");
    QTest::addColumn<bool>("servfail"); // resolve through the SERVFAIL stub
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("needle");

    const QString open = test::smtpServer("SMTPD_PLAIN_PORT");
    const QString closed = test::smtpServer("CLOSED_PORT");
    const QString listening = test::smtpServer("STUB_SILENT_PORT");
    QTest::newRow("open: a real MTA greets") << open << QString() << false << false << "pass"
                                             << "220 mx.rdns.test";
    QTest::newRow("open, target by name through NSD")
        << QStringLiteral("loopback.rdns.test:%1").arg(test::smtpPort("SMTPD_PLAIN_PORT")) << QString() << false
        << false << "pass"
        << "Connected to loopback.rdns.test";
    QTest::newRow("blocked: refused while the control port answers") << closed << listening << false << false << "fail"
                                                                     << "smarthost";
    QTest::newRow("blocked, but mail leaves through a relay") << closed << listening << true << false << "warn"
                                                              << "relay";
    QTest::newRow("no network: control fails too")
        << closed << test::smtpServer("CLOSED_PORT") << false << false << "unknown"
        << "no network";
    QTest::newRow("RFC 1035 target name lookup SERVFAIL")
        << QStringLiteral("loopback.rdns.test:%1").arg(test::smtpPort("SMTPD_PLAIN_PORT")) << QString() << false << true
        << "unknown"
        << "SERVFAIL";
}

void TestPort25::verdicts()
{
    QFETCH(QString, target);
    QFETCH(QString, control);
    QFETCH(bool, relay);
    QFETCH(bool, servfail);
    QFETCH(QString, status);
    QFETCH(QString, needle);
    QStringList args{QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     QStringLiteral("rdns.test"),
                     QStringLiteral("--ip"),
                     QStringLiteral("198.18.0.20"),
                     QStringLiteral("--nameserver"),
                     servfail ? QStringLiteral("127.0.0.1:%1").arg(test::servfailPort()) : test::nsdServer(),
                     QStringLiteral("--probe-timeout"),
                     QStringLiteral("1500"),
                     QStringLiteral("--json"),
                     QStringLiteral("--port25-target"),
                     target};
    if (!control.isEmpty())
        args << QStringLiteral("--port25-control") << control;
    if (relay)
        args << QStringLiteral("--relay") << QStringLiteral("127.0.0.1:2525");
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(args, &code);
    const QJsonObject port25 = test::checkById(report, QStringLiteral("port25"));
    QVERIFY2(port25.value(QStringLiteral("status")).toString() == status,
             qPrintable(port25.value(QStringLiteral("summary")).toString()));
    QString text = port25.value(QStringLiteral("summary")).toString();
    for (const auto& i : port25.value(QStringLiteral("items")).toArray())
        text += QLatin1Char('\n') + i.toObject().value(QStringLiteral("detail")).toString();
    for (const auto& f : port25.value(QStringLiteral("findings")).toArray())
        text += QLatin1Char('\n') + f.toObject().value(QStringLiteral("message")).toString() + QLatin1Char(' ') +
                f.toObject().value(QStringLiteral("fix")).toString();
    QVERIFY2(text.contains(needle), qPrintable(text));
    QCOMPARE(code, test::contractExitCode(report));
}

void TestPort25::skippedUnlessAsked()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("rdns.test"), QStringLiteral("--ip"),
         QStringLiteral("198.18.0.20"), QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
        &code);
    QCOMPARE(test::checkById(report, QStringLiteral("port25")).value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));
}

void TestPort25::badTarget()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("rdns.test"),
                                 QStringLiteral("--port25-target"), QStringLiteral("not a host")},
                                &out, &err),
             64);
    QVERIFY(err.contains("--port25-target"));
}

QTEST_GUILESS_MAIN(TestPort25)
#include "tst_port25.moc"
