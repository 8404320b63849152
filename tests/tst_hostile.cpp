// Hostile DNS data served by the fixture's NSD (tests/dns/zones/hostile.test.zone, made by
// tests/dns/make_hostile_zone.py): records too big for UDP, thousands of records at one name, bytes that are not
// text, markup, CNAME loops, a blocklist that lists everything. Every case ends in a clear verdict or `unknown`
// within a stated bound, with bounded memory, and markup is shown as characters in the wizard and the PDF.
#include "CheckPanel.h"
#include "ChecklistPdf.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "dns/LdnsResolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace mailready;

// Bounds, stated in the README: a whole `check` run on hostile data finishes within kRunBoundMs with a 2 s
// per-query timeout, and the program never holds more than kRssBoundKb resident (sanitizer builds included).
constexpr qint64 kRunBoundMs = 20000;
constexpr long kRssBoundKb = 600 * 1024;
constexpr qint64 kQueryBoundMs = 3000;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bigTxtRecordArrivesOverTcp();
    void thousandsOfRecordsAtOneName_data();
    void thousandsOfRecordsAtOneName();
    void bytesThatAreNotText();
    void cnameLoopsEndAsFormatErrors_data();
    void cnameLoopsEndAsFormatErrors();
    void longCnameChainInOneAnswer();
    void checkRunsEndInVerdicts_data();
    void checkRunsEndInVerdicts();
    void markupFromDnsIsShownLiterally();
    void humanOutputCannotDriveTheTerminal();
    void everyCommandCannotDriveTheTerminal_data();
    void everyCommandCannotDriveTheTerminal();
    void spfCommandCannotDriveTheTerminal_data();
    void spfCommandCannotDriveTheTerminal();
};

static dns::Answer ask(const QString& name, dns::RRType type)
{
    dns::LdnsResolver resolver(test::nsdConfig(1500));
    return resolver.query(name, type);
}

void TestHostile::bigTxtRecordArrivesOverTcp()
{
    // RFC 1035 3.3.14 / RFC 7766: 240 character-strings of 255 bytes, 61,440 bytes of RDATA: only TCP carries it.
    QElapsedTimer t;
    t.start();
    const dns::Answer a = ask(QStringLiteral("big.hostile.test"), dns::RRType::TXT);
    QCOMPARE(a.outcome, dns::Outcome::NoError);
    QVERIFY(a.viaTcp);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().txtStrings.size(), 240);
    QCOMPARE(a.records.first().txt.size(), 240 * 255);
    QVERIFY(a.records.first().txt.startsWith("v=spf1 ip4:192.0.2.131 "));
    QVERIFY2(t.elapsed() < kQueryBoundMs, qPrintable(QString::number(t.elapsed())));
}

void TestHostile::thousandsOfRecordsAtOneName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<dns::RRType>("type");
    QTest::addColumn<int>("count");
    QTest::newRow("RFC 7766 3000 A records (48 KB, TCP)")
        << QStringLiteral("many.hostile.test") << dns::RRType::A << 3000;
    QTest::newRow("RFC 7766 501 TXT records at one name")
        << QStringLiteral("manytxt.hostile.test") << dns::RRType::TXT << 501;
    QTest::newRow("RFC 1035 50 PTR names for one address")
        << QStringLiteral("202.2.0.192.in-addr.arpa") << dns::RRType::PTR << 50;
    QTest::newRow("RFC 5782 1500 blocklist codes")
        << QStringLiteral("204.2.0.192.floodbl.hostile.test") << dns::RRType::A << 1500;
}

void TestHostile::thousandsOfRecordsAtOneName()
{
    QFETCH(QString, name);
    QFETCH(dns::RRType, type);
    QFETCH(int, count);
    QElapsedTimer t;
    t.start();
    const dns::Answer a = ask(name, type);
    QCOMPARE(a.outcome, dns::Outcome::NoError);
    QCOMPARE(a.records.size(), count);
    QVERIFY2(t.elapsed() < kQueryBoundMs, qPrintable(QString::number(t.elapsed())));
    // The evidence of such an answer stays one valid JSON object.
    const QByteArray json = QJsonDocument(a.toEvidence()).toJson();
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("answers")).toArray().size(), count);
}

