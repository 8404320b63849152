#pragma once

#include "DmarcRecord.h"
#include "dns/Resolver.h"

#include <QList>

namespace mailready::checks::dmarc {

// The names RFC 9989 policy discovery asks, in order: D itself, then (when D has 8 or more labels) D shortened to
// 7 labels, then one label less each time down to the top-level domain. "a.b.example.com" ->
// [a.b.example.com, b.example.com, example.com, com].
QStringList treeWalk(const QString& domain);

struct Discovery
{
    enum Status {
        Found,     // a DMARC record applies (record may still be invalid: see record.verdict)
        NoRecord,  // no DMARC record anywhere on the walk
        TempError, // a lookup on the walk failed temporarily before a record was found
    };
    Status status = NoRecord;
    QString domain;       // the domain asked about
    QString recordDomain; // where the applying record was found (domain or an ancestor)
    QString recordText;
    Record record;
    QStringList multipleAt;   // names with several DMARC records, discarded during the walk (RFC 9989)
    QList<dns::Answer> trail; // every answer consulted, in order
    QString error;            // for TempError

    bool inherited() const { return status == Found && recordDomain != domain; }
};

// RFC 9989 policy discovery: the first single DMARC record on the tree walk applies. Non-DMARC TXT records are
// ignored; several DMARC records at one name are discarded and the walk goes on; a temporary failure before any
// record is found ends the walk as TempError.
Discovery discoverPolicy(dns::Resolver& resolver, const QString& domain);

// RFC 9989 organizational domain of `domain`: the walk's record with psd=n, or the name below one with psd=y, or the
// highest name with a DMARC record, or `domain` itself. The walk stops at the first name that cannot be looked up
// and answers from what it found below it, marked uncertain: a record above could have named another one.
struct OrganizationalDomain
{
    QString name;
    bool certain = true;
    dns::Answer failed; // the lookup that made it uncertain
};
OrganizationalDomain findOrganizationalDomain(dns::Resolver& resolver, const QString& domain);
inline QString organizationalDomain(dns::Resolver& resolver, const QString& domain)
{
    return findOrganizationalDomain(resolver, domain).name;
}

// External report destination authorization (RFC 9989, RFC 7489 7.1): DEST allows reports about POLICYDOMAIN when
// POLICYDOMAIN._report._dmarc.DEST has a TXT record starting v=DMARC1.
struct ReportAuthorization
{
    enum Status { Authorized, NotAuthorized, Malformed, TempError };
    Status status = NotAuthorized;
    QString name; // the name asked
    dns::Answer answer;
};
ReportAuthorization checkReportAuthorization(dns::Resolver& resolver, const QString& policyDomain,
                                             const QString& destinationDomain);

} // namespace mailready::checks::dmarc
