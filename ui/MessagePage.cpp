#include "MessagePage.h"

#include "CheckPanel.h"
#include "MailReadyWizard.h"
#include "StepMap.h"
#include "VerdictBanner.h"
#include "WizardModel.h"
#include "bounce/BounceCatalog.h"
#include "bounce/BounceReader.h"
#include "checks/CheckIds.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailready::ui {

namespace {

QLabel* wrappingLabel(const QString& text, QWidget* parent, const QString& name)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

// Where to find a message's source, per mail service. Checked on 2026-12-02 against the guides linked on the page
// (the services' own help pages could not be read from here).
QString howToText()
{
    return MessagePage::tr("1. From your mail server, send a test message to an address you own at another provider.\n"
                           "2. Open it there and copy its source, all of it:\n"
                           "   Gmail: the ⋮ (More) menu of the message, then “Show original”, then “Copy to "
                           "clipboard” (or “Download original”).\n"
                           "   Outlook.com: the … (More actions) menu of the message, then “View”, then “View message "
                           "source”.\n"
                           "   Thunderbird: select the message, then View → Message Source (Ctrl+U).\n"
                           "3. Paste it below, open the saved .eml file, or drop the file on this page.");
}

QString sourcesHtml()
{
    const QList<std::pair<QString, QString>> sources = {
        {QStringLiteral("Gmail"),
         QStringLiteral("https://support.cloudhq.net/how-to-get-full-email-headers-in-gmail-show-original/")},
        {QStringLiteral("Outlook.com"), QStringLiteral("https://www.lifewire.com/access-email-source-outlook-1170654")},
        {QStringLiteral("Thunderbird"),
         QStringLiteral("https://www.lifewire.com/view-full-message-headers-thunderbird-1173106")}};
    QStringList links;
    for (const auto& [name, url] : sources)
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), name.toHtmlEscaped());
    return MessagePage::tr("Steps checked on 2 December 2026 against: %1").arg(links.join(QStringLiteral(", ")));
}

} // namespace

MessagePage::MessagePage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent), m_model(model), m_input(new QPlainTextEdit(this)), m_check(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_banner(new VerdictBanner(this))
{
    setObjectName(QStringLiteral("message-page"));
    setTitle(tr("Test with a real message"));
    setSubTitle(tr("DNS is half the story. Send a test message and see every threshold as the receiver saw it: the "
                   "address your server connected from, the name it gave, and whether the message was signed."));
    setAcceptDrops(true);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new QWidget(scroll);
    auto* content = new QVBoxLayout(inner);
    content->addWidget(wrappingLabel(howToText(), inner, QStringLiteral("message-how-to")));
    auto* sources = new QLabel(sourcesHtml(), inner);
    sources->setObjectName(QStringLiteral("message-sources"));
    sources->setTextFormat(Qt::RichText);
    sources->setOpenExternalLinks(true);
    sources->setWordWrap(true);
    content->addWidget(sources);

    m_input->setObjectName(QStringLiteral("message-input"));
    m_input->setPlaceholderText(tr("Paste the message source here (it starts with lines such as “Received: "
                                   "from …”)."));
    m_input->setAccessibleName(tr("Message source"));
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(110);
    m_input->setMaximumHeight(160);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    content->addWidget(m_input);

    auto* buttons = new QHBoxLayout;
    auto* paste = new QPushButton(tr("&Paste"), inner);
    paste->setObjectName(QStringLiteral("message-paste"));
    auto* open = new QPushButton(tr("&Open file…"), inner);
    open->setObjectName(QStringLiteral("message-open"));
    m_check->setText(tr("&Check this message"));
    m_check->setObjectName(QStringLiteral("message-check"));
    m_check->setEnabled(false);
    m_progress->setRange(0, 0); // busy: a message's lookups run at once, there is no count to show
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    buttons->addWidget(paste);
    buttons->addWidget(open);
    buttons->addWidget(m_check);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    content->addLayout(buttons);
    m_inputProblem = wrappingLabel({}, inner, QStringLiteral("message-input-problem"));
    m_inputProblem->hide();
    content->addWidget(m_inputProblem);

    m_connection = wrappingLabel({}, inner, QStringLiteral("message-connection"));
    m_connection->hide();
    content->addWidget(m_connection);
    // What a passing verdict means (and does not), right under the connection, above the cards.
    m_note = wrappingLabel({}, inner, QStringLiteral("message-note"));
    m_note->hide();
    content->addWidget(m_note);
    m_panel = new CheckPanel(inner);
    content->addWidget(m_panel);
    content->addWidget(makeRejectionBox(inner));
    content->addStretch();
    scroll->setWidget(inner);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(paste, &QPushButton::clicked, this, &MessagePage::paste);
    connect(open, &QPushButton::clicked, this, &MessagePage::openFile);
    connect(m_check, &QPushButton::clicked, this, [this] { judge(m_input->toPlainText().toUtf8()); });
    connect(m_input, &QPlainTextEdit::textChanged, this,
            [this] { m_check->setEnabled(!m_work.isRunning() && !m_input->toPlainText().trimmed().isEmpty()); });
}

// "Paste a rejection you got": a bounce or a rejection line, explained from the catalog of receivers' texts.
QWidget* MessagePage::makeRejectionBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Paste a rejection you got"), parent);
    box->setObjectName(QStringLiteral("rejection-box"));
    auto* layout = new QVBoxLayout(box);
    m_rejection = new QPlainTextEdit(box);
    m_rejection->setObjectName(QStringLiteral("rejection-input"));
    m_rejection->setPlaceholderText(tr("A bounce message, or the line with the rejection (“550 5.7.1 …”)."));
    m_rejection->setAccessibleName(tr("Rejection or bounce"));
    m_rejection->setTabChangesFocus(true);
    m_rejection->setMaximumHeight(90);
    auto* explain = new QPushButton(tr("&Explain"), box);
    explain->setObjectName(QStringLiteral("rejection-explain"));
    m_explanation = wrappingLabel({}, box, QStringLiteral("rejection-explanation"));
    m_explanation->hide();
    m_openFix = new QPushButton(tr("Open the page that fixes it"), box);
    m_openFix->setObjectName(QStringLiteral("rejection-open"));
    m_openFix->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(explain);
    row->addWidget(m_openFix);
    row->addStretch();
    layout->addWidget(m_rejection);
    layout->addLayout(row);
    layout->addWidget(m_explanation);
    connect(explain, &QPushButton::clicked, this, [this] { explainRejection(m_rejection->toPlainText()); });
    connect(m_openFix, &QPushButton::clicked, this, [this] { StepMap::goToPage(wizard(), m_fixPage); });
    return box;
}