void TestHostile::bytesThatAreNotText()
{
    const dns::Answer a = ask(QStringLiteral("ctrl.hostile.test"), dns::RRType::TXT);
    QCOMPARE(a.outcome, dns::Outcome::NoError);
    QCOMPARE(a.records.size(), 2);
    bool sawNul = false;
    for (const dns::Record& r : a.records) {
        // The bytes arrive exactly (RFC 1035 character-strings are binary)...
        if (r.txt.startsWith("v=spf1 ")) {
            QVERIFY(r.txt.contains(QByteArray("\0\1\7", 3)));
            QVERIFY(r.txt.contains("\xff\xfe\xc0\x80"));
            sawNul = true;
        }
        // ...and are shown as zone-file text: printable ASCII only, every other byte as \DDD.
        const QString shown = r.presentation();
        for (QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(shown));
    }
    QVERIFY(sawNul);
    const QString evidence = QString::fromUtf8(QJsonDocument(a.toEvidence()).toJson());
    QVERIFY2(evidence.contains(QStringLiteral(R"(\\000\\001\\007)")), qPrintable(evidence));
    QVERIFY(evidence.contains(QStringLiteral(R"(\\255\\254\\192\\128)")));
}

void TestHostile::cnameLoopsEndAsFormatErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<dns::RRType>("type");
    QTest::newRow("RFC 1034 3.6.2 CNAME to itself") << QStringLiteral("cself.hostile.test") << dns::RRType::A;
    QTest::newRow("RFC 1034 3.6.2 two-name loop") << QStringLiteral("cloop1.hostile.test") << dns::RRType::A;
    QTest::newRow("RFC 1034 3.6.2 loop at _dmarc (TXT)")
        << QStringLiteral("_dmarc.cloop.hostile.test") << dns::RRType::TXT;
    QTest::newRow("RFC 1034 3.6.2 PTR that is a loop")
        << QStringLiteral("205.2.0.192.in-addr.arpa") << dns::RRType::PTR;
}

void TestHostile::cnameLoopsEndAsFormatErrors()
{
    QFETCH(QString, name);
    QFETCH(dns::RRType, type);
    QElapsedTimer t;
    t.start();
    const dns::Answer a = ask(name, type);
    QCOMPARE(a.outcome, dns::Outcome::FormatError);
    QVERIFY2(a.error.contains(QStringLiteral("CNAME loop")), qPrintable(a.error));
    QVERIFY(a.isTemporaryFailure()); // a check shows it as unknown, never as a verdict
    QVERIFY2(t.elapsed() < kQueryBoundMs, qPrintable(QString::number(t.elapsed())));
}

void TestHostile::longCnameChainInOneAnswer()
{
    // NSD follows the 20 in-zone CNAMEs itself and sends the whole chain in one answer: no extra queries.
    const dns::Answer a = ask(QStringLiteral("clong01.hostile.test"), dns::RRType::A);
    QCOMPARE(a.outcome, dns::Outcome::NoError);
    QCOMPARE(a.cnameChain.size(), 20);
    QCOMPARE(a.addresses(), QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.135"))});
}

static long childPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

static QString statusOf(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject().value(QStringLiteral("status")).toString();
    return QStringLiteral("absent");
}

// A field of a check's first item, as text ("spf:result" -> "permerror").
static QString itemField(const QJsonObject& report, const QString& id, const QString& field)
{
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id) {
            const QJsonValue v = c.toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(field);
            return v.isDouble() ? QString::number(v.toInt()) : v.toString();
        }
    return QStringLiteral("absent");
}

