#include "StepMap.h"

#include "CheckPage.h"
#include "StatusIndicator.h"
#include "WizardModel.h"

#include <QWizard>

namespace mailready::ui {

namespace {

constexpr int PageIdRole = Qt::UserRole;

// Worst status of a page's checks, or nothing when the page has no checks or none has a result yet.
std::optional<Status> pageStatus(const QWizardPage* page, const WizardModel* model)
{
    const auto* checks = qobject_cast<const CheckPage*>(page);
    if (!checks)
        return std::nullopt;
    std::optional<Status> worst;
    for (const QString& id : checks->ids()) {
        const CheckResult* r = model->result(id);
        if (!r || r->status == Status::Skipped)
            continue;
        worst = worst ? mailready::worse(*worst, r->status) : r->status;
    }
    return worst;
}

} // namespace

StepMap::StepMap(QWizard* wizard, WizardModel* model) : QListWidget(wizard), m_wizard(wizard), m_model(model)
{
    setObjectName(QStringLiteral("step-map"));
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("Every step of the setup with the status of its checks; activate one to go there."));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(16, 16));
    connect(this, &QListWidget::itemActivated, this, &StepMap::onActivated);
    connect(this, &QListWidget::itemClicked, this, &StepMap::onActivated);
    connect(wizard, &QWizard::currentIdChanged, this, &StepMap::refresh);
    connect(model, &WizardModel::resultChanged, this, &StepMap::refresh);
    connect(model, &WizardModel::runningChanged, this, &StepMap::refresh);
    rebuild();
}

QSize StepMap::sizeHint() const
{
    QFont bold = font(); // the current step is shown in bold, the widest form of each name
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, metrics.horizontalAdvance(item(i)->text()));
    return QSize(qMin(width + iconSize().width() + 4 * metrics.averageCharWidth() + 2 * frameWidth() + 16, 240),
                 QListWidget::sizeHint().height());
}

void StepMap::rebuild()
{
    clear();
    for (int id : m_wizard->pageIds()) {
        QWizardPage* page = m_wizard->page(id);
        auto* item = new QListWidgetItem(
            page->property("stepName").toString().isEmpty() ? page->title() : page->property("stepName").toString(),
            this);
        item->setData(PageIdRole, id);
    }
    // Every step's name whole: the wizard gives its side widget no more than the minimum width.
    setMinimumWidth(sizeHint().width());
    refresh();
}

void StepMap::refresh()
{
    const QList<int> visited = m_wizard->visitedIds();
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const int id = it->data(PageIdRole).toInt();
        const std::optional<Status> status = pageStatus(m_wizard->page(id), m_model);
        const bool running = status && m_model->isRunning() && id == m_wizard->currentId();
        it->setIcon(status ? StatusIndicator::iconFor(*status) : QIcon());
        QString spoken = it->text();
        if (running)
            spoken = tr("%1: checking").arg(it->text());
        else if (status)
            spoken = tr("%1: %2").arg(it->text(), StatusIndicator::wordFor(*status));
        if (id == m_wizard->currentId())
            spoken = tr("%1 (current step)").arg(spoken);
        it->setData(Qt::AccessibleTextRole, spoken);
        it->setToolTip(spoken);
        QFont f = font();
        f.setBold(id == m_wizard->currentId());
        it->setFont(f);
        // A step not reached yet is shown dimmed; it can still be activated (the pages in between decide).
        it->setForeground(visited.contains(id) || id == m_wizard->currentId() ? palette().text()
                                                                              : palette().placeholderText());
        if (id == m_wizard->currentId())
            setCurrentItem(it);
    }
}

void StepMap::onActivated(QListWidgetItem* item)
{
    if (item)
        goToPage(m_wizard, item->data(PageIdRole).toInt());
}

bool StepMap::goToPage(QWizard* wizard, int pageId)
{
    if (wizard->visitedIds().contains(pageId) && pageId != wizard->currentId()) {
        while (wizard->currentId() != pageId && wizard->currentId() != wizard->startId())
            wizard->back();
        return wizard->currentId() == pageId;
    }
    // Forward: Next, page by page, while the page shown lets the user go on.
    while (wizard->currentId() != pageId) {
        const int before = wizard->currentId();
        if (!wizard->currentPage() || !wizard->currentPage()->isComplete())
            break;
        wizard->next();
        if (wizard->currentId() == before)
            break;
    }
    return wizard->currentId() == pageId;
}

} // namespace mailready::ui
