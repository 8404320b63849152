#pragma once

#include "checks/ReceiverRules.h"
#include "run/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailready::report {

// The five thresholds receivers judge, and the checks behind each; the wizard and the checklist share this map.
struct Threshold
{
    QString key;                       // "dnsbl", "rdns", "spf", "dkim", "dmarc", "server"
    QString title;                     // "Blocklists"
    QStringList checkIds;              // contract ids that decide it (from the check registry)
    QString requiredBy;                // who requires it: the rules' texts, in sentences
    QList<checks::ReceiverRule> rules; // the same, each with its source (resources/receiver-rules.json)
};

// Built on each call, so the texts follow the translator installed at that time.
QList<Threshold> thresholds();
// Worst status of the threshold's checks present in the report (skipped ignored; none present -> skipped).
Status thresholdStatus(const Threshold& threshold, const Report& report);

// A DNS record the user should publish, in both forms a person needs.
struct PublishRecord
{
    QString purpose;  // "SPF for example.com"
    QString name;     // owner name, absolute ("example.com.")
    QString type;     // "TXT", "MX", ...
    QString value;    // one string, as pasted into a web DNS panel
    QString zoneLine; // the whole zone-file line, long TXT split into quoted strings
};

} // namespace mailready::report
