#include "BounceReader.h"

#include "BounceMime.h"

#include <QRegularExpression>
#include <QStringList>

namespace mailready::bounce {

QString Rejection::code() const
{
    if (replyCode == 0)
        return status;
    return status.isEmpty() ? QString::number(replyCode) : QStringLiteral("%1 %2").arg(replyCode).arg(status);
}

namespace {

QString collapsed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

// Lines of a text, at most what the budget still allows; the budget goes down by the lines taken.
QStringList takeLines(const QString& text, int* budget)
{
    QStringList lines;
    qsizetype start = 0;
    while (start <= text.size() && *budget > 0) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QString line = text.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines << line;
        --*budget;
        start = end + 1;
    }
    return lines;
}

bool isFailure(const Rejection& r)
{
    return r.replyCode >= 400 || r.status.startsWith(QLatin1Char('4')) || r.status.startsWith(QLatin1Char('5'));
}

} // namespace

std::optional<Rejection> parseReply(const QString& reply)
{
    static const QRegularExpression head(
        QStringLiteral("^\\s*([2-5][0-9][0-9])(?:[ -]|$)\\s*(?:([2-5]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![.0-9]))?\\s*"));
    static const QRegularExpression inReplyTo(QStringLiteral("\\(in reply to [^)]{0,80}\\)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString bounded = reply.left(MaxTextChars * 2);
    const QRegularExpressionMatch m = head.match(bounded);
    if (!m.hasMatch())
        return std::nullopt;
    Rejection r;
    r.replyCode = m.captured(1).toInt();
    r.status = m.captured(2);
    QString text = bounded.mid(m.capturedEnd(0));
    // The codes repeated on every line of a multi-line reply ("550-5.7.1 "), wherever a wrapped bounce put them.
    QString repeat = QStringLiteral("(?<![0-9.])") + m.captured(1) + QStringLiteral("[ -]");
    if (!r.status.isEmpty())
        repeat += QStringLiteral("(?:") + QRegularExpression::escape(r.status) + QStringLiteral("(?![.0-9]))?");
    text.replace(QRegularExpression(repeat), QStringLiteral(" "));
    text.remove(inReplyTo);
    r.text = collapsed(text).left(MaxTextChars);
    return r;
}

namespace {

// The fields of one group of a delivery-status body, folded lines unfolded; names in lower case.
struct DsnGroup
{
    QList<QPair<QString, QString>> fields;
    QString value(const char* name) const
    {
        for (const auto& [key, v] : fields)
            if (key == QLatin1String(name))
                return v;
        return {};
    }
};

QList<DsnGroup> dsnGroups(const QString& body, int* linesBudget)
{
    QList<DsnGroup> groups{DsnGroup{}};
    for (const QString& line : takeLines(body, linesBudget)) {
        if (line.trimmed().isEmpty()) {
            if (!groups.last().fields.isEmpty())
                groups.append(DsnGroup{});
            continue;
        }
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) &&
            !groups.last().fields.isEmpty()) {
            groups.last().fields.last().second += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && !line.left(colon).contains(QLatin1Char(' ')))
            groups.last().fields.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        if (groups.size() > MaxRecipients + 1)
            break;
    }
    return groups;
}

// "rfc822; user@example.net" -> "user@example.net"
QString afterType(const QString& value)
{
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    return (semi < 0 ? value : value.mid(semi + 1)).trimmed();
}

} // namespace

QList<Rejection> readDeliveryStatus(const QString& body, int* linesBudget)
{
    QList<Rejection> out;
    for (const DsnGroup& g : dsnGroups(body, linesBudget)) {
        const QString diagnostic = g.value("diagnostic-code");
        Rejection r;
        if (!diagnostic.isEmpty())
            if (const auto reply = parseReply(afterType(diagnostic)))
                r = *reply;
        if (r.replyCode == 0 && !diagnostic.isEmpty())
            r.text = collapsed(afterType(diagnostic)).left(MaxTextChars);
        if (r.status.isEmpty())
            r.status = g.value("status").section(QLatin1Char(' '), 0, 0);
        r.recipient = afterType(g.value("final-recipient"));
        r.host = afterType(g.value("remote-mta"));
        r.source = QStringLiteral("dsn");
        if (isFailure(r) && !r.recipient.isEmpty())
            out << r;
    }
    return out;
}

