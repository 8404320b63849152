#include "DkimPage.h"

#include "RecordView.h"
#include "Settings.h"
#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/SignerConfig.h"
#include "crypto/KeyFile.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailready::ui {

using namespace mailready::checks::dkim;

// What the key-making task hands back to the page: never the private key, only what became of it.
DkimPage::DkimPage(WizardModel* model, QWidget* parent)
    : CheckPage(model, {checkid::Dkim}, parent), m_generateMode(new QRadioButton(tr("&Generate a new key"))),
      m_importMode(new QRadioButton(tr("I&mport an existing private key file"))), m_selector(new QLineEdit),
      m_generateBox(new QWidget), m_algorithm(new QComboBox), m_algorithmNote(new QLabel), m_directory(new QLineEdit),
      m_browseDirectory(new QPushButton(tr("Bro&wse…"))), m_generate(new QPushButton(tr("Generate ke&y"))),
      m_cancel(new QPushButton(tr("St&op"))), m_busyBar(new QProgressBar), m_importBox(new QWidget),
      m_keyFile(new QLineEdit), m_browseKey(new QPushButton(tr("Choo&se file…"))),
      m_import(new QPushButton(tr("&Use this key"))), m_message(new QLabel),
      m_useExisting(new QPushButton(tr("Use the existing &file instead"))), m_resultBox(new QWidget),
      m_keyInfo(new QLabel), m_recordHolder(new QWidget), m_publishNote(new QLabel), m_signers(new QTabWidget)
{
    setObjectName(QStringLiteral("dkim-page"));
    setTitle(tr("DKIM"));
    setSubTitle(tr("Your server signs each message with a private key; receivers check the signature with the "
                   "public key you publish in DNS."));
    setLiveRecheck(true);

    m_generateMode->setObjectName(QStringLiteral("mode-generate"));
    m_importMode->setObjectName(QStringLiteral("mode-import"));
    m_generateMode->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_generateMode);
    modes->addButton(m_importMode);

    m_selector->setObjectName(QStringLiteral("selector"));
    m_selector->setText(suggestSelector(QDate::currentDate()));
    m_selector->setToolTip(tr("The name the key is published under (s= in signatures). A new name for every new "
                              "key lets the old one stay published until no mail signed with it is underway."));
    auto* selectorLabel = new QLabel(tr("Se&lector:"));
    selectorLabel->setBuddy(m_selector);

    // Generating a new key.
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithm->addItem(tr("RSA 2048 bits (recommended)"), int(crypto::KeyAlgorithm::Rsa2048));
    m_algorithm->addItem(tr("RSA 3072 bits"), int(crypto::KeyAlgorithm::Rsa3072));
    m_algorithm->addItem(tr("RSA 4096 bits"), int(crypto::KeyAlgorithm::Rsa4096));
    m_algorithm->addItem(tr("Ed25519 (in addition to RSA)"), int(crypto::KeyAlgorithm::Ed25519));
    auto* algorithmLabel = new QLabel(tr("Algori&thm:"));
    algorithmLabel->setBuddy(m_algorithm);
    m_algorithmNote->setObjectName(QStringLiteral("algorithm-note"));
    m_algorithmNote->setTextFormat(Qt::PlainText);
    m_algorithmNote->setWordWrap(true);
    m_directory->setObjectName(QStringLiteral("key-directory"));
    m_directory->setText(defaultKeyDirectory());
    auto* directoryLabel = new QLabel(tr("Save key &in:"));
    directoryLabel->setBuddy(m_directory);
    m_browseDirectory->setObjectName(QStringLiteral("browse-directory"));
    m_generate->setObjectName(QStringLiteral("generate"));
    m_cancel->setObjectName(QStringLiteral("cancel-generation"));
    m_cancel->setToolTip(tr("Stop waiting for the key. A key already saved is kept; nothing else is removed."));
    m_cancel->setVisible(false);
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    {
        auto* form = new QFormLayout(m_generateBox);
        form->setContentsMargins(0, 0, 0, 0);
        form->addRow(algorithmLabel, m_algorithm);
        form->addRow(m_algorithmNote);
        auto* dirRow = new QHBoxLayout;
        dirRow->addWidget(m_directory, 1);
        dirRow->addWidget(m_browseDirectory);
        form->addRow(directoryLabel, dirRow);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_generate);
        buttons->addWidget(m_busyBar, 1);
        buttons->addWidget(m_cancel);
        buttons->addStretch();
        form->addRow(QString(), buttons);
    }

    // Importing an existing key.
    m_keyFile->setObjectName(QStringLiteral("key-file"));
    m_keyFile->setPlaceholderText(tr("/etc/opendkim/keys/example.com/2026a.private"));
    auto* keyFileLabel = new QLabel(tr("Private key fil&e:"));
    keyFileLabel->setBuddy(m_keyFile);
    m_browseKey->setObjectName(QStringLiteral("browse-key"));
    m_import->setObjectName(QStringLiteral("import"));
    {
        auto* form = new QFormLayout(m_importBox);
        form->setContentsMargins(0, 0, 0, 0);
        auto* row = new QHBoxLayout;
        row->addWidget(m_keyFile, 1);
        row->addWidget(m_browseKey);
        form->addRow(keyFileLabel, row);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_import);
        buttons->addStretch();
        form->addRow(QString(), buttons);
    }

    m_message->setObjectName(QStringLiteral("key-message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_useExisting->setObjectName(QStringLiteral("use-existing"));
    m_useExisting->setVisible(false);

    // The key in use: its record, and the signer configuration.
    m_resultBox->setObjectName(QStringLiteral("key-result"));
    m_keyInfo->setObjectName(QStringLiteral("key-info"));
    m_keyInfo->setTextFormat(Qt::PlainText);
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordHolder->setObjectName(QStringLiteral("dkim-record"));
    new QVBoxLayout(m_recordHolder);
    m_recordHolder->layout()->setContentsMargins(0, 0, 0, 0);
    m_publishNote->setObjectName(QStringLiteral("publish-note"));
    m_publishNote->setTextFormat(Qt::PlainText);
    m_publishNote->setWordWrap(true);
    m_signers->setObjectName(QStringLiteral("signer-config"));
    {
        auto* layout = new QVBoxLayout(m_resultBox);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_keyInfo);
        layout->addWidget(m_recordHolder);
        layout->addWidget(m_publishNote);
        auto* signerLabel = new QLabel(tr("Tell your mail server to sign with the key. The snippets name the key "
                                          "file where it is now: if you copy it to the mail server, change the "
                                          "path to where it lives there, and keep it readable by the signer only."));
        signerLabel->setWordWrap(true);
        layout->addWidget(signerLabel);
        layout->addWidget(m_signers);
    }
    m_resultBox->setVisible(false);

    auto* keyGroup = new QGroupBox(tr("Signing key"));
    auto* keyLayout = new QVBoxLayout(keyGroup);
    keyLayout->addWidget(m_generateMode);
    keyLayout->addWidget(m_importMode);
    auto* selectorRow = new QFormLayout;
    selectorRow->addRow(selectorLabel, m_selector);
    keyLayout->addLayout(selectorRow);
    keyLayout->addWidget(m_generateBox);
    keyLayout->addWidget(m_importBox);
    keyLayout->addWidget(m_message);
    auto* existingRow = new QHBoxLayout;
    existingRow->addWidget(m_useExisting);
    existingRow->addStretch();
    keyLayout->addLayout(existingRow);
    topLayout()->addWidget(keyGroup);
    topLayout()->addWidget(m_resultBox);

    setTabOrder(m_generateMode, m_importMode);
    setTabOrder(m_importMode, m_selector);
    setTabOrder(m_selector, m_algorithm);
    setTabOrder(m_algorithm, m_directory);
    setTabOrder(m_directory, m_browseDirectory);
    setTabOrder(m_browseDirectory, m_generate);
    setTabOrder(m_generate, m_cancel);
    setTabOrder(m_cancel, m_keyFile);
    setTabOrder(m_keyFile, m_browseKey);
    setTabOrder(m_browseKey, m_import);
    setTabOrder(m_import, m_useExisting);
    setTabOrder(m_useExisting, m_signers);

    for (QLineEdit* e : {m_selector, m_directory, m_keyFile})
        e->installEventFilter(this);

    connect(m_generateMode, &QRadioButton::toggled, this, &DkimPage::updateMode);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &DkimPage::updateAlgorithmNote);
    connect(m_generate, &QPushButton::clicked, this, &DkimPage::generate);
    connect(m_cancel, &QPushButton::clicked, this, &DkimPage::cancelGeneration);
    connect(m_import, &QPushButton::clicked, this, &DkimPage::importKey);
    connect(m_useExisting, &QPushButton::clicked, this, &DkimPage::importExisting);
    connect(m_browseDirectory, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the key in"), m_directory->text());
        if (!dir.isEmpty())
            m_directory->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private key file"), m_keyFile->text(),
                                                          tr("PEM keys (*.pem *.key *.private);;All files (*)"));
        if (!file.isEmpty())
            m_keyFile->setText(QDir::toNativeSeparators(file));
    });
    updateMode();
    updateAlgorithmNote();
}

