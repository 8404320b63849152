// Conformance with docs/cli-contract.md: the built binary, run against the fixture's NSD serving the demo domains
// (resources/demo/zones) and against the fixture's broken servers, checked sentence by sentence.
#include "CliAssertions.h"
#include "TestDns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mailready;

namespace {

const QStringList kContractIds = {QStringLiteral("public-ip"), QStringLiteral("ptr"),   QStringLiteral("fcrdns"),
                                  QStringLiteral("ehlo"),      QStringLiteral("dnsbl"), QStringLiteral("spf"),
                                  QStringLiteral("dkim"),      QStringLiteral("dmarc"), QStringLiteral("smtp")};
// Checks whose items are each about one sending IP (contract: "ip wherever the item is about one IP").
const QStringList kPerIpIds = {QStringLiteral("public-ip"), QStringLiteral("ptr"),   QStringLiteral("fcrdns"),
                               QStringLiteral("ehlo"),      QStringLiteral("dnsbl"), QStringLiteral("spf")};

int rank(const QString& status)
{
    // Contract order pass < warn < unknown < fail; skipped does not count.
    static const QStringList order = {QStringLiteral("skipped"), QStringLiteral("pass"), QStringLiteral("warn"),
                                      QStringLiteral("unknown"), QStringLiteral("fail")};
    return int(order.indexOf(status));
}

QString worst(const QStringList& statuses)
{
    QString w = QStringLiteral("skipped");
    for (const QString& s : statuses)
        if (rank(s) > rank(w))
            w = s;
    return w;
}

QString ns(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QString demo(const QString& relative)
{
    return test::sourcePath(QStringLiteral("resources/demo/") + relative);
}

// A full `check` of a demo domain: every option that turns a check on, no network but the fixture's.
QStringList demoCheck(const QString& domain, const QString& server)
{
    const bool good = domain == QLatin1String("good.demo");
    QStringList a = {QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     domain,
                     QStringLiteral("--hostname"),
                     QStringLiteral("mail.") + domain,
                     QStringLiteral("--ip"),
                     good ? QStringLiteral("198.19.25.25") : QStringLiteral("198.19.66.66"),
                     QStringLiteral("--selector"),
                     QStringLiteral("2026a"),
                     QStringLiteral("--dnsbl-catalog"),
                     demo(QStringLiteral("catalog.json")),
                     QStringLiteral("--nameserver"),
                     server,
                     QStringLiteral("--timeout"),
                     QStringLiteral("800"),
                     QStringLiteral("--json")};
    if (good)
        a << QStringLiteral("--dkim-key") << demo(QStringLiteral("keys/good.demo-2026a.private.pem"));
    return a;
}

// "a b c" -> {"a", "b", "c"}: command lines without QString noise.
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isSingleLine(const QByteArray& err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkJson_data();
    void checkJson();
    void neverFalseGreen_data();
    void neverFalseGreen();
    void dnsErrorIsUnknown_data();
    void dnsErrorIsUnknown();
    void usageErrors_data();
    void usageErrors();
    void spfJson_data();
    void spfJson();
    void spfTempError_data();
    void spfTempError();
    void dkimKeygen();
    void records();
    void globalOptions_data();
    void globalOptions();

private:
    QTemporaryDir m_keyDir;
};

void TestContract::checkJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("skipped"); // ids the contract says are skipped for these options
    QTest::addColumn<int>("exitCode");        // -1: whatever the statuses say (checked anyway)

    const QString server = test::nsdServer();
    QTest::newRow("contract: good.demo, every check asked for, all green (public-ip skipped with --ip)")
        << demoCheck(QStringLiteral("good.demo"), server)
        << QStringList{QStringLiteral("public-ip"), QStringLiteral("smtp")} << 0;
    QTest::newRow("contract: bad.demo fails (exit 1)")
        << demoCheck(QStringLiteral("bad.demo"), server)
        << QStringList{QStringLiteral("public-ip"), QStringLiteral("smtp")} << 1;
    QTest::newRow("contract: ehlo skipped without --hostname, dkim without --selector, smtp without --smtp")
        << QStringList{QStringLiteral("check"),
                       QStringLiteral("--domain"),
                       QStringLiteral("good.demo"),
                       QStringLiteral("--ip"),
                       QStringLiteral("198.19.25.25"),
                       QStringLiteral("--dnsbl-catalog"),
                       demo(QStringLiteral("catalog.json")),
                       QStringLiteral("--nameserver"),
                       server,
                       QStringLiteral("--json")}
        << QStringList{QStringLiteral("public-ip"), QStringLiteral("ehlo"), QStringLiteral("dkim"),
                       QStringLiteral("smtp")}
        << 0;
    QTest::newRow("contract: IPv4 and IPv6 together, one ptr/fcrdns/spf item per IP")
        << QStringList{QStringLiteral("check"),
                       QStringLiteral("--domain"),
                       QStringLiteral("bad.demo"),
                       QStringLiteral("--ip"),
                       QStringLiteral("198.19.66.66"),
                       QStringLiteral("--ip"),
                       QStringLiteral("2001:db8::66"),
                       QStringLiteral("--dnsbl-catalog"),
                       demo(QStringLiteral("catalog.json")),
                       QStringLiteral("--nameserver"),
                       server,
                       QStringLiteral("--json")}
        << QStringList{QStringLiteral("public-ip"), QStringLiteral("ehlo"), QStringLiteral("dkim"),
                       QStringLiteral("smtp")}
        << 1;
}

void TestContract::checkJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, skipped);
    QFETCH(int, exitCode);

    QByteArray out, err;
    const int code = test::runMailready(arguments, &out, &err);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &perr);
    QVERIFY2(perr.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(QStringLiteral("--json: stdout is not exactly one JSON document: ") + perr.errorString()));
    const QJsonObject report = doc.object();

    // Top level.
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.check/1"));
    QCOMPARE(report.value(QStringLiteral("domain")).toString(),
             arguments.at(arguments.indexOf(QStringLiteral("--domain")) + 1));
    for (const char* key : {"hostname", "ips", "nameservers", "status", "checks"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QVERIFY(report.value(QStringLiteral("ips")).isArray());
    QVERIFY(report.value(QStringLiteral("nameservers")).isArray());
    QVERIFY(report.value(QStringLiteral("checks")).isArray());
    const int ipArg = arguments.indexOf(QStringLiteral("--ip"));
    if (ipArg >= 0)
        QVERIFY(report.value(QStringLiteral("ips")).toArray().contains(arguments.at(ipArg + 1)));
    QVERIFY(report.value(QStringLiteral("nameservers")).toArray().contains(test::nsdServer()));

    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    QStringList ids, checkStatuses;
    for (const auto& cv : checks) {
        const QJsonObject c = cv.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        ids << id;
        for (const char* key : {"id", "status", "summary", "items"})
            QVERIFY2(c.contains(QLatin1String(key)), qPrintable(id + QStringLiteral(": no ") + QLatin1String(key)));
        QVERIFY2(!c.value(QStringLiteral("summary")).toString().isEmpty(), qPrintable(id));
        const QString status = c.value(QStringLiteral("status")).toString();
        QVERIFY2(rank(status) >= 0, qPrintable(id + QStringLiteral(": status ") + status));
        checkStatuses << status;

        QStringList itemStatuses;
        for (const auto& iv : c.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = iv.toObject();
            const QString what = id + QStringLiteral(" item ") + item.value(QStringLiteral("subject")).toString();
            QVERIFY2(item.value(QStringLiteral("subject")).isString(), qPrintable(what));
            const QString is = item.value(QStringLiteral("status")).toString();
            QVERIFY2(rank(is) >= 0, qPrintable(what + QStringLiteral(": status ") + is));
            itemStatuses << is;
            if (kPerIpIds.contains(id))
                QVERIFY2(item.value(QStringLiteral("ip")).isString(), qPrintable(what + QStringLiteral(": no ip")));
            if (id == QLatin1String("dnsbl"))
                QVERIFY2(item.value(QStringLiteral("zone")).isString(), qPrintable(what + QStringLiteral(": no zone")));
            if (id == QLatin1String("dkim")) {
                QVERIFY2(item.value(QStringLiteral("selector")).isString(), qPrintable(what));
                QVERIFY2(item.contains(QStringLiteral("key_type")), qPrintable(what + QStringLiteral(": key_type")));
                QVERIFY2(item.contains(QStringLiteral("key_bits")), qPrintable(what + QStringLiteral(": key_bits")));
            }
            if (id == QLatin1String("spf")) {
                QVERIFY2(item.value(QStringLiteral("result")).isString(),
                         qPrintable(what + QStringLiteral(": result")));
                QVERIFY2(item.value(QStringLiteral("lookups")).isDouble(), qPrintable(what));
                QVERIFY2(item.value(QStringLiteral("void_lookups")).isDouble(), qPrintable(what));
            }
        }
        if (id == QLatin1String("dmarc") && status != QLatin1String("skipped")) {
            QVERIFY2(c.contains(QStringLiteral("record")), "dmarc: no record");
            QVERIFY2(c.contains(QStringLiteral("policy")), "dmarc: no policy");
        }
        // A check's status is the worst of its items (when it has any that count).
        if (worst(itemStatuses) != QLatin1String("skipped"))
            QVERIFY2(status == worst(itemStatuses),
                     qPrintable(id + QStringLiteral(": status ") + status + QStringLiteral(" but items ") +
                                itemStatuses.join(QLatin1Char(','))));
        // Evidence: the raw DNS trail.
        for (const auto& ev : c.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = ev.toObject();
            for (const char* key : {"name", "type", "server", "rcode", "answers", "ms"})
                QVERIFY2(e.contains(QLatin1String(key)),
                         qPrintable(id + QStringLiteral(" evidence without ") + QLatin1String(key)));
            QVERIFY(e.value(QStringLiteral("answers")).isArray());
        }
        if (kContractIds.contains(id)) // extra checks (address-change, port25, ...) are skipped as they see fit
            QVERIFY2((status == QLatin1String("skipped")) == skipped.contains(id),
                     qPrintable(id + QStringLiteral(": ") + status + QStringLiteral(", ") +
                                c.value(QStringLiteral("summary")).toString()));
    }
    // Every contract id, in the contract's order, before any extra id.
    QVERIFY2(ids.mid(0, kContractIds.size()) == kContractIds, qPrintable(ids.join(QLatin1Char(','))));

    // The run's status is the worst of the checks; the exit code follows it.
    const QString runStatus = report.value(QStringLiteral("status")).toString();
    QCOMPARE(runStatus, worst(checkStatuses));
    const int expected = runStatus == QLatin1String("fail") ? 1 : runStatus == QLatin1String("unknown") ? 2 : 0;
    QCOMPARE(code, expected);
    if (exitCode >= 0)
        QVERIFY2(
            code == exitCode,
            qPrintable(QStringLiteral("exit %1, statuses %2").arg(code).arg(checkStatuses.join(QLatin1Char(',')))));
}

void TestContract::neverFalseGreen_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString silent = ns(test::silentPort());
    const QString servfail = ns(test::servfailPort());
    const QString closed = ns(test::closedPort());
    QTest::newRow("contract 'never a false green': good.demo, silent server (timeouts)")
        << demoCheck(QStringLiteral("good.demo"), silent);
    QTest::newRow("contract 'never a false green': good.demo, SERVFAIL server")
        << demoCheck(QStringLiteral("good.demo"), servfail);
    QTest::newRow("contract 'never a false red': bad.demo, SERVFAIL server")
        << demoCheck(QStringLiteral("bad.demo"), servfail);
    QTest::newRow("contract 'never a false red': bad.demo, nothing listening (network error)")
        << demoCheck(QStringLiteral("bad.demo"), closed);
    QStringList v6 = demoCheck(QStringLiteral("good.demo"), servfail);
    v6[v6.indexOf(QStringLiteral("198.19.25.25"))] = QStringLiteral("2001:db8::25");
    QTest::newRow("contract 'never a false green': IPv6 sending address, SERVFAIL server") << v6;
    QTest::newRow("contract 'never a false green': discovery against unreachable echo endpoints")
        << QStringList{QStringLiteral("check"),
                       QStringLiteral("--domain"),
                       QStringLiteral("good.demo"),
                       QStringLiteral("--ip-echo"),
                       QStringLiteral("http://127.0.0.1:%1/").arg(test::closedPort()),
                       QStringLiteral("--ip-echo-dns"),
                       QStringLiteral("TXT:whoami.good.demo@%1").arg(servfail),
                       QStringLiteral("--nameserver"),
                       servfail,
                       QStringLiteral("--probe-timeout"),
                       QStringLiteral("1000"),
                       QStringLiteral("--json")};
}

