#include "DkimCheck.h"

#include "checks/Wording.h"

#include "DkimRecord.h"
#include "DkimSignature.h"
#include "crypto/DkimKey.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mailready::checks {

using namespace mailready::checks::dkim;

CheckResult DkimCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request));
}

DkimFacts DkimCheck::gather(dns::Resolver& resolver, const CheckRequest& request)
{
    DkimFacts f;
    f.domain = request.domain;
    f.selectors = request.selectors;
    f.keyFile = request.dkimKeyFile;
    f.relay = request.relay;
    f.today = QDate::currentDate();
    if (f.selectors.isEmpty())
        return f;
    QList<dns::Question> questions;
    for (const QString& s : f.selectors)
        questions << dns::Question{keyRecordName(s, f.domain), dns::RRType::TXT};
    f.keys = dns::queryAll(resolver, questions);
    if (!f.keyFile.isEmpty())
        f.privateKey = crypto::PrivateKey::readFile(f.keyFile, &f.keyFileError);
    return f;
}

// The fix that publishes the signer's key (`publish`), unless that key is too short to be used (RFC 8301 3.2): then
// publishing it helps nobody, and the fix is a new key.
static QString signerKeyFix(const DkimFacts& f, const QString& publish)
{
    const QString problem = signingKeyProblem(f.privateKey->publicKey());
    if (problem.isEmpty())
        return publish;
    return DkimCheck::tr("Do not publish the key of %1: %2 %3")
        .arg(f.keyFile, problem,
             forAudience(DkimCheck::tr("Make one with 'mailready dkim keygen --domain %1 --selector %2', publish it "
                                       "and switch the signer to it."),
                         DkimCheck::tr("Generate one on the DKIM page for %1 (selector %2), publish it and switch "
                                       "the signer to it."))
                 .arg(f.domain, suggestSelector(f.today, f.selectors)));
}

// No key record at the selector: publish one (the signer's, when its key file was given).
static void judgeMissing(const DkimFacts& f, qsizetype i, const QString& name, CheckResult& result, CheckItem& item)
{
    const QString& selector = f.selectors[i];
    item.status = Status::Fail;
    item.detail = DkimCheck::tr("No DKIM key record at %1 (%2)").arg(name, dns::outcomeName(f.keys[i].outcome));
    QString fix = forAudience(DkimCheck::tr("Publish the TXT record printed by 'mailready dkim keygen --domain %1 "
                                            "--selector %2' at %3."),
                              DkimCheck::tr("Publish the TXT record the DKIM page shows for %1 (selector %2) at %3."))
                      .arg(f.domain, selector, name);
    if (i == 0 && f.privateKey)
        fix = signerKeyFix(
            f, DkimCheck::tr("Publish the record of %1: %2")
                   .arg(f.keyFile, zoneFileLine(selector, f.domain, composeKeyRecord(f.privateKey->publicKey()))));
    QString message = DkimCheck::tr("No DKIM key is published for selector %1: receivers cannot verify mail "
                                    "signed with it.")
                          .arg(selector);
    // Through a service with its own envelope sender, SPF never aligns by default: this key is what DMARC rests on,
    // and the service, not MailReady, makes it.
    if (const relay::RelayService* service = relay::RelayServices::builtIn().forHost(relay::relayHostName(f.relay));
        service && service->ownEnvelope) {
        message += DkimCheck::tr(" Mail sent through %1 passes DMARC only with this key (SPF is checked at %1's "
                                 "bounce domain and does not align; source: %2).")
                       .arg(service->name, service->source);
        fix = DkimCheck::tr("Publish the DKIM records %1 gives you at %2 (or the CNAME records that delegate them). "
                            "What %1 asks for: %3")
                  .arg(service->name, name, service->shownPublishes());
    }
    result.addFinding(Severity::Error, message, fix,
                      DkimCheck::tr("Publish the DKIM key record of selector %1 at %2.").arg(selector, name));
}

// A valid key: what is below good practice about it.
static Status judgeValid(const DkimFacts& f, const QString& selector, const QString& name, const KeyRecord& record,
                         CheckResult& result, QString& detail)
{
    Status status = Status::Pass;
    detail = DkimCheck::tr("%1: a valid %2 key").arg(name, crypto::keyTypeName(record.keyType));
    if (record.keyType == crypto::KeyType::Rsa)
        detail = DkimCheck::tr("%1: a valid %2-bit RSA key").arg(name).arg(record.keyBits);
    if (record.keyType == crypto::KeyType::Rsa && record.keyBits < 2048) {
        status = Status::Warn;
        result.addFinding(Severity::Warning,
                          DkimCheck::tr("Selector %1 uses a %2-bit RSA key; 2048 bits is the recommended size "
                                        "and some receivers distrust shorter keys.")
                              .arg(selector)
                              .arg(record.keyBits),
                          forAudience(DkimCheck::tr("Make a new key with 'mailready dkim keygen --domain %1 "
                                                    "--selector %2', publish it, switch the signer to it, then "
                                                    "remove the old record."),
                                      DkimCheck::tr("Generate a new key on the DKIM page for %1 (selector %2), "
                                                    "publish it, switch the signer to it, then remove the old "
                                                    "record."))
                              .arg(f.domain, suggestSelector(f.today, f.selectors)),
                          DkimCheck::tr("Make a new 2048-bit key and switch the signer to it."));
    }
    if (record.testing()) {
        status = Status::Warn;
        result.addFinding(Severity::Warning,
                          DkimCheck::tr("Selector %1 is published in testing mode (t=y): receivers may treat "
                                        "your signatures as if there were none.")
                              .arg(selector),
                          DkimCheck::tr("Remove t=y from the record at %1 once mail verifies.").arg(name),
                          DkimCheck::tr("Remove t=y from the DKIM record once mail verifies."));
    }
    // The key size and t=y have findings of their own above.
    for (const QString& w : record.formWarnings)
        result.addFinding(Severity::Info, w);
    return status;
}

