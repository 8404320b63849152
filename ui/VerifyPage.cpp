#include "VerifyPage.h"

#include "ChecklistPdf.h"
#include "WizardModel.h"
#include "run/CheckRunner.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailready::ui {

static QStringList allIds()
{
    QStringList ids;
    for (const auto& c : makeAllChecks())
        ids << c->id();
    return ids;
}

VerifyPage::VerifyPage(WizardModel* model, QWidget* parent) : CheckPage(model, allIds(), parent)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Every threshold, checked again. New records are read from your domain's own nameservers, so "
                   "they show as soon as they are published."));
    setLiveRecheck(true);
    auto* exportButton = new QPushButton(tr("E&xport PDF checklist…"), this);
    exportButton->setObjectName(QStringLiteral("export-pdf"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(exportButton);
    topLayout()->addLayout(row);
    connect(exportButton, &QPushButton::clicked, this, &VerifyPage::onExport);
}

bool VerifyPage::exportPdf(const QString& path, QString* error) const
{
    return writeChecklistPdf(model()->report(), model()->records(), path, error);
}

void VerifyPage::onExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF checklist"),
                                                      model()->request().domain + QStringLiteral("-mail-checklist.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export PDF checklist"), error);
}

} // namespace mailready::ui
