#pragma once

#include <QHostAddress>
#include <QString>

namespace mailready::checks {

// Pure judgements about PTR names; no I/O.

// Why a PTR name looks like an ISP's generic name for a dynamic or residential line ("contains the address
// 203.0.113.5 as 5-113-0-203", "contains the word 'dyn'"); empty when it looks like a server's own name.
QString genericPtrReason(const QString& ptrName, const QHostAddress& address);

// The next step where the PTR name is an ISP's generic one (a home line): a relay, or a custom PTR from the ISP; never
// a record in the ISP's zone.
QString homeLineStep();

// The lines that make each common MTA announce `name` in EHLO (Postfix, Exim, OpenSMTPD), one per line.
QString ehloConfigFix(const QString& name);

} // namespace mailready::checks
