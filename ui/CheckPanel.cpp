#include "CheckPanel.h"

#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckRegistry.h"
#include "checks/UnsaidItems.h"

#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailready::ui {

static QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

CheckPanel::CheckPanel(WizardModel* model, const QStringList& ids, QWidget* parent)
    : QWidget(parent), m_model(model), m_ids(ids)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& id : ids) {
        const CheckDescriptor* check = findCheck(id);
        if (!check)
            continue; // a check this build does not have
        addBlock(id, check->title());
        refresh(id);
    }
    layout->addStretch();
    connect(model, &WizardModel::resultChanged, this, &CheckPanel::refresh);
    connect(model, &WizardModel::runningChanged, this, &CheckPanel::setRunning);
    connect(model, &WizardModel::checkProgress, this, [this](const QString& id, int done, int total) {
        const auto it = m_blocks.find(id);
        if (it != m_blocks.end())
            it.value().summary->setText(tr("%1 of %2 queries answered…").arg(done).arg(total));
    });
}

CheckPanel::CheckPanel(QWidget* parent) : QWidget(parent), m_model(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
}

void CheckPanel::showResults(const QList<CheckResult>& results)
{
    m_fixed.clear();
    for (const CheckResult& r : results) {
        m_fixed.insert(r.id, r);
        if (!m_blocks.contains(r.id)) {
            m_ids << r.id;
            addBlock(r.id, r.title);
        }
        refresh(r.id);
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
        it.value().indicator->parentWidget()->setVisible(m_fixed.contains(it.key()));
}

void CheckPanel::addBlock(const QString& id, const QString& title)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("check-") + id);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(frame);
    Block b;
    b.indicator = new StatusIndicator(frame);
    b.indicator->setObjectName(QStringLiteral("status-") + id);
    b.title = plainLabel(frame, QStringLiteral("title-") + id);
    b.title->setText(title);
    QFont bold = b.title->font();
    bold.setBold(true);
    b.title->setFont(bold);
    b.summary = plainLabel(frame, QStringLiteral("summary-") + id);
    b.summary->setText(tr("Not checked yet."));
    b.details = plainLabel(frame, QStringLiteral("details-") + id);
    b.details->hide();
    b.evidenceButton = new QToolButton(frame);
    b.evidenceButton->setObjectName(QStringLiteral("evidence-button-") + id);
    b.evidenceButton->setText(tr("Show DNS evidence"));
    b.evidenceButton->setCheckable(true);
    b.evidenceButton->setEnabled(false);
    b.evidence = new QPlainTextEdit(frame);
    b.evidence->setObjectName(QStringLiteral("evidence-") + id);
    b.evidence->setReadOnly(true);
    b.evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
    b.evidence->setMaximumHeight(140);
    b.evidence->setAccessibleName(tr("DNS evidence: %1").arg(title));
    b.evidence->hide();
    connect(b.evidenceButton, &QToolButton::toggled, b.evidence, &QWidget::setVisible);
    grid->addWidget(b.indicator, 0, 0, Qt::AlignTop);
    grid->addWidget(b.title, 0, 1);
    grid->addWidget(b.summary, 1, 1);
    grid->addWidget(b.details, 2, 1);
    b.fixes = new QWidget(frame);
    b.fixes->setObjectName(QStringLiteral("fixes-") + id);
    auto* fixesGrid = new QGridLayout(b.fixes);
    fixesGrid->setContentsMargins(0, 0, 0, 0);
    fixesGrid->setColumnStretch(0, 1);
    b.fixes->hide();
    grid->addWidget(b.fixes, 3, 1);
    grid->addWidget(b.evidenceButton, 4, 1, Qt::AlignLeft);
    grid->addWidget(b.evidence, 5, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->count() - 1, frame); // before the stretch
    m_blocks.insert(id, b);
}

// A text with a word no line can hold (a key record, a long URL): a label would widen the page for it.
static bool hasUnwrappableWord(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [](const QString& w) { return w.size() > 48; });
}

