#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::checks {

// One SMTP reply (RFC 5321 4.2): a three-digit code and one or more lines of text.
struct SmtpReply
{
    int code = 0;
    QStringList lines; // the text after "ddd-" / "ddd ", one entry per line

    int category() const { return code / 100; } // 2 positive, 3 intermediate, 4 temporary, 5 permanent
    QString text() const { return lines.join(QLatin1Char('\n')); }
    // The domain a 220 greeting or the first line of an EHLO reply names (its first word).
    QString firstWord() const;
    // EHLO keywords (upper case) with their parameters: "STARTTLS", "SIZE 35882577", ...; lines after the first.
    QStringList extensions() const;
    bool hasExtension(const QString& keyword) const;
};

// Reads replies from a byte stream as it arrives. Pure: no I/O. Tolerates CRLF and bare LF line ends.
class SmtpReplyReader
{
public:
    static constexpr int MaxLineLength = 2048; // RFC 5321 4.5.3.1.5 allows 512; be lenient, but bounded
    static constexpr int MaxLines = 200;

    void feed(const QByteArray& bytes);
    // The next complete reply, if one has arrived. After a protocol violation returns nullopt and error() says why.
    std::optional<SmtpReply> next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes received and not yet consumed by a complete reply.
    QByteArray pending() const { return m_buffer; }

private:
    void fail(const QString& why, const QByteArray& line);

    QByteArray m_buffer;
    QString m_error;
};

} // namespace mailready::checks
