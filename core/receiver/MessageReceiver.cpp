#include "MessageCheck.h"

namespace mailready::receiver {

namespace {

QString itemField(const CheckResult* c, const char* name)
{
    if (!c || c->items.isEmpty())
        return {};
    return c->items.first().fields.value(QString::fromLatin1(name)).toString();
}

// Where the receiver's word and MailReady's differ, say why that can be.
void explainDisagreements(const MessageFacts& f, const MessageVerdict& v, CheckResult& r)
{
    for (const mail::AuthResult& a : f.receiver.results) {
        QString ours;
        if (a.method == QLatin1String("spf"))
            ours = itemField(v.find(checkid::Spf), "result");
        else if (a.method == QLatin1String("dmarc"))
            ours = itemField(v.find(messageid::DmarcMessage), "result");
        if (ours.isEmpty() || ours == a.result)
            continue;
        r.addFinding(Severity::Info,
                     MessageCheck::tr("At delivery the receiver found %1=%2; checked now it is %3. The DNS records "
                                      "changed since (or had not propagated to the receiver yet).")
                         .arg(a.method, a.result, ours));
    }
    for (const checks::dkim::SignatureResult& s : f.signatures) {
        QString theirs;
        for (const mail::AuthResult& a : f.receiver.results)
            if (a.method == QLatin1String("dkim") &&
                a.properties.value(QStringLiteral("header.d")).compare(s.domain, Qt::CaseInsensitive) == 0)
                theirs = a.result;
        if (theirs == QLatin1String("pass") && s.result == checks::dkim::SignatureResult::Fail && !s.bodyHashMismatch)
            r.addFinding(
                Severity::Warning,
                MessageCheck::tr("The receiver verified the signature of %1 at delivery, but it does not "
                                 "verify with the key published now: the key at %2._domainkey.%1 was "
                                 "changed (rotated) since.")
                    .arg(s.domain, s.selector),
                MessageCheck::tr("After a key change, keep the old key published until its mail is delivered."));
        else if (theirs == QLatin1String("fail") && s.result == checks::dkim::SignatureResult::Pass)
            r.addFinding(Severity::Info,
                         MessageCheck::tr("The receiver found the signature of %1 failing at delivery, but it "
                                          "verifies now: the key was published or fixed after the message was sent.")
                             .arg(s.domain));
    }
}

} // namespace

CheckResult judgeReceiver(const MessageFacts& f, const MessageVerdict& v)
{
    CheckResult r;
    r.id = messageid::Receiver;
    r.title = MessageCheck::tr("What the receiver concluded");
    for (const mail::AuthResult& a : f.receiver.results) {
        CheckItem item;
        const QString domain = a.properties.value(QStringLiteral("header.d"));
        item.subject = domain.isEmpty() ? a.method : QStringLiteral("%1 (%2)").arg(a.method, domain);
        item.status = statusOfResult(a.result);
        item.detail = a.reason;
        item.fields = {{QStringLiteral("method"), a.method}, {QStringLiteral("result"), a.result}};
        for (auto it = a.properties.cbegin(); it != a.properties.cend(); ++it)
            item.fields.insert(it.key(), it.value());
        r.items << item;
    }
    if (r.items.isEmpty()) {
        // Nothing to compare with: not a fault of the sender (many receivers write none), so not counted.
        r.status = Status::Skipped;
        r.summary = f.connection ? MessageCheck::tr("The receiver wrote no Authentication-Results of its own.")
                                 : MessageCheck::tr("Without the receiver's Received: line its own results cannot "
                                                    "be told from ones the sender wrote.");
        return r;
    }
    r.aggregate();
    r.fields.insert(QStringLiteral("authserv_id"), f.receiver.authservId);
    r.fields.insert(QStringLiteral("field"), f.receiver.field);
    r.summary = f.receiver.authservId.isEmpty()
                    ? MessageCheck::tr("The receiver's own results (%1)").arg(f.receiver.field)
                    : MessageCheck::tr("%1's own results (%2)").arg(f.receiver.authservId, f.receiver.field);
    explainDisagreements(f, v, r);
    return r;
}

} // namespace mailready::receiver
