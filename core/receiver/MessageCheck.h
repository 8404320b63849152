#pragma once

#include "EdgeHop.h"
#include "checks/CheckRequest.h"
#include "checks/CheckResult.h"
#include "checks/dkim/DkimSignature.h"
#include "checks/dmarc/DmarcDiscovery.h"
#include "checks/dnsbl/DnsblCheck.h"
#include "checks/rdns/EhloCheck.h"
#include "checks/rdns/PtrCheck.h"
#include "checks/spf/SpfCheck.h"
#include "mail/MessageText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace mailready::receiver {

// The contract's check ids of `mailready message` beside those it shares with `check` (ptr, fcrdns, ehlo, dnsbl, spf).
namespace messageid {
inline const QString DkimSignatures = QStringLiteral("dkim-signatures");
inline const QString DmarcMessage = QStringLiteral("dmarc-message");
inline const QString Receiver = QStringLiteral("receiver");
} // namespace messageid

// Which blocklists the connecting address is looked up on: the same choices as `check` (--dnsbl, a catalog, keys).
struct BlocklistChoice
{
    std::optional<checks::dnsbl::DnsblCatalog> catalog; // null: the built-in catalog
    QStringList zones;                                  // exactly these zones when not empty
    checks::dnsbl::ListKeys keys;

    // The choice a request makes (--dnsbl, --dnsbl-catalog and the keys, or the wizard's settings). A catalog file
    // that cannot be read leaves the built-in catalog (the request's reader has reported it already).
    static BlocklistChoice fromRequest(const CheckRequest& request);
};

// How a message is judged: the blocklists, and (rarely needed) which host's Received: line is the receiver's.
struct MessageOptions
{
    BlocklistChoice blocklists;
    QString receiver; // the receiving host to trust; empty: found automatically (see findConnection)
    mail::Limits limits;
};

// What a message is judged from: what it says, and every DNS answer about it. Nothing judged.
struct MessageFacts
{
    mail::MessageText text;
    QString fromDomain; // the domain of the (first) From: address, lower case; empty when there is none
    QString fromShown;  // From: as people read it
    int fromAddresses = 0;
    QString mailFrom; // the envelope sender from Return-Path:; empty with nullSender or when there is none
    bool nullSender = false;
    bool noReturnPath = false;
    std::optional<Connection> connection;
    QString noConnectionWhy;
    ReceiverResults receiver;
    // The DNS side, asked only where the message gives something to ask about.
    std::optional<checks::PtrFacts> ptr;
    std::optional<checks::ReverseFacts> fcrdns;
    std::optional<checks::EhloFacts> ehlo;
    std::optional<checks::DnsblFacts> dnsbl;
    std::optional<checks::SpfFacts> spf;
    QList<checks::dkim::SignatureResult> signatures;
    std::optional<checks::dmarc::Discovery> dmarc;
    QHash<QString, checks::dmarc::OrganizationalDomain> organizations; // per domain compared for alignment
    int dnsQueries = 0;                                                // questions that reached the network
};

// The verdict on a message: the contract's `mailready.message/1` document.
struct MessageVerdict
{
    QString fromDomain;
    QString mailFrom;
    std::optional<Connection> connection;
    QList<CheckResult> checks; // ptr, fcrdns, ehlo, dnsbl, spf, dkim-signatures, dmarc-message, receiver
    QString note;              // said beside an all-pass verdict: what passing means and does not
    QStringList problems;      // about the input itself (headers only, fields dropped, ...)

    Status status() const;
    int exitCode() const; // as `check`: 0 pass, 1 any fail, 2 any unknown
    const CheckResult* find(const QString& id) const;
    QJsonObject toJson() const;
};

class MessageCheck
{
    Q_DECLARE_TR_FUNCTIONS(MessageCheck)
public:
    // Reads the message and asks DNS everything its verdict needs, the independent questions at once.
    static MessageFacts gather(dns::Resolver& resolver, const QByteArray& message, const MessageOptions& options);
    // The verdict from the facts alone.
    static MessageVerdict judge(const MessageFacts& facts);
};

// The contract's mapping of an RFC 8601 result word to a status: pass -> pass, temperror -> unknown, every other word
// (fail, neutral, policy, permerror, none) -> fail.
Status statusOfResult(const QString& result);

// The DMARC evaluation of a message (RFC 7489 3.1 and 6.6, RFC 9989): pure.
struct DmarcOutcome
{
    QString result = QStringLiteral("none"); // pass, fail, none, temperror, permerror
    QString policy;                          // none, quarantine, reject; empty without a record
    bool spfAligned = false;
    bool dkimAligned = false;
    QString reason; // one sentence
};
DmarcOutcome evaluateDmarc(const MessageFacts& facts);

// Whether two domains align (RFC 7489 3.1): strict compares them exactly, relaxed their organizational domains.
// Empty when an organizational domain could not be found out (a DNS failure on its walk).
std::optional<bool> aligned(const MessageFacts& facts, const QString& a, const QString& b, bool strict);

} // namespace mailready::receiver
