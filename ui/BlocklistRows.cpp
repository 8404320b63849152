#include "BlocklistRows.h"

#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/dnsbl/DnsblCheck.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace mailready::ui {

namespace {

int urgency(Status s)
{
    switch (s) {
    case Status::Fail:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Unknown:
        return 2;
    case Status::Pass:
        return 3;
    case Status::Skipped:
        return 4;
    }
    return 5;
}

QLabel* plain(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // a list's TXT answer is shown as the characters it is, never as markup
    l->setText(text);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

BlocklistRows::BlocklistRows(WizardModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_grid(new QGridLayout(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("blocklist-rows"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(2, 1);
    m_empty->setObjectName(QStringLiteral("blocklist-rows-empty"));
    m_empty->setWordWrap(true);
    connect(model, &WizardModel::resultChanged, this, [this](const QString& id) {
        if (id == checkid::Dnsbl)
            refresh();
    });
    refresh();
}

void BlocklistRows::clearRows()
{
    m_grid->removeWidget(m_empty);
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
}

void BlocklistRows::refresh()
{
    clearRows();
    const CheckResult* result = m_model->result(checkid::Dnsbl);
    const auto* details = result ? result->detailsAs<checks::DnsblDetails>() : nullptr;
    if (!details || details->rows.isEmpty()) {
        m_empty->setText(result ? tr("No list was asked about.") : tr("The lists have not been checked yet."));
        m_grid->addWidget(m_empty, 0, 0, 1, 4);
        m_empty->show();
        return;
    }
    m_empty->hide();
    QList<checks::DnsblRow> rows = details->rows;
    std::stable_sort(rows.begin(), rows.end(), [](const checks::DnsblRow& a, const checks::DnsblRow& b) {
        return urgency(a.status) < urgency(b.status);
    });
    for (const checks::DnsblRow& row : std::as_const(rows)) {
        const int line = m_rows++;
        auto* status = new StatusIndicator(this);
        status->setStatus(row.status);
        status->setObjectName(QStringLiteral("dnsbl-status-%1").arg(line));
        auto* list = plain(row.subject.isEmpty() ? row.list : tr("%1\n%2").arg(row.list, row.subject), this);
        list->setObjectName(QStringLiteral("dnsbl-list-%1").arg(line));
        QFont bold = list->font();
        bold.setBold(row.status == Status::Fail || row.status == Status::Warn);
        list->setFont(bold);
        QString what = row.reason;
        if (row.why == checks::DnsblUnknownWhy::None)
            what = row.codes.isEmpty() ? tr("Not listed.")
                                       : tr("%1: %2").arg(row.codes.join(QStringLiteral(", ")), row.meaning);
        if (!row.txt.isEmpty() && !what.contains(row.txt))
            what += QLatin1Char('\n') + tr("The list says: %1").arg(row.txt);
        auto* meaning = plain(what, this);
        meaning->setObjectName(QStringLiteral("dnsbl-meaning-%1").arg(line));
        m_grid->addWidget(status, line, 0, Qt::AlignTop);
        m_grid->addWidget(list, line, 1, Qt::AlignTop);
        m_grid->addWidget(meaning, line, 2, Qt::AlignTop);
        // Only the catalog's own address becomes a button; it names where it leads.
        if (!row.delist.isEmpty()) {
            const bool listed = row.status == Status::Fail || row.status == Status::Warn;
            auto* open = new QPushButton(listed ? tr("Removal page") : tr("Lookup page"), this);
            open->setObjectName(QStringLiteral("dnsbl-open-%1").arg(line));
            open->setProperty("url", row.delist);
            open->setToolTip(row.delist);
            open->setAccessibleName(listed ? tr("Open the removal page of %1").arg(row.list)
                                           : tr("Open the lookup page of %1").arg(row.list));
            const QUrl url(row.delist);
            connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            m_grid->addWidget(open, line, 3, Qt::AlignTop);
        }
        status->setAccessibleName(tr("%1: %2").arg(StatusIndicator::wordFor(row.status), row.list));
    }
}

} // namespace mailready::ui
