#pragma once

#include "checks/Check.h"
#include "checks/rdns/ReverseLookup.h"
#include "checks/smtp/SmtpProbe.h"
#include "net/Endpoint.h"

#include <QCoreApplication>

#include <optional>

namespace mailready::checks {

// What `smtp` judges: the server asked for, its addresses, the conversation with it, and the PTR answer of its
// address once the conversation got as far as EHLO.
struct SmtpFacts
{
    QString server;                        // --smtp as given; empty: not asked
    std::optional<net::Endpoint> endpoint; // parsed; nullopt with endpointError when it is not HOST[:PORT]
    QString endpointError;
    net::ResolvedEndpoint resolved;
    SmtpProbeOptions options; // the address talked to, the EHLO name announced, the certificate name expected
    SmtpProbeResult probe;
    QString hostname;                 // --hostname: the name the server should use everywhere; may be empty
    std::optional<ReverseLookup> ptr; // of a public server address, asked once EHLO was answered
};

// `smtp`: talks to the server given with --smtp the way a sending server would: greeting, EHLO, STARTTLS with a full
// TLS handshake, QUIT. Skipped without --smtp.
class SmtpCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCheck)

public:
    QString id() const override { return checkid::Smtp; }
    QString title() const override { return tr("SMTP server (banner, EHLO, STARTTLS)"); }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every lookup and the conversation, then the verdict from their outcomes alone.
    static SmtpFacts gather(dns::Resolver& resolver, const CheckRequest& request);
    static CheckResult judge(const SmtpFacts& facts);
};

} // namespace mailready::checks
