#include "TxtStrings.h"

#include <QByteArray>
#include <QtGlobal>

namespace mailready::dns {

// A byte inside a UTF-8 character, after its first byte (10xxxxxx).
static bool isContinuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QStringList characterStrings(const QString& record, TxtBreak where, int maxBytes)
{
    maxBytes = qBound(4, maxBytes, kMaxCharacterString); // the longest UTF-8 character fits
    const QByteArray bytes = record.toUtf8();
    QStringList out;
    qsizetype start = 0;
    while (bytes.size() - start > maxBytes) {
        qsizetype end = start + maxBytes; // one past this string's last byte
        if (where == TxtBreak::BetweenTerms) {
            const qsizetype space = bytes.lastIndexOf(' ', end - 1);
            if (space >= start)
                end = space + 1; // the space ends this string
        }
        while (end > start + 1 && isContinuation(bytes.at(end)))
            --end;
        out << QString::fromUtf8(bytes.mid(start, end - start));
        start = end;
    }
    out << QString::fromUtf8(bytes.mid(start));
    return out;
}

QString quotedStrings(const QStringList& strings)
{
    QStringList quoted;
    for (QString s : strings) {
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(' '));
}

QString zoneFileText(const QString& record, TxtBreak where)
{
    return quotedStrings(characterStrings(record, where));
}

} // namespace mailready::dns
