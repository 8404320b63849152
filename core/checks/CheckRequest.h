#pragma once

#include "dns/LdnsResolver.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready {

// Everything a run of the checks is asked to verify; filled by the CLI or by the wizard.
struct CheckRequest
{
    QString domain;               // the mail domain, ASCII, no trailing dot
    QString hostname;             // EHLO name (may be empty)
    QList<QHostAddress> ips;      // sending addresses given by the user; empty -> discover
    QStringList selectors;        // DKIM selectors
    QString dkimKeyFile;          // PEM private key to compare with the first selector's record
    QStringList dnsblZones;       // replaces the built-in catalog when not empty
    QString dnsblCatalogFile;     // a blocklist catalog file to use instead of the built-in one
    QString spamhausDqsKey;       // Spamhaus Data Query Service key (secret: never shown in reports)
    QString abusixKey;            // Abusix Mail Intelligence key (secret, like the DQS key)
    QString spamratsKey;          // SpamRATS key (secret, like the DQS key)
    QStringList ipEchoUrls;       // replaces the built-in echo endpoints when not empty
    QString smtp;                 // HOST[:PORT] to probe
    QString relay;                // HOST[:PORT] of the relay mail leaves through
    QList<QHostAddress> relayIps; // the relay's outgoing addresses when they are not HOST's A/AAAA (--relay-ip)
    QString relayInclude;         // the relay's SPF include name; empty: from the mail-service list, if it knows HOST
    // The custom Return-Path (MAIL FROM, bounce) subdomain a relay service sends with; empty: the service's fixed
    // label, if it has one (Postmark's pm-bounces).
    QString returnPath;
    // The public address(es) the published records were composed for, remembered from an earlier run; empty: none.
    QList<QHostAddress> rememberedIps;
    dns::ResolverConfig resolver; // nameservers and timeouts for every query of the run

    // Live re-checks: questions for names inside this zone go straight to its authoritative servers (no recursion,
    // no cache), every other question to `resolver`. Empty zone: everything goes to `resolver`.
    QString authoritativeZone;
    QList<dns::ServerAddress> authoritativeServers;
    // Each step of the SMTP, port 25 and IP-echo probes (connect, each reply) is bounded by this.
    int probeTimeoutMs = 10000;
    // DNS sources of public-ip discovery, "TYPE:NAME@SERVER[:PORT]"; nullopt: the built-in ones; empty: none.
    std::optional<QStringList> ipEchoDns;
    // HOST[:PORT] for the outbound port 25 probe; empty: port25 is skipped.
    QString port25Target;
    // HOST[:PORT] tried when port 25 fails, to tell a block from no network at all (default: the target's port 443).
    QString port25Control;

    // Every field counts: results of a run are about exactly the request it was started with.
    bool operator==(const CheckRequest&) const = default;
};

} // namespace mailready
