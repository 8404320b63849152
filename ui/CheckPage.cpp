#include "CheckPage.h"

#include "CheckPanel.h"
#include "StatusIndicator.h"
#include "VerdictBanner.h"
#include "WizardModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailready::ui {

CheckPage::CheckPage(WizardModel* model, const QStringList& ids, QWidget* parent)
    : QWizardPage(parent), m_model(model), m_ids(ids), m_top(new QVBoxLayout), m_panel(new CheckPanel(model, ids)),
      m_progress(new QProgressBar(this)), m_recheck(new QPushButton(tr("&Re-check"), this)),
      m_stop(new QPushButton(tr("&Stop"), this)),
      m_keepChecking(new QCheckBox(tr("&Keep checking every 30 seconds while I publish"), this)),
      m_liveStatus(new QLabel(this)), m_nextNeeds(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setVisible(false);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Stop the checks under way; what has finished stays shown."));
    m_stop->setVisible(false);
    m_keepChecking->setObjectName(QStringLiteral("keep-checking"));
    m_keepChecking->setVisible(false);
    m_liveStatus->setObjectName(QStringLiteral("live-status"));
    m_liveStatus->setTextFormat(Qt::PlainText);
    m_liveStatus->setWordWrap(true);
    m_liveStatus->setVisible(false);

    m_nextNeeds->setObjectName(QStringLiteral("next-needs"));
    m_nextNeeds->setTextFormat(Qt::PlainText);
    m_nextNeeds->setWordWrap(true);
    StatusIndicator::markAsProblem(m_nextNeeds);
    m_nextNeeds->setVisible(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab moves through the page's controls; the area follows the focus
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_top);
    innerLayout->addWidget(m_panel);
    scroll->setWidget(inner);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_nextNeeds, 1);
    bottom->addStretch();
    bottom->addWidget(m_progress);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_recheck);

    // The verdict first, always in view; what the page asks of the user and every detail below it.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new VerdictBanner(model, ids, this));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_liveStatus);
    // On a line of its own: its sentence (longer in German) never squeezes the buttons or is cut by them.
    layout->addWidget(m_keepChecking);
    layout->addLayout(bottom);

    connect(m_recheck, &QPushButton::clicked, this, &CheckPage::recheck);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_keepChecking->setChecked(false);
        m_model->cancel();
    });
    connect(m_model, &WizardModel::runningChanged, this, &CheckPage::onRunning);
    connect(m_model, &WizardModel::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_model, &WizardModel::liveStatus, m_liveStatus, [this](const QString& text) {
        m_liveStatus->setText(text);
        m_liveStatus->setVisible(m_live && !text.isEmpty());
    });
    connect(m_keepChecking, &QCheckBox::toggled, this,
            [this](bool on) { m_model->setAutoRecheck(m_ids, on && isVisible()); });
}

void CheckPage::setNextNeeds(const QString& text)
{
    m_nextNeeds->setText(text);
    m_nextNeeds->setVisible(!text.isEmpty());
}

void CheckPage::setLiveRecheck(bool enabled)
{
    m_live = enabled;
    m_keepChecking->setVisible(enabled);
}

bool CheckPage::needsRun() const
{
    // Any change of the request means the old results are about something else.
    if (!m_lastRequest || *m_lastRequest != m_model->request())
        return true;
    for (const QString& id : m_ids)
        if (!m_model->result(id))
            return true;
    return false;
}

void CheckPage::initializePage()
{
    if (needsRun())
        recheck();
}

void CheckPage::cleanupPage()
{
    m_model->setAutoRecheck(m_ids, false);
}

void CheckPage::setVisible(bool visible)
{
    QWizardPage::setVisible(visible);
    if (!visible)
        m_model->setAutoRecheck(m_ids, false);
    else if (m_keepChecking->isChecked())
        m_model->setAutoRecheck(m_ids, true);
}

void CheckPage::recheck()
{
    m_lastRequest = m_model->request();
    if (m_live)
        m_model->runLive(m_ids);
    else
        m_model->run(m_ids);
}

void CheckPage::onRunning(bool running)
{
    m_progress->setVisible(running);
    m_recheck->setEnabled(!running);
    m_stop->setVisible(running);
    Q_EMIT completeChanged();
}

} // namespace mailready::ui
