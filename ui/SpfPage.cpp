#include "SpfPage.h"

#include "AddressWarningLabel.h"
#include "RecordView.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/spf/SpfCheck.h"
#include "checks/spf/SpfComposer.h"
#include "checks/spf/SpfRecord.h"
#include "dns/DnsName.h"
#include "report/RecordComposer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailready::ui {

static QPlainTextEdit* readOnlyText(const QString& objectName, int lines, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

SpfPage::SpfPage(WizardModel* model, QWidget* parent)
    : CheckPage(model, {checkid::Spf}, parent), m_published(readOnlyText(QStringLiteral("published-record"), 2, this)),
      m_tree(readOnlyText(QStringLiteral("evaluation-tree"), 7, this)),
      m_replace(new QCheckBox(tr("Replace the published record with a ne&w one"), this)),
      m_mx(new QCheckBox(tr("The domain's &MX hosts send mail too (mx)"), this)),
      m_a(new QCheckBox(tr("The domain name's own a&ddress sends mail too (a)"), this)), m_include(new QLineEdit(this)),
      m_includeProblem(new QLabel(this)), m_all(new QComboBox(this)), m_note(new QLabel(this)),
      m_addressWarning(new AddressWarningLabel(this)), m_recordsBox(new QWidget(this))
{
    setTitle(tr("SPF"));
    setSubTitle(tr("An SPF record lists the addresses allowed to send mail for your domain."));
    setLiveRecheck(true);

    auto* current = new QGroupBox(tr("What is published now"), this);
    auto* currentLayout = new QFormLayout(current);
    currentLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* publishedLabel = new QLabel(tr("Publis&hed record:"), current);
    publishedLabel->setBuddy(m_published);
    currentLayout->addRow(publishedLabel, m_published);
    auto* treeLabel = new QLabel(tr("&Evaluation:"), current);
    treeLabel->setBuddy(m_tree);
    currentLayout->addRow(treeLabel, m_tree);

    auto* choices = new QGroupBox(tr("Who sends mail for the domain"), this);
    auto* choicesLayout = new QFormLayout(choices);
    choicesLayout->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow window puts labels above their fields
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->setVisible(false);
    m_mx->setObjectName(QStringLiteral("spf-mx"));
    m_a->setObjectName(QStringLiteral("spf-a"));
    m_include->setObjectName(QStringLiteral("spf-include"));
    m_include->setPlaceholderText(tr("e.g. _spf.relay.example, when a relay provider sends for you"));
    m_includeProblem->setObjectName(QStringLiteral("include-problem"));
    m_includeProblem->setTextFormat(Qt::PlainText);
    m_includeProblem->setVisible(false);
    m_all->setObjectName(QStringLiteral("spf-all"));
    m_all->addItem(tr("-all: receivers refuse mail from any other address (recommended)"),
                   QVariant::fromValue(int(spf::Qualifier::Fail)));
    m_all->addItem(tr("~all: receivers only mark it as suspicious (while testing)"),
                   QVariant::fromValue(int(spf::Qualifier::SoftFail)));
    auto* includeLabel = new QLabel(tr("Relay &provider (include):"), choices);
    includeLabel->setBuddy(m_include);
    auto* allLabel = new QLabel(tr("&Other senders:"), choices);
    allLabel->setBuddy(m_all);
    choicesLayout->addRow(m_replace);
    choicesLayout->addRow(m_mx);
    choicesLayout->addRow(m_a);
    choicesLayout->addRow(includeLabel, m_include);
    choicesLayout->addRow(QString(), m_includeProblem);
    choicesLayout->addRow(allLabel, m_all);

    m_note->setObjectName(QStringLiteral("proposal-note"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_recordsBox->setObjectName(QStringLiteral("spf-records"));
    auto* recordsLayout = new QVBoxLayout(m_recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);

    topLayout()->addWidget(current);
    topLayout()->addWidget(choices);
    topLayout()->addWidget(m_addressWarning);
    topLayout()->addWidget(m_note);
    topLayout()->addWidget(m_recordsBox);

    // Reading order: what is published, the choices, then the records (chained after the choices in recompose()).
    const QList<QWidget*> order{m_published, m_tree, m_replace, m_mx, m_a, m_include, m_all};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(model, &WizardModel::resultChanged, this, [this](const QString& id) {
        if (id == checkid::Spf) {
            m_resultDomain = this->model()->request().domain;
            recompose();
        }
    });
    for (QCheckBox* box : {m_replace, m_mx, m_a})
        connect(box, &QCheckBox::toggled, this, &SpfPage::recompose);
    connect(m_include, &QLineEdit::textChanged, this, &SpfPage::recompose);
    connect(m_all, &QComboBox::currentIndexChanged, this, &SpfPage::recompose);
}

void SpfPage::initializePage()
{
    CheckPage::initializePage();
    recompose();
}

QString SpfPage::treeText(const spf::EvalNode& node, int depth)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    QString out = indent + node.domain;
    if (node.via != QLatin1String("check"))
        out += QStringLiteral(" (%1)").arg(node.via);
    out += QStringLiteral(": %1 -> %2\n").arg(node.record.isEmpty() ? tr("no SPF record") : node.record, node.result);
    if (!node.error.isEmpty())
        out += indent + QStringLiteral("    ! ") + node.error + QLatin1Char('\n');
    for (const spf::EvalNode::Step& step : node.steps) {
        // The tree's outcome words are data (spf --json prints them); here they are shown in the reader's language.
        QString outcome = step.outcome;
        if (outcome == QLatin1String("match"))
            outcome = tr("match");
        else if (outcome == QLatin1String("no match"))
            outcome = tr("no match");
        else if (outcome == QLatin1String("followed"))
            outcome = tr("followed");
        else if (outcome == QLatin1String("error"))
            outcome = tr("error");
        out += indent + QStringLiteral("    %1: %2").arg(step.term, outcome);
        if (!step.detail.isEmpty())
            out += QStringLiteral(" (%1)").arg(step.detail);
        out += QLatin1Char('\n');
        if (step.child >= 0 && step.child < node.children.size())
            out += treeText(node.children[step.child], depth + 2);
    }
    return out;
}

void SpfPage::recompose()
{
    const CheckRequest request = model()->request();
    // A result about another domain (the user went back and changed it) is not shown while the new one runs.
    const CheckResult* result = m_resultDomain == request.domain ? model()->result(checkid::Spf) : nullptr;

    // What is published, and how it evaluates for each address.
    QList<QByteArray> published;
    QList<QHostAddress> ips = request.ips;
    const bool collectIps = ips.isEmpty();
    QString tree;
    if (result) {
        if (const auto* details = result->detailsAs<checks::SpfDetails>())
            published = details->records;
        for (const CheckItem& item : result->items) {
            const auto* evaluated = item.detailsAs<checks::SpfItemDetails>();
            if (!evaluated)
                continue;
            const QString ip = dns::addressText(evaluated->ip);
            if (collectIps)
                ips << evaluated->ip;
            tree += tr("For %1: %2 (%3)\n").arg(ip, evaluated->evaluation.word(), evaluated->evaluation.reason);
            tree += treeText(evaluated->evaluation.tree, 1) + QLatin1Char('\n');
        }
    }
    QStringList publishedText;
    for (const QByteArray& r : published)
        publishedText << QString::fromUtf8(r);
    if (!result)
        m_published->setPlainText(tr("Not checked yet."));
    else if (published.isEmpty())
        m_published->setPlainText(result->status == Status::Unknown
                                      ? tr("Could not be read: %1").arg(result->summary)
                                      : tr("No SPF record is published for %1.").arg(request.domain));
    else
        m_published->setPlainText(publishedText.join(QLatin1Char('\n')));
    m_tree->setPlainText(tree.trimmed());

    // The choices apply to a new record; a published one gets the smallest change unless the user replaces it. An
    // invalid one has nothing to keep: it is replaced by a record made from the choices.
    const bool changeable = published.size() == 1 ? spf::parseRecord(published.first()).ok()
                                                  : published.size() > 1 && spf::mergeRecords(published).has_value();
    m_replace->setVisible(changeable);
    const bool existing = changeable && !m_replace->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_mx, m_a, m_include, m_all})
        w->setEnabled(!existing);

    report::RecordChoices c;
    c.domain = request.domain;
    c.hostname = request.hostname;
    c.ips = ips;
    c.spf.mx = m_mx->isChecked();
    c.spf.a = m_a->isChecked();
    c.spf.all = spf::Qualifier(m_all->currentData().toInt());
    const QString include = m_include->text().trimmed();
    QString why;
    const bool includeOk = include.isEmpty() || spf::isValidDomainSpec(include, &why);
    m_includeProblem->setVisible(!includeOk);
    m_includeProblem->setText(includeOk ? QString() : tr("Not a domain name: %1").arg(why));
    if (!include.isEmpty() && includeOk)
        c.spf.includes << include;

    QStringList notes;
    QList<report::PublishRecord> records;
    m_addressWarning->setWarnings(report::addressWarnings(ips));
    if (request.domain.isEmpty()) {
        notes << tr("Enter the mail domain on the first page.");
    } else if (result && published.isEmpty() && result->status == Status::Unknown) {
        // A record that could not be read is not a missing one: proposing a new record could replace it.
        notes << tr("The published SPF record could not be read, so nothing is proposed yet. Re-check when DNS "
                    "answers again.");
    } else {
        if (!published.isEmpty() && m_replace->isChecked() && changeable) {
            notes << tr("Publish this record in place of the one published now (a domain has one SPF record).");
        } else if (!published.isEmpty()) {
            report::ExistingSpf e;
            e.records = published;
            const auto parsed = published.size() == 1 ? spf::parseRecord(published.first()) : spf::ParseResult{};
            for (const CheckItem& item : result->items) {
                const auto* evaluated = item.detailsAs<checks::SpfItemDetails>();
                if (!evaluated)
                    continue;
                const QString ip = dns::addressText(evaluated->ip);
                if (evaluated->evaluation.result == spf::Result::Pass) {
                    e.authorized.insert(ip);
                    continue;
                }
                // The top-level term that decided against the address: the new term goes in front of it.
                const QString matched = evaluated->evaluation.tree.matched;
                if (parsed.ok() && !matched.isEmpty())
                    for (qsizetype i = 0; i < parsed.record->terms.size(); ++i)
                        if (parsed.record->terms[i].text == matched) {
                            e.decidingIndex.insert(ip, int(i));
                            break;
                        }
            }
            c.existingSpf = e;
        }
        if (ips.isEmpty())
            notes << tr("No sending address is known yet: the record below lists none. Enter the server's address on "
                        "the first page.");
        const report::ComposedRecords composed = report::composeRecords(c);
        records = composed.records;
        notes += composed.notes;
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());

    qDeleteAll(m_views);
    m_views.clear();
    QWidget* previous = m_all;
    for (const report::PublishRecord& r : records) {
        auto* view = new RecordView(r, m_recordsBox);
        m_recordsBox->layout()->addWidget(view);
        view->show(); // at once: a layout would only show it from the event loop
        m_views << view;
        for (QPushButton* b : view->findChildren<QPushButton*>()) {
            setTabOrder(previous, b);
            previous = b;
        }
    }
    // The page's own controls first, then Keep checking and Re-check.
    if (auto* keep = findChild<QCheckBox*>(QStringLiteral("keep-checking"))) {
        setTabOrder(previous, keep);
        previous = keep;
    }
    if (auto* recheckButton = findChild<QPushButton*>(QStringLiteral("recheck")))
        setTabOrder(previous, recheckButton);
    model()->setRecords(checkid::Spf, records);
}

} // namespace mailready::ui
