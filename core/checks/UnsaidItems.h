#pragma once

#include "CheckResult.h"

namespace mailready {

// The items of `result` that are not pass (nor skipped) whose detail neither the summary nor a finding says. The
// reason a received message's DKIM signature fails (it expired) lives only in its item, so a reader shown the
// summary and the findings (the message command, the wizard's message page) needs these too.
QList<CheckItem> unsaidItems(const CheckResult& result);

} // namespace mailready