void TestContract::neverFalseGreen()
{
    QFETCH(QStringList, arguments);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(arguments, &code);
    QVERIFY(!report.isEmpty());
    QStringList wrong;
    for (const auto& cv : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString s = c.value(QStringLiteral("status")).toString();
        if (s == QLatin1String("pass") || s == QLatin1String("fail") || s == QLatin1String("warn"))
            wrong << c.value(QStringLiteral("id")).toString() + QLatin1Char('=') + s + QStringLiteral(" (") +
                         c.value(QStringLiteral("summary")).toString() + QLatin1Char(')');
        for (const auto& iv : c.value(QStringLiteral("items")).toArray()) {
            const QString is = iv.toObject().value(QStringLiteral("status")).toString();
            if (is == QLatin1String("pass") || is == QLatin1String("fail"))
                wrong << c.value(QStringLiteral("id")).toString() + QStringLiteral(" item ") +
                             iv.toObject().value(QStringLiteral("subject")).toString() + QLatin1Char('=') + is;
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(code, 2);
}

// Hostile answers from a healthy server (tests/dns/zones/contract.test.zone): a REFUSED or a CNAME loop somewhere on
// the way to a verdict makes that check unknown, never pass or fail.
void TestContract::dnsErrorIsUnknown_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("id");
    const QStringList none;
    QTest::newRow("RFC 7208 5.2: include answered REFUSED is temperror -> spf unknown")
        << "spf-include.contract.test" << none << "spf";
    QTest::newRow("RFC 7208 6.1: redirect answered REFUSED is temperror -> spf unknown")
        << "spf-redirect.contract.test" << none << "spf";
    QTest::newRow("RFC 7208 4.4: record behind a CNAME answered REFUSED -> spf unknown")
        << "spf-cname.contract.test" << none << "spf";
    QTest::newRow("RFC 7208 4.4: record behind a CNAME loop -> spf unknown")
        << "spf-loop.contract.test" << none << "spf";
    QTest::newRow("RFC 6376 3.6.2.2: selector CNAME answered REFUSED -> dkim unknown, not 'no key'")
        << "dkim-cname.contract.test" << words("--selector s1") << "dkim";
    QTest::newRow("RFC 6376 3.6.2.2: selector in a CNAME loop -> dkim unknown")
        << "dkim-loop.contract.test" << words("--selector s1") << "dkim";
    QTest::newRow("RFC 7489 6.6.3: policy CNAME answered REFUSED -> dmarc unknown, not 'no policy'")
        << "dmarc-cname.contract.test" << none << "dmarc";
    QTest::newRow("RFC 5782 5: blocklist zone answering REFUSED -> dnsbl unknown, not 'not listed'")
        << "good.demo" << words("--dnsbl bl.unserved.invalid") << "dnsbl";
}

void TestContract::dnsErrorIsUnknown()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, extra);
    QFETCH(QString, id);
    QStringList arguments = {
        QStringLiteral("check"), QStringLiteral("--domain"),        domain,
        QStringLiteral("--ip"),  QStringLiteral("198.19.25.25"),    QStringLiteral("--nameserver"),
        test::nsdServer(),       QStringLiteral("--dnsbl-catalog"), demo(QStringLiteral("catalog.json")),
        QStringLiteral("--json")};
    if (extra.contains(QStringLiteral("--dnsbl")))
        arguments.remove(arguments.indexOf(QStringLiteral("--dnsbl-catalog")), 2);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(arguments + extra, &code);
    const QJsonObject c = test::checkById(report, id);
    QVERIFY2(!c.isEmpty(), qPrintable(id));
    QVERIFY2(c.value(QStringLiteral("status")).toString() == QLatin1String("unknown"),
             qPrintable(c.value(QStringLiteral("status")).toString() + QStringLiteral(": ") +
                        c.value(QStringLiteral("summary")).toString()));
    for (const auto& iv : c.value(QStringLiteral("items")).toArray())
        QVERIFY2(iv.toObject().value(QStringLiteral("status")).toString() == QLatin1String("unknown"),
                 qPrintable(QString::fromUtf8(QJsonDocument(iv.toObject()).toJson(QJsonDocument::Compact))));
    QCOMPARE(code, test::contractExitCode(report));
    QVERIFY(code != 0);

    if (id == QLatin1String("spf")) { // the subcommand agrees: temperror, exit 2
        QByteArray out, err;
        QCOMPARE(
            test::runMailready({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.19.25.25"),
                                QStringLiteral("--domain"), domain, QStringLiteral("--nameserver"), test::nsdServer()},
                               &out, &err),
            2);
        QCOMPARE(QString::fromUtf8(out.left(out.indexOf('\n'))), QStringLiteral("temperror"));
    }
}

