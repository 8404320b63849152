// The wizard's delivery page, offscreen, against the fixture's NSD: a residential user whose address is on a
// PBL-style list walks Welcome -> Address -> Delivery, is proposed a relay, chooses it, enters the relay host, and the
// relay path's checks end green with the MTA lines ready to copy; `mailready check --relay` agrees on every status.
#include "DeliveryPage.h"
#include "MailReadyWizard.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "relay/AddressMemory.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using mailready::test::edit;
using mailready::test::waitIdle;

using namespace mailready;

class TestDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void residentialUserIsLedToRelay();
    void cleanLineIsProposedDirect();
    void changedAddressIsRemembered();
    void mailServiceFillsHostAndInclude();
};

static const QString Catalog = QStringLiteral("tests/dns/relay-dnsbl-catalog.json");

static void fillWelcome(ui::MailReadyWizard& wizard, const QString& ip)
{
    edit(wizard, "domain")->setText(QStringLiteral("home.test"));
    edit(wizard, "hostname")->setText(QStringLiteral("mail.home.test"));
    edit(wizard, "addresses")->setText(ip);
    edit(wizard, "nameservers")->setText(test::nsdServer());
    // The fixture's blocklist (a PBL-style list) instead of the real ones.
    CheckRequest r = wizard.model()->request();
    r.dnsblCatalogFile = test::sourcePath(Catalog);
    wizard.model()->setRequest(r);
}

static Status statusOn(QWidget* page, const QString& id)
{
    auto* s = page->findChild<ui::StatusIndicator*>(QStringLiteral("status-") + id);
    if (!s)
        qFatal("no status for %s", qPrintable(id));
    return s->status();
}

void TestDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_delivery"));
}

void TestDelivery::init()
{
    QSettings().clear();
    QSettings(QStringLiteral("MailReadyTest"), QStringLiteral("MailReady")).clear();
}

void TestDelivery::residentialUserIsLedToRelay()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    fillWelcome(wizard, QStringLiteral("198.18.200.66"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::AddressPageId));
    QVERIFY(waitIdle(wizard.model()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::DeliveryPageId));
    auto* page = qobject_cast<ui::DeliveryPage*>(wizard.currentPage());
    QVERIFY(page);

    // The proposal: a relay, because the address is on the PBL-style list and has a generic reverse name.
    QTRY_VERIFY_WITH_TIMEOUT(page->adviceReady(), 20000);
    QCOMPARE(page->advice().path, report::DeliveryPath::Relay);
    QVERIFY(page->advice().hasReason(QStringLiteral("residential-listing")));
    QVERIFY(page->advice().hasReason(QStringLiteral("generic-ptr")));
    const QString adviceText = page->findChild<QLabel*>(QStringLiteral("advice"))->text();
    QVERIFY2(adviceText.contains(QStringLiteral("Test PBL")), qPrintable(adviceText));
    auto* relayRadio = page->findChild<QRadioButton*>(QStringLiteral("path-relay"));
    QVERIFY(relayRadio->isChecked());
    // A relay without a host is not a choice yet.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Before choosing, the page judged the home address: the listing is red there.
    QVERIFY(waitIdle(wizard.model()));
    QCOMPARE(statusOn(page, QStringLiteral("dnsbl")), Status::Fail);

    auto* kind = page->findChild<QComboBox*>(QStringLiteral("relay-kind"));
    QCOMPARE(kind->currentIndex(), 0); // the ISP's smarthost
    QTest::keyClicks(edit(*page, "relay-host"), QStringLiteral("smtp.relay.test"));
    QTest::keyClicks(edit(*page, "relay-user"), QStringLiteral("home"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(page->findChild<QAbstractButton*>(QStringLiteral("use-relay")), Qt::LeftButton);
    QCOMPARE(wizard.model()->request().relay, QStringLiteral("smtp.relay.test:587"));
    QVERIFY(waitIdle(wizard.model()));

    // The relay path: all green.
    QMap<QString, QString> wizardStatus;
    for (const QString& id : {QStringLiteral("ptr"), QStringLiteral("fcrdns"), QStringLiteral("ehlo"),
                              QStringLiteral("dnsbl"), QStringLiteral("spf")}) {
        const CheckResult* r = wizard.model()->result(id);
        QVERIFY(r);
        QVERIFY2(r->status == Status::Pass, qPrintable(id + QStringLiteral(": ") + r->summary));
        QCOMPARE(statusOn(page, id), Status::Pass);
        wizardStatus.insert(id, statusName(r->status));
    }

    // The MTA lines, ready to copy.
    auto* lines = page->findChild<QPlainTextEdit*>(QStringLiteral("mta-lines"));
    QVERIFY(lines->isVisible());
    QVERIFY2(lines->toPlainText().contains(QStringLiteral("relayhost = [smtp.relay.test]:587")),
             qPrintable(lines->toPlainText()));
    QVERIFY(lines->toPlainText().contains(QStringLiteral("[smtp.relay.test]:587 home:PASSWORD")));
    QTest::mouseClick(page->findChild<QAbstractButton*>(QStringLiteral("copy-mta-lines")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), lines->toPlainText());
    page->findChild<QComboBox*>(QStringLiteral("mta"))->setCurrentIndex(2);
    QVERIFY(lines->toPlainText().contains(
        QStringLiteral("action \"relay\" relay host smtp+tls://relay@smtp.relay.test:587 auth <secrets>")));
    kind->setCurrentIndex(1); // own VPS: the relay's side too
    QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("vps-lines"))
                ->toPlainText()
                .contains(QStringLiteral("permit_sasl_authenticated")));

    // The command line agrees, status for status.
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("home.test"), QStringLiteral("--hostname"),
         QStringLiteral("mail.home.test"), QStringLiteral("--ip"), QStringLiteral("198.18.200.66"),
         QStringLiteral("--relay"), QStringLiteral("smtp.relay.test:587"), QStringLiteral("--dnsbl-catalog"),
         test::sourcePath(Catalog), QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
        &code);
    for (const auto& c : report.value(QStringLiteral("checks")).toArray()) {
        const QString id = c.toObject().value(QStringLiteral("id")).toString();
        if (wizardStatus.contains(id))
            QCOMPARE(c.toObject().value(QStringLiteral("status")).toString(), wizardStatus.value(id));
    }
    QCOMPARE(code, test::contractExitCode(report));

    // Changing one's mind: back to the address page and forward again, the relay is still chosen; direct judges the
    // home address again, and the relay once more.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::DeliveryPageId));
    QVERIFY(relayRadio->isChecked());
    QCOMPARE(wizard.model()->request().relay, QStringLiteral("smtp.relay.test:587"));
    QVERIFY(waitIdle(wizard.model()));
    page->findChild<QRadioButton*>(QStringLiteral("path-direct"))->click();
    QVERIFY(wizard.model()->request().relay.isEmpty());
    QVERIFY(waitIdle(wizard.model()));
    QCOMPARE(statusOn(page, QStringLiteral("dnsbl")), Status::Fail);
    relayRadio->click();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::BlocklistPageId));
    QCOMPARE(wizard.model()->request().relay, QStringLiteral("smtp.relay.test:587"));
    QVERIFY(waitIdle(wizard.model()));
    QCOMPARE(wizard.model()->result(QStringLiteral("dnsbl"))->status, Status::Pass);
}

