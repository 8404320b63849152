#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailready::bounce {

// A piece of a bounce worth reading: a message/delivery-status body or a text part, transfer-decoded.
struct MimeText
{
    enum class Kind { DeliveryStatus, Text };
    Kind kind = Kind::Text;
    QString text;
};

// Splits a message into its readable parts with GMime (multipart boundaries, transfer encodings, charsets); the
// returned original message (message/rfc822, text/rfc822-headers) is skipped, since its text is the sender's own.
// Input that is not a MIME message (no header section) comes back as one Text. At most `maxParts` parts;
// *truncated is set when there were more.
QList<MimeText> splitMime(const QByteArray& input, int maxParts, bool* truncated);

} // namespace mailready::bounce
