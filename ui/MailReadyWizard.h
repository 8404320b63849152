#pragma once

#include "checks/CheckRequest.h"
#include "run/GlobalOptions.h"

#include <QTimer>
#include <QWizard>

namespace mailready::ui {

class CheckPage;
class PublishPage;
class VerifyPage;
class WelcomePage;
class WizardModel;

// The walk from "I have a mail server" to "all five thresholds green". Pages share one WizardModel.
class MailReadyWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        AddressPageId,
        DeliveryPageId,
        BlocklistPageId,
        DkimPageId,
        SpfPageId,
        DmarcPageId,
        PublishPageId,
        VerifyPageId,
        MessagePageId
    };

    explicit MailReadyWizard(const GlobalOptions& options, QWidget* parent = nullptr);
    ~MailReadyWizard() override;

    // The request the welcome page describes, over the command line's global options.
    CheckRequest requestFromFields() const;
    WizardModel* model() const { return m_model; }

    static QIcon appIcon();
    // The page where the user fixes a threshold ("dnsbl" -> the blocklists, "server" -> how mail leaves, ...).
    static int pageForThreshold(const QString& thresholdKey);
    // The size the window opens at: what the pages are laid out and tested for.
    static QSize defaultSize();
    void showAbout();

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    void restoreSettings();
    void saveSettings() const;

    WizardModel* m_model;
    WelcomePage* m_welcome;
    QTimer m_tabOrder;
};

} // namespace mailready::ui