void TestContract::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Each row also runs with --json: a usage error never prints JSON and still explains itself on stderr.
    QTest::newRow("contract exit 64: check, bad flag") << words("check --domain good.demo --no-such-flag");
    QTest::newRow("contract exit 64: check, bad address") << words("check --domain good.demo --ip 198.19.25.256");
    QTest::newRow("contract exit 64: check, missing --domain") << words("check --ip 198.19.25.25");
    QTest::newRow("contract exit 64: check, bad nameserver") << words("check --domain good.demo --nameserver [::1");
    QTest::newRow("contract exit 64: check, bad timeout") << words("check --domain good.demo --timeout -5");
    QTest::newRow("contract exit 64: spf, bad flag") << words("spf --ip 198.19.25.25 --domain good.demo --bogus");
    QTest::newRow("contract exit 64: spf, bad address") << words("spf --ip not-an-ip --domain good.demo");
    QTest::newRow("contract exit 64: spf, missing --domain") << words("spf --ip 198.19.25.25");
    QTest::newRow("contract exit 64: spf, missing --ip") << words("spf --domain good.demo");
    QTest::newRow("contract exit 64: dkim keygen, bad flag")
        << words("dkim keygen --domain good.demo --selector s --bogus");
    QTest::newRow("contract exit 64: dkim keygen, missing --domain") << words("dkim keygen --selector s");
    QTest::newRow("contract exit 64: dkim keygen, bad domain") << words("dkim keygen --domain a@b --selector s");
    QTest::newRow("contract exit 64: dkim keygen, bad algorithm")
        << words("dkim keygen --domain good.demo --selector s --algorithm rsa-512");
    QTest::newRow("contract exit 64: records, bad flag")
        << words("records --domain good.demo --hostname mail.good.demo --ip 198.19.25.25 --bogus");
    QTest::newRow("contract exit 64: records, bad address")
        << words("records --domain good.demo --hostname mail.good.demo --ip 198.19.25");
    QTest::newRow("contract exit 64: records, missing --domain")
        << words("records --hostname mail.good.demo --ip 198.19.25.25");
}

