#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mailready::bounce {

// One receiver's refusal as a bounce or a pasted text states it: the SMTP reply code, the enhanced status code
// (RFC 3463) when there is one, the text with continuation lines joined, and what the bounce says around it.
struct Rejection
{
    int replyCode = 0; // 421, 550, ...; 0 when only a DSN Status: was given
    QString status;    // "5.7.25"; empty when the reply had none
    QString text;      // the reply's text without the codes, continuation lines joined
    QString host;      // the receiving host where stated ("mx.example.net" or "mx.example.net[203.0.113.9]")
    QString recipient; // Final-Recipient or the address the bounce names; may be empty
    QString source;    // "dsn" (a message/delivery-status part) or "text"

    // "550 5.7.25", "550", "5.7.1": what the reply said, as people write it.
    QString code() const;
};

// What the reader found: the rejections in the order they appear (at most MaxRejections).
struct BounceText
{
    QList<Rejection> rejections;
    bool truncated = false; // a bound was reached: parts, lines or rejections beyond it were not read
};

// Bounds, so a hostile or huge input costs bounded time and memory.
inline constexpr qsizetype MaxInputBytes = 4 * 1024 * 1024;
inline constexpr int MaxParts = 64;             // MIME leaf parts looked at
inline constexpr int MaxLines = 20000;          // lines read, over all parts
inline constexpr int MaxRecipients = 200;       // per-recipient groups of one delivery-status part
inline constexpr int MaxRejections = 100;       // rejections kept
inline constexpr qsizetype MaxTextChars = 4000; // characters kept of one rejection's text

// Reads a bounce: a DSN (RFC 3464, multipart/report with a message/delivery-status part), any other bounce message
// (Postfix's "host ... said:", Exim's "SMTP error from remote mail server"), or pasted text holding a rejection.
// Returns nullopt with a sentence in *error only when the input cannot be read at all (too large); a text without a
// rejection gives an empty list.
std::optional<BounceText> readBounce(const QByteArray& input, QString* error = nullptr);

// The pieces, for tests and the fuzz target.
// A message/delivery-status body: the per-recipient groups with their Status, Remote-MTA and Diagnostic-Code.
QList<Rejection> readDeliveryStatus(const QString& body, int* linesBudget);
// Free text: reply lines ("550-5.7.25 ..." with continuations), Postfix's "host H[A] said: 550 ...", Exim's.
QList<Rejection> readRejectionText(const QString& text, int* linesBudget);
// "550-5.7.1 [..] The IP 550-5.7.1 address ..." (a Diagnostic-Code or one reply): the codes and the joined text.
std::optional<Rejection> parseReply(const QString& reply);

} // namespace mailready::bounce
