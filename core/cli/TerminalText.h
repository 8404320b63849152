#pragma once

#include <QString>

namespace mailready::cli {

// Text that came from strangers (DNS records, SMTP replies) made safe to print on a terminal: control characters
// (C0, DEL, C1) and the bidirectional overrides that can reorder what a reader sees are shown as
// visible escapes such as \x1B or \u202E, so a record cannot move the cursor, recolour or clear the screen, or
// disguise itself. A line feed is one of them (\x0A): no value breaks the report's lines or starts a line of its own
// that looks like a status line, so a caller passes one value or one line at a time. Everything else is kept as is.
QString terminalSafe(const QString& text);

} // namespace mailready::cli