void TestContract::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir; // keygen rows must not leave files in the working directory, even if they wrongly succeed
    QVERIFY(dir.isValid());
    if (arguments.first() == QLatin1String("dkim"))
        arguments << QStringLiteral("--out") << dir.path();
    for (const bool json : {false, true}) {
        QStringList a = arguments;
        if (json)
            a << QStringLiteral("--json");
        test::verifyUsageError(a);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestContract::spfJson_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    QTest::newRow("RFC 7208 5.4 mx: good.demo authorizes its MX address") << "good.demo"
                                                                          << "198.19.25.25"
                                                                          << "pass";
    QTest::newRow("RFC 7208 5.1 ~all: bad.demo does not authorize its server") << "bad.demo"
                                                                               << "198.19.66.66"
                                                                               << "softfail";
    QTest::newRow("RFC 7208 4.5: no SPF record is none") << "isp.demo"
                                                         << "198.19.66.66"
                                                         << "none";
}

void TestContract::spfJson()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    const QStringList base = {
        QStringLiteral("spf"),          QStringLiteral("--ip"), ip, QStringLiteral("--domain"), domain,
        QStringLiteral("--nameserver"), test::nsdServer()};
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(base + QStringList{QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    for (const char* key : {"result", "explanation", "lookups", "void_lookups", "record", "tree"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("result")).toString(), result);
    QVERIFY(o.value(QStringLiteral("lookups")).isDouble());
    QVERIFY(o.value(QStringLiteral("void_lookups")).isDouble());

    QByteArray out, err;
    QCOMPARE(test::runMailready(base, &out, &err), 0);
    QCOMPARE(QString::fromUtf8(out.left(out.indexOf('\n'))), result); // the first line is the word alone
}

void TestContract::spfTempError_data()
{
    QTest::addColumn<quint16>("port");
    QTest::newRow("RFC 7208 2.6.6: SERVFAIL is temperror, exit 2") << test::servfailPort();
    QTest::newRow("RFC 7208 2.6.6: timeout is temperror, exit 2") << test::silentPort();
}

void TestContract::spfTempError()
{
    QFETCH(quint16, port);
    const QStringList base = {QStringLiteral("spf"),
                              QStringLiteral("--ip"),
                              QStringLiteral("198.19.25.25"),
                              QStringLiteral("--domain"),
                              QStringLiteral("good.demo"),
                              QStringLiteral("--nameserver"),
                              ns(port),
                              QStringLiteral("--timeout"),
                              QStringLiteral("300")};
    QByteArray out, err;
    QCOMPARE(test::runMailready(base, &out, &err), 2);
    QCOMPARE(QString::fromUtf8(out.left(out.indexOf('\n'))), QStringLiteral("temperror"));
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(base + QStringList{QStringLiteral("--json")}, &code);
    QCOMPARE(code, 2);
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("temperror"));
}

