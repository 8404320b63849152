#pragma once

#include "DmarcRecord.h"

#include <QList>
#include <QString>

namespace mailready::checks::dmarc {

// Composing the DMARC records to publish, for `mailready records` and the wizard.
//
//   ComposeOptions o;
//   o.domain = "example.com";                      // the mail domain (From: domain)
//   o.reportAddress = "dmarc@example.com";         // where aggregate reports go (default dmarc-reports@domain)
//   for (const Stage& s : composePlan(o))          // p=none -> quarantine -> reject, each with its explanation
//       show(s.title, recordName(o.domain), s.record, s.explanation, s.advance);
//   QString extra = externalAuthorizationRecord(o); // non-empty when reports go to another domain
//
// Every record composed here is valid under RFC 9989 and RFC 7489: it starts "v=DMARC1; p=...", has a mailto: rua,
// and only uses tags both know, except np= which RFC 7489 receivers safely ignore.
struct ComposeOptions
{
    QString domain;                          // the mail domain, e.g. example.com
    QString reportAddress;                   // aggregate reports (rua); empty: dmarc-reports@domain
    bool strictAlignment = false;            // adkim=s; aspf=s: only when mail never comes from subdomains
    std::optional<Policy> subdomainPolicy;   // sp=, when subdomains need another policy than the domain
    bool rejectNonexistentSubdomains = true; // np=reject in the last stage: names that do not exist never send mail
};

struct Stage
{
    QString title; // "Stage 1: monitor"
    Policy policy = Policy::None;
    QString record;      // the TXT value
    QString explanation; // what it does, in plain words
    QString advance;     // when to go to the next stage
};

// "_dmarc.D."
QString recordName(const QString& domain);
// One record for the given policy with the options' rua/alignment/sp/np.
QString composeRecord(Policy policy, const ComposeOptions& options);
// The staged plan: p=none with reports, then quarantine, then reject.
QList<Stage> composePlan(const ComposeOptions& options);
// When the report address is in another domain: the zone-file line that domain must publish
// (`D._report._dmarc.DEST. IN TXT "v=DMARC1"`), else empty.
QString externalAuthorizationRecord(const ComposeOptions& options);

} // namespace mailready::checks::dmarc
