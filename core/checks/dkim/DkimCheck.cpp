#include "DkimCheck.h"

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
    const CheckRequest& req = ctx.request;
    if (req.selectors.isEmpty())
        return CheckResult::skipped(id(), title(), tr("No DKIM selector given (--selector); nothing to verify."));
    CheckResult result;
    result.id = id();
    result.title = title();

    QList<dns::Question> questions;
    for (const QString& s : req.selectors)
        questions << dns::Question{keyRecordName(s, req.domain), dns::RRType::TXT};
    const QList<dns::Answer> answers = dns::queryAll(ctx.resolver, questions);

    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString& selector = req.selectors[i];
        const dns::Answer& answer = answers[i];
        const QString name = dns::displayName(answer.name);
        result.addEvidence(answer);
        CheckItem item;
        item.subject = QStringLiteral("selector %1").arg(selector);
        item.fields.insert(QStringLiteral("selector"), selector);
        item.fields.insert(QStringLiteral("key_type"), QJsonValue::Null);
        item.fields.insert(QStringLiteral("key_bits"), QJsonValue::Null);

        if (answer.isTemporaryFailure()) {
            item.status = Status::Unknown;
            item.detail = tr("Could not look up %1: %2").arg(name, dns::outcomeName(answer.outcome));
            result.addFinding(Severity::Warning,
                              tr("The DKIM key lookup for %1 got no answer (%2), so the key is unverified.")
                                  .arg(name, dns::outcomeName(answer.outcome)),
                              tr("Check that the nameserver in use answers, then run the check again."));
            result.items << item;
            continue;
        }
        const QList<QByteArray> texts = answer.texts();
        if (texts.isEmpty()) {
            item.status = Status::Fail;
            item.detail = tr("No DKIM key record at %1 (%2)").arg(name, dns::outcomeName(answer.outcome));
            QString fix = tr("Publish the TXT record printed by 'mailready dkim keygen --domain %1 "
                             "--selector %2' at %3.")
                              .arg(req.domain, selector, name);
            if (i == 0 && !req.dkimKeyFile.isEmpty())
                if (const auto key = crypto::PrivateKey::readFile(req.dkimKeyFile))
                    fix = tr("Publish the record of %1: %2")
                              .arg(req.dkimKeyFile,
                                   zoneFileLine(selector, req.domain, composeKeyRecord(key->publicKey())));
            QString message = tr("No DKIM key is published for selector %1: receivers cannot verify mail "
                                 "signed with it.")
                                  .arg(selector);
            // Through a service with its own envelope sender, SPF never aligns by default: this key is what DMARC
            // rests on, and the service, not MailReady, makes it.
            if (const relay::RelayService* service =
                    relay::RelayServices::builtIn().forHost(relay::relayHostName(req.relay));
                service && service->ownEnvelope) {
                message += tr(" Mail sent through %1 passes DMARC only with this key (SPF is checked at %1's "
                              "bounce domain and does not align; source: %2).")
                               .arg(service->name, service->source);
                fix = tr("Publish the DKIM records %1 gives you at %2 (or the CNAME records that delegate them). "
                         "What %1 asks for: %3")
                          .arg(service->name, name, service->shownPublishes());
            }
            result.addFinding(Severity::Error, message, fix);
            result.items << item;
            continue;
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
        QString detail;
        if (texts.size() > 1) {
            status = Status::Warn;
            result.addFinding(Severity::Warning,
                              tr("%1 has %2 TXT records; receivers pick one of them, so verification is a "
                                 "lottery.")
                                  .arg(name)
                                  .arg(texts.size()),
                              tr("Keep exactly one DKIM record at %1.").arg(name));
        }
        switch (record.verdict) {
        case KeyVerdict::Valid: {
            detail = tr("%1: a valid %2 key").arg(name, crypto::keyTypeName(record.keyType));
            if (record.keyType == crypto::KeyType::Rsa)
                detail = tr("%1: a valid %2-bit RSA key").arg(name).arg(record.keyBits);
            const bool shortRsa = record.keyType == crypto::KeyType::Rsa && record.keyBits < 2048;
            if (shortRsa) {
                status = worse(status, Status::Warn);
                result.addFinding(Severity::Warning,
                                  tr("Selector %1 uses a %2-bit RSA key; 2048 bits is the recommended size "
                                     "and some receivers distrust shorter keys.")
                                      .arg(selector)
                                      .arg(record.keyBits),
                                  tr("Make a new key with 'mailready dkim keygen --domain %1 --selector %2', "
                                     "publish it, switch the signer to it, then remove the old record.")
                                      .arg(req.domain, suggestSelector(QDate::currentDate(), req.selectors)));
            }
            if (record.testing()) {
                status = worse(status, Status::Warn);
                result.addFinding(Severity::Warning,
                                  tr("Selector %1 is published in testing mode (t=y): receivers may treat "
                                     "your signatures as if there were none.")
                                      .arg(selector),
                                  tr("Remove t=y from the record at %1 once mail verifies.").arg(name));
            }
            // The key size and t=y have findings of their own above.
            for (const QString& w : record.formWarnings)
                result.addFinding(Severity::Info, w);
            break;
        }
        case KeyVerdict::Revoked:
            status = Status::Fail;
            detail = tr("%1: the key is revoked (empty p=)").arg(name);
            result.addFinding(Severity::Error,
                              tr("The key of selector %1 is revoked (p= is empty): no signature made with "
                                 "it verifies.")
                                  .arg(selector),
                              tr("Sign with a selector that has a published key, or publish a new key "
                                 "made with 'mailready dkim keygen'."));
            break;
        case KeyVerdict::Weak:
        case KeyVerdict::Invalid:
        case KeyVerdict::NotForEmail:
            status = Status::Fail;
            detail = QStringLiteral("%1: %2").arg(name, record.problem);
            result.addFinding(Severity::Error,
                              tr("The DKIM record of selector %1 cannot be used: %2").arg(selector, record.problem),
                              tr("Replace the record at %1 with the one printed by 'mailready dkim keygen' "
                                 "(v=DKIM1; k=rsa; p=...).")
                                  .arg(name));
            break;
        }

        if (i == 0 && !req.dkimKeyFile.isEmpty() && record.key) {
            QString error;
            const auto privateKey = crypto::PrivateKey::readFile(req.dkimKeyFile, &error);
            if (!privateKey) {
                status = worse(status, Status::Unknown);
                result.addFinding(Severity::Warning,
                                  tr("The key file %1 could not be read (%2), so the published key was not "
                                     "compared with it.")
                                      .arg(req.dkimKeyFile, error),
                                  tr("Give the PEM private key the signer uses with --dkim-key."));
            } else {
                const bool same = privateKey->publicKey() == *record.key;
                const PairProof proof = provePair(*privateKey, texts.first(), req.domain, selector);
                item.fields.insert(QStringLiteral("matches_key_file"), same && proof.matches);
                if (!same || !proof.matches) {
                    status = Status::Fail;
                    detail = tr("%1: the published key does not match %2").arg(name, req.dkimKeyFile);
                    result.addFinding(Severity::Error,
                                      tr("The key published for selector %1 is not the public half of %2: "
                                         "mail signed with that key fails DKIM. %3")
                                          .arg(selector, req.dkimKeyFile, proof.detail),
                                      tr("Publish at %1 the record derived from the signer's key "
                                         "(or make the signer use the key whose public half is "
                                         "published): \"%2\"")
                                          .arg(name, composeKeyRecord(privateKey->publicKey())));
                } else {
                    detail = tr("%1; it matches %2 (a signed test message verifies)").arg(detail, req.dkimKeyFile);
                }
            }
        }
        item.status = status;
        item.detail = detail;
        result.items << item;
    }

    bool rsa = false, ed = false;
    for (const CheckItem& it : result.items) {
        rsa = rsa || it.fields.value(QStringLiteral("key_type")).toString() == QLatin1String("rsa");
        ed = ed || it.fields.value(QStringLiteral("key_type")).toString() == QLatin1String("ed25519");
    }
    if (ed && !rsa)
        result.addFinding(Severity::Info,
                          tr("Only Ed25519 keys were checked. Not every receiver verifies Ed25519 (RFC "
                             "8463) yet: sign with an RSA key too, under its own selector."),
                          QStringLiteral("mailready dkim keygen --domain %1 --selector %2 --algorithm rsa-2048")
                              .arg(req.domain, suggestSelector(QDate::currentDate(), req.selectors)));
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