void TestContract::dkimKeygen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args = {QStringLiteral("dkim"),        QStringLiteral("keygen"),
                              QStringLiteral("--domain"),    QStringLiteral("good.demo"),
                              QStringLiteral("--selector"),  QStringLiteral("s1"),
                              QStringLiteral("--algorithm"), QStringLiteral("ed25519"),
                              QStringLiteral("--out"),       dir.path()};
    QByteArray out, err;
    QCOMPARE(test::runMailready(args, &out, &err), 0);
    const QString key = dir.filePath(QStringLiteral("s1.private.pem"));
    const QString txt = dir.filePath(QStringLiteral("s1.txt"));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QFile t(txt);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QByteArray zoneLine = t.readAll().trimmed();
    QVERIFY2(zoneLine.startsWith("s1._domainkey.good.demo.") && zoneLine.contains("TXT") &&
                 zoneLine.contains("v=DKIM1"),
             zoneLine.constData());
    QVERIFY2(out.contains("v=DKIM1") && out.contains("k=ed25519"), out.constData()); // prints the record

    // Never overwriting: a second run with the same selector leaves both files as they are.
    QFile k(key);
    QVERIFY(k.open(QIODevice::ReadOnly));
    const QByteArray pem = k.readAll();
    k.close();
    QCOMPARE(test::runMailready(args, &out, &err), 64);
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), pem);
    t.close();
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll().trimmed(), zoneLine);
    // ... also when only the record file is there.
    QVERIFY(QFile::remove(key));
    QCOMPARE(test::runMailready(args, &out, &err), 64);
    QVERIFY(!QFile::exists(key));
}

