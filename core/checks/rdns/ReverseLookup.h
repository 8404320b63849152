#pragma once

#include "dns/DnsAnswer.h"
#include "dns/Resolver.h"

#include <QHostAddress>
#include <QList>

namespace mailready::checks {

// One PTR name of an address and what its forward lookup (A for IPv4, AAAA for IPv6) said.
struct PtrTarget
{
    QString name;           // absolute
    dns::Answer forward;    // empty (Timeout, no name) when the forward lookup was not asked
    bool confirmed = false; // forward lookup holds the address
};

// Everything reverse-DNS checks need about one sending address. The same questions are shared by ptr, fcrdns and
// ehlo through the run's caching resolver, so each check can build this without asking twice.
struct ReverseLookup
{
    QHostAddress address;
    QString addressText;
    bool isV6 = false;
    dns::Answer ptr;
    QList<PtrTarget> targets; // one per PTR name, in answer order

    dns::RRType forwardType() const { return isV6 ? dns::RRType::AAAA : dns::RRType::A; }
    QStringList names() const; // PTR names for display (no trailing dot)
    bool anyConfirmed() const;
};

// Looks up the PTR of every address and, when `forward`, the A/AAAA of every PTR name; all concurrently.
QList<ReverseLookup> lookupReverse(dns::Resolver& resolver, const QList<QHostAddress>& addresses, bool forward);

// The facts the reverse-DNS checks (ptr, fcrdns, ehlo) judge: the addresses mail comes from, in order, and the
// reverse lookups of the public ones. gatherReverse() builds them from DNS for `check`; the receiver's view of a
// message builds them the same way for the connecting address of its Received: hop. Tests build them by hand.
struct ReverseFacts
{
    QList<QHostAddress> addresses; // in order
    QList<ReverseLookup> lookups;  // one per address that is not isNeverPublic() (those are not asked), in order
};

// Asks DNS for the reverse lookups of `addresses` (and, when `forward`, the forward lookups of their PTR names).
ReverseFacts gatherReverse(dns::Resolver& resolver, const QList<QHostAddress>& addresses, bool forward);

// True when `answer` (A or AAAA) holds `address` (IPv4-mapped addresses compare as IPv4).
bool answerHolds(const dns::Answer& answer, const QHostAddress& address);

} // namespace mailready::checks
