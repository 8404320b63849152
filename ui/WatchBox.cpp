#include "WatchBox.h"

#include "WizardModel.h"
#include "watch/Schedule.h"
#include "watch/WatchHistory.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mailready::ui {

using watch::SystemdUser;

WatchBox::WatchBox(WizardModel* model, QWidget* parent)
    : QGroupBox(tr("Keep watching this domain"), parent), m_model(model), m_interval(new QComboBox(this)),
      m_install(new QPushButton(tr("&Watch"), this)), m_remove(new QPushButton(tr("&Stop watching"), this)),
      m_state(new QLabel(this)), m_history(new QLabel(this))
{
    setObjectName(QStringLiteral("watch-box"));
    m_interval->setObjectName(QStringLiteral("watch-interval"));
    m_interval->addItem(tr("daily"), QStringLiteral("daily"));
    m_interval->addItem(tr("every 6 hours"), QStringLiteral("6h"));
    m_interval->addItem(tr("weekly"), QStringLiteral("weekly"));
    m_install->setObjectName(QStringLiteral("watch-install"));
    m_remove->setObjectName(QStringLiteral("watch-remove"));
    m_state->setObjectName(QStringLiteral("watch-state"));
    m_history->setObjectName(QStringLiteral("watch-history"));
    m_state->setWordWrap(true);
    m_history->setWordWrap(true);
    auto* explain = new QLabel(tr("Runs these checks as you on a schedule and notifies the desktop when something "
                                  "gets worse: a new blocklist listing, a record gone or changed, a new address."),
                               this);
    explain->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_interval);
    row->addWidget(m_install);
    row->addWidget(m_remove);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addWidget(m_history);
#ifndef Q_OS_LINUX
    // Task Scheduler and launchd files are prepared (mailready watch install), but untested: not offered here yet.
    m_install->setEnabled(false);
    m_remove->setEnabled(false);
#endif
    connect(m_install, &QPushButton::clicked, this, &WatchBox::install);
    connect(m_remove, &QPushButton::clicked, this, &WatchBox::remove);
    connect(&m_work, &QFutureWatcher<Shown>::finished, this, [this] { showState(m_work.result()); });
}

void WatchBox::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    refresh();
}

WatchBox::Shown WatchBox::stateOf(const QString& domain, const QString& error)
{
    Shown shown;
    shown.error = error;
    const SystemdUser::State state = SystemdUser::state(domain);
    shown.installed = state.installed;
    if (!state.installed)
        shown.state = tr("%1 is not watched.").arg(domain);
    else
        shown.state = tr("Watching %1 (%2); next run: %3.")
                          .arg(domain, state.interval, state.nextRun.isEmpty() ? tr("unknown") : state.nextRun);
    if (const auto history = watch::History::load(domain))
        shown.history = history->describe().join(u'\n');
    return shown;
}

void WatchBox::watch(QFuture<Shown> work)
{
    m_install->setEnabled(false);
    m_remove->setEnabled(false);
    m_work.setFuture(work);
}

void WatchBox::refresh()
{
    const QString domain = m_model->request().domain;
    if (domain.isEmpty() || m_work.isRunning())
        return;
    watch(QtConcurrent::run([domain] { return stateOf(domain, {}); }));
}

void WatchBox::install()
{
    watch::ScheduleSpec spec;
    spec.domain = m_model->request().domain;
    spec.program = QCoreApplication::applicationFilePath();
    spec.arguments = watch::watchArguments(m_model->request());
    QString why;
    spec.interval = watch::Interval::parse(m_interval->currentData().toString(), &why).value_or(watch::Interval{});
    watch(QtConcurrent::run([spec] {
        QString error;
        SystemdUser::install(spec, &error);
        return stateOf(spec.domain, error);
    }));
}

void WatchBox::remove()
{
    const QString domain = m_model->request().domain;
    watch(QtConcurrent::run([domain] {
        QString error;
        SystemdUser::remove(domain, &error);
        return stateOf(domain, error);
    }));
}

void WatchBox::showState(const Shown& shown)
{
#ifdef Q_OS_LINUX
    m_install->setEnabled(!shown.installed);
    m_remove->setEnabled(shown.installed);
#endif
    QString state = shown.state;
    if (!shown.error.isEmpty())
        state += QLatin1Char('\n') + tr("Could not finish: %1").arg(shown.error);
    if (shown.installed && SystemdUser::needsLinger())
        state += QLatin1Char('\n') + tr("Without a desktop session the schedule runs only while you are logged in; "
                                        "'loginctl enable-linger' lets it run always.");
    m_state->setText(state);
    m_history->setText(shown.history.isEmpty() ? QString() : tr("History:\n%1").arg(shown.history));
    m_history->setVisible(!shown.history.isEmpty());
}

} // namespace mailready::ui
