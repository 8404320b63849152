#pragma once

#include "Thresholds.h"
#include "receiver/MessageCheck.h"

namespace mailready::report {

// The checklist as HTML for QTextDocument (and so QPdfWriter): per threshold the status, findings and fixes, the
// records to publish, the DNS evidence, and who requires what. Every piece of text that came from DNS or the user is
// escaped, so a TXT record holding markup is printed as the characters it is. Key material never enters a Report
// or a PublishRecord, so it cannot appear here. With `message`, the verdict on a real received message follows the
// thresholds (its header values escaped like everything else).
QString checklistHtml(const Report& report, const QList<PublishRecord>& records = {},
                      const receiver::MessageVerdict* message = nullptr);

} // namespace mailready::report
