#include "Received.h"

#include <QRegularExpression>

namespace mailready::mail {

namespace {

// The line as clauses: a keyword ("from", "by", "with", ...), its words and the comments that follow them.
struct Clause
{
    QString keyword;
    QStringList words;
    QStringList comments;
};

bool isClauseKeyword(const QString& word)
{
    static const QStringList keywords = {QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("via"),
                                         QStringLiteral("with"), QStringLiteral("id"), QStringLiteral("for")};
    return keywords.contains(word.toLower());
}

// Top-level words and comments (nested parentheses kept inside their comment), up to the ";" before the date.
QList<Clause> clausesOf(const QString& value)
{
    QList<Clause> clauses{Clause{}};
    QString word;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        if (isClauseKeyword(word))
            clauses.append(Clause{word.toLower(), {}, {}});
        else
            clauses.last().words << word;
        word.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('(')) {
            endWord();
            int depth = 0;
            const qsizetype start = i;
            for (; i < value.size(); ++i) {
                if (value[i] == QLatin1Char('('))
                    ++depth;
                else if (value[i] == QLatin1Char(')') && --depth == 0)
                    break;
            }
            clauses.last().comments << value.mid(start + 1, i - start - 1).trimmed();
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
        }
    }
    endWord();
    return clauses;
}

// "203.0.113.5", "[203.0.113.5]", "[IPv6:2001:db8::5]", "[203.0.113.5]:25" -> the address; otherwise null.
QHostAddress addressOf(QString text)
{
    text = text.trimmed();
    static const QRegularExpression bracketed(QStringLiteral(R"(^\[(?:IPv6:)?([0-9A-Fa-f:.]+)\](?::\d+)?$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto m = bracketed.match(text);
    if (m.hasMatch())
        text = m.captured(1);
    QHostAddress address;
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char(':')))
        return {};
    return address.setAddress(text) ? address : QHostAddress();
}

QString hostName(QString word)
{
    if (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return word.toLower();
}

bool isNoName(const QString& word)
{
    const QString w = word.toLower();
    return w == QLatin1String("unknown") || w == QLatin1String("<unknown>") || w == QLatin1String("unverified");
}

// One comment of the from clause: "PTR [IP]", "[IP] helo=H", "IP", "EHLO H", "HELO H", ...
void readFromComment(const QString& comment, ReceivedHop& hop, bool* eximStyle)
{
    const QStringList words = comment.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (w.startsWith(QLatin1String("helo="), Qt::CaseInsensitive)) {
            hop.helo = w.mid(5);
            *eximStyle = true;
        } else if ((w.compare(QLatin1String("EHLO"), Qt::CaseInsensitive) == 0 ||
                    w.compare(QLatin1String("HELO"), Qt::CaseInsensitive) == 0) &&
                   i + 1 < words.size()) {
            hop.helo = words[++i];
        } else if (const QHostAddress a = addressOf(w); !a.isNull()) {
            if (hop.ip.isNull())
                hop.ip = a;
            if (i == 0 && w.startsWith(QLatin1Char('[')))
                *eximStyle = true;
            else if (i > 0 && hop.ptr.isEmpty() && !hop.ptrNone) {
                if (isNoName(words[i - 1]))
                    hop.ptrNone = true;
                else if (addressOf(words[i - 1]).isNull())
                    hop.ptr = hostName(words[i - 1]);
            }
        }
    }
}

void readFrom(const Clause& from, ReceivedHop& hop)
{
    hop.hasFrom = true;
    const QString first = from.words.value(0);
    bool eximStyle = false;
    for (const QString& comment : from.comments)
        readFromComment(comment, hop, &eximStyle);
    const QHostAddress literal = addressOf(first);
    if (eximStyle) { // Exim: the first word is the reverse name, or [IP] when there is none
        if (!literal.isNull() && first.startsWith(QLatin1Char('['))) {
            hop.ptrNone = hop.ptr.isEmpty();
            if (hop.ip.isNull())
                hop.ip = literal;
        } else if (hop.ptr.isEmpty()) {
            hop.ptr = hostName(first);
        }
        if (hop.helo.isEmpty() && literal.isNull())
            hop.helo = first;
        return;
    }
    // Yahoo's "from 127.0.0.1 (EHLO name) (address)": the first word is not the sender's.
    if (hop.helo.isEmpty())
        hop.helo = first;
    if (hop.ip.isNull() && !literal.isNull() && from.comments.isEmpty())
        hop.ip = literal;
}

QString tlsVersion(const QString& value, const QString& with)
{
    static const QRegularExpression version(QStringLiteral(R"(\b(?:TLS|version=TLS)\s*v?(1)[._](\d)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = version.match(value);
    if (m.hasMatch())
        return QStringLiteral("TLSv%1.%2").arg(m.captured(1), m.captured(2));
    const QString w = with.toUpper();
    if (w.endsWith(QLatin1String("SMTPS")) || w.endsWith(QLatin1String("SMTPSA")) ||
        w.endsWith(QLatin1String("LMTPS")) || w.endsWith(QLatin1String("LMTPSA")) ||
        value.contains(QLatin1String("using TLS"), Qt::CaseInsensitive))
        return QStringLiteral("TLS");
    return {};
}

} // namespace

ReceivedHop parseReceived(const QString& value)
{
    ReceivedHop hop;
    for (const Clause& c : clausesOf(value)) {
        if (c.keyword == QLatin1String("from") && !hop.hasFrom) {
            readFrom(c, hop);
        } else if (c.keyword == QLatin1String("by") && hop.by.isEmpty()) {
            hop.by = hostName(c.words.value(0));
            for (const QString& comment : c.comments)
                if (addressOf(comment).isNull() && hop.software.isEmpty())
                    hop.software = comment;
        } else if (c.keyword == QLatin1String("with") && hop.with.isEmpty()) {
            hop.with = c.words.value(0);
        }
    }
    hop.tls = tlsVersion(value, hop.with);
    if (hop.software.isEmpty() && value.contains(QLatin1String("Microsoft SMTP Server")))
        hop.software = QStringLiteral("Microsoft SMTP Server");
    return hop;
}

} // namespace mailready::mail
