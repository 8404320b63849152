// Replays the kept fuzz corpus and every reproducer of a past finding (fuzz/regressions/TARGET/) through the fuzz
// targets' functions: a parser that crashes, hangs, trips a sanitizer or breaks a target's invariants fails here,
// in the ordinary test run, without clang or libFuzzer.
#include "FuzzTargets.h"
#include "TestDns.h"
#include "dns/DnsName.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace mailready;

class TestFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();
    void findingsStayFixed_data();
    void findingsStayFixed();
    void emptyPortIsAnError();
};

void TestFuzz::replay_data()
{
    QTest::addColumn<QString>("target");
    for (const fuzz::Target& t : fuzz::allTargets())
        QTest::newRow(t.name) << QString::fromLatin1(t.name);
}

void TestFuzz::replay()
{
    QFETCH(QString, target);
    fuzz::TargetFunction run = nullptr;
    for (const fuzz::Target& t : fuzz::allTargets())
        if (target == QLatin1String(t.name))
            run = t.run;
    QVERIFY(run);
    int corpus = 0, regressions = 0;
    qint64 slowest = 0;
    for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(test::sourcePath(QStringLiteral("fuzz/%1/%2").arg(kind, target)));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            QElapsedTimer timer;
            timer.start();
            run(reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
            slowest = qMax(slowest, timer.elapsed());
            (kind == QLatin1String("corpus") ? corpus : regressions)++;
        }
    }
    qInfo("%s: %d corpus files, %d reproducers, slowest %lld ms", qPrintable(target), corpus, regressions, slowest);
    QVERIFY2(corpus > 0, "the kept corpus of this target is empty");
    // A single input that takes seconds is a hang in waiting (the fuzzer's own timeout is 10 s).
    QVERIFY2(slowest < 5000, qPrintable(QStringLiteral("slowest input took %1 ms").arg(slowest)));
}

void TestFuzz::findingsStayFixed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    // fuzz/regressions/dns_name/two-trailing-dots: "example.com.." came back as "example.com." (an empty label kept).
    QTest::newRow("RFC 1035 2.3.1 two trailing dots") << QStringLiteral("example.com..") << false;
    QTest::newRow("RFC 1035 2.3.1 leading dot") << QStringLiteral(".example.com") << false;
    QTest::newRow("RFC 1035 2.3.1 empty label inside") << QStringLiteral("mail..example.com") << false;
    QTest::newRow("RFC 1034 3.1 one trailing dot is the root") << QStringLiteral("example.com.") << true;
}

void TestFuzz::findingsStayFixed()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QString why;
    const auto name = dns::normalizeDomain(input, &why);
    QCOMPARE(name.has_value(), accepted);
    if (name)
        QCOMPARE(*name, QStringLiteral("example.com"));
    else
        QVERIFY(!why.isEmpty());
}

void TestFuzz::emptyPortIsAnError()
{
    // "127.0.0.1:" used to mean port 53: a port left out by mistake sent every query to another server.
    QString why;
    QVERIFY(!dns::parseServerAddress(QStringLiteral("127.0.0.1:"), 53, &why));
    QVERIFY(why.contains(QStringLiteral("port")));
    QVERIFY(!dns::parseServerAddress(QStringLiteral("[::1]:"), 53, &why));
    QCOMPARE(dns::parseServerAddress(QStringLiteral("127.0.0.1"), 53)->port, quint16(53));
    QCOMPARE(dns::parseServerAddress(QStringLiteral("[::1]:5353"), 53)->port, quint16(5353));
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
