#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/smtp/SmtpReply.h"

namespace mailready::fuzz {

// A hostile or broken SMTP server's bytes (RFC 5321 4.2), arriving in pieces of any size: the reader yields replies
// with a three-digit code and bounded lines, or stops with a reason; it never holds more than it was given.
int fuzzSmtpReply(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    FuzzInput in(data, size);
    checks::SmtpReplyReader reader;
    qsizetype fed = 0;
    int replies = 0;
    while (!in.empty()) {
        const QByteArray chunk = in.shortBytes();
        fed += chunk.size();
        reader.feed(chunk);
        while (const auto reply = reader.next()) {
            ++replies;
            if (reply->code < 100 || reply->code > 999)
                invariantBroken("reply code out of range", QByteArray::number(reply->code));
            if (reply->lines.isEmpty() || reply->lines.size() > checks::SmtpReplyReader::MaxLines)
                invariantBroken("reply line count out of bounds", QByteArray::number(reply->lines.size()));
            for (const QString& line : reply->lines)
                if (line.size() > checks::SmtpReplyReader::MaxLineLength)
                    invariantBroken("reply line too long", QByteArray::number(line.size()));
            reply->category();
            reply->text();
            reply->firstWord();
            for (const QString& e : reply->extensions())
                reply->hasExtension(e.section(QLatin1Char(' '), 0, 0));
        }
        if (reader.hasError() && reader.error().isEmpty())
            invariantBroken("error without a reason");
        if (reader.pending().size() > fed)
            invariantBroken("pending holds more than was fed");
    }
    return 0;
}

} // namespace mailready::fuzz
