// Every page of the wizard as a newcomer meets it, on both demo domains (good.demo passes everything, bad.demo
// fails several thresholds), at the window's minimum and default size, in English and German, walked with Next as a
// user would (with a DKIM key generated on the way, the state whose long record used to widen the page). ctest runs
// this test twice: at 100 % and with QT_SCALE_FACTOR=2, on an offscreen screen of 2560x1600 (tests/layout/).
//
// On every page: no horizontal scroll bar, no widget reaching past the area that shows it, no button or unwrapped
// label squeezed narrower than its text, and no command-line flag in what the page shows.
#include "MailReadyWizard.h"
#include "MessagePage.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>

using namespace mailready;
using test::waitIdle;

namespace {

struct Demo
{
    QString domain, hostname, address;
};

const Demo good{QStringLiteral("good.demo"), QStringLiteral("mail.good.demo"), QStringLiteral("198.19.25.25")};
const Demo bad{QStringLiteral("bad.demo"), QStringLiteral("mail.bad.demo"), QStringLiteral("198.19.66.66")};

// Where a widget sits, for messages: its object name or class, and those of its parents up to the page.
QString describe(const QWidget* w, const QWidget* top)
{
    QStringList path;
    for (const QWidget* p = w; p && p != top; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return path.join(QLatin1Char('/'));
}

// A widget inside the machinery of a scroll area other than QScrollArea's own content (a text edit's viewport, a
// list's items), or one of a scroll area's own bars and corners: laid out by that widget, not by the page.
bool insideScrollMachinery(const QWidget* w, const QWidget* top)
{
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p);
        if (!area)
            continue;
        const QWidget* child = w;
        while (child->parentWidget() != p)
            child = child->parentWidget();
        if (child != area->viewport())
            return true; // a scroll bar, its container or a corner widget
        if (!area->inherits("QScrollArea"))
            return true; // a text edit's or list's own content
    }
    return false;
}

bool isScrolledContent(const QWidget* w)
{
    const QWidget* viewport = w->parentWidget();
    const auto* area = viewport ? qobject_cast<const QAbstractScrollArea*>(viewport->parentWidget()) : nullptr;
    return area && area->viewport() == viewport;
}

// The innermost widgets under `content` that will not be narrower than `width`: what makes the content too wide.
QString widest(QWidget* content, int width, QWidget* top)
{
    QStringList found;
    for (QWidget* w : content->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || w->minimumSizeHint().width() <= width)
            continue;
        bool inner = true;
        for (QWidget* c : w->findChildren<QWidget*>())
            if (c->isVisibleTo(top) && c->minimumSizeHint().width() > width)
                inner = false;
        if (inner)
            found << QStringLiteral("%1 (needs %2)").arg(describe(w, top)).arg(w->minimumSizeHint().width());
    }
    return found.isEmpty() ? QStringLiteral("(no single widget)") : found.join(QStringLiteral(", "));
}

QStringList layoutProblems(QWizard& wizard)
{
    QStringList problems;
    // The map of the steps: every name whole, none elided.
    if (auto* map = qobject_cast<QListWidget*>(wizard.sideWidget()))
        for (int i = 0; i < map->count(); ++i) {
            const QListWidgetItem* item = map->item(i);
            const int needs = QFontMetrics(item->font()).horizontalAdvance(item->text()) + map->iconSize().width() + 8;
            if (needs > map->viewport()->width())
                problems << QStringLiteral("step map: \"%1\" needs %2, has %3")
                                .arg(item->text())
                                .arg(needs)
                                .arg(map->viewport()->width());
        }
    QWidget* page = wizard.currentPage();
    const QString where = QStringLiteral("page %1: ").arg(wizard.currentId());
    for (QWidget* w : wizard.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&wizard) || w->isWindow() || insideScrollMachinery(w, &wizard))
            continue;
        const bool onPage = page->isAncestorOf(w);
        if (!onPage && !wizard.sideWidget()->isAncestorOf(w) && !qobject_cast<QAbstractButton*>(w))
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w);
            area && area->horizontalScrollBar()->isVisible() && area->inherits("QScrollArea"))
            problems << where + QStringLiteral("horizontal scroll bar in ") + describe(w, &wizard);
        const QRect inParent = w->geometry();
        const QRect parentRect = w->parentWidget()->rect();
        // Content in a scroll area may be taller than its viewport (it scrolls), never wider.
        const bool cut = isScrolledContent(w) ? inParent.width() > parentRect.width() : !parentRect.contains(inParent);
        if (cut && isScrolledContent(w))
            problems << where + QStringLiteral("widest inside: %1").arg(widest(w, parentRect.width(), &wizard));
        if (cut)
            problems << where + QStringLiteral("%1 (%2,%3 %4x%5) reaches past its parent (%6x%7)")
                                    .arg(describe(w, &wizard))
                                    .arg(inParent.x())
                                    .arg(inParent.y())
                                    .arg(inParent.width())
                                    .arg(inParent.height())
                                    .arg(parentRect.width())
                                    .arg(parentRect.height());
        // Text squeezed narrower than it needs is cut off at its end.
        const auto* label = qobject_cast<QLabel*>(w);
        if ((qobject_cast<QAbstractButton*>(w) || (label && !label->wordWrap() && label->pixmap().isNull())) &&
            w->width() < w->minimumSizeHint().width())
            problems << where + QStringLiteral("%1 is %2 wide, its text needs %3")
                                    .arg(describe(w, &wizard))
                                    .arg(w->width())
                                    .arg(w->minimumSizeHint().width());
    }
    return problems;
}

