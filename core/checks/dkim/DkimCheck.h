#pragma once

#include "checks/Check.h"
#include "crypto/DkimKey.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace mailready::checks {

// What `dkim` judges: the key record answer at each selector, and the signer's private key when one was given.
struct DkimFacts
{
    QString domain;
    QStringList selectors;
    QList<dns::Answer> keys; // the TXT answer at S._domainkey.D for each selector, in order
    QString keyFile;         // the signer's key file (--dkim-key); empty: none given
    QString relay;           // HOST[:PORT] mail leaves through (a mail service may make the key itself)
    std::optional<crypto::PrivateKey> privateKey; // read from keyFile
    QString keyFileError;                         // why it could not be read
    QDate today;                                  // for the new selector a fix suggests
};

// `dkim`: a valid key record is published at S._domainkey.D for every selector asked for, and the first one matches
// the private key given with --dkim-key (compared, and proven by signing and verifying a test message).
class DkimCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(DkimCheck)

public:
    QString id() const override { return checkid::Dkim; }
    QString title() const override { return tr("DKIM key records"); }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every DNS question (and reading the key file), then the verdict from those alone.
    static DkimFacts gather(dns::Resolver& resolver, const CheckRequest& request);
    static CheckResult judge(const DkimFacts& facts);
};

} // namespace mailready::checks