void TestHostile::checkRunsEndInVerdicts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expect"); // "id=status"
    QTest::addColumn<QString>("literal");    // text the JSON must hold as is
    const auto domain = QStringList{QStringLiteral("--domain"), QStringLiteral("hostile.test")};
    QTest::newRow("RFC 5782 5 blocklist answering every name: unknown")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.201"), QStringLiteral("--dnsbl"),
                                QStringLiteral("everything.hostile.test")}
        << QStringList{QStringLiteral("ptr=pass"), QStringLiteral("fcrdns=pass"), QStringLiteral("dnsbl=unknown")}
        << QString();
    QTest::newRow("RFC 1035 PTR with 50 names")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.202"), QStringLiteral("--dnsbl"),
                                QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("ptr=warn"), QStringLiteral("fcrdns=pass"), QStringLiteral("dnsbl=pass")}
        << QStringLiteral("n50.hostile.test.");
    QTest::newRow("RFC 1034 PTR names of markup, a loop and a NUL byte")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.204"), QStringLiteral("--dnsbl"),
                                QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("dnsbl=pass")}
        << QStringLiteral(R"(<script>alert\\(8\\)</script>.hostile.test.)");
    QTest::newRow("RFC 1034 3.6.2 PTR that is a CNAME loop: unknown")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.205"), QStringLiteral("--dnsbl"),
                                QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("ptr=unknown"), QStringLiteral("fcrdns=unknown")} << QStringLiteral("CNAME loop");
    QTest::newRow("RFC 5782 listing with 1500 codes")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.204"), QStringLiteral("--dnsbl"),
                                QStringLiteral("floodbl.hostile.test")}
        << QStringList{QStringLiteral("dnsbl=fail")} << QStringLiteral("127.6.249.2");
    QTest::newRow("RFC 9989 and RFC 6376 records of markup")
        << QStringList{QStringLiteral("--domain"),   QStringLiteral("html.hostile.test"),
                       QStringLiteral("--selector"), QStringLiteral("s1"),
                       QStringLiteral("--ip"),       QStringLiteral("192.0.2.202"),
                       QStringLiteral("--dnsbl"),    QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("dmarc=fail"), QStringLiteral("dkim=fail")}
        << QStringLiteral("p=<script>alert(3)</script>");
    QTest::newRow("RFC 9989 and RFC 6376 records with NUL, escape sequences and invalid bytes")
        << QStringList{QStringLiteral("--domain"),   QStringLiteral("ctrl.hostile.test"),
                       QStringLiteral("--selector"), QStringLiteral("s1"),
                       QStringLiteral("--ip"),       QStringLiteral("192.0.2.202"),
                       QStringLiteral("--dnsbl"),    QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("dmarc=fail"), QStringLiteral("dkim=fail")} << QString();
    QTest::newRow("RFC 1034 3.6.2 _dmarc that is a CNAME loop: unknown")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("cloop.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.202"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("dmarc=unknown")} << QStringLiteral("CNAME loop");
    QTest::newRow("RFC 7208 4.6.4 30-deep include chain: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("chain01.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.130"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 5.2 include of itself: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("self.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.130"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 5.2 two-name include loop: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("loop1.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.130"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 6.1 redirect loop: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("rloop1.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.130"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 4.6.4 fan-out of 10 x 10 includes: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("fan.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.131"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 3.4 60 KB record over TCP: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("big.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.131"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 7.3 macro expansions past 253 octets: a result")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("macro.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.131"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=fail")} << QString();
    QTest::newRow("RFC 7208 6.2 exp= full of markup and escapes")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("macro2.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.131"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=fail")} << QString();
    QTest::newRow("RFC 7208 4.5 501 TXT records, one SPF")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("manytxt.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.131"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=fail")} << QString();
    QTest::newRow("RFC 7208 3.1 record with NUL and control bytes: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("ctrl.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.132"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 3.1 record with invalid UTF-8: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("utf8bad.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.133"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 5.3 a: target that is a CNAME loop: temperror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("spfcname.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.133"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=unknown"), QStringLiteral("spf:result=temperror")} << QString();
    QTest::newRow("RFC 7208 4.6.4 mx with 20 names: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("mxmany.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.150"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")} << QString();
    QTest::newRow("RFC 7208 5.3 a: with 3000 addresses (TCP): pass")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("many.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.201"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=pass"), QStringLiteral("spf:result=pass")} << QString();
    QTest::newRow("RFC 7208 3.1 markup in the record: permerror")
        << QStringList{QStringLiteral("--domain"), QStringLiteral("html.hostile.test"),
                       QStringLiteral("--ip"),     QStringLiteral("192.0.2.201"),
                       QStringLiteral("--dnsbl"),  QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("spf=fail"), QStringLiteral("spf:result=permerror")}
        << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("RFC 5782 listing explained with markup")
        << domain + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.203"), QStringLiteral("--dnsbl"),
                                QStringLiteral("htmlbl.hostile.test")}
        << QStringList{QStringLiteral("dnsbl=fail"), QStringLiteral("ptr=fail")}
        << QStringLiteral("<script>alert(6)</script><b>listed</b>");
}

