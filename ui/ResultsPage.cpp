#include "ResultsPage.h"

#include "StatusIndicator.h"
#include "run/CheckRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailready::ui {

enum Column { StatusColumn, CheckColumn, SummaryColumn };

ResultsPage::ResultsPage(CheckRunner* runner, QWidget* parent)
    : QWizardPage(parent), m_runner(runner), m_list(new QTreeWidget(this)), m_details(new QPlainTextEdit(this)),
      m_progress(new QProgressBar(this)), m_overall(new QLabel(this)), m_recheck(new QPushButton(tr("&Re-check"), this))
{
    setTitle(tr("Results"));
    setSubTitle(tr("Each threshold as receivers judge it. Select one to see what was found and how to fix it."));

    m_list->setObjectName(QStringLiteral("results"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Status"), tr("Check"), tr("Summary")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true); // plain text: DNS data is never interpreted as markup
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_overall->setObjectName(QStringLiteral("overall"));
    m_overall->setTextFormat(Qt::PlainText);
    m_recheck->setObjectName(QStringLiteral("recheck"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_overall, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_runner, &CheckRunner::checkStarted, this, &ResultsPage::onStarted);
    connect(m_runner, &CheckRunner::checkFinished, this, &ResultsPage::onFinished);
    connect(m_runner, &CheckRunner::finished, this, &ResultsPage::onRunFinished);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ResultsPage::showDetails);
    connect(m_recheck, &QPushButton::clicked, this, &ResultsPage::recheck);
}

void ResultsPage::initializePage()
{
    recheck();
}

bool ResultsPage::isComplete() const
{
    return !isRunning();
}

bool ResultsPage::isRunning() const
{
    return m_runner->isRunning();
}

QTreeWidgetItem* ResultsPage::rowFor(const QString& id, const QString& title)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(CheckColumn, Qt::UserRole).toString() == id)
            return m_list->topLevelItem(i);
    auto* row = new QTreeWidgetItem(m_list);
    row->setData(CheckColumn, Qt::UserRole, id);
    row->setText(CheckColumn, title);
    return row;
}

void ResultsPage::recheck()
{
    m_results.clear();
    m_list->clear();
    m_details->clear();
    const CheckList checks = makeAllChecks();
    for (const auto& check : checks) {
        QTreeWidgetItem* row = rowFor(check->id(), check->title());
        row->setIcon(StatusColumn, StatusIndicator::iconFor(Status::Skipped));
        row->setText(StatusColumn, tr("Waiting"));
    }
    m_expected = static_cast<int>(checks.size());
    m_done = 0;
    m_progress->setRange(0, m_expected);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m checks"));
    m_overall->setText(tr("Checking…"));
    m_recheck->setEnabled(false);
    m_runner->start(m_request);
    Q_EMIT completeChanged();
}

void ResultsPage::onStarted(int generation, const QString& id)
{
    if (generation != m_runner->generation())
        return;
    QTreeWidgetItem* row = rowFor(id, id);
    row->setText(StatusColumn, tr("Checking…"));
}

void ResultsPage::onFinished(int generation, const CheckResult& result)
{
    if (generation != m_runner->generation())
        return;
    m_results.insert(result.id, result);
    QTreeWidgetItem* row = rowFor(result.id, result.title);
    row->setIcon(StatusColumn, StatusIndicator::iconFor(result.status));
    row->setText(StatusColumn, StatusIndicator::wordFor(result.status));
    row->setText(SummaryColumn, result.summary);
    row->setToolTip(SummaryColumn, result.summary);
    m_progress->setValue(++m_done);
    if (m_list->currentItem() == row || !m_list->currentItem())
        m_list->setCurrentItem(row);
    showDetails();
}

void ResultsPage::onRunFinished(int generation, const Report& report)
{
    if (generation != m_runner->generation())
        return;
    m_report = report;
    const Status overall = report.status();
    m_overall->setText(tr("Overall: %1").arg(StatusIndicator::wordFor(overall)));
    m_recheck->setEnabled(true);
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

void ResultsPage::showDetails()
{
    QTreeWidgetItem* row = m_list->currentItem();
    if (!row) {
        m_details->clear();
        return;
    }
    const QString id = row->data(CheckColumn, Qt::UserRole).toString();
    const auto it = m_results.constFind(id);
    if (it == m_results.constEnd()) {
        m_details->setPlainText(tr("Not finished yet."));
        return;
    }
    const CheckResult& r = it.value();
    QString text = QStringLiteral("%1: %2\n%3\n").arg(r.title, StatusIndicator::wordFor(r.status), r.summary);
    for (const CheckItem& item : r.items)
        text += QStringLiteral("\n  %1  %2%3").arg(StatusIndicator::wordFor(item.status), item.subject,
                                                  item.detail.isEmpty() ? QString() : QStringLiteral(" — ") + item.detail);
    if (!r.findings.isEmpty())
        text += QLatin1Char('\n');
    for (const Finding& f : r.findings) {
        text += QStringLiteral("\n• %1").arg(f.message);
        if (!f.fix.isEmpty())
            text += QStringLiteral("\n  Fix: %1").arg(f.fix);
    }
    if (!r.evidence.isEmpty()) {
        text += tr("\n\nDNS evidence:");
        for (const auto& e : r.evidence) {
            const QJsonObject o = e.toObject();
            QStringList answers;
            for (const auto& a : o.value(QStringLiteral("answers")).toArray())
                answers << a.toString();
            text += QStringLiteral("\n  %1 %2 @%3 → %4 %5 (%6 ms)")
                        .arg(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("type")).toString(),
                             o.value(QStringLiteral("server")).toString(), o.value(QStringLiteral("outcome")).toString(),
                             answers.join(QStringLiteral(", ")))
                        .arg(o.value(QStringLiteral("ms")).toInteger());
        }
    }
    m_details->setPlainText(text);
}

} // namespace mailready::ui
