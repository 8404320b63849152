#pragma once

#include <QString>

namespace mailready::cli {

// Text that came from strangers (DNS records, SMTP replies) made safe to print on a terminal: control characters
// (C0, DEL, C1) and the bidirectional overrides that can reorder what a reader sees are shown as
// visible escapes such as \x1B or \u202E, so a record cannot move the cursor, recolour or clear the screen, or
// disguise itself. A line feed is one of them (\x0A): no value breaks the report's lines or starts a line of its own
// that looks like a status line, so a caller passes one value or one line at a time. Everything else is kept as is.
QString terminalSafe(const QString& text);

// A message of one line made from text that may hold what a user typed (an error naming a bad value): as
// terminalSafe (so a line feed is \x0A and the message stays one line), and a run of over 120
// characters without a space (a 10 kB value pasted by mistake) is shortened to its start and end around
// "…(N characters)…", so the sentence around it stays readable.
QString oneLineSafe(const QString& text);

} // namespace mailready::cli