DkimPage::~DkimPage()
{
    // A key still being made is stopped, and the page waits until its worker has ended: the generation gives up at
    // its next step, and a key that was not yet written never is.
    m_keyWork.join();
}

QString DkimPage::defaultKeyDirectory()
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && QFileInfo(home).isDir())
        return QDir::toNativeSeparators(QDir(home).filePath(QStringLiteral("mailready-keys")));
    return QDir::toNativeSeparators(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("keys")));
}

QString DkimPage::keyFilePath(const QString& directory, const QString& selector)
{
    return QDir(QDir::fromNativeSeparators(directory)).filePath(selector + QStringLiteral(".private.pem"));
}

bool DkimPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in a field does what the field is for, and does not also press the wizard's Next.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_keyFile || (watched == m_selector && m_importMode->isChecked())) {
                importKey();
                return true;
            }
            if ((watched == m_selector || watched == m_directory) && !m_busy) {
                generate();
                return true;
            }
        }
    }
    return CheckPage::eventFilter(watched, event);
}

void DkimPage::updateMode()
{
    const bool gen = m_generateMode->isChecked();
    m_generateBox->setVisible(gen);
    m_importBox->setVisible(!gen);
    m_useExisting->setVisible(gen && !m_existingPath.isEmpty());
}

void DkimPage::updateAlgorithmNote()
{
    const auto algorithm = crypto::KeyAlgorithm(m_algorithm->currentData().toInt());
    QString note;
    switch (algorithm) {
    case crypto::KeyAlgorithm::Rsa2048:
        note = tr("Every receiver verifies it, and the record fits every DNS panel.");
        break;
    case crypto::KeyAlgorithm::Rsa3072:
        note = tr("Stronger; the record is longer, so check that your DNS panel accepts long TXT values.");
        break;
    case crypto::KeyAlgorithm::Rsa4096:
        note = tr("The record is about 750 characters: some DNS panels refuse TXT values that long, and some "
                  "receivers time out on the large answer. Making the key can take several seconds.");
        break;
    case crypto::KeyAlgorithm::Ed25519:
        note = tr("Publish an Ed25519 key beside an RSA key, never instead of one: many receivers still verify only "
                  "RSA signatures, and sign with both keys.");
        break;
    }
    m_algorithmNote->setText(note);
}