QString CheckPanel::findingsText(const CheckResult& r, QStringList* longFixes, bool everyReason)
{
    QStringList lines;
    for (const CheckItem& item : r.items)
        if (!item.detail.isEmpty() && r.items.size() > 1)
            lines << QStringLiteral("%1: %2").arg(StatusIndicator::wordFor(item.status), item.detail);
    if (everyReason && r.items.size() == 1) // one item: its detail only when nothing else says it
        for (const CheckItem& item : unsaidItems(r))
            lines << QStringLiteral("%1: %2").arg(StatusIndicator::wordFor(item.status), item.detail);
    for (const Finding& f : r.findings) {
        lines << QStringLiteral("• %1").arg(f.message);
        if (f.fix.isEmpty())
            continue;
        if (longFixes && hasUnwrappableWord(f.fix)) {
            longFixes->append(f.fix);
            lines << tr("   Fix: in box %1 below, with its Copy button").arg(longFixes->size());
        } else {
            lines << tr("   Fix: %1").arg(f.fix);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void CheckPanel::showLongFixes(Block& b, const QStringList& fixes)
{
    qDeleteAll(b.fixes->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    auto* grid = qobject_cast<QGridLayout*>(b.fixes->layout());
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        auto* box = new QPlainTextEdit(b.fixes);
        box->setObjectName(QStringLiteral("fix-%1").arg(i + 1));
        box->setPlainText(fixes[i]);
        box->setReadOnly(true);
        box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        box->setWordWrapMode(QTextOption::WrapAnywhere);
        box->setAccessibleName(tr("Fix %1").arg(i + 1));
        const int lines = qBound(1, int(fixes[i].size() / 80) + 1, 6);
        box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
        auto* copy = new QPushButton(tr("Copy fix %1").arg(i + 1), b.fixes);
        copy->setObjectName(QStringLiteral("copy-fix-%1").arg(i + 1));
        const QString text = fixes[i];
        connect(copy, &QPushButton::clicked, copy, [text] { QGuiApplication::clipboard()->setText(text); });
        grid->addWidget(box, int(i), 0);
        grid->addWidget(copy, int(i), 1, Qt::AlignTop);
    }
    b.fixes->setVisible(!fixes.isEmpty());
}

QString CheckPanel::evidenceText(const CheckResult& r)
{
    QStringList lines;
    for (const dns::Answer& e : r.evidence) {
        QStringList answers;
        for (const dns::Record& record : e.records)
            answers << record.presentation();
        QString line = QStringLiteral("%1 %2  @%3  %4")
                           .arg(e.name, dns::rrTypeName(e.type), e.server, dns::outcomeName(e.outcome));
        if (!answers.isEmpty())
            line += QStringLiteral("  %1").arg(answers.join(QStringLiteral(" | ")));
        if (!e.records.isEmpty() || e.negativeTtl)
            line += tr("  TTL %1 s").arg(qint64(e.minTtl()));
        line += tr("  %1 ms").arg(e.ms);
        if (!e.error.isEmpty())
            line += QStringLiteral("  (%1)").arg(e.error);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void CheckPanel::refresh(const QString& id)
{
    const auto it = m_blocks.find(id);
    if (it == m_blocks.end())
        return;
    Block& b = it.value();
    const auto fixed = m_fixed.constFind(id);
    const CheckResult* r = m_model ? m_model->result(id) : fixed != m_fixed.cend() ? &fixed.value() : nullptr;
    if (!r) {
        b.indicator->setStatus(Status::Skipped);
        speak(b);
        return;
    }
    b.indicator->setStatus(r->status);
    QString summary = r->summary;
    const QDateTime stale = m_model ? m_model->staleUntil(id) : QDateTime();
    if (stale.isValid() && stale > QDateTime::currentDateTimeUtc())
        summary += QLatin1Char('\n') +
                   tr("Published: the authoritative servers have it. Resolvers that asked before may keep the old "
                      "answer until %1.")
                       .arg(QLocale().toString(stale.toLocalTime(), QLocale::ShortFormat));
    b.summary->setText(summary);
    QStringList longFixes;
    const QString details = findingsText(*r, &longFixes, !m_model); // a received message's verdict says every reason
    showLongFixes(b, longFixes);
    b.details->setText(details);
    b.details->setVisible(!details.isEmpty());
    const QString evidence = evidenceText(*r);
    b.evidence->setPlainText(evidence);
    b.evidenceButton->setEnabled(!evidence.isEmpty());
    speak(b);
}

void CheckPanel::speak(const Block& b)
{
    // What a screen reader says of the card: its status in words, then its title ("Fail: SPF record"), then what
    // the summary says.
    QWidget* card = b.indicator->parentWidget();
    card->setAccessibleName(tr("%1: %2").arg(b.indicator->text(), b.title->text()));
    card->setAccessibleDescription(b.summary->text());
}

void CheckPanel::setRunning(bool running)
{
    // While a run is under way every block shows it; afterwards each shows its newest result again (a run of some
    // checks leaves the others as they were).
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        if (running) {
            it.value().indicator->setRunning();
            speak(it.value());
        } else
            refresh(it.key());
    }
}

} // namespace mailready::ui
