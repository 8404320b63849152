// `check --format nagios` and `--format prometheus` as pure functions of a Report built by hand: the status mapping,
// the plugin output's grammar (https://www.monitoring-plugins.org/doc/guidelines.html), the exposition format's
// escaping, and, where Prometheus's promtool is installed, its parser and linter. The end-to-end test against the DNS
// fixture with the real consumers is tests/monitoring/check_formats.py (ctest -R monitoring_formats).
#include "cli/MonitoringFormats.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace mailready;
using namespace mailready::cli;

class TestCliFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pluginStates_data();
    void pluginStates();
    void exitCodes_data();
    void exitCodes();
    void nagiosGrammar();
    void nagiosTextIsSafe();
    void nagiosUnknown();
    void prometheusSamples();
    void prometheusEscaping();
    void promtoolAccepts();
};

static CheckResult check(const QString& id, Status status, const QString& summary = QStringLiteral("summary"))
{
    CheckResult c;
    c.id = id;
    c.title = id;
    c.status = status;
    c.summary = summary;
    return c;
}

static CheckItem item(Status status)
{
    CheckItem i;
    i.subject = QStringLiteral("192.0.2.25 @ list.test");
    i.status = status;
    return i;
}

static QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out << QString::fromUtf8(t);
    return out;
}

static Report report(const QList<CheckResult>& checks, const QString& domain = QStringLiteral("example.org"))
{
    Report r;
    r.domain = domain;
    r.checks = checks;
    r.started = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);
    r.finished = r.started.addMSecs(1500);
    return r;
}

void TestCliFormats::pluginStates_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("gauge");
    QTest::newRow("pass") << Status::Pass << 0 << "OK" << 0;
    QTest::newRow("warn") << Status::Warn << 1 << "WARNING" << 1;
    QTest::newRow("fail") << Status::Fail << 2 << "CRITICAL" << 3;
    QTest::newRow("unknown") << Status::Unknown << 3 << "UNKNOWN" << 2;
    QTest::newRow("skipped asks for nothing") << Status::Skipped << 0 << "OK" << -1;
}

void TestCliFormats::pluginStates()
{
    QFETCH(Status, status);
    QFETCH(int, code);
    QFETCH(QString, word);
    QFETCH(int, gauge);
    QCOMPARE(int(pluginState(status)), code);
    QCOMPARE(pluginStateName(pluginState(status)), word);
    QCOMPARE(prometheusStatusValue(status), gauge);
}

void TestCliFormats::exitCodes_data()
{
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<int>("nagios");
    QTest::addColumn<int>("contract");
    QTest::newRow("all pass") << QList<Status>{Status::Pass, Status::Pass, Status::Skipped} << 0 << 0;
    QTest::newRow("a warn: WARNING, contract 0") << QList<Status>{Status::Pass, Status::Warn} << 1 << 0;
    QTest::newRow("unknown beats warn") << QList<Status>{Status::Warn, Status::Unknown, Status::Pass} << 3 << 2;
    QTest::newRow("fail beats unknown") << QList<Status>{Status::Unknown, Status::Fail, Status::Warn} << 2 << 1;
    QTest::newRow("only fail") << QList<Status>{Status::Fail} << 2 << 1;
}

void TestCliFormats::exitCodes()
{
    QFETCH(QList<Status>, statuses);
    QFETCH(int, nagios);
    QFETCH(int, contract);
    QList<CheckResult> checks;
    for (const Status s : statuses)
        checks << check(QStringLiteral("c%1").arg(checks.size()), s);
    const Report r = report(checks);
    QCOMPARE(nagiosExitCode(r), nagios);
    QCOMPARE(r.exitCode(), contract);
    QVERIFY2(nagiosOutput(r).startsWith(QStringLiteral("MAILREADY %1 - ").arg(pluginStateName(PluginState(nagios)))),
             qPrintable(nagiosOutput(r)));
}

// The guidelines' performance data: 'label'=value[UOM];[warn];[crit];[min];[max], space separated.
static const QRegularExpression perfDatum(QStringLiteral(R"(^'([^']|'')+'=-?[0-9.]+(s|ms|us|%|B|KB|MB|TB|c)?)"
                                                         R"((;[-0-9.:~@]*){0,2}(;[-0-9.]*){0,2}$)"));

void TestCliFormats::nagiosGrammar()
{
    CheckResult dnsbl = check(QStringLiteral("dnsbl"), Status::Fail, QStringLiteral("listed on 2 of 4"));
    dnsbl.items = {item(Status::Fail), item(Status::Warn), item(Status::Pass), item(Status::Unknown),
                   item(Status::Skipped)};
    const Report r =
        report({check(QStringLiteral("ptr"), Status::Pass), dnsbl, check(QStringLiteral("dmarc"), Status::Warn),
                check(QStringLiteral("spf"), Status::Unknown), check(QStringLiteral("smtp"), Status::Skipped)});
    const QStringList lines = nagiosOutput(r).split(QLatin1Char('\n'));
    const QRegularExpression status(QStringLiteral(R"(^MAILREADY (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+) \| (.+)$)"));
    const QRegularExpressionMatch m = status.match(lines.first());
    QVERIFY2(m.hasMatch(), qPrintable(lines.first()));
    QCOMPARE(m.captured(1), QStringLiteral("CRITICAL"));
    QCOMPARE(m.captured(2),
             QStringLiteral("example.org: 1 fail (dnsbl), 1 unknown (spf), 1 warn (dmarc), 1 pass, 1 skipped"));
    const QStringList perf = m.captured(3).split(QLatin1Char(' '));
    for (const QString& datum : perf)
        QVERIFY2(perfDatum.match(datum).hasMatch(), qPrintable(datum));
    QCOMPARE(perf, list({"'ptr'=0;;;0;3", "'dnsbl'=2;;;0;3", "'dmarc'=1;;;0;3", "'spf'=3;;;0;3",
                         "'dnsbl_listed'=2;;;0;4", "'duration'=1.500s;;;0"}));
    // One long-text line per check that ran, in the run's order; the skipped one is left out.
    QCOMPARE(lines.mid(1), list({"[OK] ptr: summary", "[CRITICAL] dnsbl: listed on 2 of 4", "[WARNING] dmarc: summary",
                                 "[UNKNOWN] spf: summary", ""}));
}