// The record's own verdict: usable, revoked, or not a usable key.
static Status judgeRecord(const DkimFacts& f, const QString& selector, const QString& name, const KeyRecord& record,
                          CheckResult& result, QString& detail)
{
    switch (record.verdict) {
    case KeyVerdict::Valid:
        return judgeValid(f, selector, name, record, result, detail);
    case KeyVerdict::Revoked:
        detail = DkimCheck::tr("%1: the key is revoked (empty p=)").arg(name);
        result.addFinding(Severity::Error,
                          DkimCheck::tr("The key of selector %1 is revoked (p= is empty): no signature made with "
                                        "it verifies.")
                              .arg(selector),
                          DkimCheck::tr("Sign with a selector that has a published key, or publish a new key "
                                        "made with 'mailready dkim keygen'."),
                          DkimCheck::tr("Sign with a selector whose key is published."));
        return Status::Fail;
    case KeyVerdict::Weak:
    case KeyVerdict::Invalid:
    case KeyVerdict::NotForEmail:
        break;
    }
    detail = QStringLiteral("%1: %2").arg(name, record.problem);
    result.addFinding(Severity::Error,
                      DkimCheck::tr("The DKIM record of selector %1 cannot be used: %2").arg(selector, record.problem),
                      DkimCheck::tr("Replace the record at %1 with the one printed by 'mailready dkim keygen' "
                                    "(v=DKIM1; k=rsa; p=...).")
                          .arg(name),
                      DkimCheck::tr("Replace the DKIM record at %1 with a valid key record.").arg(name));
    return Status::Fail;
}

// The first selector's key against the signer's key file: compared, and proven by a signed test message.
static Status compareKeyFile(const DkimFacts& f, const QString& selector, const QString& name, const QByteArray& text,
                             const KeyRecord& record, Status status, CheckResult& result, CheckItem& item,
                             QString& detail)
{
    if (!f.privateKey) {
        result.addFinding(Severity::Warning,
                          DkimCheck::tr("The key file %1 could not be read (%2), so the published key was not "
                                        "compared with it.")
                              .arg(f.keyFile, f.keyFileError),
                          forAudience(DkimCheck::tr("Give the PEM private key the signer uses with --dkim-key."),
                                      DkimCheck::tr("Choose the PEM private key the signer uses on the DKIM page.")),
                          forAudience(DkimCheck::tr("Give the signer's private key with --dkim-key."),
                                      DkimCheck::tr("Choose the signer's private key on the DKIM page.")));
        return worse(status, Status::Unknown);
    }
    const bool same = f.privateKey->publicKey() == *record.key;
    const PairProof proof = provePair(*f.privateKey, text, f.domain, selector);
    item.fields.insert(QStringLiteral("matches_key_file"), same && proof.matches);
    if (same && proof.matches) {
        detail = DkimCheck::tr("%1; it matches %2 (a signed test message verifies)").arg(detail, f.keyFile);
        return status;
    }
    detail = DkimCheck::tr("%1: the published key does not match %2").arg(name, f.keyFile);
    result.addFinding(Severity::Error,
                      DkimCheck::tr("The key published for selector %1 is not the public half of %2: "
                                    "mail signed with that key fails DKIM. %3")
                          .arg(selector, f.keyFile, proof.detail),
                      signerKeyFix(f, DkimCheck::tr("Publish at %1 the record derived from the signer's key (or "
                                                    "make the signer use the key whose public half is "
                                                    "published): \"%2\"")
                                          .arg(name, composeKeyRecord(f.privateKey->publicKey()))),
                      signingKeyProblem(f.privateKey->publicKey()).isEmpty()
                          ? DkimCheck::tr("Publish the public half of the signer's key at %1.").arg(name)
                          : DkimCheck::tr("Make a new DKIM key: the signer's key is too weak to publish."));
    return Status::Fail;
}

