// The wizard's "Keep watching this domain": it shows the domain's history when there is one, and its button installs
// the schedule (systemctl recorded by a stand-in, in a temporary home).
#include "WatchBox.h"
#include "WizardModel.h"
#include "watch/WatchHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;

class TestWatchWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_STATE_HOME", m_home.filePath(QStringLiteral("state")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("MAILREADY_SYSTEMCTL", m_home.filePath(QStringLiteral("systemctl")).toUtf8());
        QFile systemctl(m_home.filePath(QStringLiteral("systemctl")));
        QVERIFY(systemctl.open(QIODevice::WriteOnly));
        systemctl.write(
            QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\n").arg(m_home.filePath(QStringLiteral("log"))).toUtf8());
        systemctl.close();
        systemctl.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void showsHistoryAndInstalls()
    {
        // Two runs of a domain: SPF good throughout, a listing since the second.
        watch::History history;
        auto run = [&history](int day, const QString& dnsbl) {
            const QJsonObject report{
                {QStringLiteral("domain"), QStringLiteral("watch.test")},
                {QStringLiteral("checks"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("spf")},
                                        {QStringLiteral("title"), QStringLiteral("SPF")},
                                        {QStringLiteral("status"), QStringLiteral("pass")}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("dnsbl")},
                                        {QStringLiteral("title"), QStringLiteral("Blocklists")},
                                        {QStringLiteral("status"), dnsbl},
                                        {QStringLiteral("items"),
                                         QJsonArray{QJsonObject{{QStringLiteral("subject"),
                                                                 QStringLiteral("192.0.2.1 @ zen.spamhaus.org")},
                                                                {QStringLiteral("status"), dnsbl}}}}}}}};
            history.apply(watch::Snapshot::fromCheckJson(
                report, QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC).addDays(day)));
        };
        run(0, QStringLiteral("pass"));
        run(2, QStringLiteral("fail"));
        QVERIFY(history.save());

        ui::WizardModel model(GlobalOptions{});
        CheckRequest request;
        request.domain = QStringLiteral("watch.test");
        request.selectors << QStringLiteral("s1");
        model.setRequest(request);
        ui::WatchBox box(&model);
        box.show();
        auto* historyLabel = box.findChild<QLabel*>(QStringLiteral("watch-history"));
        auto* state = box.findChild<QLabel*>(QStringLiteral("watch-state"));
        QVERIFY(historyLabel && state);
        QTRY_VERIFY(
            historyLabel->text().contains(QStringLiteral("Blocklists: 192.0.2.1 @ zen.spamhaus.org since 3 Dec")));
        QVERIFY(historyLabel->text().contains(QStringLiteral("SPF: good, unchanged since setup (1 Dec 2026)")));
        QVERIFY(state->text().contains(QStringLiteral("watch.test is not watched")));

        auto* install = box.findChild<QPushButton*>(QStringLiteral("watch-install"));
        QVERIFY(install && install->isEnabled());
        install->click();
        QTRY_VERIFY(state->text().contains(QStringLiteral("Watching watch.test (daily)")));
        QFile service(m_home.filePath(QStringLiteral("config/systemd/user/mailready-watch-watch.test.service")));
        QVERIFY(service.open(QIODevice::ReadOnly));
        QVERIFY(service.readAll().contains("watch run --domain watch.test --selector s1\n"));
        QFile log(m_home.filePath(QStringLiteral("log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("--user enable --now mailready-watch-watch.test.timer"));
        QVERIFY(box.findChild<QPushButton*>(QStringLiteral("watch-remove"))->isEnabled());
    }
};

QTEST_MAIN(TestWatchWizard)
#include "tst_watch_wizard.moc"