void TestHostile::checkRunsEndInVerdicts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expect);
    QFETCH(QString, literal);
    QByteArray out, err;
    QElapsedTimer t;
    t.start();
    const int code =
        test::runMailready(QStringList{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                       QStringLiteral("1000"), QStringLiteral("--nameserver"), test::nsdServer()} +
                               arguments,
                           &out, &err, kRunBoundMs + 10000);
    const qint64 ms = t.elapsed();
    const long rss = childPeakRssKb();
    qInfo("%lld ms, peak resident %ld KB so far, exit %d", ms, rss, code);
    QVERIFY2(code == 0 || code == 1 || code == 2, err.constData());
    QVERIFY2(ms < kRunBoundMs, qPrintable(QString::number(ms)));
    QVERIFY2(rss < kRssBoundKb, qPrintable(QString::number(rss)));
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    for (const QString& e : expect) {
        const QString key = e.section(QLatin1Char('='), 0, 0);
        const QString want = e.section(QLatin1Char('='), 1);
        if (key.contains(QLatin1Char(':')))
            QCOMPARE(itemField(report, key.section(QLatin1Char(':'), 0, 0), key.section(QLatin1Char(':'), 1)), want);
        else
            QCOMPARE(statusOf(report, key), want);
    }
    // Every check ends with a contract status and a summary.
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray()) {
        const QString s = c.toObject().value(QStringLiteral("status")).toString();
        QVERIFY2(QStringList({QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"),
                              QStringLiteral("unknown"), QStringLiteral("skipped")})
                     .contains(s),
                 qPrintable(s));
        QVERIFY(!c.toObject().value(QStringLiteral("summary")).toString().isEmpty());
    }
    if (!literal.isEmpty())
        QVERIFY2(QString::fromUtf8(out).contains(literal), out.left(4000).constData());
}

void TestHostile::markupFromDnsIsShownLiterally()
{
    // End to end: a blocklist's TXT explanation and PTR names full of markup, through the real check, the wizard's
    // panel and the PDF.
    ui::WizardModel model(GlobalOptions{});
    CheckRequest request;
    request.domain = QStringLiteral("hostile.test");
    request.ips = {QHostAddress(QStringLiteral("192.0.2.203")), QHostAddress(QStringLiteral("192.0.2.204"))};
    request.dnsblZones = {QStringLiteral("htmlbl.hostile.test")};
    request.resolver = test::nsdConfig(1500);
    model.setRequest(request);
    ui::CheckPanel panel(&model, {QStringLiteral("ptr"), QStringLiteral("dnsbl")});
    panel.show();
    model.run({QStringLiteral("ptr"), QStringLiteral("dnsbl")});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRunning(), kRunBoundMs);
    QVERIFY(model.result(QStringLiteral("dnsbl")));
    QCOMPARE(model.result(QStringLiteral("dnsbl"))->status, Status::Fail);

    const QString script = QStringLiteral("<script>alert(6)</script><b>listed</b>");
    QString shown;
    for (const QLabel* label : panel.findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1String("<script>")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
        shown += label->text() + QLatin1Char('\n');
    }
    for (const QPlainTextEdit* e : panel.findChildren<QPlainTextEdit*>())
        shown += e->toPlainText() + QLatin1Char('\n');
    QVERIFY2(shown.contains(script), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral(R"(<script>alert\(8\)</script>.hostile.test.)")), qPrintable(shown));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    QString error;
    QVERIFY2(ui::writeChecklistPdf(model.report(), model.records(), path, &error), qPrintable(error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("<script>alert(6)</script><b>listed</b>")), qPrintable(text.left(3000)));
}