namespace {

struct TextScan
{
    QStringList lines;
    QString host;
    QString recipient;
    QList<Rejection> out;

    void noteContext(const QString& fullLine)
    {
        // Postfix "host mx.example.net[203.0.113.9] said:", Exim "host mx.example.net [203.0.113.9]". Bounded
        // repetitions on the start of a line only: a hostile line cannot make the expressions backtrack for long.
        static const QRegularExpression hostRe(
            QStringLiteral("(?:\\bhost |^\\s*)([A-Za-z0-9_-]{1,63}(?:\\.[A-Za-z0-9_-]{1,63}){1,16}) ?"
                           "\\[([0-9A-Fa-f.:]{2,45})\\](?: said:|\\s*$|:)"));
        static const QRegularExpression rcptRe(QStringLiteral("^\\s*<?([^\\s<>@]{1,64}@[^\\s<>:]{1,255})>?:?(\\s|$)"));
        const QString line = fullLine.left(1000);
        if (const auto m = hostRe.match(line); m.hasMatch())
            host = QStringLiteral("%1 [%2]").arg(m.captured(1), m.captured(2));
        if (const auto m = rcptRe.match(line); m.hasMatch())
            recipient = m.captured(1);
    }

    void add(const QString& replyText)
    {
        if (out.size() >= MaxRejections)
            return;
        auto r = parseReply(replyText);
        if (!r || r->replyCode < 400)
            return;
        r->host = host;
        r->recipient = recipient;
        r->source = QStringLiteral("text");
        out << *r;
    }

    // Postfix: "said: 550 ..." and the indented lines after it, up to a blank line.
    qsizetype saidReply(qsizetype i, qsizetype at)
    {
        QString reply = lines[i].mid(at);
        qsizetype j = i + 1;
        for (; j < lines.size() && reply.size() < MaxTextChars * 2; ++j) {
            const QString& next = lines[j];
            if (next.trimmed().isEmpty() || !(next.startsWith(QLatin1Char(' ')) || next.startsWith(QLatin1Char('\t'))))
                break;
            reply += QLatin1Char(' ') + next.trimmed();
        }
        add(reply);
        return j;
    }

    // "550-5.7.25 ..." lines with the same code, up to the one with a space after the code.
    qsizetype codeReply(qsizetype i, const QString& code, QChar separator)
    {
        static const QRegularExpression lead(QStringLiteral("^\\s*(?:<<<\\s*)?"));
        QString reply = lines[i].mid(lead.match(lines[i]).capturedEnd(0));
        qsizetype j = i + 1;
        for (; separator == QLatin1Char('-') && j < lines.size() && reply.size() < MaxTextChars * 2; ++j) {
            const QString next = lines[j].mid(lead.match(lines[j]).capturedEnd(0));
            if (!next.startsWith(code) || next.size() < 4)
                break;
            reply += QLatin1Char(' ') + next;
            separator = next.at(3);
        }
        add(reply);
        return j;
    }

    // Where a reply starts in a line: at its start ("550-5.7.25 ...", "<<< 550 ...", "(reason: 550 ..."), or after a
    // colon when an enhanced status code follows (Exim's log: "SMTP error from remote mail server after RCPT TO:<a>:
    // 550-5.7.1 ..."). Returns the match whose group 1 is the code and group 2 the separator.
    static QRegularExpressionMatch replyIn(const QString& line)
    {
        static const QRegularExpression start(
            QStringLiteral("^\\s*(?:<<<\\s*|\\(?reason:\\s*)?([45][0-9][0-9])([ -])"));
        static const QRegularExpression afterColon(
            QStringLiteral(":\\s+([45][0-9][0-9])([ -])[45]\\.[0-9]{1,3}\\.[0-9]{1,3}\\s"));
        const QRegularExpressionMatch m = start.match(line);
        return m.hasMatch() ? m : afterColon.match(line);
    }