// One selector's key record answer.
static CheckItem judgeSelector(const DkimFacts& f, qsizetype i, CheckResult& result)
{
    const QString& selector = f.selectors[i];
    const dns::Answer& answer = f.keys[i];
    const QString name = dns::displayName(answer.name);
    result.addEvidence(answer);
    CheckItem item;
    item.subject = QStringLiteral("selector %1").arg(selector);
    item.fields.insert(QStringLiteral("selector"), selector);
    item.fields.insert(QStringLiteral("key_type"), QJsonValue::Null);
    item.fields.insert(QStringLiteral("key_bits"), QJsonValue::Null);
    if (answer.isTemporaryFailure()) {
        item.status = Status::Unknown;
        item.detail = DkimCheck::tr("Could not look up %1: %2").arg(name, dns::outcomeName(answer.outcome));
        result.addFinding(Severity::Warning,
                          DkimCheck::tr("The DKIM key lookup for %1 got no answer (%2), so the key is unverified.")
                              .arg(name, dns::outcomeName(answer.outcome)),
                          DkimCheck::tr("Check that the nameserver in use answers, then run the check again."),
                          retryLookupStep());
        return item;
    }
    const QList<QByteArray> texts = answer.texts();
    if (texts.isEmpty()) {
        judgeMissing(f, i, name, result, item);
        return item;
    }
    const KeyRecord record = KeyRecord::parse(texts.first());
    item.fields.insert(QStringLiteral("record"), QString::fromUtf8(texts.first()));
    item.fields.insert(QStringLiteral("verdict"), keyVerdictName(record.verdict));
    if (record.key) {
        item.fields.insert(QStringLiteral("key_type"), crypto::keyTypeName(record.keyType));
        item.fields.insert(QStringLiteral("key_bits"), record.keyBits);
    } else if (record.verdict != KeyVerdict::NotForEmail) {
        item.fields.insert(QStringLiteral("key_type"), record.keyTypeText);
    }
    Status status = Status::Pass;
    if (texts.size() > 1) {
        status = Status::Warn;
        result.addFinding(Severity::Warning,
                          DkimCheck::tr("%1 has %2 TXT records; receivers pick one of them, so verification is a "
                                        "lottery.")
                              .arg(name)
                              .arg(texts.size()),
                          DkimCheck::tr("Keep exactly one DKIM record at %1.").arg(name),
                          DkimCheck::tr("Keep exactly one DKIM record at %1.").arg(name));
    }
    QString detail;
    status = worse(status, judgeRecord(f, selector, name, record, result, detail));
    if (i == 0 && !f.keyFile.isEmpty() && record.key)
        status = compareKeyFile(f, selector, name, texts.first(), record, status, result, item, detail);
    item.status = status;
    item.detail = detail;
    return item;
}

CheckResult DkimCheck::judge(const DkimFacts& f)
{
    if (f.selectors.isEmpty())
        return CheckResult::skipped(checkid::Dkim, DkimCheck().title(),
                                    forAudience(tr("No DKIM selector given (--selector); nothing to verify."),
                                                tr("No DKIM selector yet: generate or import a key on the DKIM "
                                                   "page.")));
    CheckResult result;
    result.id = checkid::Dkim;
    result.title = DkimCheck().title();
    for (qsizetype i = 0; i < f.keys.size() && i < f.selectors.size(); ++i)
        result.items << judgeSelector(f, i, result);

    bool rsa = false, ed = false;
    for (const CheckItem& it : result.items) {
        rsa = rsa || it.fields.value(QStringLiteral("key_type")).toString() == QLatin1String("rsa");
        ed = ed || it.fields.value(QStringLiteral("key_type")).toString() == QLatin1String("ed25519");
    }
    if (ed && !rsa)
        result.addFinding(Severity::Info,
                          tr("Only Ed25519 keys were checked. Not every receiver verifies Ed25519 (RFC "
                             "8463) yet: sign with an RSA key too, under its own selector."),
                          forAudience(QStringLiteral("mailready dkim keygen --domain %1 --selector %2 --algorithm "
                                                     "rsa-2048"),
                                      tr("On the DKIM page: selector %2, algorithm RSA 2048, Generate key (for %1)."))
                              .arg(f.domain, suggestSelector(f.today, f.selectors)));
    result.aggregate();
    int failed = 0;
    for (const CheckItem& it : result.items)
        failed += it.status == Status::Fail ? 1 : 0;
    switch (result.status) {
    case Status::Pass:
        result.summary = result.items.size() == 1
                             ? result.items.first().detail
                             : tr("All %1 DKIM selectors have valid keys").arg(result.items.size());
        break;
    case Status::Warn:
        result.summary = tr("DKIM keys are published, below good practice");
        break;
    case Status::Fail:
        result.summary =
            tr("%n of %1 DKIM selectors are missing, unusable or mismatched", nullptr, failed).arg(result.items.size());
        break;
    default:
        result.summary = tr("DKIM keys could not be verified");
        break;
    }
    return result;
}

} // namespace mailready::checks