// Everything the current page and the wizard's buttons show as text.
QStringList shownTexts(QWizard& wizard)
{
    QStringList texts{wizard.currentPage()->title(), wizard.currentPage()->subTitle()};
    for (QWidget* w : wizard.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&wizard))
            continue;
        if (const auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (const auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (const auto* group = qobject_cast<QGroupBox*>(w))
            texts << group->title();
        else if (const auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
    }
    return texts;
}

QStringList commandLineWords(QWizard& wizard)
{
    static const QRegularExpression flag(QStringLiteral("(^|[\\s(\"'“„])--[a-z][a-z-]+"));
    QStringList found;
    for (const QString& text : shownTexts(wizard))
        if (const QRegularExpressionMatch m = flag.match(text); m.hasMatch())
            found
                << QStringLiteral("page %1: \"%2\" in: %3").arg(wizard.currentId()).arg(m.captured(0).trimmed(), text);
    return found;
}

} // namespace

Q_DECLARE_METATYPE(Demo)

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyPageFits_data();
    void everyPageFits();

private:
    QTemporaryDir m_keys;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    qputenv("MAILREADY_DNSBL_CATALOG", test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
    QVERIFY(m_keys.isValid());
}

void TestLayout::init()
{
    QSettings().clear();
}

void TestLayout::everyPageFits_data()
{
    QTest::addColumn<Demo>("demo");
    QTest::addColumn<bool>("german");
    QTest::addColumn<bool>("minimum");
    for (const Demo& d : {good, bad})
        for (bool german : {false, true})
            for (bool minimum : {false, true})
                QTest::addRow("%s %s %s", qPrintable(d.domain), german ? "de" : "en", minimum ? "minimum" : "default")
                    << d << german << minimum;
}

void TestLayout::everyPageFits()
{
    QFETCH(Demo, demo);
    QFETCH(bool, german);
    QFETCH(bool, minimum);
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("mailready"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    ui::MailReadyWizard wizard(GlobalOptions{});
    if (minimum)
        wizard.resize(wizard.minimumSize());
    QCOMPARE(wizard.size(), minimum ? wizard.minimumSize() : ui::MailReadyWizard::defaultSize());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The scale this run is about really applies (ctest sets QT_SCALE_FACTOR for the 200 % run).
    const qreal scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qgetenv("QT_SCALE_FACTOR").toDouble() : 1.0;
    QCOMPARE(wizard.devicePixelRatio(), scale);
    test::edit(wizard, "domain")->setText(demo.domain);
    test::edit(wizard, "hostname")->setText(demo.hostname);
    test::edit(wizard, "addresses")->setText(demo.address);
    test::edit(wizard, "nameservers")->setText(test::nsdServer());

    QStringList problems, flags;
    auto look = [&](const QString& state) {
        const int rounds = test::settleLayouts();
        for (const QString& p : layoutProblems(wizard))
            problems << state + p + QStringLiteral(" [judged after %1 rounds of layout events]").arg(rounds);
        flags << commandLineWords(wizard);
    };
    QSet<int> seen;
    while (true) {
        QVERIFY2(waitIdle(wizard.model()), qPrintable(QStringLiteral("page %1 kept running").arg(wizard.currentId())));
        seen.insert(wizard.currentId());
        look(QString());
        if (wizard.currentId() == ui::MailReadyWizard::DkimPageId) {
            test::edit(wizard, "selector")->setText(QStringLiteral("layout"));
            test::edit(wizard, "key-directory")
                ->setText(m_keys.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentDataTag()));
            auto* generate = wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("generate"));
            QVERIFY(generate && generate->isEnabled());
            generate->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                wizard.currentPage()->findChild<QWidget*>(QStringLiteral("key-result"))->isVisible(), 60000);
            QVERIFY(waitIdle(wizard.model()));
            look(QStringLiteral("after Generate key: "));
        }
        if (wizard.currentId() == ui::MailReadyWizard::MessagePageId) {
            // A received test message from the demo's server, judged: the verdict and its cards laid out too.
            auto* page = static_cast<ui::MessagePage*>(wizard.currentPage());
            page->judge("Received: from " + demo.hostname.toUtf8() + " (" + demo.hostname.toUtf8() + " [" +
                        demo.address.toUtf8() +
                        "]) by mx.receiver.demo (Postfix) with ESMTPS id 1; Wed, 2 Dec 2026\r\n"
                        "From: postmaster@" +
                        demo.domain.toUtf8() + "\r\nSubject: test\r\n\r\nHello\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(!page->isJudging() && page->verdict(), 30000);
            look(QStringLiteral("with a message judged: "));
            page->explainRejection(QStringLiteral("550 5.7.1 Service unavailable; client host [198.51.100.1] blocked "
                                                  "using zen.spamhaus.org"));
            look(QStringLiteral("with a rejection explained: "));
            break;
        }
        const QString moved = test::pressNext(wizard);
        QVERIFY2(moved.isEmpty(), qPrintable(moved));
    }
    QCOMPARE(seen.size(), wizard.pageIds().size());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(flags.isEmpty(), qPrintable(flags.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
