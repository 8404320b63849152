#pragma once

#include "receiver/MessageCheck.h"
#include "report/Thresholds.h"

namespace mailready::ui {

// The checklist (report::checklistHtml) as the bytes of an A4 PDF.
QByteArray checklistPdf(const Report& report, const QList<report::PublishRecord>& records,
                        const receiver::MessageVerdict* message = nullptr);

// Writes the checklist PDF to the file the wizard's save dialog chose (it asked before replacing a file): through
// OutputFile, so the file appears whole or not at all, and a link, folder or device is never written.
bool writeChecklistPdf(const Report& report, const QList<report::PublishRecord>& records, const QString& path,
                       QString* error, const receiver::MessageVerdict* message = nullptr);

} // namespace mailready::ui
