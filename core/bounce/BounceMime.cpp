// GMime's headers come first: they are C, and Qt's headers must not see their names.
#include <gmime/gmime.h>

#include "BounceMime.h"

#include <QRegularExpression>

#include <mutex>

namespace mailready::bounce {

namespace {

// g_mime_init() once per process, from whichever thread reads a bounce first.
void initGmime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

bool isA(void* object, GType type)
{
    return object && g_type_check_instance_is_a(static_cast<GTypeInstance*>(object), type);
}

// The transfer-decoded bytes of a leaf part.
QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream* out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, out);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(reinterpret_cast<GMimeStreamMem*>(out));
    QByteArray result(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
    g_object_unref(out);
    return result;
}

QString textOf(GMimeObject* object)
{
    if (isA(object, g_mime_text_part_get_type())) {
        // Converted from the part's charset to UTF-8 by GMime.
        char* utf8 = g_mime_text_part_get_text(reinterpret_cast<GMimeTextPart*>(object));
        const QString text = QString::fromUtf8(utf8);
        g_free(utf8);
        return text;
    }
    return QString::fromUtf8(decodedContent(reinterpret_cast<GMimePart*>(object)));
}

struct Walk
{
    int maxParts = 0;
    int parts = 0;
    bool truncated = false;
    QList<MimeText> out;

    void leaf(GMimeObject* object)
    {
        if (++parts > maxParts) {
            truncated = true;
            return;
        }
        GMimeContentType* type = g_mime_object_get_content_type(object);
        if (g_mime_content_type_is_type(type, "message", "delivery-status"))
            out.append({MimeText::Kind::DeliveryStatus, textOf(object)});
        else if (g_mime_content_type_is_type(type, "text", "rfc822-headers"))
            return; // the returned message's headers: the sender's own text
        else if (g_mime_content_type_is_type(type, "text", "*"))
            out.append({MimeText::Kind::Text, textOf(object)});
    }

    void visit(GMimeObject* object, int depth)
    {
        if (!object || truncated || depth > 8)
            return;
        if (isA(object, g_mime_multipart_get_type())) {
            auto* multipart = reinterpret_cast<GMimeMultipart*>(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count && !truncated; ++i)
                visit(g_mime_multipart_get_part(multipart, i), depth + 1);
        } else if (isA(object, g_mime_part_get_type())) {
            leaf(object);
        }
        // message/rfc822: the returned original message, not read.
    }
};

// A header section starts the input: its first line is "Name: value" (RFC 5322 2.2), or an mbox "From " line.
bool startsWithHeaders(const QByteArray& input)
{
    static const QRegularExpression field(QStringLiteral("^(From |[!-9;-~]+:)"));
    return field.match(QString::fromLatin1(input.left(200))).hasMatch();
}

QByteArray withoutMboxLine(const QByteArray& input)
{
    if (!input.startsWith("From "))
        return input;
    const qsizetype end = input.indexOf('\n');
    return end < 0 ? QByteArray() : input.mid(end + 1);
}

// More Content-Type fields than a bounce has: GMime would build (and recurse into) every part, so such an input is
// read as plain text instead.
bool tooManyParts(const QByteArray& input, int maxParts)
{
    static const QRegularExpression field(QStringLiteral("^content-type:"), QRegularExpression::CaseInsensitiveOption |
                                                                                QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(input);
    auto it = field.globalMatch(text);
    int count = 0;
    while (it.hasNext() && count <= 2 * maxParts) {
        it.next();
        ++count;
    }
    return count > 2 * maxParts;
}

} // namespace

QList<MimeText> splitMime(const QByteArray& input, int maxParts, bool* truncated)
{
    const QList<MimeText> plain{{MimeText::Kind::Text, QString::fromUtf8(input)}};
    if (!startsWithHeaders(input))
        return plain;
    if (tooManyParts(input, maxParts)) {
        if (truncated)
            *truncated = true;
        return plain;
    }
    initGmime();
    const QByteArray message = withoutMboxLine(input);
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(message.constData(), static_cast<size_t>(message.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    GMimeMessage* parsed = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    if (!parsed)
        return plain;
    Walk walk;
    walk.maxParts = maxParts;
    // Without a Content-Type the message is plain text (a qmail bounce, a pasted header block): read it whole.
    GMimeObject* body = g_mime_message_get_mime_part(parsed);
    const bool mime = body && g_mime_object_get_header(body, "Content-Type") != nullptr;
    if (mime)
        walk.visit(body, 0);
    g_object_unref(parsed);
    if (truncated)
        *truncated = walk.truncated;
    return mime ? walk.out : plain;
}

} // namespace mailready::bounce