std::optional<QString> DkimPage::selectorInput()
{
    const QString selector = m_selector->text().trimmed().toLower();
    if (!isValidSelector(selector)) {
        showMessage(selector.isEmpty()
                        ? tr("Enter a selector, for example %1.").arg(suggestSelector(QDate::currentDate()))
                        : tr("'%1' is not a valid selector: use letters, digits and hyphens, for "
                             "example %2.")
                              .arg(selector, suggestSelector(QDate::currentDate())),
                    true);
        m_selector->setFocus();
        return std::nullopt;
    }
    return selector;
}

void DkimPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    if (problem)
        StatusIndicator::markAsProblem(m_message);
    else
        m_message->setStyleSheet(QString());
    m_message->setVisible(!text.isEmpty());
}

void DkimPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_cancel->setVisible(busy);
    m_generate->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_useExisting->setEnabled(!busy);
    m_algorithm->setEnabled(!busy);
    m_selector->setReadOnly(busy);
    m_directory->setReadOnly(busy);
    if (busy)
        m_cancel->setFocus();
    else if (m_cancel->hasFocus())
        m_generate->setFocus();
}

void DkimPage::generate()
{
    if (m_busy)
        return;
    m_existingPath.clear();
    m_useExisting->setVisible(false);
    const auto selector = selectorInput();
    if (!selector)
        return;
    const QString dir = QDir::fromNativeSeparators(m_directory->text().trimmed());
    if (dir.isEmpty()) {
        showMessage(tr("Choose a folder to save the key in."), true);
        m_directory->setFocus();
        return;
    }
    const bool created = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir)) {
        showMessage(tr("The folder %1 cannot be created. Choose another one.").arg(QDir::toNativeSeparators(dir)),
                    true);
        return;
    }
    if (created) // a folder of our own for keys: private to the user; a folder the user chose is left as it is
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = keyFilePath(dir, *selector);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        m_existingPath = path;
        showMessage(tr("%1 already exists, and an existing key is never overwritten. Use that file as your key, or "
                       "choose another selector (for example %2).")
                        .arg(QDir::toNativeSeparators(path), suggestSelector(QDate::currentDate(), {*selector})),
                    true);
        m_useExisting->setVisible(true);
        return;
    }

    const auto algorithm = crypto::KeyAlgorithm(m_algorithm->currentData().toInt());
    showMessage(algorithm == crypto::KeyAlgorithm::Rsa4096 ? tr("Making the key; an RSA 4096 key can take several "
                                                                "seconds…")
                                                           : tr("Making the key…"),
                false);
    setBusy(true);

    // The result belongs to the page: when the page is gone, it goes nowhere.
    const QString sel = *selector;
    auto make = [algorithm, path, sel](const OwnedWork<Generated>::Run& run) -> Generated {
        Generated g;
        g.path = path;
        g.selector = sel;
        QString error;
        const auto key = crypto::PrivateKey::generate(algorithm, &error, &run.cancelled());
        if (!key) {
            g.cancelledBeforeWrite = run.isCancelled();
            g.error = error;
            return g;
        }
        if (run.isCancelled()) {
            g.cancelledBeforeWrite = true;
            return g;
        }
        g.write = crypto::writeNewFile(path, key->toPkcs8Pem(), 0600, &error);
        g.error = error;
        if (g.write == crypto::WriteResult::Written)
            g.publicKey = key->publicKey();
        return g;
    };
    m_keyWork.start(
        make, [this](const Generated& g) { onGenerated(g); }, [this](const Generated& g) { onStoppedGeneration(g); });
}