// The wizard page for a rejection's threshold: the rDNS page judges PTR and EHLO; reputation, TLS and others have none.
static int pageForRejection(const QString& threshold)
{
    if (threshold == checkid::Ptr || threshold == checkid::Ehlo)
        return MailReadyWizard::pageForThreshold(QStringLiteral("rdns"));
    if (threshold == checkid::Dnsbl || threshold == checkid::Spf || threshold == checkid::Dkim ||
        threshold == checkid::Dmarc)
        return MailReadyWizard::pageForThreshold(threshold);
    return -1;
}

void MessagePage::explainRejection(const QString& text)
{
    QString error;
    const auto read = bounce::readBounce(text.toUtf8(), &error);
    QStringList lines;
    m_fixPage = -1;
    if (!read) {
        lines << error;
    } else if (read->rejections.isEmpty()) {
        lines << tr("No SMTP rejection was found in this text (a reply such as “550 5.7.1 …”).");
    } else {
        const bounce::Explanation explained = bounce::explain(*read);
        for (const bounce::Explained& e : explained.items) {
            const QString code = e.rejection.code();
            if (!e.entry) {
                lines << tr("%1: not a rejection MailReady knows, so no threshold is guessed. Its text: %2")
                             .arg(code, e.rejection.text);
                continue;
            }
            lines << tr("%1 from %2, about %3: %4")
                         .arg(code, e.entry->receiver, e.entry->threshold, e.entry->shownMeaning());
            lines << tr("Fix: %1").arg(e.entry->shownFix());
            lines << (e.entry->checked.isEmpty()
                          ? tr("Source: %1 (not confirmed there: %2)").arg(e.entry->source, e.entry->unverified)
                          : tr("Source: %1 (checked %2)").arg(e.entry->source, e.entry->checked));
            if (m_fixPage < 0)
                m_fixPage = pageForRejection(e.entry->threshold);
        }
    }
    m_explanation->setText(lines.join(QLatin1Char('\n')));
    m_explanation->show();
    m_openFix->setVisible(m_fixPage >= 0 && wizard());
    Q_EMIT contentChanged();
}

QString MessagePage::rejectionText() const
{
    return m_explanation->text();
}

