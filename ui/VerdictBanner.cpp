#include "VerdictBanner.h"

#include "StatusIndicator.h"
#include "WizardModel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace mailready::ui {

namespace {

// The next step of the first warning or error: its own short step, or its fix when that is a sentence short enough
// to read here. Never the finding itself: the summary above already says what is wrong, and a long record or a
// config block stays on its card.
QString nextStep(const CheckResult& r)
{
    for (const Finding& f : r.findings) {
        if (f.severity == Severity::Info)
            continue;
        if (!f.next.isEmpty())
            return f.next;
        if (!f.fix.isEmpty() && f.fix.size() <= 200 && !f.fix.contains(QLatin1Char('\n')))
            return f.fix;
        return {};
    }
    return {};
}

} // namespace

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent), m_model(nullptr), m_status(new StatusIndicator(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("verdict"));
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("verdict-status"));
    m_text->setObjectName(QStringLiteral("verdict-text"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_status, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    display({}, false);
}

void VerdictBanner::showResults(const QList<CheckResult>& results, bool running)
{
    QList<const CheckResult*> shown;
    for (const CheckResult& r : results)
        shown << &r;
    display(shown, running);
}

VerdictBanner::VerdictBanner(WizardModel* model, const QStringList& ids, QWidget* parent) : VerdictBanner(parent)
{
    m_model = model;
    m_ids = ids;
    connect(model, &WizardModel::resultChanged, this, &VerdictBanner::refresh);
    connect(model, &WizardModel::runningChanged, this, &VerdictBanner::refresh);
    refresh();
}

QString VerdictBanner::text() const
{
    return m_text->text();
}

void VerdictBanner::refresh()
{
    // A domain that does not exist, or a resolver that denies everything, comes before what any check says.
    if (!m_model->isRunning() && !m_model->runFindings().isEmpty()) {
        const Finding& first = m_model->runFindings().first();
        m_status->setStatus(Status::Unknown);
        m_text->setText(first.fix.isEmpty() ? first.message
                                            : first.message + QLatin1Char('\n') + tr("Next: %1").arg(first.fix));
        setAccessibleName(tr("Verdict: %1").arg(m_status->text()));
        setAccessibleDescription(m_text->text());
        return;
    }
    QList<const CheckResult*> results;
    for (const QString& id : m_ids)
        results << m_model->result(id);
    display(results, m_model->isRunning());
}

void VerdictBanner::display(const QList<const CheckResult*>& results, bool running)
{
    const CheckResult* worst = nullptr;
    int counted = 0;
    for (const CheckResult* r : results) {
        if (!r || r->status == Status::Skipped)
            continue;
        ++counted;
        if (!worst || worse(worst->status, r->status) != worst->status)
            worst = r;
    }
    QString text;
    if (running) {
        m_status->setRunning();
        text = tr("Checking…");
    } else if (!worst) {
        m_status->setStatus(Status::Skipped);
        text = tr("Not checked yet.");
    } else {
        m_status->setStatus(worst->status);
        if (worst->status == Status::Pass && counted > 1) {
            text = tr("All %1 checks on this page pass.").arg(counted);
        } else {
            text = tr("%1: %2").arg(worst->title, worst->summary);
            if (const QString next = nextStep(*worst); !next.isEmpty())
                text += QLatin1Char('\n') + tr("Next: %1").arg(next);
        }
    }
    m_text->setText(text);
    setAccessibleName(tr("Verdict: %1").arg(m_status->text()));
    setAccessibleDescription(text);
}

} // namespace mailready::ui