    void run()
    {
        static const QRegularExpression said(QStringLiteral("\\bsaid:\\s*"));
        qsizetype i = 0;
        while (i < lines.size() && out.size() < MaxRejections) {
            lines[i].replace(QLatin1String("\\n"), QLatin1String(" ")); // Exim's log writes a reply's newlines so
            noteContext(lines[i]);
            if (const auto m = said.match(lines[i]); m.hasMatch()) {
                i = saidReply(i, m.capturedEnd(0));
            } else if (const auto r = replyIn(lines[i]); r.hasMatch()) {
                lines[i] = lines[i].mid(r.capturedStart(1));
                i = codeReply(i, r.captured(1), r.captured(2).at(0));
            } else {
                ++i;
            }
        }
    }
};

} // namespace

QList<Rejection> readRejectionText(const QString& text, int* linesBudget)
{
    TextScan scan;
    scan.lines = takeLines(text, linesBudget);
    scan.run();
    return scan.out;
}

namespace {

// Two readings of the same refusal (the DSN part and the text part of one bounce, or a folded line read twice):
// the same codes, and the start of one text within the other.
bool sameRefusal(const Rejection& a, const Rejection& b)
{
    if (a.replyCode != b.replyCode || a.status != b.status)
        return false;
    const QString ta = a.text.toLower(), tb = b.text.toLower();
    if (ta == tb)
        return true;
    // A shorter reading within a longer one counts only when it says enough ("reply 1" is not "reply 10").
    const QString& shorter = ta.size() < tb.size() ? ta : tb;
    const QString& longer = ta.size() < tb.size() ? tb : ta;
    return shorter.size() >= 20 && longer.contains(shorter.left(40));
}

// A DSN group with a Status: but no Diagnostic-Code (OpenSMTPD writes "Status: 5.0.0" alone) and the reply the
// bounce's text gives for the same recipient.
bool bareStatusOf(const Rejection& bare, const Rejection& reply)
{
    return bare.replyCode == 0 && bare.text.isEmpty() && reply.replyCode != 0 && !bare.recipient.isEmpty() &&
           bare.recipient.compare(reply.recipient, Qt::CaseInsensitive) == 0;
}

void merge(QList<Rejection>& into, const Rejection& r)
{
    for (Rejection& kept : into) {
        if (bareStatusOf(r, kept))
            return;
        if (bareStatusOf(kept, r)) {
            const QString host = kept.host.isEmpty() ? r.host : kept.host;
            kept = r;
            kept.host = host;
            return;
        }
        if (!sameRefusal(kept, r))
            continue;
        if (r.text.size() > kept.text.size())
            kept.text = r.text;
        if (kept.host.isEmpty())
            kept.host = r.host;
        if (kept.recipient.isEmpty())
            kept.recipient = r.recipient;
        return;
    }
    if (into.size() < MaxRejections)
        into << r;
}

} // namespace

std::optional<BounceText> readBounce(const QByteArray& input, QString* error)
{
    if (input.size() > MaxInputBytes) {
        if (error)
            *error = QStringLiteral("The input is larger than 4 MiB; give one bounce or the rejection's text, not a "
                                    "whole mailbox.");
        return std::nullopt;
    }
    BounceText result;
    int budget = MaxLines;
    QList<Rejection> found;
    for (const MimeText& part : splitMime(input, MaxParts, &result.truncated)) {
        // A text part holds DSN fields only where a bounce was pasted or sent without MIME.
        if (part.kind == MimeText::Kind::DeliveryStatus ||
            part.text.contains(QLatin1String("Final-Recipient:"), Qt::CaseInsensitive))
            found += readDeliveryStatus(part.text, &budget);
        if (part.kind == MimeText::Kind::Text)
            found += readRejectionText(part.text, &budget);
    }
    // Sorted so the DSN's reading (with its recipient) is kept and the text's adds what it lacks.
    std::stable_sort(found.begin(), found.end(), [](const Rejection& a, const Rejection& b) {
        return a.source == QLatin1String("dsn") && b.source != QLatin1String("dsn");
    });
    for (const Rejection& r : found)
        merge(result.rejections, r);
    result.truncated = result.truncated || budget <= 0 || found.size() >= MaxRejections;
    return result;
}

} // namespace mailready::bounce