void TestContract::records()
{
    QByteArray out, err;
    const QStringList args = {QStringLiteral("records"),
                              QStringLiteral("--domain"),
                              QStringLiteral("good.demo"),
                              QStringLiteral("--hostname"),
                              QStringLiteral("mail.good.demo"),
                              QStringLiteral("--ip"),
                              QStringLiteral("198.19.25.25"),
                              QStringLiteral("--selector"),
                              QStringLiteral("2026a"),
                              QStringLiteral("--dkim-key"),
                              demo(QStringLiteral("keys/good.demo-2026a.private.pem"))};
    QCOMPARE(test::runMailready(args, &out, &err), 0);
    // Zone-file form by default: NAME [TTL] [IN] TXT "..." lines for SPF, DKIM and DMARC.
    const QString text = QString::fromUtf8(out);
    auto zoneLine = [&text](const QString& name, const QString& content) {
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.startsWith(name) && line.contains(QLatin1String(" TXT ")) && line.contains(content))
                return true;
        return false;
    };
    QVERIFY2(zoneLine(QStringLiteral("good.demo."), QStringLiteral("\"v=spf1 ")), out.constData());
    QVERIFY2(zoneLine(QStringLiteral("2026a._domainkey.good.demo."), QStringLiteral("v=DKIM1")), out.constData());
    QVERIFY2(zoneLine(QStringLiteral("_dmarc.good.demo."), QStringLiteral("\"v=DMARC1")), out.constData());
}

