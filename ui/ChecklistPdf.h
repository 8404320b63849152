#pragma once

#include "receiver/MessageCheck.h"
#include "report/Thresholds.h"

namespace mailready::ui {

// Writes the checklist (report::checklistHtml) as an A4 PDF. The file appears whole or not at all.
bool writeChecklistPdf(const Report& report, const QList<report::PublishRecord>& records, const QString& path,
                       QString* error, const receiver::MessageVerdict* message = nullptr);

} // namespace mailready::ui
