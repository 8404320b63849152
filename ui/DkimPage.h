#pragma once

#include "CheckPage.h"
#include "crypto/DkimKey.h"
#include "crypto/KeyFile.h"
#include "util/OwnedWork.h"

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QWidget;

namespace mailready::ui {

// DKIM: make a new signing key (off the GUI thread, cancellable) or take an existing one, then show the key record to
// publish, the signer configuration, and the check of the published record against the key. Only the key file's
// path is ever shown or stored; the private key itself stays in its file.
class DkimPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit DkimPage(WizardModel* model, QWidget* parent = nullptr);
    ~DkimPage() override;

    void initializePage() override;
    bool isBusy() const { return m_busy; }
    QString keyPath() const { return m_keyPath; }

    // The path a new key with `selector` is written to in `directory`.
    static QString keyFilePath(const QString& directory, const QString& selector);
    // Where new keys go unless the user picks another folder.
    static QString defaultKeyDirectory();

Q_SIGNALS:
    void keyReady(const QString& path);
    void generationFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Generated
    {
        crypto::WriteResult write = crypto::WriteResult::Failed;
        bool cancelledBeforeWrite = false;
        QString path;
        QString selector;
        QString error;
        std::optional<crypto::PublicKey> publicKey;
    };
    void updateMode();
    void updateAlgorithmNote();
    void generate();
    void cancelGeneration();
    void onGenerated(const Generated& result);
    void onStoppedGeneration(const Generated& result);
    void importKey();
    void importExisting();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool problem);
    // Takes a key that now exists at `path`: updates the request, the settings, the record and the snippets.
    void applyKey(const QString& path, const QString& selector, const crypto::PublicKey& key, bool runNow);
    void showRecord();
    std::optional<QString> selectorInput();

    QRadioButton* m_generateMode;
    QRadioButton* m_importMode;
    QLineEdit* m_selector;
    QWidget* m_generateBox;
    QComboBox* m_algorithm;
    QLabel* m_algorithmNote;
    QLineEdit* m_directory;
    QPushButton* m_browseDirectory;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    QProgressBar* m_busyBar;
    QWidget* m_importBox;
    QLineEdit* m_keyFile;
    QPushButton* m_browseKey;
    QPushButton* m_import;
    QLabel* m_message;
    QPushButton* m_useExisting;
    QWidget* m_resultBox;
    QLabel* m_keyInfo;
    QWidget* m_recordHolder;
    QLabel* m_publishNote;
    QTabWidget* m_signers;

    bool m_busy = false;
    QString m_existingPath; // a key file found where a new one was to go
    QString m_keyPath;
    QString m_selectorInUse;
    std::optional<crypto::PublicKey> m_publicKey;
    // Key generation; last, so a key still being made is stopped and waited for before the rest goes.
    OwnedWork<Generated> m_keyWork{this};
};

} // namespace mailready::ui
