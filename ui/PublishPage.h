#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace mailready::ui {

class AddressWarningLabel;
class WizardModel;

// Every record to add, each with copy buttons in web-panel and zone-file form, and a zone-file export.
class PublishPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishPage(WizardModel* model, QWidget* parent = nullptr);
    void initializePage() override;

    // The records as a zone-file fragment (with $ORIGIN-free absolute names), for the export.
    QString zoneFileText() const;
    bool exportZoneFile(const QString& path, QString* error) const;

private:
    void rebuild();

    WizardModel* m_model;
    QVBoxLayout* m_list;
    QLabel* m_empty;
    AddressWarningLabel* m_addressWarning;
};

} // namespace mailready::ui