void TestDelivery::cleanLineIsProposedDirect()
{
    // The relay's own address, as if it were the server: on no list, a proper reverse name. Direct is proposed.
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    fillWelcome(wizard, QStringLiteral("198.18.200.10"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto* page = qobject_cast<ui::DeliveryPage*>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->adviceReady(), 20000);
    QCOMPARE(page->advice().path, report::DeliveryPath::Direct);
    QVERIFY(page->findChild<QRadioButton*>(QStringLiteral("path-direct"))->isChecked());
    QVERIFY(wizard.model()->request().relay.isEmpty());
    QVERIFY(waitIdle(wizard.model()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestDelivery::changedAddressIsRemembered()
{
    {
        // Reaching the publishing page remembers the address the records are composed for.
        ui::MailReadyWizard wizard(GlobalOptions{});
        wizard.show();
        fillWelcome(wizard, QStringLiteral("198.18.200.10"));
        for (int i = 0; i < 8 && wizard.currentId() != ui::MailReadyWizard::PublishPageId; ++i) {
            QVERIFY(waitIdle(wizard.model()));
            QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        }
        QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::PublishPageId));
        QVERIFY(waitIdle(wizard.model()));
        QCOMPARE(relay::AddressMemory::load(QStringLiteral("home.test")).ips,
                 QList<QHostAddress>{QHostAddress(QStringLiteral("198.18.200.10"))});
    }
    // The next time the line has another address: the delivery page says so.
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    fillWelcome(wizard, QStringLiteral("198.18.200.11"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto* page = qobject_cast<ui::DeliveryPage*>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->adviceReady(), 20000);
    QVERIFY(page->advice().hasReason(QStringLiteral("address-changed")));
    QCOMPARE(page->advice().path, report::DeliveryPath::Relay);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("advice"))->text().contains(QStringLiteral("198.18.200.10")));
}

void TestDelivery::mailServiceFillsHostAndInclude()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    fillWelcome(wizard, QStringLiteral("198.18.200.66"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto* page = qobject_cast<ui::DeliveryPage*>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->adviceReady(), 20000);
    QVERIFY(waitIdle(wizard.model()));
    page->findChild<QComboBox*>(QStringLiteral("relay-kind"))->setCurrentIndex(2);
    auto* service = page->findChild<QComboBox*>(QStringLiteral("relay-service"));
    service->setCurrentIndex(service->findData(QStringLiteral("mailgun")));
    QCOMPARE(edit(*page, "relay-host")->text(), QStringLiteral("smtp.mailgun.org:587"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("service-note"))
                ->text()
                .contains(QStringLiteral("include:mailgun.org")));
    QTest::mouseClick(page->findChild<QAbstractButton*>(QStringLiteral("use-relay")), Qt::LeftButton);
    QCOMPARE(wizard.model()->request().relay, QStringLiteral("smtp.mailgun.org:587"));
    QCOMPARE(wizard.model()->request().relayInclude, QStringLiteral("mailgun.org"));
    QVERIFY(waitIdle(wizard.model()));
    // The fixture's NSD refuses names outside its zones: the relay's address is unknown, and so are its checks.
    for (const QString& id : {QStringLiteral("ptr"), QStringLiteral("dnsbl"), QStringLiteral("spf")})
        QCOMPARE(wizard.model()->result(id)->status, Status::Unknown);
}

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"