void TestCliFormats::nagiosTextIsSafe()
{
    // Summaries quote DNS data: a '|' would start performance data, a line feed a line of its own.
    const Report r =
        report({check(QStringLiteral("spf"), Status::Fail, QStringLiteral("v=spf1 a|mx\n[OK] forged -all\x1b[2J"))});
    const QString out = nagiosOutput(r);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).count(QLatin1Char('|')), 0);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("[CRITICAL] spf: v=spf1 a/mx [OK] forged -all\\x1B")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(0).count(QLatin1Char('|')), 1);
}

void TestCliFormats::nagiosUnknown()
{
    QCOMPARE(nagiosUnknownOutput(QStringLiteral("--domain is required. Try 'mailready --help'.")),
             QStringLiteral("MAILREADY UNKNOWN - --domain is required. Try 'mailready --help'.\n"));
    QCOMPARE(nagiosUnknownOutput(QStringLiteral("a|b")), QStringLiteral("MAILREADY UNKNOWN - a/b\n"));
    QCOMPARE(nagiosOutput(report({})), QStringLiteral("MAILREADY OK - example.org: no check ran | "
                                                      "'duration'=1.500s;;;0\n"));
}

void TestCliFormats::prometheusSamples()
{
    CheckResult dnsbl = check(QStringLiteral("dnsbl"), Status::Warn);
    dnsbl.items = {item(Status::Warn), item(Status::Pass), item(Status::Skipped)};
    const Report r =
        report({check(QStringLiteral("ptr"), Status::Fail), dnsbl, check(QStringLiteral("smtp"), Status::Skipped)});
    const QString out = prometheusOutput(r);
    QVERIFY(out.endsWith(QLatin1Char('\n')));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const char* sample :
         {R"(mailready_check_status{domain="example.org",check="ptr"} 3)",
          R"(mailready_check_status{domain="example.org",check="dnsbl"} 1)",
          R"(mailready_check_status{domain="example.org",check="smtp"} -1)",
          R"(mailready_check_state{domain="example.org",check="ptr",state="fail"} 1)",
          R"(mailready_check_state{domain="example.org",check="ptr",state="pass"} 0)",
          R"(mailready_check_state{domain="example.org",check="smtp",state="skipped"} 1)",
          R"(mailready_status{domain="example.org"} 3)", R"(mailready_dnsbl_listed{domain="example.org"} 1)",
          R"(mailready_dnsbl_queried{domain="example.org"} 2)",
          R"(mailready_run_duration_seconds{domain="example.org"} 1.500)",
          R"(mailready_last_run_timestamp_seconds{domain="example.org"} 1796104801.500)"})
        QVERIFY2(lines.contains(QString::fromUtf8(sample)), sample);
    QCOMPARE(lines.filter(QStringLiteral("mailready_check_state{")).size(), 3 * 5);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral(R"(^mailready_check_state\{.*\} 1$)"))).size(), 3);
    // Every family is announced before its samples.
    QString current;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("# TYPE ")))
            current = line.section(QLatin1Char(' '), 2, 2);
        else if (!line.startsWith(QLatin1Char('#')))
            QVERIFY2(!current.isEmpty() && line.startsWith(current + QLatin1Char('{')), qPrintable(line));
    }
}

void TestCliFormats::prometheusEscaping()
{
    QCOMPARE(prometheusLabelValue(QStringLiteral("plain.example")), QStringLiteral("plain.example"));
    QCOMPARE(prometheusLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
    const QString out =
        prometheusOutput(report({check(QStringLiteral("ptr"), Status::Pass)}, QStringLiteral("we\"ird\\do\nmain")));
    QVERIFY2(out.contains(QStringLiteral(R"(mailready_status{domain="we\"ird\\do\nmain"} 0)")), qPrintable(out));
}

// Prometheus's own parser and linter. Not in the fast loop's requirements: skipped there when promtool is missing;
// the full run (scripts/test, after scripts/setup) has it, and monitoring_formats requires it.
void TestCliFormats::promtoolAccepts()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
    CheckResult dnsbl = check(QStringLiteral("dnsbl"), Status::Unknown);
    dnsbl.items = {item(Status::Fail), item(Status::Unknown)};
    const Report r =
        report({check(QStringLiteral("ptr"), Status::Pass), dnsbl, check(QStringLiteral("public-ip"), Status::Skipped)},
               QStringLiteral("we\"ird\\do\nmain"));
    QProcess p;
    p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(p.waitForStarted());
    p.write(prometheusOutput(r).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    // And it does see a broken document: the test can fail.
    QProcess broken;
    broken.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(broken.waitForStarted());
    broken.write(prometheusOutput(r).replace(QStringLiteral("\\\""), QStringLiteral("\"")).toUtf8());
    broken.closeWriteChannel();
    QVERIFY(broken.waitForFinished(60000));
    QVERIFY(broken.exitCode() != 0);
}

QTEST_GUILESS_MAIN(TestCliFormats)
#include "tst_cli_formats.moc"
