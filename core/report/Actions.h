#pragma once

#include "Thresholds.h"

#include <QList>
#include <QString>

namespace mailready::report {

// One line of the checklist's to-do list: something the admin does (publish a record, set a line in the MTA's
// configuration, ask the ISP for a PTR), or a threshold that already passes, ticked.
struct Action
{
    QString thresholdKey; // "dnsbl", "rdns", ... (thresholdid); empty for the closing re-check
    QString text;         // what to do, in a sentence
    QString detail;       // the exact record, zone line or configuration line, shown as code; may be empty
    bool done = false;    // the threshold passes: shown ticked
};

// The actions in the order to do them: threshold by threshold as receivers judge them (blocklists, reverse DNS,
// SPF, DKIM, DMARC, server), within each first the records to publish, then every warning and error finding of its
// checks that comes with its own fix (a finding whose fix is one of the records is not repeated), then what could
// not be verified; a threshold that passes with nothing to publish is one ticked line. Last, the re-check.
QList<Action> actionsInOrder(const Report& report, const QList<PublishRecord>& records);

// Which threshold a record to publish belongs to, by its name and value ("" when none does).
QString thresholdOfRecord(const PublishRecord& record);

} // namespace mailready::report
