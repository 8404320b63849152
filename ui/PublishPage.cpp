#include "PublishPage.h"

#include "AddressWarningLabel.h"
#include "RecordView.h"
#include "WizardModel.h"
#include "dns/DnsName.h"

#include "util/OutputFile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailready::ui {

PublishPage::PublishPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent), m_model(model), m_list(new QVBoxLayout), m_empty(new QLabel(this)),
      m_addressWarning(new AddressWarningLabel(this))
{
    setTitle(tr("Publish your records"));
    setSubTitle(tr("Add each record in your DNS provider's panel (paste the value as one string) or in your zone "
                   "file (paste the line). Then continue to verify them."));
    m_empty->setText(tr("Nothing to publish yet: go back and complete the SPF, DKIM and DMARC pages."));
    m_empty->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab moves through the records; the area follows the focus
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_empty);
    innerLayout->addWidget(m_addressWarning);
    innerLayout->addLayout(m_list);
    innerLayout->addStretch();
    scroll->setWidget(inner);

    auto* exportButton = new QPushButton(tr("&Save as zone file…"), this);
    exportButton->setObjectName(QStringLiteral("export-zone"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save zone file"),
                                                          m_model->request().domain + QStringLiteral(".records.zone"),
                                                          tr("Zone files (*.zone *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportZoneFile(path, &error))
            QMessageBox::warning(this, tr("Save zone file"), error);
    });
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    connect(m_model, &WizardModel::recordsChanged, this, &PublishPage::rebuild);
}

void PublishPage::initializePage()
{
    rebuild();
}

void PublishPage::rebuild()
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto records = m_model->records();
    QList<QHostAddress> published; // the addresses the host's A/AAAA records give
    for (const auto& r : records) {
        m_list->addWidget(new RecordView(r, this));
        if (r.type == QLatin1String("A") || r.type == QLatin1String("AAAA"))
            if (const auto a = dns::parseAddress(r.value))
                published << *a;
    }
    m_empty->setVisible(records.isEmpty());
    m_addressWarning->setWarnings(report::addressWarnings(published));
}

QString PublishPage::zoneFileText() const
{
    QString text = tr("; DNS records for %1, composed by MailReady\n").arg(m_model->request().domain);
    for (const auto& r : m_model->records())
        text += QStringLiteral("; %1\n%2\n").arg(r.purpose, r.zoneLine);
    return text;
}

bool PublishPage::exportZoneFile(const QString& path, QString* error) const
{
    // The file dialog asked before an existing file is replaced; a link, folder or device is still refused.
    const OutputFile::Result r = OutputFile::write(path, zoneFileText().toUtf8(), {true, {}});
    if (!r.ok() && error)
        *error = tr("The zone file was not saved: %1.").arg(r.message);
    return r.ok();
}

} // namespace mailready::ui
