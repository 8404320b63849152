// The pure parts of `watch`: comparing runs, the "worse" rules (unknown only after it persists), the bounded
// history and its file, the interval and the schedule files' text.
#include "watch/Schedule.h"
#include "watch/WatchHistory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;
using namespace mailready::watch;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);

// A run in the contract's JSON form: checks as "id:status", items as "id/subject:status", records as "id=record".
QJsonObject report(const QStringList& checks, const QStringList& items = {}, const QStringList& records = {},
                   const QStringList& ips = {QStringLiteral("192.0.2.1")})
{
    QJsonArray list;
    for (const QString& c : checks) {
        const QString id = c.section(u':', 0, 0);
        QJsonObject check{{QStringLiteral("id"), id},
                          {QStringLiteral("title"), id.toUpper()},
                          {QStringLiteral("status"), c.section(u':', 1)},
                          {QStringLiteral("summary"), QStringLiteral("%1 is %2").arg(id, c.section(u':', 1))}};
        QJsonArray itemList;
        for (const QString& i : items)
            if (i.startsWith(id + u'/'))
                itemList << QJsonObject{{QStringLiteral("subject"), i.section(u'/', 1).section(u':', 0, 0)},
                                        {QStringLiteral("status"), i.section(u':', 1)}};
        check.insert(QStringLiteral("items"), itemList);
        for (const QString& r : records)
            if (r.startsWith(id + u'='))
                check.insert(QStringLiteral("record"), r.section(u'=', 1));
        list << check;
    }
    return {{QStringLiteral("domain"), QStringLiteral("watch.test")},
            {QStringLiteral("ips"), QJsonArray::fromStringList(ips)},
            {QStringLiteral("checks"), list}};
}

QList<Change> step(History& h, int day, const QJsonObject& run)
{
    return h.apply(Snapshot::fromCheckJson(run, kStart.addDays(day)));
}

QStringList worseIds(const QList<Change>& changes)
{
    QStringList ids;
    for (const Change& c : changes)
        if (c.worse)
            ids << c.checkId;
    return ids;
}

const QStringList kGood{QStringLiteral("dnsbl:pass"), QStringLiteral("spf:pass"), QStringLiteral("dmarc:pass")};
const QStringList kGoodItems{QStringLiteral("dnsbl/192.0.2.1 @ bl.test:pass"),
                             QStringLiteral("dnsbl/192.0.2.1 @ other.test:pass")};
const QStringList kRecords{QStringLiteral("spf=v=spf1 mx -all"), QStringLiteral("dmarc=v=DMARC1; p=reject")};

} // namespace

class TestWatchHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunIsTheBaseline()
    {
        History h;
        QVERIFY(step(h, 0, report(kGood, kGoodItems, kRecords)).isEmpty());
        QVERIFY(step(h, 1, report(kGood, kGoodItems, kRecords)).isEmpty());
        QCOMPARE(h.runs, 2);
        QVERIFY(!noticeFor(QStringLiteral("watch.test"), {}));
    }

    void newListingIsWorse()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QStringList listed{QStringLiteral("dnsbl/192.0.2.1 @ bl.test:fail"),
                                 QStringLiteral("dnsbl/192.0.2.1 @ other.test:pass")};
        const QStringList failing{QStringLiteral("dnsbl:fail"), QStringLiteral("spf:pass"),
                                  QStringLiteral("dmarc:pass")};
        const QList<Change> c = step(h, 1, report(failing, listed, kRecords));
        QCOMPARE(worseIds(c), QStringList{QStringLiteral("dnsbl")});
        QCOMPARE(c.first().page, QStringLiteral("blocklist"));
        QVERIFY2(c.first().text.contains(QStringLiteral("192.0.2.1 @ bl.test")), qPrintable(c.first().text));
        // Still listed: nothing new.
        QVERIFY(step(h, 2, report(failing, listed, kRecords)).isEmpty());
        // A second list while already failing: worse again, naming the new one.
        const QStringList both{QStringLiteral("dnsbl/192.0.2.1 @ bl.test:fail"),
                               QStringLiteral("dnsbl/192.0.2.1 @ other.test:fail")};
        const QList<Change> again = step(h, 3, report(failing, both, kRecords));
        QCOMPARE(worseIds(again), QStringList{QStringLiteral("dnsbl")});
        QVERIFY(again.first().text.contains(QStringLiteral("other.test")));
        QVERIFY(!again.first().text.contains(QStringLiteral("bl.test,")));
        const auto notice = noticeFor(QStringLiteral("watch.test"), again);
        QVERIFY(notice);
        QCOMPARE(notice->page, QStringLiteral("blocklist"));
        // Delisted: a change, not worse, no notice.
        const QList<Change> better = step(h, 4, report(kGood, kGoodItems, kRecords));
        QCOMPARE(better.size(), 1);
        QVERIFY(!better.first().worse);
        QVERIFY(!noticeFor(QStringLiteral("watch.test"), better));
    }

    void recordGoneOrChangedIsWorse()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QStringList noSpf{QStringLiteral("dnsbl:pass"), QStringLiteral("spf:fail"), QStringLiteral("dmarc:pass")};
        QCOMPARE(worseIds(step(h, 1, report(noSpf, kGoodItems, {kRecords.at(1)}))), QStringList{QStringLiteral("spf")});
        step(h, 2, report(kGood, kGoodItems, kRecords));
        // Same status, another record: worse (someone edited the zone).
        const QStringList edited{kRecords.at(0), QStringLiteral("dmarc=v=DMARC1; p=none")};
        const QList<Change> c = step(h, 3, report(kGood, kGoodItems, edited));
        QCOMPARE(worseIds(c), QStringList{QStringLiteral("dmarc")});
        QVERIFY(c.first().text.contains(QStringLiteral("p=none")));
    }

    void unknownCountsOnlyWhenItPersists()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QStringList offline{QStringLiteral("dnsbl:unknown"), QStringLiteral("spf:unknown"),
                                  QStringLiteral("dmarc:unknown")};
        QVERIFY(step(h, 1, report(offline, {}, {}, {})).isEmpty());
        QVERIFY(step(h, 2, report(offline, {}, {}, {})).isEmpty());
        // Back before the third: nothing happened.
        QVERIFY(step(h, 3, report(kGood, kGoodItems, kRecords)).isEmpty());
        QVERIFY(step(h, 4, report(offline, {}, {}, {})).isEmpty());
        QVERIFY(step(h, 5, report(offline, {}, {}, {})).isEmpty());
        const QList<Change> third = step(h, 6, report(offline, {}, {}, {}));
        QCOMPARE(worseIds(third).size(), 3);
        QVERIFY(third.first().text.contains(QStringLiteral("3 runs")));
        QVERIFY(step(h, 7, report(offline, {}, {}, {})).isEmpty()); // said once
        const QList<Change> back = step(h, 8, report(kGood, kGoodItems, kRecords));
        QCOMPARE(back.size(), 3);
        QVERIFY(worseIds(back).isEmpty());
        // What was verified before the outage is what an unknown run is compared with: a listing found after it
        // is worse.
        step(h, 9, report(offline, {}, {}, {}));
        const QStringList failing{QStringLiteral("dnsbl:fail"), QStringLiteral("spf:pass"),
                                  QStringLiteral("dmarc:pass")};
        QCOMPARE(worseIds(step(h, 10, report(failing, {QStringLiteral("dnsbl/192.0.2.1 @ bl.test:fail")}, kRecords))),
                 QStringList{QStringLiteral("dnsbl")});
    }

    void unknownAfterFailIsNotNews()
    {
        History h;
        const QStringList failing{QStringLiteral("spf:fail")};
        step(h, 0, report(failing));
        for (int day = 1; day <= 4; ++day)
            QVERIFY(step(h, day, report({QStringLiteral("spf:unknown")})).isEmpty());
    }

    void skippedAfterVerifiedCountsAsUnknown()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QStringList skipped{QStringLiteral("dnsbl:skipped"), QStringLiteral("spf:pass"),
                                  QStringLiteral("dmarc:pass")};
        QVERIFY(step(h, 1, report(skipped, {}, kRecords)).isEmpty());
        QVERIFY(step(h, 2, report(skipped, {}, kRecords)).isEmpty());
        QCOMPARE(worseIds(step(h, 3, report(skipped, {}, kRecords))), QStringList{QStringLiteral("dnsbl")});
    }

    void addressChangeIsWorse()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QList<Change> c = step(h, 1, report(kGood, {}, kRecords, {QStringLiteral("198.51.100.7")}));
        QCOMPARE(worseIds(c), QStringList{QStringLiteral("public-ip")});
        QCOMPARE(c.first().page, QStringLiteral("address"));
        QVERIFY(c.first().text.contains(QStringLiteral("192.0.2.1")) &&
                c.first().text.contains(QStringLiteral("198.51.100.7")));
        // No address this time (discovery failed): not a change.
        QVERIFY(step(h, 2, report(kGood, {}, kRecords, {})).isEmpty());
    }

    void historyIsBoundedAndSurvivesItsFile()
    {
        QTemporaryDir dir;
        qputenv("XDG_STATE_HOME", dir.path().toUtf8());
        QCOMPARE(History::stateDirectory(), dir.path() + QStringLiteral("/mailready"));
        History h;
        for (int day = 0; day < 60; ++day)
            step(h, day, report({day % 2 ? QStringLiteral("spf:fail") : QStringLiteral("spf:pass")}));
        QCOMPARE(h.changes.size(), History::MaxChangesPerCheck);
        QCOMPARE(h.changes.last().when, kStart.addDays(59));
        QVERIFY(h.save());
        const auto loaded = History::load(QStringLiteral("watch.test"));
        QVERIFY(loaded);
        QCOMPARE(loaded->runs, 60);
        QCOMPARE(loaded->changes.size(), h.changes.size());
        QCOMPARE(loaded->changes.last().text, h.changes.last().text);
        // The reloaded history judges the next run as the original would.
        History copy = *loaded;
        const QJsonObject next = report({QStringLiteral("spf:pass")});
        const QList<Change> fromCopy = copy.apply(Snapshot::fromCheckJson(next, kStart.addDays(60)));
        QCOMPARE(fromCopy.size(), 1);
        QCOMPARE(fromCopy.first().text, h.apply(Snapshot::fromCheckJson(next, kStart.addDays(60))).first().text);
        QVERIFY(!History::load(QStringLiteral("other.test")));
        qunsetenv("XDG_STATE_HOME");
    }

    void describeSaysSince()
    {
        History h;
        step(h, 0, report(kGood, kGoodItems, kRecords));
        const QStringList listed{QStringLiteral("dnsbl/192.0.2.1 @ bl.test:fail"),
                                 QStringLiteral("dnsbl/192.0.2.1 @ other.test:pass")};
        step(h, 2,
             report({QStringLiteral("dnsbl:fail"), QStringLiteral("spf:pass"), QStringLiteral("dmarc:pass")}, listed,
                    kRecords));
        const QString text = h.describe().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("SPF: good, unchanged since setup (1 Dec 2026)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("DNSBL: 192.0.2.1 @ bl.test since 3 Dec 2026")), qPrintable(text));
    }

    void interval_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("daily") << "daily" << 1440 << "daily";
        QTest::newRow("6h") << "6h" << 360 << "6h";
        QTest::newRow("90min") << "90min" << 90 << "90min";
        QTest::newRow("2d") << "2d" << 2880 << "2d";
        QTest::newRow("1w is weekly") << "1w" << 10080 << "weekly";
        QTest::newRow("too often") << "5min" << -1 << "";
        QTest::newRow("too rare") << "40d" << -1 << "";
        QTest::newRow("not an interval") << "sometimes" << -1 << "";
    }

    void interval()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QFETCH(QString, canonical);
        QString why;
        const auto parsed = Interval::parse(text, &why);
        QCOMPARE(parsed.has_value(), minutes > 0);
        if (parsed) {
            QCOMPARE(parsed->minutes, minutes);
            QCOMPARE(parsed->text(), canonical);
        } else {
            QVERIFY(!why.isEmpty());
        }
    }

    void unitFiles()
    {
        ScheduleSpec spec{QStringLiteral("watch.test"),
                          QStringLiteral("/opt/mail ready/mailready"),
                          {QStringLiteral("--domain"), QStringLiteral("watch.test"), QStringLiteral("--dnsbl-catalog"),
                           QStringLiteral("/home/a b/100%.json")},
                          Interval{}};
        const QString service = unitfiles::systemdService(spec);
        QVERIFY2(
            service.contains(QStringLiteral("ExecStart=\"/opt/mail ready/mailready\" watch run --domain watch.test "
                                            "--dnsbl-catalog \"/home/a b/100%%.json\"\n")),
            qPrintable(service));
        QVERIFY(service.contains(QStringLiteral("Type=oneshot")));
        QString timer = unitfiles::systemdTimer(spec);
        QVERIFY(timer.contains(QStringLiteral("OnCalendar=daily\n")));
        QVERIFY(timer.contains(QStringLiteral("Unit=mailready-watch-watch.test.service\n")));
        QVERIFY(timer.contains(QStringLiteral("WantedBy=timers.target")));
        spec.interval = Interval{360};
        timer = unitfiles::systemdTimer(spec);
        QVERIFY(timer.contains(QStringLiteral("OnUnitActiveSec=360min\n")));
        QVERIFY(!timer.contains(QStringLiteral("OnCalendar")));
        const QString plist = unitfiles::launchdPlist(spec);
        QVERIFY(plist.contains(QStringLiteral("<integer>21600</integer>")));
        QVERIFY(plist.contains(QStringLiteral("<string>/home/a b/100%.json</string>")));
        const QString task = unitfiles::taskSchedulerXml(spec);
        QVERIFY(task.contains(QStringLiteral("<Interval>PT360M</Interval>")));
        QVERIFY(task.contains(QStringLiteral("&quot;/home/a b/100%.json&quot;")));
    }
};

QTEST_GUILESS_MAIN(TestWatchHistory)
#include "tst_watch_history.moc"
