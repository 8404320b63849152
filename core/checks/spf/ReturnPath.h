#pragma once

#include "checks/Status.h"
#include "dns/Resolver.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mailready::relay {
struct RelayService;
}

namespace mailready::spf {

// What DNS says at a custom Return-Path (MAIL FROM, bounce) subdomain: a CNAME to the relay service, or its own SPF
// record (Amazon SES's custom MAIL FROM: MX + TXT).
struct ReturnPathFacts
{
    QString name;             // "pm-bounces.example.com"; empty: no name to look up
    bool givenByUser = false; // --return-path (else the service's fixed label)
    dns::Answer cname;
    std::optional<dns::Answer> txt; // asked only when there is no CNAME
};

// How SPF stands for mail relayed by a service that uses its own envelope sender.
struct ReturnPathVerdict
{
    Status status = Status::Unknown;
    QString envelopeDomain; // the domain receivers check SPF at
    bool aligned = false;   // that domain is the customer's own subdomain, so SPF aligns with From
    QString detail;         // per item
    QString summary;
    QString message; // the finding
    QString fix;
};

class ReturnPath
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPath)

public:
    // Gathering: the name's CNAME, and its TXT when it has none.
    static ReturnPathFacts gather(dns::Resolver& resolver, const QString& name, bool givenByUser);
    // Judging, without DNS: a Return-Path that points to the service aligns SPF (pass); none configured leaves SPF
    // to the service's bounce domain, unaligned (warn: DMARC rests on DKIM); one pointing elsewhere fails; a DNS
    // error is unknown, never pass.
    static ReturnPathVerdict judge(const relay::RelayService& service, const QString& domain,
                                   const ReturnPathFacts& facts);
};

} // namespace mailready::spf