void DkimPage::cancelGeneration()
{
    if (!m_busy)
        return;
    m_keyWork.cancel();
    setBusy(false);
    showMessage(tr("Stopped. No key was made."), false);
}

void DkimPage::onStoppedGeneration(const Generated& g)
{
    // The user stopped waiting. A key written in the meantime stays where it is; say so.
    if (g.write == crypto::WriteResult::Written)
        showMessage(tr("The key was already saved when you stopped: it is kept in %1. Import it to use it, or "
                       "delete the file.")
                        .arg(QDir::toNativeSeparators(g.path)),
                    false);
    Q_EMIT generationFinished();
}

void DkimPage::onGenerated(const Generated& g)
{
    setBusy(false);
    if (g.write == crypto::WriteResult::Exists) {
        m_existingPath = g.path;
        showMessage(tr("%1 appeared while the key was being made; it is never overwritten. Use that file as your "
                       "key, or choose another selector.")
                        .arg(QDir::toNativeSeparators(g.path)),
                    true);
        m_useExisting->setVisible(true);
    } else if (g.write != crypto::WriteResult::Written || !g.publicKey) {
        showMessage(tr("The key could not be made: %1").arg(g.error), true);
    } else {
        showMessage(tr("A new key was saved in %1 (readable by you only).").arg(QDir::toNativeSeparators(g.path)),
                    false);
        applyKey(g.path, g.selector, *g.publicKey, true);
    }
    Q_EMIT generationFinished();
}

void DkimPage::importExisting()
{
    if (m_existingPath.isEmpty())
        return;
    m_keyFile->setText(QDir::toNativeSeparators(m_existingPath));
    m_importMode->setChecked(true);
    importKey();
}

