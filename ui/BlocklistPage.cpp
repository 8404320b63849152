#include "BlocklistPage.h"

#include "BlocklistRows.h"

#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/dnsbl/DnsblCatalog.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailready::ui {

BlocklistPage::BlocklistPage(WizardModel* model, QWidget* parent)
    : CheckPage(model, {checkid::Dnsbl}, parent), m_dqs(new QLineEdit(this)), m_abusix(new QLineEdit(this)),
      m_spamrats(new QLineEdit(this))
{
    setTitle(tr("Blocklists"));
    setSubTitle(tr("Receivers that use DNS blocklists refuse mail from listed addresses. Each list is first checked "
                   "for health, so a broken or refusing list never counts as clean or as listed."));

    auto* box = new QGroupBox(tr("Keys for blocklists (optional, free from each operator)"), this);
    auto* form = new QFormLayout(box);
    const struct
    {
        QLineEdit* edit;
        const char* name;
        QString label;
        QString tip;
    } fields[] = {
        {m_dqs, "key-spamhaus-dqs", tr("Spamhaus &DQS key:"),
         tr("Queries Spamhaus through its Data Query Service, which answers through any resolver, and adds the ZRD "
            "(brand-new domains) and AuthBL lists.")},
        {m_abusix, "key-abusix", tr("A&busix key:"),
         tr("Adds Abusix Mail Intelligence, which answers only with a key.")},
        {m_spamrats, "key-spamrats", tr("SpamRA&TS key:"),
         tr("SpamRATS asks for a key in the query; without one its lists may not answer through every resolver.")},
    };
    for (const auto& f : fields) {
        f.edit->setObjectName(QLatin1String(f.name));
        f.edit->setEchoMode(QLineEdit::Password);
        f.edit->setToolTip(f.tip);
        auto* label = new QLabel(f.label, box);
        label->setBuddy(f.edit);
        form->addRow(label, f.edit);
        connect(f.edit, &QLineEdit::editingFinished, this, &BlocklistPage::applyKeys);
    }
    auto* note = new QLabel(tr("Keys are never saved and are masked in every report and in the PDF."), box);
    note->setWordWrap(true);
    form->addRow(note);
    // Every list as a row first, the keys that add lists below.
    auto* lists = new QGroupBox(tr("Every list"), this);
    auto* listsLayout = new QVBoxLayout(lists);
    listsLayout->addWidget(new BlocklistRows(model, lists));
    topLayout()->addWidget(lists);
    topLayout()->addWidget(box);
}

void BlocklistPage::applyKeys()
{
    CheckRequest r = model()->request();
    const QString dqs = m_dqs->text().trimmed().toLower();
    const QString abusix = m_abusix->text().trimmed().toLower();
    const QString spamrats = m_spamrats->text().trimmed().toLower();
    // A key that cannot be one is not used (and marked), rather than sent in a query name.
    const bool dqsOk = dqs.isEmpty() || checks::dnsbl::isValidDqsKey(dqs);
    const bool abusixOk = abusix.isEmpty() || checks::dnsbl::isValidListKey(abusix);
    const bool spamratsOk = spamrats.isEmpty() || checks::dnsbl::isValidListKey(spamrats);
    for (auto [edit, ok] : {std::pair{m_dqs, dqsOk}, std::pair{m_abusix, abusixOk}, std::pair{m_spamrats, spamratsOk}})
        edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
    const QString newDqs = dqsOk ? dqs : QString(), newAbusix = abusixOk ? abusix : QString(),
                  newSpamrats = spamratsOk ? spamrats : QString();
    if (newDqs == r.spamhausDqsKey && newAbusix == r.abusixKey && newSpamrats == r.spamratsKey)
        return;
    r.spamhausDqsKey = newDqs;
    r.abusixKey = newAbusix;
    r.spamratsKey = newSpamrats;
    model()->setRequest(r);
    recheck();
}

} // namespace mailready::ui
