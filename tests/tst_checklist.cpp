// The checklist's to-do list (report::actionsInOrder) and its tick boxes in the document the PDF is printed from.
#include "checks/CheckIds.h"
#include "report/Actions.h"
#include "report/ChecklistHtml.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace mailready;

namespace {

CheckResult result(const QString& id, Status status, const QList<Finding>& findings = {}, const QString& summary = {})
{
    CheckResult c;
    c.id = id;
    c.title = id.toUpper();
    c.status = status;
    c.summary = summary;
    c.findings = findings;
    return c;
}

report::PublishRecord record(const QString& name, const QString& value, const QString& type = QStringLiteral("TXT"))
{
    return {QStringLiteral("purpose of ") + name, name, type, value,
            name + QStringLiteral(" IN TXT \"") + value + QLatin1Char('"')};
}

const QString spfValue = QStringLiteral("v=spf1 ip4:192.0.2.25 -all");

// A report as a new server has it: blocklists clean, no PTR, no SPF, DKIM not verifiable, DMARC fine, the server
// reachable.
Report newServer()
{
    Report r;
    r.domain = QStringLiteral("example.test");
    r.checks = {
        result(checkid::Dnsbl, Status::Pass),
        result(checkid::Ptr, Status::Fail,
               {{Severity::Error,
                 QStringLiteral("192.0.2.25 has no PTR record."),
                 QStringLiteral("Ask your ISP to set the PTR of 192.0.2.25 to mail.example.test."),
                 {}},
                {Severity::Info, QStringLiteral("informational only"), QStringLiteral("nothing"), {}}}),
        result(checkid::Spf, Status::Fail, {{Severity::Error, QStringLiteral("No SPF record."), spfValue, {}}}),
        result(checkid::Dkim, Status::Unknown, {}, QStringLiteral("the query timed out")),
        result(checkid::Dmarc, Status::Pass),
        result(checkid::Smtp, Status::Warn,
               {{Severity::Warning,
                 QStringLiteral("EHLO name differs."),
                 QStringLiteral("smtp_helo_name = mail.example.test"),
                 {}}}),
    };
    return r;
}

QList<report::PublishRecord> newRecords()
{
    return {record(QStringLiteral("example.test."), spfValue),
            record(QStringLiteral("s1._domainkey.example.test."), QStringLiteral("v=DKIM1; k=rsa; p=AAAA"))};
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsBelongToTheirThreshold_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("threshold");
        QTest::newRow("SPF at the apex") << QStringLiteral("example.test.") << QStringLiteral("TXT")
                                         << QStringLiteral("v=spf1 -all") << QStringLiteral("spf");
        QTest::newRow("SPF of the HELO name") << QStringLiteral("mail.example.test.") << QStringLiteral("TXT")
                                              << QStringLiteral("v=spf1 a -all") << QStringLiteral("spf");
        QTest::newRow("DKIM key") << QStringLiteral("s1._domainkey.example.test.") << QStringLiteral("TXT")
                                  << QStringLiteral("v=DKIM1; p=AA") << QStringLiteral("dkim");
        QTest::newRow("DMARC policy") << QStringLiteral("_dmarc.example.test.") << QStringLiteral("TXT")
                                      << QStringLiteral("v=DMARC1; p=none") << QStringLiteral("dmarc");
        QTest::newRow("RFC 7489 7.1 report authorization")
            << QStringLiteral("example.test._report._dmarc.example.net.") << QStringLiteral("TXT")
            << QStringLiteral("v=DMARC1") << QStringLiteral("dmarc");
        QTest::newRow("host address") << QStringLiteral("mail.example.test.") << QStringLiteral("A")
                                      << QStringLiteral("192.0.2.25") << QStringLiteral("rdns");
        QTest::newRow("an MX belongs to none") << QStringLiteral("example.test.") << QStringLiteral("MX")
                                               << QStringLiteral("10 mail.example.test.") << QStringLiteral("");
    }
    void recordsBelongToTheirThreshold()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, threshold);
        QCOMPARE(report::thresholdOfRecord({QString(), name, type, value, QString()}), threshold);
    }

    void actionsFollowTheThresholds()
    {
        const QList<report::Action> actions = report::actionsInOrder(newServer(), newRecords());
        QStringList keys, texts;
        for (const report::Action& a : actions) {
            keys << a.thresholdKey;
            texts << a.text;
        }
        // Blocklists pass (ticked), the PTR request, SPF's record (its finding's fix is that record: not twice),
        // DKIM's record and its unverified check, DMARC passes (ticked), the server's EHLO line, the re-check.
        QCOMPARE(keys, (QStringList{QStringLiteral("dnsbl"), QStringLiteral("rdns"), QStringLiteral("spf"),
                                    QStringLiteral("dkim"), QStringLiteral("dkim"), QStringLiteral("dmarc"),
                                    QStringLiteral("server"), QString()}));
        QVERIFY(actions[0].done);
        QVERIFY(actions[5].done);
        for (int i : {1, 2, 3, 4, 6, 7})
            QVERIFY2(!actions[i].done, qPrintable(texts[i]));
        QCOMPARE(actions[1].detail, QStringLiteral("Ask your ISP to set the PTR of 192.0.2.25 to mail.example.test."));
        QCOMPARE(actions[2].detail, spfValue);
        QVERIFY(actions[2].text.contains(QLatin1String("example.test.")));
        QVERIFY(actions[4].text.contains(QLatin1String("the query timed out")));
        QCOMPARE(actions[6].detail, QStringLiteral("smtp_helo_name = mail.example.test"));
        QVERIFY(!texts.join(QLatin1Char(' ')).contains(QLatin1String("informational only")));
    }

    void allPassingIsAllTicked()
    {
        Report r;
        for (const QString id :
             {checkid::Dnsbl, checkid::Ptr, checkid::Spf, checkid::Dkim, checkid::Dmarc, checkid::Smtp})
            r.checks << result(id, Status::Pass);
        const QList<report::Action> actions = report::actionsInOrder(r, {});
        QCOMPARE(actions.size(), 7); // six thresholds, the re-check
        for (int i = 0; i < 6; ++i)
            QVERIFY(actions[i].done);
    }

    // What the PDF is printed from: every action a list item with an empty or a ticked box, in the same order.
    void theDocumentHasTickBoxes()
    {
        const Report r = newServer();
        const QList<report::Action> actions = report::actionsInOrder(r, newRecords());
        QTextDocument doc;
        doc.setHtml(report::checklistHtml(r, newRecords()));
        QList<bool> ticks;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const auto marker = b.blockFormat().marker();
            if (marker != QTextBlockFormat::MarkerType::NoMarker)
                ticks << (marker == QTextBlockFormat::MarkerType::Checked);
        }
        QCOMPARE(ticks.size(), actions.size());
        for (int i = 0; i < actions.size(); ++i)
            QCOMPARE(ticks[i], actions[i].done);
        QVERIFY(doc.toPlainText().indexOf(QLatin1String("What to do")) <
                doc.toPlainText().indexOf(QLatin1String("The five thresholds")));
    }

    // A finding's text and fix come from DNS data too: they are printed as characters, never as markup.
    void actionTextIsEscaped()
    {
        Report r;
        r.checks << result(checkid::Spf, Status::Fail,
                           {{Severity::Error,
                             QStringLiteral("<b>bold</b> & <a href=\"x\">link</a>"),
                             QStringLiteral("<script>"),
                             {}}});
        const QString html = report::checklistHtml(r, {});
        QVERIFY(!html.contains(QLatin1String("<a href=\"x\">")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt; &amp;")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