void TestContract::globalOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTemporaryDir* dir = &m_keyDir; // lives for the test run: keygen writes into it
    const QString nsd = test::nsdServer();
    QStringList globals = {QStringLiteral("--nameserver"), ns(test::closedPort()), QStringLiteral("--nameserver"), nsd,
                           QStringLiteral("--timeout"),    QStringLiteral("700")};
    if (test::hasIpv6Loopback())
        globals =
            QStringList{QStringLiteral("--nameserver"), QStringLiteral("[::1]:%1").arg(test::nsdPort())} + globals;
    QTest::newRow("contract global options: check") << QStringList{QStringLiteral("check"),
                                                                   QStringLiteral("--domain"),
                                                                   QStringLiteral("good.demo"),
                                                                   QStringLiteral("--ip"),
                                                                   QStringLiteral("198.19.25.25"),
                                                                   QStringLiteral("--dnsbl-catalog"),
                                                                   demo(QStringLiteral("catalog.json"))} +
                                                           globals
                                                    << 0;
    QTest::newRow("contract global options: spf")
        << QStringList{QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.19.25.25"),
                       QStringLiteral("--domain"), QStringLiteral("good.demo")} +
               globals
        << 0;
    QTest::newRow("contract global options: dkim keygen")
        << QStringList{QStringLiteral("dkim"),        QStringLiteral("keygen"),
                       QStringLiteral("--domain"),    QStringLiteral("good.demo"),
                       QStringLiteral("--selector"),  QStringLiteral("g1"),
                       QStringLiteral("--algorithm"), QStringLiteral("ed25519"),
                       QStringLiteral("--out"),       dir->path()} +
               globals
        << 0;
    QTest::newRow("contract global options: records")
        << QStringList{QStringLiteral("records"),     QStringLiteral("--domain"),       QStringLiteral("good.demo"),
                       QStringLiteral("--hostname"),  QStringLiteral("mail.good.demo"), QStringLiteral("--ip"),
                       QStringLiteral("198.19.25.25")} +
               globals
        << 0;
    // The GUI takes them before any command; --version ends the run before a window opens.
    QTest::newRow("contract global options: GUI") << globals + QStringList{QStringLiteral("--version")} << 0;
    QTest::newRow("contract global options: GUI, bad --timeout is a usage error")
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << 64;
    QTest::newRow("contract global options: GUI, bad --nameserver is a usage error")
        << QStringList{QStringLiteral("--nameserver"), QStringLiteral("[::1]:99999")} << 64;
}

void TestContract::globalOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    // Every form: plain, and with --json (one JSON document on stdout, nothing else).
    for (const bool json : {false, true}) {
        if (json && exitCode != 0)
            break;
        QStringList a = arguments;
        if (json) {
            a << QStringLiteral("--json");
            const int sel = a.indexOf(QStringLiteral("g1"));
            if (sel >= 0)
                a[sel] = QStringLiteral("g2");
        }
        QByteArray out, err;
        const int code = test::runMailready(a, &out, &err);
        QVERIFY2(code == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(QString::fromUtf8(err))));
        if (exitCode == 64)
            QVERIFY2(isSingleLine(err), err.constData());
        if (json && !a.contains(QStringLiteral("--version"))) {
            QJsonParseError perr{};
            const QJsonDocument doc = QJsonDocument::fromJson(out, &perr);
            QVERIFY2(perr.error == QJsonParseError::NoError && doc.isObject(), out.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