QString MessagePage::verdictText() const
{
    return m_banner->text();
}

void MessagePage::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_inputProblem->setText(tr("The clipboard holds no text. Copy the message's source first."));
        m_inputProblem->show();
        return;
    }
    m_input->setPlainText(text);
    judge(text.toUtf8());
}

void MessagePage::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a message"), {}, tr("Messages (*.eml *.txt *.msg);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void MessagePage::loadFile(const QString& path)
{
    // Off the GUI thread: a message may be tens of MiB, on a slow or network disk. Only a regular file is read; a
    // pipe or a device could block the read for good.
    const qsizetype limit = mail::Limits().maxBytes;
    m_inputProblem->hide();
    setJudging(true);
    m_reading.start(
        [path, limit](const OwnedWork<FileRead>::Run&) {
            FileRead r;
            if (!QFileInfo(path).isFile()) {
                r.error = QFileInfo::exists(path) ? tr("it is not a file") : tr("there is no such file");
                return r;
            }
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                r.bytes = file.read(limit + 1);
            else
                r.error = file.errorString();
            return r;
        },
        [this, path](const FileRead& r) {
            setJudging(false);
            if (!r.error.isEmpty()) {
                m_inputProblem->setText(tr("%1 cannot be read: %2").arg(path, r.error));
                m_inputProblem->show();
                return;
            }
            m_input->setPlainText(QString::fromUtf8(r.bytes.left(200000)));
            judge(r.bytes);
        });
}

void MessagePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MessagePage::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        loadFile(mime->urls().first().toLocalFile());
    } else if (mime->hasText()) {
        m_input->setPlainText(mime->text());
        judge(mime->text().toUtf8());
    }
    event->acceptProposedAction();
}

void MessagePage::judge(const QByteArray& message)
{
    const mail::Limits limits;
    QString problem;
    if (message.size() > limits.maxBytes)
        problem = tr("This is larger than %1 MiB: not one message.").arg(limits.maxBytes >> 20);
    else if (!mail::looksLikeMessage(message))
        problem = tr("This is not a message's source: it should start with header lines such as “Received: "
                     "from …” or “From: …”. Copy the whole original, not the shown text.");
    m_inputProblem->setText(problem);
    m_inputProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    // The resolver and blocklists the wizard's checks use (the welcome page's settings once given).
    const CheckRequest request = m_model->request();
    const dns::ResolverConfig config =
        request.domain.isEmpty() ? m_model->options().resolverConfig() : request.resolver;
    receiver::MessageOptions options;
    options.blocklists = receiver::BlocklistChoice::fromRequest(request);
    setJudging(true);
    m_work.start(
        [message, config, options](const OwnedWork<receiver::MessageVerdict>::Run&) {
            dns::LdnsResolver resolver(config);
            return receiver::MessageCheck::judge(receiver::MessageCheck::gather(resolver, message, options));
        },
        [this](const receiver::MessageVerdict& verdict) {
            setJudging(false);
            showVerdict(verdict);
        });
}

void MessagePage::setJudging(bool judging)
{
    m_progress->setVisible(judging);
    m_check->setEnabled(!judging && !m_input->toPlainText().trimmed().isEmpty());
    if (judging)
        m_banner->showResults({}, true);
}

void MessagePage::showVerdict(const receiver::MessageVerdict& v)
{
    m_verdict = v;
    m_model->setMessageVerdict(v);
    m_banner->showResults(v.checks);
    QString connection;
    if (v.connection) {
        const receiver::Connection& c = *v.connection;
        connection = tr("%1 received it from %2")
                         .arg(c.receiver.isEmpty() ? tr("The receiver") : c.receiver, dns::addressText(c.ip));
        if (!c.helo.isEmpty())
            connection += tr(", which introduced itself as %1").arg(c.helo);
        connection += c.tls.isEmpty() ? tr(", without TLS.") : tr(", over %1.").arg(c.tls);
    } else {
        connection = tr("The receiver's own Received: line was not found, so the connection is not known.");
    }
    if (!v.fromDomain.isEmpty())
        connection = tr("From %1. ").arg(v.fromDomain) + connection;
    for (const QString& p : v.problems)
        connection += QLatin1Char('\n') + p;
    m_connection->setText(connection);
    m_connection->show();
    m_panel->showResults(v.checks);
    m_note->setText(v.note);
    m_note->setVisible(!v.note.isEmpty());
    Q_EMIT contentChanged();
}

} // namespace mailready::ui
