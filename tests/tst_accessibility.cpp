// The wizard as a screen reader and a keyboard meet it, walked over bad.demo (several thresholds fail) page by page
// through Qt's accessibility tree (QAccessibleInterface, what AT-SPI hands to Orca):
// - every control a user can operate has an accessible name;
// - every check card says its status in words together with its title ("Fail: SPF …"), never by colour alone;
// - Tab visits a page's controls in reading order: top to bottom, and left to right within a row.
#include "MailReadyWizard.h"
#include "MessagePage.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

using namespace mailready;
using test::waitIdle;

namespace {

const QList<QAccessible::Role> operable{
    QAccessible::PushButton, QAccessible::CheckBox,   QAccessible::RadioButton, QAccessible::EditableText,
    QAccessible::ComboBox,   QAccessible::SpinBox,    QAccessible::List,        QAccessible::PageTab,
    QAccessible::Slider,     QAccessible::ButtonMenu, QAccessible::Link,
};

// Every visible, operable node under `node` without an accessible name.
void unnamed(QAccessibleInterface* node, QStringList& out, int depth = 0)
{
    if (!node || depth > 40)
        return;
    if (node->state().invisible)
        return;
    if (operable.contains(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject* o = node->object();
        out << QStringLiteral("%1 (%2, role %3)")
                   .arg(o ? o->objectName() : QString(),
                        o ? QString::fromLatin1(o->metaObject()->className()) : QString())
                   .arg(int(node->role()));
    }
    for (int i = 0; i < node->childCount(); ++i)
        unnamed(node->child(i), out, depth + 1);
}

// The page's widgets that Tab stops at, in the order Tab visits them.
QList<QWidget*> tabChain(QWizard& wizard)
{
    QList<QWidget*> chain;
    QWidget* page = wizard.currentPage();
    QWidget* w = &wizard;
    for (int guard = 0; guard < 2000; ++guard) {
        w = w->nextInFocusChain();
        if (w == &wizard)
            break;
        if (page->isAncestorOf(w) && w->isVisibleTo(&wizard) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            chain << w;
    }
    return chain;
}

QString nameOf(const QWidget* w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

QScrollArea* scrollAreaOf(QWidget* w, QWidget* page)
{
    for (QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(p))
            return area;
    return nullptr;
}

// Where two stops are, for reading order: within one scroll area by their place in its content (which reaches below
// what the area shows); otherwise where they are on the page, a control in a scroll area counting as the area.
std::pair<QRect, QRect> readingRects(QWidget* a, QWidget* b, QWidget* page)
{
    QScrollArea* areaA = scrollAreaOf(a, page);
    QScrollArea* areaB = scrollAreaOf(b, page);
    if (areaA && areaA == areaB)
        return {QRect(a->mapTo(areaA->widget(), QPoint(0, 0)), a->size()),
                QRect(b->mapTo(areaA->widget(), QPoint(0, 0)), b->size())};
    auto onPage = [page](QWidget* w, QScrollArea* area) {
        QWidget* shown = area ? static_cast<QWidget*>(area) : w;
        return QRect(shown->mapTo(page, QPoint(0, 0)), shown->size());
    };
    return {onPage(a, areaA), onPage(b, areaB)};
}

// Where the previous stop is after the next one in reading order: the next starts above the previous one's middle,
// or on the same line further left.
QStringList outOfOrder(const QList<QWidget*>& chain, QWidget* page)
{
    QStringList out;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const auto [a, b] = readingRects(chain[i - 1], chain[i], page);
        if (a == b)
            continue; // two controls of one scroll area, seen from outside it
        const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
        const bool before = sameLine ? b.left() < a.left() : b.top() < a.top();
        if (before)
            out << QStringLiteral("%1 (%2,%3) comes before %4 (%5,%6) on screen but after it for Tab")
                       .arg(nameOf(chain[i]))
                       .arg(b.x())
                       .arg(b.y())
                       .arg(nameOf(chain[i - 1]))
                       .arg(a.x())
                       .arg(a.y());
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkTheWizard();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    qputenv("MAILREADY_DNSBL_CATALOG", test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
}

void TestAccessibility::walkTheWizard()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAccessible::setActive(true);
    test::edit(wizard, "domain")->setText(QStringLiteral("bad.demo"));
    test::edit(wizard, "hostname")->setText(QStringLiteral("mail.bad.demo"));
    test::edit(wizard, "addresses")->setText(QStringLiteral("198.19.66.66"));
    test::edit(wizard, "nameservers")->setText(test::nsdServer());

    QStringList problems;
    int cards = 0;
    while (true) {
        QVERIFY2(waitIdle(wizard.model()), qPrintable(QStringLiteral("page %1 kept running").arg(wizard.currentId())));
        if (auto* message = qobject_cast<ui::MessagePage*>(wizard.currentPage())) {
            // Its cards appear once a message is judged: one from the demo's server.
            message->judge("Received: from mail.bad.demo (mail.bad.demo [198.19.66.66]) by mx.receiver.demo; x\r\n"
                           "From: postmaster@bad.demo\r\n\r\nHello\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(!message->isJudging() && message->verdict(), 30000);
            message->explainRejection(QStringLiteral("550 5.7.1 client host blocked using zen.spamhaus.org"));
        }
        test::settleLayouts();
        const QString where =
            QStringLiteral("page %1 (%2): ").arg(wizard.currentId()).arg(wizard.currentPage()->title());
        QStringList missing;
        unnamed(QAccessible::queryAccessibleInterface(&wizard), missing);
        for (const QString& m : missing)
            problems << where + QStringLiteral("no accessible name: ") + m;
        for (const QString& o : outOfOrder(tabChain(wizard), wizard.currentPage()))
            problems << where + o;
        // Each check card: its status word and its title, in one accessible name.
        for (QFrame* card : wizard.currentPage()->findChildren<QFrame*>()) {
            if (!card->objectName().startsWith(QLatin1String("check-")) || !card->isVisibleTo(&wizard))
                continue;
            const QString id = card->objectName().mid(6);
            const auto* status = card->findChild<ui::StatusIndicator*>(QStringLiteral("status-") + id);
            const auto* title = card->findChild<QLabel*>(QStringLiteral("title-") + id);
            QVERIFY(status && title);
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(card);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            const QString expected = QStringLiteral("%1: %2").arg(status->text(), title->text());
            if (!name.startsWith(expected))
                problems << where + QStringLiteral("card %1 reads \"%2\", not \"%3 …\"").arg(id, name, expected);
            ++cards;
        }
        if (wizard.currentId() == ui::MailReadyWizard::MessagePageId)
            break;
        const QString moved = test::pressNext(wizard);
        QVERIFY2(moved.isEmpty(), qPrintable(moved));
    }
    QVERIFY2(cards >= 10, "too few check cards found: the search for them finds nothing");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
