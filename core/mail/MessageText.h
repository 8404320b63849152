#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailready::mail {

// How much of a message is read: a message is text anyone can send, so the work on it is bounded.
struct Limits
{
    qsizetype maxBytes = 32 * 1024 * 1024; // larger input is refused as a whole
    int maxFields = 1000;                  // header fields beyond this are dropped (and the message says so)
};

// One header field as it was written: what DKIM hashes, byte for byte.
struct HeaderField
{
    QByteArray name; // as written, before the colon
    QByteArray raw;  // the whole field including continuation lines and the final CRLF

    bool is(QLatin1String lowerCaseName) const;
    // The value unfolded (line breaks removed), trimmed, as text: UTF-8 where it is valid UTF-8, otherwise Latin-1.
    // Encoded words (RFC 2047) are left as they are; see Addresses.h for the display form of From:.
    QString value() const;
};

// A message split into its header fields and body (RFC 5322 2.1), line ends made CRLF.
struct MessageText
{
    QList<HeaderField> headers; // top to bottom, as the receiver stored them
    QByteArray body;            // after the empty line; empty when there is none
    bool hasBody = false;       // an empty line ended the header section and something non-blank followed it
    bool tooLarge = false;      // the input exceeded Limits::maxBytes: nothing was read
    bool fieldsDropped = false; // more than Limits::maxFields header fields: the rest were dropped

    // Every field named `lowerCaseName`, top to bottom.
    QList<const HeaderField*> all(QLatin1String lowerCaseName) const;
    // The topmost field named `lowerCaseName`, or null.
    const HeaderField* first(QLatin1String lowerCaseName) const;
    // Index of `field` in headers (0 = topmost), or -1.
    qsizetype indexOf(const HeaderField* field) const;
};

// Bare LF line ends read as CRLF (files saved on Unix, text pasted from a browser).
QByteArray toCrlf(const QByteArray& in);

// Splits a message. A line that is neither a field, a continuation nor the empty line (a "From " mbox line, a
// webmail's stray text) is kept as a field with an empty name, so nothing is silently reordered.
MessageText splitMessage(const QByteArray& message, const Limits& limits = {});

// True when `text` starts like a header section: its first line is a field "Name: value".
bool looksLikeMessage(const QByteArray& text);

} // namespace mailready::mail
