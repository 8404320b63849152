#include "MessageText.h"

#include <QStringDecoder>

namespace mailready::mail {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 3.6.8: a field name is printable US-ASCII but the colon.
bool isFieldName(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (char c : name)
        if (c < 33 || c > 126 || c == ':')
            return false;
    return true;
}

QString decodeText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

} // namespace

bool HeaderField::is(QLatin1String lowerCaseName) const
{
    return QLatin1String(name).compare(lowerCaseName, Qt::CaseInsensitive) == 0;
}

QString HeaderField::value() const
{
    const qsizetype colon = raw.indexOf(':');
    QByteArray v = colon < 0 ? raw : raw.mid(colon + 1);
    v.replace("\r\n", "");
    return decodeText(v).simplified();
}

QList<const HeaderField*> MessageText::all(QLatin1String lowerCaseName) const
{
    QList<const HeaderField*> found;
    for (const HeaderField& f : headers)
        if (f.is(lowerCaseName))
            found << &f;
    return found;
}

const HeaderField* MessageText::first(QLatin1String lowerCaseName) const
{
    for (const HeaderField& f : headers)
        if (f.is(lowerCaseName))
            return &f;
    return nullptr;
}

qsizetype MessageText::indexOf(const HeaderField* field) const
{
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (&headers[i] == field)
            return i;
    return -1;
}

QByteArray toCrlf(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 40);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\n' && (i == 0 || in[i - 1] != '\r'))
            out += '\r';
        out += c;
    }
    return out;
}

MessageText splitMessage(const QByteArray& message, const Limits& limits)
{
    MessageText parsed;
    if (message.size() > limits.maxBytes) {
        parsed.tooLarge = true;
        return parsed;
    }
    const QByteArray m = toCrlf(message);
    qsizetype at = 0;
    while (at < m.size()) {
        qsizetype end = m.indexOf("\r\n", at);
        if (end < 0)
            end = m.size();
        if (end == at) { // the empty line: the body follows
            parsed.body = m.mid(at + 2);
            parsed.hasBody = !parsed.body.trimmed().isEmpty();
            return parsed;
        }
        qsizetype fieldEnd = end;
        while (fieldEnd + 2 < m.size() && isWsp(m[fieldEnd + 2])) {
            const qsizetype next = m.indexOf("\r\n", fieldEnd + 2);
            fieldEnd = next < 0 ? m.size() : next;
        }
        const QByteArray raw = m.mid(at, fieldEnd + 2 - at);
        at = fieldEnd + 2;
        if (isWsp(raw[0]) && !parsed.headers.isEmpty()) {
            parsed.headers.last().raw += raw;
            continue;
        }
        if (parsed.headers.size() >= limits.maxFields) {
            parsed.fieldsDropped = true;
            continue;
        }
        const qsizetype colon = raw.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : raw.left(colon).trimmed();
        parsed.headers.append({isFieldName(name) ? name : QByteArray(), raw});
    }
    return parsed;
}

bool looksLikeMessage(const QByteArray& text)
{
    qsizetype start = 0;
    // An mbox "From " separator line may come first.
    if (text.startsWith("From ")) {
        start = text.indexOf('\n');
        if (start < 0)
            return false;
        ++start;
    }
    const qsizetype eol = text.indexOf('\n', start);
    const QByteArray line = text.mid(start, eol < 0 ? -1 : eol - start);
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && isFieldName(line.left(colon));
}

} // namespace mailready::mail
