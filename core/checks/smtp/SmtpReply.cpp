#include "SmtpReply.h"

#include <QCoreApplication>

namespace mailready::checks {

QString SmtpReply::firstWord() const
{
    if (lines.isEmpty())
        return {};
    return lines.first().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

QStringList SmtpReply::extensions() const
{
    QStringList out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString l = lines[i].trimmed();
        if (l.isEmpty())
            continue;
        const QString keyword = l.section(QLatin1Char(' '), 0, 0).toUpper();
        const QString rest = l.section(QLatin1Char(' '), 1);
        out << (rest.isEmpty() ? keyword : keyword + QLatin1Char(' ') + rest);
    }
    return out;
}

bool SmtpReply::hasExtension(const QString& keyword) const
{
    const QString k = keyword.toUpper();
    for (const QString& e : extensions())
        if (e == k || e.startsWith(k + QLatin1Char(' ')))
            return true;
    return false;
}

void SmtpReplyReader::feed(const QByteArray& bytes)
{
    if (!hasError())
        m_buffer += bytes;
}

void SmtpReplyReader::fail(const QString& why, const QByteArray& line)
{
    QByteArray shown = line.left(80);
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = '?';
    m_error = QStringLiteral("%1: \"%2\"").arg(why, QString::fromLatin1(shown));
}

std::optional<SmtpReply> SmtpReplyReader::next()
{
    if (hasError())
        return std::nullopt;
    SmtpReply reply;
    qsizetype pos = 0;
    for (int count = 0;; ++count) {
        const qsizetype eol = m_buffer.indexOf('\n', pos);
        if (eol < 0) {
            if (m_buffer.size() - pos > MaxLineLength)
                fail(QCoreApplication::translate("SmtpReply", "a reply line longer than %1 bytes").arg(MaxLineLength),
                     m_buffer.mid(pos));
            return std::nullopt; // wait for more
        }
        if (count >= MaxLines) {
            fail(QCoreApplication::translate("SmtpReply", "a reply of more than %1 lines").arg(MaxLines),
                 m_buffer.mid(pos, eol - pos));
            return std::nullopt;
        }
        QByteArray line = m_buffer.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > MaxLineLength) {
            fail(QCoreApplication::translate("SmtpReply", "a reply line longer than %1 bytes").arg(MaxLineLength),
                 line);
            return std::nullopt;
        }
        // RFC 5321 4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF,
        // Reply-code = %x32-35 %x30-35 %x30-39.
        const bool codeOk = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '5' &&
                            line[2] >= '0' && line[2] <= '9';
        const char sep = line.size() > 3 ? line[3] : ' ';
        if (!codeOk || (sep != ' ' && sep != '-')) {
            fail(QCoreApplication::translate("SmtpReply", "not an SMTP reply line"), line);
            return std::nullopt;
        }
        const int code = line.left(3).toInt();
        if (count > 0 && code != reply.code) {
            fail(QCoreApplication::translate("SmtpReply", "a multi-line reply whose lines carry different codes"),
                 line);
            return std::nullopt;
        }
        reply.code = code;
        reply.lines << QString::fromUtf8(line.mid(4));
        pos = eol + 1;
        if (sep == ' ') {
            m_buffer.remove(0, pos);
            return reply;
        }
    }
}

} // namespace mailready::checks
