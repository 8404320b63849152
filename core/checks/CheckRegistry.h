#pragma once

#include "Check.h"
#include "CheckIds.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace mailready {

// What a check waits for before it can run.
enum class CheckNeeds {
    Nothing,    // runs at once
    SendingIps, // the addresses mail leaves from (given, discovered, or the relay's)
    ServerIps,  // the server's own public addresses, also when mail leaves through a relay
};

// One check of the product: what the runner, the command line, the wizard and the checklist need to know about it
// without running it.
struct CheckDescriptor
{
    QLatin1String id;        // checkid::...
    QLatin1String threshold; // thresholdid::... it decides
    CheckNeeds needs = CheckNeeds::Nothing;
    std::function<std::unique_ptr<Check>()> make;

    QString title() const; // for people, in the language installed when called
};

// Every check, in the contract's order, then the checks it does not name. To add a check, add it here
// (ARCHITECTURE.md, "How to add a check").
const QList<CheckDescriptor>& checkRegistry();
// The descriptor of that id; null for an id this build does not have.
const CheckDescriptor* findCheck(const QString& id);
// Every id, in registry order.
QStringList allCheckIds();
// The ids that decide a threshold, in registry order.
QStringList checkIdsOf(const QString& threshold);

} // namespace mailready
