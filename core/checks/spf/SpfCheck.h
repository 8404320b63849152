#pragma once

#include "checks/Check.h"
#include "checks/spf/ReturnPath.h"
#include "checks/spf/SpfEvaluator.h"
#include "relay/RelayServices.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

#include <atomic>
#include <optional>

namespace mailready::checks {

// What `spf` found at the domain, typed: the SPF records published there (none, one, or several).
struct SpfDetails final : CheckDetails
{
    QList<QByteArray> records;
};

// One sending address's evaluation, typed: the result and the tree of records and terms behind it.
struct SpfItemDetails final : CheckDetails
{
    QHostAddress ip;
    spf::Evaluation evaluation;
};

// Whose SPF policy is evaluated, for which connecting addresses, as receivers see the mail: plain values. The wizard's
// request fills it (forRequest), and so can a received message (its envelope sender, connecting address, HELO name).
struct SpfQuery
{
    QString domain;                // the domain whose policy is evaluated: the envelope sender's domain
    QString sender;                // the envelope sender (MAIL FROM); for a request, postmaster@domain
    QString helo;                  // the HELO name receivers see (%{h})
    QList<QHostAddress> addresses; // the connecting addresses
    QString heloRecordName; // the server's own name whose SPF record receivers check for HELO and bounces; empty: none
    QString relayHost;      // the relay mail leaves through; empty: none
    QString relayInclude;   // the relay's SPF name (include:), when known
    std::optional<relay::RelayService> ownEnvelope; // the relay is a service that sends with its own envelope sender
    QString returnPath; // its custom Return-Path subdomain as given (--return-path); empty: the service's label

    static SpfQuery forRequest(const CheckRequest& request, const QList<QHostAddress>& addresses);
};

// What `spf` judges: the published records, their lookup cost, and the RFC 7208 evaluation of each address (with
// every answer it used). Nothing judged.
struct SpfFacts
{
    SpfQuery query;
    spf::PublishedRecords published;                  // at query.domain
    std::optional<spf::LookupCost> cost;              // measured when exactly one record is published
    QList<dns::Answer> costAnswers;                   // the answers measuring it used
    QList<spf::Evaluation> evaluations;               // one per address, in order (fewer when the run was cancelled)
    std::optional<spf::PublishedRecords> heloRecords; // at query.heloRecordName, when it is asked
    std::optional<spf::ReturnPathFacts> returnPath;   // at the Return-Path, for query.ownEnvelope
};

// `spf`: the mail domain publishes one valid SPF record whose evaluation (RFC 7208 check_host(), sender
// postmaster@D, HELO = the hostname or D) passes for every sending address.
class SpfCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(SpfCheck)

public:
    QString id() const override { return checkid::Spf; }
    QString title() const override { return tr("SPF"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every DNS question (the records, their cost, check_host() for each address), then
    // the verdict from those facts alone. `cancelled`, when set, stops evaluating further addresses.
    static SpfFacts gather(dns::Resolver& resolver, const SpfQuery& query, const std::atomic_bool* cancelled = nullptr);
    static CheckResult judge(const SpfFacts& facts);
};

} // namespace mailready::checks
