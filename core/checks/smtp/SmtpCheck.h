#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `smtp`: talks to the server given with --smtp the way a sending server would: greeting, EHLO, STARTTLS with a full
// TLS handshake, QUIT. Skipped without --smtp.
class SmtpCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCheck)

public:
    QString id() const override { return checkid::Smtp; }
    QString title() const override { return tr("SMTP server (banner, EHLO, STARTTLS)"); }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