void TestHostile::humanOutputCannotDriveTheTerminal()
{
    // _dmarc.ctrl.hostile.test holds ESC [2J (clear screen), an OSC title sequence, BEL, NUL, U+202E (right-to-left
    // override) and a newline followed by a fake status line; the DMARC finding quotes the record.
    QByteArray out, err;
    const int code =
        test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("ctrl.hostile.test"),
                            QStringLiteral("--ip"), QStringLiteral("192.0.2.202"), QStringLiteral("--dnsbl"),
                            QStringLiteral("htmlbl.hostile.test"), QStringLiteral("--timeout"), QStringLiteral("2000"),
                            QStringLiteral("--nameserver"), test::nsdServer()},
                           &out, &err);
    QVERIFY2(code == 1, err.constData());
    QVERIFY2(out.contains("owned"), out.constData());                  // the record is quoted...
    QVERIFY2(out.contains("owned\\x07\\x00\\u202E"), out.constData()); // ...its control bytes shown, not performed
    for (const char c : out)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', qPrintable(QString::number(int(c))));
    QVERIFY(!out.contains("\x7f"));
    QVERIFY(!out.contains("\xe2\x80\xae"));
    for (const QByteArray& line : out.split('\n'))
        QVERIFY2(!line.startsWith("PASS    SPF;"), line.constData());
    // The line feed inside the record is a character of the value, shown as one, not a break in the report.
    QVERIFY2(out.contains("\\x0APASS    SPF"), out.constData());
    for (const QByteArray& line : out.split('\n'))
        QVERIFY2(!line.trimmed().startsWith("PASS    SPF;"), line.constData());
}

// Every command's words for people, not only check's report: an argument quoted in a usage error, and the records
// composed from a published SPF record full of control bytes (records --existing-spf quotes it).
void TestHostile::everyCommandCannotDriveTheTerminal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("shown"); // on stdout or stderr, escaped
    QTest::newRow("usage error quoting a domain")
        << QStringList{QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("a\x1b[2J\nPASS.test")}
        << QByteArray("\\x1B[2J\\x0APASS");
    QTest::newRow("usage error quoting an address") << QStringList{QStringLiteral("records"),
                                                                   QStringLiteral("--domain"),
                                                                   QStringLiteral("example.test"),
                                                                   QStringLiteral("--hostname"),
                                                                   QStringLiteral("mail.example.test"),
                                                                   QStringLiteral("--ip"),
                                                                   QStringLiteral("192.0.2.1\x1b]0;owned\x07")}
                                                    << QByteArray("\\x1B]0;owned\\x07");
    QTest::newRow("records quoting a published record")
        << QStringList{QStringLiteral("records"),           QStringLiteral("--domain"),
                       QStringLiteral("ctrl.hostile.test"), QStringLiteral("--hostname"),
                       QStringLiteral("mail.hostile.test"), QStringLiteral("--ip"),
                       QStringLiteral("192.0.2.133"),       QStringLiteral("--existing-spf"),
                       QStringLiteral("--nameserver"),      test::nsdServer()}
        << QByteArray();
}

void TestHostile::everyCommandCannotDriveTheTerminal()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, shown);
    QByteArray out, err;
    test::runMailready(arguments, &out, &err);
    const QByteArray both = out + err;
    QVERIFY2(both.contains(shown), both.constData());
    for (const QByteArray& stream : {out, err})
        for (const char c : stream)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', qPrintable(QString::number(int(c))));
    QVERIFY(!both.contains("\x7f"));
}

void TestHostile::spfCommandCannotDriveTheTerminal_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QByteArray>("shown");
    // exp=explain.hostile.test holds ESC [2J, BEL and U+202E: not printable ASCII, so RFC 7208 6.2 has it ignored and
    // the default explanation is shown instead.
    QTest::newRow("RFC 7208 6.2 explanation with escape sequences is not used")
        << QStringLiteral("macro2.hostile.test") << QByteArray("Explanation: macro2.hostile.test does not authorize");
    // A term whose domain holds ESC: shown in the evaluation tree.
    QTest::newRow("RFC 7208 4.6.1 term with an escape sequence")
        << QStringLiteral("escape.hostile.test") << QByteArray("\\x1B[2J");
}

void TestHostile::spfCommandCannotDriveTheTerminal()
{
    QFETCH(QString, domain);
    QFETCH(QByteArray, shown);
    QByteArray out, err;
    const int code = test::runMailready({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.131"),
                                         QStringLiteral("--domain"), domain, QStringLiteral("--timeout"),
                                         QStringLiteral("2000"), QStringLiteral("--nameserver"), test::nsdServer()},
                                        &out, &err);
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(out.contains(shown), out.constData());
    for (const char c : out + err)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', qPrintable(QString::number(int(c))));
    QVERIFY(!out.contains("\xe2\x80\xae"));
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
