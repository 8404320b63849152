#include "MessageCheck.h"

#include "checks/rdns/FcrdnsCheck.h"
#include "dns/DnsName.h"

#include <QJsonArray>

namespace mailready::receiver {

namespace {

using checks::dkim::SignatureResult;

// What the receiver itself said about DKIM for signer `domain`: "pass", "fail", ...; empty when it said nothing.
QString receiverDkim(const MessageFacts& f, const QString& domain)
{
    for (const mail::AuthResult& r : f.receiver.results)
        if (r.method == QLatin1String("dkim") &&
            r.properties.value(QStringLiteral("header.d")).compare(domain, Qt::CaseInsensitive) == 0)
            return r.result;
    return {};
}

CheckItem signatureItem(const MessageFacts& f, const SignatureResult& s, bool strict, CheckResult& check)
{
    CheckItem item;
    item.subject = QStringLiteral("%1 / %2").arg(s.domain, s.selector);
    const QString result = SignatureResult::resultName(s.result);
    const bool isAligned = aligned(f, s.domain, f.fromDomain, strict).value_or(false);
    item.status = statusOfResult(result);
    item.detail = s.result == SignatureResult::Pass ? MessageCheck::tr("verifies with the published key") : s.reason;
    if (s.bodyMissing) {
        item.status = Status::Unknown;
        check.addFinding(Severity::Warning,
                         MessageCheck::tr("Only the headers were given: the signature of %1 could "
                                          "not be checked against the body. Paste the whole "
                                          "message (the original source) to check it.")
                             .arg(s.domain),
                         MessageCheck::tr("Paste the whole message, not only its headers."));
    } else if (s.bodyLength && s.result == SignatureResult::Pass) {
        check.addFinding(Severity::Warning,
                         MessageCheck::tr("The signature of %1 covers only part of the body (l=): anyone can add text "
                                          "below it and the signature still passes. Sign the whole body (OpenDKIM: "
                                          "leave BodyLengthDB unset).")
                             .arg(s.domain),
                         MessageCheck::tr("Sign the whole body: no l= in the signature."));
    } else if (s.bodyHashMismatch && receiverDkim(f, s.domain) == QLatin1String("pass")) {
        item.status = Status::Warn;
        check.addFinding(Severity::Warning,
                         MessageCheck::tr("The receiver verified the signature of %1 at delivery (dkim=pass); only "
                                          "this copy's body differs. The copy was altered when it was saved or "
                                          "pasted (line ends, re-encoding), not the signing.")
                             .arg(s.domain),
                         MessageCheck::tr("Paste the original source of the message to judge the signing."));
    }
    item.fields = {{QStringLiteral("domain"), s.domain},       {QStringLiteral("selector"), s.selector},
                   {QStringLiteral("algorithm"), s.algorithm}, {QStringLiteral("result"), result},
                   {QStringLiteral("aligned"), isAligned},     {QStringLiteral("reason"), s.reason}};
    return item;
}

CheckResult judgeSignatures(const MessageFacts& f)
{
    CheckResult r;
    r.id = messageid::DkimSignatures;
    r.title = MessageCheck::tr("DKIM signatures");
    const bool strict = f.dmarc && f.dmarc->status == checks::dmarc::Discovery::Found && f.dmarc->record.strictDkim;
    for (const SignatureResult& s : f.signatures)
        r.items << signatureItem(f, s, strict, r);
    if (f.signatures.isEmpty()) {
        CheckItem none;
        none.subject = MessageCheck::tr("no signature");
        none.status = Status::Fail;
        none.fields = {{QStringLiteral("result"), QStringLiteral("none")}, {QStringLiteral("aligned"), false}};
        r.items << none;
        r.addFinding(Severity::Error,
                     MessageCheck::tr("The message is not DKIM-signed: the signer is not in the mail path. Check that "
                                      "OpenDKIM (or rspamd, or Exim's signing) is wired into the MTA for outgoing "
                                      "mail: for Postfix, smtpd_milters and non_smtpd_milters must name the milter."),
                     QStringLiteral("smtpd_milters = inet:localhost:8891\nnon_smtpd_milters = $smtpd_milters\n"
                                    "milter_default_action = accept"),
                     MessageCheck::tr("Wire the DKIM signer into your mail server for outgoing mail."));
    }
    r.aggregate();
    const bool anyAligned = std::any_of(r.items.cbegin(), r.items.cend(), [](const CheckItem& i) {
        return i.status == Status::Pass && i.fields.value(QStringLiteral("aligned")).toBool();
    });
    r.summary =
        f.signatures.isEmpty() ? MessageCheck::tr("The message carries no DKIM signature")
        : anyAligned
            ? MessageCheck::tr("%n signature(s); one passes aligned with %1", nullptr, int(f.signatures.size()))
                  .arg(f.fromDomain)
            : MessageCheck::tr("%n signature(s); none passes aligned with %1", nullptr, int(f.signatures.size()))
                  .arg(f.fromDomain);
    return r;
}

CheckResult judgeDmarc(const MessageFacts& f)
{
    const DmarcOutcome o = evaluateDmarc(f);
    CheckResult r;
    r.id = messageid::DmarcMessage;
    r.title = MessageCheck::tr("DMARC for the From: domain");
    CheckItem item;
    item.subject = f.fromDomain;
    item.status = statusOfResult(o.result);
    item.detail = o.reason;
    item.fields = {{QStringLiteral("result"), o.result},
                   {QStringLiteral("policy"), o.policy.isEmpty() ? QJsonValue() : QJsonValue(o.policy)},
                   {QStringLiteral("spf_aligned"), o.spfAligned},
                   {QStringLiteral("dkim_aligned"), o.dkimAligned}};
    r.items << item;
    r.aggregate();
    r.summary = o.reason;
    if (f.dmarc)
        for (const dns::Answer& a : f.dmarc->trail)
            r.addEvidence(a);
    if (o.result == QLatin1String("none"))
        r.addFinding(Severity::Error,
                     MessageCheck::tr("Publish a DMARC record for %1 (start with p=none).").arg(f.fromDomain),
                     QStringLiteral("_dmarc.%1. IN TXT \"v=DMARC1; p=none\"").arg(f.fromDomain),
                     MessageCheck::tr("Publish a DMARC record for %1, starting with p=none.").arg(f.fromDomain));
    return r;
}

} // namespace

Status statusOfResult(const QString& result)
{
    if (result == QLatin1String("pass"))
        return Status::Pass;
    if (result == QLatin1String("temperror"))
        return Status::Unknown;
    return Status::Fail;
}

// Defined in MessageReceiver.cpp and MessageConnection.cpp.
CheckResult judgeReceiver(const MessageFacts& f, const MessageVerdict& v);
QList<CheckResult> judgeConnection(const MessageFacts& f);

MessageVerdict MessageCheck::judge(const MessageFacts& f)
{
    MessageVerdict v;
    v.fromDomain = f.fromDomain;
    v.mailFrom = f.nullSender ? QString() : f.mailFrom;
    v.connection = f.connection;
    if (f.text.fieldsDropped)
        v.problems << tr("The message has more header fields than are read; the rest were ignored.");
    if (!f.text.hasBody)
        v.problems << tr("Only the header section was given: DKIM cannot be checked without the body. Paste the "
                         "whole message (the original source) for a full verdict.");
    v.checks << judgeConnection(f);
    v.checks << judgeSignatures(f) << judgeDmarc(f);
    v.checks << judgeReceiver(f, v);
    if (v.status() == Status::Pass)
        v.note =
            tr("Every threshold passes as this receiver saw it. This is what receivers authenticate, not a promise "
               "of the inbox: reputation, a new domain's age and the content still count.");
    return v;
}

Status MessageVerdict::status() const
{
    Status s = Status::Skipped;
    for (const CheckResult& c : checks)
        s = worse(s, c.status);
    return s;
}

int MessageVerdict::exitCode() const
{
    const Status s = status();
    return s == Status::Fail ? 1 : s == Status::Unknown ? 2 : 0;
}

const CheckResult* MessageVerdict::find(const QString& id) const
{
    for (const CheckResult& c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject MessageVerdict::toJson() const
{
    QJsonArray list;
    for (const CheckResult& c : checks)
        list << c.toJson();
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("mailready.message/1")},
                  {QStringLiteral("from_domain"), fromDomain},
                  {QStringLiteral("mail_from"), mailFrom.isEmpty() ? QJsonValue() : QJsonValue(mailFrom)},
                  {QStringLiteral("connection"), connection ? connection->toJson() : QJsonValue()},
                  {QStringLiteral("status"), statusName(status())},
                  {QStringLiteral("checks"), list}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    return o;
}

} // namespace mailready::receiver