void DkimPage::importKey()
{
    if (m_busy)
        return;
    const auto selector = selectorInput();
    if (!selector)
        return;
    const QString path = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    if (path.isEmpty()) {
        showMessage(tr("Enter the path of your private key file."), true);
        m_keyFile->setFocus();
        return;
    }
    QString error;
    const auto key = crypto::PrivateKey::readFile(path, &error);
    if (!key) {
        showMessage(tr("%1 cannot be used as a DKIM key: %2.").arg(QDir::toNativeSeparators(path), error), true);
        return;
    }
    // RFC 8301 3.2: a key under 1024 bits is refused, a short one taken with the warning.
    if (const QString problem = checks::dkim::signingKeyProblem(key->publicKey()); !problem.isEmpty()) {
        showMessage(tr("%1 cannot be used as a DKIM key: %2").arg(QDir::toNativeSeparators(path), problem), true);
        return;
    }
    m_existingPath.clear();
    m_useExisting->setVisible(false);
    const QString warning = checks::dkim::signingKeyWarning(key->publicKey());
    showMessage(warning.isEmpty() ? tr("Using the key in %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("Using the key in %1. %2").arg(QDir::toNativeSeparators(path), warning),
                false);
    applyKey(QFileInfo(path).absoluteFilePath(), *selector, key->publicKey(), true);
}

void DkimPage::applyKey(const QString& path, const QString& selector, const crypto::PublicKey& key, bool runNow)
{
    m_keyPath = path;
    m_selectorInUse = selector;
    m_publicKey = key;
    m_selector->setText(selector);

    CheckRequest r = model()->request();
    r.selectors = {selector};
    r.dkimKeyFile = path;
    model()->setRequest(r);

    // Names only: the selector and where the key file is.
    settings::setValue(Setting::DkimSelector, selector);
    settings::setValue(Setting::DkimKeyPath, path);

    showRecord();
    Q_EMIT keyReady(path);
    if (runNow)
        recheck();
}

void DkimPage::showRecord()
{
    if (!m_publicKey)
        return;
    const QString domain = model()->request().domain;
    const QString record = composeKeyRecord(*m_publicKey);
    report::PublishRecord rec;
    rec.purpose = tr("DKIM key for %1 (selector %2)").arg(domain, m_selectorInUse);
    rec.name = keyRecordName(m_selectorInUse, domain);
    rec.type = QStringLiteral("TXT");
    rec.value = record;
    rec.zoneLine = zoneFileLine(m_selectorInUse, domain, record);
    model()->setRecords(checkid::Dkim, {rec});

    m_keyInfo->setText(tr("Key file: %1\nSelector: %2   (%3, %4 bits)")
                           .arg(QDir::toNativeSeparators(m_keyPath), m_selectorInUse,
                                crypto::keyTypeName(m_publicKey->type()).toUpper())
                           .arg(m_publicKey->bits()));
    QLayoutItem* old;
    while ((old = m_recordHolder->layout()->takeAt(0))) {
        delete old->widget();
        delete old;
    }
    m_recordHolder->layout()->addWidget(new RecordView(rec, m_recordHolder));
    QString note = publishingNote(*m_publicKey);
    if (m_publicKey->type() == crypto::KeyType::Ed25519)
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
               tr("Keep an RSA key published and signing as well: Ed25519 goes beside RSA, never instead of it.");
    m_publishNote->setText(note);
    m_publishNote->setVisible(!note.isEmpty());

    const SignerSetup setup{domain, m_selectorInUse, m_keyPath};
    const struct
    {
        QString name;
        QString id;
        QString text;
    } signers[] = {{tr("Open&DKIM and Postfix"), QStringLiteral("opendkim"), openDkimConfig(setup)},
                   {tr("rs&pamd"), QStringLiteral("rspamd"), rspamdConfig(setup)},
                   {tr("E&xim"), QStringLiteral("exim"), eximConfig(setup)}};
    while (m_signers->count() > 0) {
        QWidget* w = m_signers->widget(0);
        m_signers->removeTab(0);
        delete w;
    }
    for (const auto& s : signers) {
        auto* tab = new QWidget;
        auto* box = new QPlainTextEdit(tab);
        box->setObjectName(QStringLiteral("config-") + s.id);
        box->setReadOnly(true);
        box->setLineWrapMode(QPlainTextEdit::NoWrap);
        box->setPlainText(s.text);
        box->setMinimumHeight(box->fontMetrics().lineSpacing() * 8);
        auto* copy = new QPushButton(tr("&Copy configuration"), tab);
        copy->setObjectName(QStringLiteral("copy-") + s.id);
        const QString text = s.text;
        connect(copy, &QPushButton::clicked, copy, [text] { QGuiApplication::clipboard()->setText(text); });
        auto* layout = new QVBoxLayout(tab);
        layout->addWidget(box);
        auto* row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(copy);
        layout->addLayout(row);
        m_signers->addTab(tab, s.name);
    }
    m_resultBox->setVisible(true);
}

void DkimPage::initializePage()
{
    if (!m_publicKey) {
        // A key chosen before (by the command line or on an earlier visit): show it and its check, no clicks needed.
        const CheckRequest r = model()->request();
        QString path = r.dkimKeyFile;
        QString selector = r.selectors.value(0);
        if (path.isEmpty() || selector.isEmpty()) {
            path = settings::value(Setting::DkimKeyPath);
            selector = settings::value(Setting::DkimSelector);
        }
        if (!path.isEmpty() && isValidSelector(selector) && QFileInfo(path).isFile()) {
            if (const auto key = crypto::PrivateKey::readFile(path)) {
                m_keyFile->setText(QDir::toNativeSeparators(path));
                m_importMode->setChecked(true);
                applyKey(path, selector, key->publicKey(), false);
                showMessage(tr("Using the key in %1 from before. Choose another one below if you like.")
                                .arg(QDir::toNativeSeparators(path)),
                            false);
            }
        }
    } else {
        showRecord(); // the domain may have changed since
    }
    CheckPage::initializePage();
}

} // namespace mailready::ui
