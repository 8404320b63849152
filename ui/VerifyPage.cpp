#include "VerifyPage.h"

#include "ChecklistPdf.h"
#include "MailReadyWizard.h"
#include "StatusIndicator.h"
#include "StepMap.h"
#include "WatchBox.h"
#include "WizardModel.h"
#include "checks/CheckRegistry.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailready::ui {

VerifyPage::VerifyPage(WizardModel* model, QWidget* parent) : CheckPage(model, allCheckIds(), parent)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Every threshold, checked again. New records are read from your domain's own nameservers, so "
                   "they show as soon as they are published."));
    setLiveRecheck(true);
    // The five thresholds at a glance, above the details of every check.
    auto* summary = new QGroupBox(tr("The thresholds receivers judge"), this);
    auto* grid = new QGridLayout(summary);
    int line = 0;
    const QList<report::Threshold> all = report::thresholds();
    QHash<QString, QString> titles;
    for (const report::Threshold& t : all)
        titles.insert(t.key, t.title);
    QHash<QString, QString> shownUnder; // rule id -> the title of the threshold whose row shows it
    for (const report::Threshold& t : all) {
        auto* indicator = new StatusIndicator(summary);
        indicator->setObjectName(QStringLiteral("threshold-") + t.key);
        indicator->reserveWidestWord();
        auto* title = new QLabel(t.title, summary);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        // Each rule once, in the row of the first threshold it names, with every threshold it names and a link to
        // where it is published; a later row points up to it instead of repeating it.
        QStringList rules;
        QStringList above;
        for (const checks::ReceiverRule& r : t.rules) {
            if (shownUnder.contains(r.id)) {
                if (!above.contains(shownUnder.value(r.id)))
                    above << shownUnder.value(r.id);
                continue;
            }
            shownUnder.insert(r.id, t.title);
            QStringList names;
            for (const QString& key : r.thresholds)
                names << titles.value(key, key);
            const QString text = r.shownText().toHtmlEscaped();
            rules << (names.size() > 1
                          ? tr("%1 <i>(%2)</i> <a href=\"%3\">Source</a>")
                                .arg(text, names.join(QStringLiteral(", ")).toHtmlEscaped(), r.source.toHtmlEscaped())
                          : tr("%1 <a href=\"%2\">Source</a>").arg(text, r.source.toHtmlEscaped()));
        }
        if (!above.isEmpty())
            rules
                << tr("The rules shown under %1 apply here too.").arg(above.join(QStringLiteral(", ")).toHtmlEscaped());
        auto* who = new QLabel(rules.join(QStringLiteral("<br/>")), summary);
        who->setObjectName(QStringLiteral("required-by-") + t.key);
        who->setTextFormat(Qt::RichText);
        who->setOpenExternalLinks(true);
        who->setWordWrap(true);
        // The page that fixes this threshold, one click (or Tab and Space) away.
        auto* go = new QPushButton(tr("Open"), summary);
        go->setObjectName(QStringLiteral("open-") + t.key);
        go->setAccessibleName(tr("Open the page for %1").arg(t.title));
        go->setToolTip(go->accessibleName());
        const int pageId = MailReadyWizard::pageForThreshold(t.key);
        connect(go, &QPushButton::clicked, this, [this, pageId] { StepMap::goToPage(wizard(), pageId); });
        grid->addWidget(indicator, line, 0);
        grid->addWidget(title, line, 1);
        grid->addWidget(who, line, 2);
        grid->addWidget(go, line, 3, Qt::AlignTop);
        m_thresholds.insert(t.key, indicator);
        ++line;
    }
    grid->setColumnStretch(2, 1);
    topLayout()->addWidget(summary);
    connect(model, &WizardModel::resultChanged, this, &VerifyPage::updateThresholds);
    connect(model, &WizardModel::runningChanged, this, &VerifyPage::updateThresholds);
    updateThresholds();

    auto* exportButton = new QPushButton(tr("E&xport PDF checklist…"), this);
    exportButton->setObjectName(QStringLiteral("export-pdf"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(exportButton);
    topLayout()->addLayout(row);
    connect(exportButton, &QPushButton::clicked, this, &VerifyPage::onExport);
    topLayout()->addWidget(new WatchBox(model, this));
}

void VerifyPage::updateThresholds()
{
    const Report report = model()->report();
    for (const report::Threshold& t : report::thresholds()) {
        StatusIndicator* indicator = m_thresholds.value(t.key);
        if (model()->isRunning())
            indicator->setRunning();
        else
            indicator->setStatus(report::thresholdStatus(t, report));
    }
}

bool VerifyPage::exportPdf(const QString& path, QString* error) const
{
    const auto& message = model()->messageVerdict();
    return writeChecklistPdf(model()->report(), model()->records(), path, error, message ? &*message : nullptr);
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
