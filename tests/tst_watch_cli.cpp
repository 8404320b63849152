// `mailready watch install|status|remove` in a temporary home, without a running systemd: the files written, their
// contents (verified by systemd-analyze), and the systemctl commands, recorded by a stand-in for systemctl.
#include "TestDns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;

class TestWatchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_log;
    QString m_unitDir;

    // A systemctl that records its arguments and answers like a user manager with the timer enabled; FAIL=1 makes
    // it fail like a machine without one.
    // Its list-timers answers in the JSON of systemd 252's `systemctl --user list-timers --all --output=json UNIT`
    // (taken from a real user manager); withoutTimerJson makes it fail like an older systemd, which leaves `show`.
    void writeSystemctl(bool failing, bool withoutTimerJson = false)
    {
        const QString path = m_home.filePath(QStringLiteral("systemctl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\n");
        f.write(QStringLiteral("echo \"$*\" >> '%1'\n").arg(m_log).toUtf8());
        if (failing)
            f.write("echo 'Failed to connect to bus: No medium found' >&2\nexit 1\n");
        f.write("case \"$2\" in\n"
                "  is-enabled) echo enabled ;;\n");
        if (withoutTimerJson)
            f.write("  list-timers) echo \"Unknown output 'json'.\" >&2; exit 1 ;;\n");
        else
            f.write(
                "  list-timers) echo '[{\"next\":1796277600000000,\"left\":1796277600000000,\"last\":0,\"passed\":0,"
                "\"unit\":\"mailready-watch-watch.test.timer\",\"activates\":\"mailready-watch-watch.test.service\"}]' "
                ";;\n");
        f.write("  show) echo 'NextElapseUSecRealtime=Thu 2026-12-03 06:00:00 UTC'; echo 'LastTriggerUSec=n/a' ;;\n"
                "esac\n"
                "exit 0\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    int mailready(const QStringList& arguments, QString* out, QString* err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("MAILREADY_SYSTEMCTL"), m_home.filePath(QStringLiteral("systemctl")));
        env.insert(QStringLiteral("USER"), QStringLiteral("mailready-test-nobody"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILREADY_BINARY), arguments);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    QStringList recorded()
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        f.remove();
        return lines;
    }

    static QString read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_log = m_home.filePath(QStringLiteral("systemctl.log"));
        m_unitDir = m_home.filePath(QStringLiteral("config/systemd/user"));
    }

    void installWritesVerifiedUnits()
    {
        writeSystemctl(false);
        QString out, err;
        const int code =
            mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                       QStringLiteral("Watch.Test"), QStringLiteral("--selector"), QStringLiteral("s1"),
                       QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--nameserver"),
                       QStringLiteral("127.0.0.1:5353"), QStringLiteral("--every"), QStringLiteral("6h")},
                      &out, &err);
        QVERIFY2(code == 0, qPrintable(out + err));
        const QString service = read(m_unitDir + QStringLiteral("/mailready-watch-watch.test.service"));
        const QString timer = read(m_unitDir + QStringLiteral("/mailready-watch-watch.test.timer"));
        QVERIFY2(service.contains(QStringLiteral("ExecStart=%1 watch run --domain Watch.Test --selector s1 --ip "
                                                 "192.0.2.10 --nameserver 127.0.0.1:5353\n")
                                      .arg(QStringLiteral(MAILREADY_BINARY))),
                 qPrintable(service));
        QVERIFY(timer.contains(QStringLiteral("OnUnitActiveSec=360min\n")));
        QCOMPARE(recorded(), (QStringList{QStringLiteral("--user daemon-reload"),
                                          QStringLiteral("--user enable --now mailready-watch-watch.test.timer")}));
        // Headless and not lingering: it says how to keep the timer running.
        QVERIFY2(out.contains(QStringLiteral("loginctl enable-linger mailready-test-nobody")), qPrintable(out));

        // systemd itself accepts both files.
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(QStringLiteral("systemd-analyze"),
                     {QStringLiteral("verify"), QStringLiteral("--man=no"),
                      m_unitDir + QStringLiteral("/mailready-watch-watch.test.service"),
                      m_unitDir + QStringLiteral("/mailready-watch-watch.test.timer")});
        QVERIFY(verify.waitForFinished(60000));
        const QString said = QString::fromUtf8(verify.readAll());
        QVERIFY2(verify.exitCode() == 0 && said.trimmed().isEmpty(), qPrintable(said));
    }

    void statusShowsTheSchedule()
    {
        writeSystemctl(false);
        QString out;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("status")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("watch.test\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("installed (")));
        QVERIFY(out.contains(QStringLiteral(", enabled, every 6h")));
        QVERIFY2(out.contains(QStringLiteral("next run:  2026-12-03 06:00 UTC")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("history:   none yet")));
        const QStringList commands = recorded();
        QVERIFY(commands.contains(QStringLiteral("--user is-enabled mailready-watch-watch.test.timer")));
        QVERIFY(commands.contains(
            QStringLiteral("--user list-timers --all --output=json mailready-watch-watch.test.timer")));
    }

    // An older systemd without list-timers' JSON: the next run from `show`, as systemd words it.
    void statusWithOlderSystemd()
    {
        writeSystemctl(false, true);
        QString out;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("status")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("next run:  Thu 2026-12-03 06:00:00 UTC")), qPrintable(out));
        recorded();
    }

    static QJsonObject document(const QString& out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not one JSON document: %s\n%s", qPrintable(error.errorString()), qPrintable(out));
        return doc.object();
    }

    // --json: one document on stdout for run (mailready.watch-run/1, with the check's report) and for status
    // (mailready.watch-status/1, the schedule and the kept history); offline, every check ends unknown.
    void runAndStatusAsJson()
    {
        writeSystemctl(false);
        const QStringList run{QStringLiteral("watch"),        QStringLiteral("run"),
                              QStringLiteral("--domain"),     QStringLiteral("watch.test"),
                              QStringLiteral("--ip"),         QStringLiteral("192.0.2.10"),
                              QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(test::unusedPort()),
                              QStringLiteral("--timeout"),    QStringLiteral("200"),
                              QStringLiteral("--no-notify"),  QStringLiteral("--json")};
        QString out, err;
        QCOMPARE(mailready(run, &out, &err), 0);
        QJsonObject o = document(out);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.watch-run/1"));
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("watch.test"));
        QCOMPARE(o.value(QStringLiteral("run")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QVERIFY(o.value(QStringLiteral("changes")).isArray());
        const QJsonObject report = o.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.check/1"));
        QVERIFY(!report.value(QStringLiteral("checks")).toArray().isEmpty());
        QCOMPARE(mailready(run, &out, &err), 0);
        QCOMPARE(document(out).value(QStringLiteral("run")).toInt(), 2);

        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("status"), QStringLiteral("--json")}, &out), 0);
        o = document(out);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.watch-status/1"));
        const QJsonArray domains = o.value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 1);
        const QJsonObject watched = domains.first().toObject();
        QCOMPARE(watched.value(QStringLiteral("domain")).toString(), QStringLiteral("watch.test"));
        const QJsonObject schedule = watched.value(QStringLiteral("schedule")).toObject();
        QCOMPARE(schedule.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(schedule.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
        QCOMPARE(schedule.value(QStringLiteral("next_run")).toString(), QStringLiteral("2026-12-03 06:00 UTC"));
        QVERIFY(schedule.value(QStringLiteral("command")).toString().contains(QStringLiteral("watch run --domain")));
        QCOMPARE(watched.value(QStringLiteral("history")).toObject().value(QStringLiteral("runs")).toInt(), 2);
        recorded();
    }

    // A list's key on the service's command line never reaches the JSON.
    void statusJsonMasksKeys()
    {
        writeSystemctl(false);
        const QString key = QStringLiteral("abcdefgh12345678");
        QString out, err;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                            QStringLiteral("keyed.test"), QStringLiteral("--spamhaus-dqs-key"), key},
                           &out, &err),
                 0);
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("status"), QStringLiteral("--domain"),
                            QStringLiteral("keyed.test"), QStringLiteral("--json")},
                           &out),
                 0);
        QVERIFY2(!out.contains(key), qPrintable(out));
        QCOMPARE(document(out).value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.watch-status/1"));
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("--domain"),
                            QStringLiteral("keyed.test")},
                           &out),
                 0);
        recorded();
    }

    void installWithoutUserManagerSaysWhatToRun()
    {
        writeSystemctl(true);
        QString out, err;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                            QStringLiteral("other.test")},
                           &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("systemctl --user enable --now mailready-watch-other.test.timer")),
                 qPrintable(err));
        QVERIFY(QFile::exists(m_unitDir + QStringLiteral("/mailready-watch-other.test.timer")));
        // Its status: installed, but what systemd says is unknown.
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("status"), QStringLiteral("--domain"),
                            QStringLiteral("other.test")},
                           &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("next run:  unknown")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral(", unknown, daily")));
        recorded();
    }

    void removeUndoesInstall()
    {
        writeSystemctl(false);
        QString out, err;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("--domain"),
                            QStringLiteral("watch.test")},
                           &out),
                 0);
        QVERIFY(!QFile::exists(m_unitDir + QStringLiteral("/mailready-watch-watch.test.timer")));
        QVERIFY(!QFile::exists(m_unitDir + QStringLiteral("/mailready-watch-watch.test.service")));
        QCOMPARE(recorded(), (QStringList{QStringLiteral("--user disable --now mailready-watch-watch.test.timer"),
                                          QStringLiteral("--user daemon-reload")}));
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("--domain"),
                            QStringLiteral("watch.test")},
                           &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("no schedule is installed for watch.test")));
        QVERIFY(recorded().isEmpty());
    }

    // install and remove with --json: one document each, what was written and run, nothing else on stdout.
    void installAndRemoveAsJson()
    {
        writeSystemctl(false);
        QString out, err;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                            QStringLiteral("json.test"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"),
                            QStringLiteral("--json")},
                           &out, &err),
                 0);
        QJsonObject o = document(out);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.watch-install/1"));
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("json.test"));
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("daily"));
        QCOMPARE(o.value(QStringLiteral("enabled")).toBool(), true);
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const auto& f : files)
            QVERIFY2(QFile::exists(f.toString()), qPrintable(f.toString()));
        const QJsonArray ran = o.value(QStringLiteral("commands")).toArray();
        QCOMPARE(ran.size(), 2);
        QVERIFY(ran.last()
                    .toObject()
                    .value(QStringLiteral("command"))
                    .toString()
                    .endsWith(QStringLiteral("--user enable --now mailready-watch-json.test.timer")));
        QCOMPARE(ran.last().toObject().value(QStringLiteral("ok")).toBool(), true);
        recorded();

        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("--domain"),
                            QStringLiteral("json.test"), QStringLiteral("--json")},
                           &out, &err),
                 0);
        o = document(out);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.watch-remove/1"));
        QCOMPARE(o.value(QStringLiteral("commands")).toArray().size(), 2);
        for (const auto& f : files)
            QVERIFY(!QFile::exists(f.toString()));
        recorded();
    }

    // The help lists what watch takes: the checks' options, not the report options it refuses.
    void helpListsWhatWatchTakes()
    {
        QString out;
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("--help")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("--dnsbl-catalog")) && out.contains(QStringLiteral("--every")),
                 qPrintable(out));
        for (const char* refused : {"--pdf", "--format", "--remember", "--forget"})
            QVERIFY2(!out.contains(QLatin1String(refused)), refused);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{QStringLiteral("watch")} << "install, remove, status, run";
        QTest::newRow("no domain") << QStringList{QStringLiteral("watch"), QStringLiteral("install")}
                                   << "--domain is required";
        QTest::newRow("too often") << QStringList{QStringLiteral("watch"),    QStringLiteral("install"),
                                                  QStringLiteral("--domain"), QStringLiteral("a.test"),
                                                  QStringLiteral("--every"),  QStringLiteral("5min")}
                                   << "--every: '5min' is outside";
        QTest::newRow("pdf") << QStringList{QStringLiteral("watch"),    QStringLiteral("install"),
                                            QStringLiteral("--domain"), QStringLiteral("a.test"),
                                            QStringLiteral("--pdf"),    QStringLiteral("x.pdf")}
                             << "--pdf does not go with watch";
        QTest::newRow("every with run") << QStringList{QStringLiteral("watch"),    QStringLiteral("run"),
                                                       QStringLiteral("--domain"), QStringLiteral("a.test"),
                                                       QStringLiteral("--every"),  QStringLiteral("6h")}
                                        << "--every goes with watch install";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        writeSystemctl(false);
        QString out, err;
        QCOMPARE(mailready(arguments, &out, &err), 64);
        QVERIFY2(err.contains(message), qPrintable(err));
        // One sentence (Qt's own start-up warnings aside, as with --pdf, where Qt Gui starts).
        QCOMPARE(err.count(QStringLiteral("mailready: ")), 1);
        QVERIFY(recorded().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watch_cli.moc"
