#pragma once

#include "run/Check.h"

namespace mailready::checks {

// `smtp`: talks to the server given with --smtp the way a sending server would: greeting, EHLO, STARTTLS with a full
// TLS handshake, QUIT. Skipped without --smtp.
class SmtpCheck final : public Check
{
public:
    QString id() const override { return QStringLiteral("smtp"); }
    QString title() const override { return QStringLiteral("SMTP server (banner, EHLO, STARTTLS)"); }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
