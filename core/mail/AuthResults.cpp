#include "AuthResults.h"

#include <QStringList>

#include <optional>

namespace mailready::mail {

namespace {

// A token of the field: a word (with "=" inside it, or quoted), a ";" or a comment.
struct Token
{
    enum Kind { Word, Semicolon, Comment };
    Kind kind = Word;
    QString text;
};

qsizetype skipComment(const QString& v, qsizetype i, QString* text)
{
    int depth = 0;
    const qsizetype start = i;
    for (; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\')) {
            ++i;
        } else if (v[i] == QLatin1Char('(')) {
            ++depth;
        } else if (v[i] == QLatin1Char(')') && --depth == 0) {
            break;
        }
    }
    *text = v.mid(start + 1, i - start - 1).trimmed();
    return i;
}

QList<Token> tokensOf(const QString& v)
{
    QList<Token> tokens;
    QString word;
    bool quoted = false;
    auto endWord = [&] {
        if (!word.isEmpty())
            tokens.append(Token{Token::Word, word});
        word.clear();
    };
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < v.size())
                word += v[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                word += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('(')) {
            endWord();
            Token t{Token::Comment, {}};
            i = skipComment(v, i, &t.text);
            tokens.append(t);
        } else if (c == QLatin1Char(';')) {
            endWord();
            tokens.append(Token{Token::Semicolon, {}});
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
        }
    }
    endWord();
    return tokens;
}

// The tokens between semicolons.
QList<QList<Token>> statementsOf(const QList<Token>& tokens)
{
    QList<QList<Token>> statements{QList<Token>()};
    for (const Token& t : tokens) {
        if (t.kind == Token::Semicolon)
            statements.append(QList<Token>());
        else
            statements.last().append(t);
    }
    return statements;
}

// "dkim=pass (comment) reason=... header.d=example.com ..."
std::optional<AuthResult> resultOf(const QList<Token>& statement)
{
    AuthResult r;
    bool resultSeen = false;
    for (const Token& t : statement) {
        if (t.kind == Token::Comment) {
            if (resultSeen && r.reason.isEmpty() && r.properties.isEmpty())
                r.reason = t.text;
            continue;
        }
        const qsizetype eq = t.text.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = t.text.left(eq).toLower();
        const QString value = t.text.mid(eq + 1);
        if (!resultSeen) {
            r.method = key.section(QLatin1Char('/'), 0, 0); // a method version: "dkim/1"
            r.result = value.toLower();
            resultSeen = true;
        } else if (key == QLatin1String("reason")) {
            r.reason = value;
        } else {
            r.properties.insert(key, value);
        }
    }
    if (!resultSeen)
        return std::nullopt;
    return r;
}

} // namespace

AuthResults parseAuthResults(const QString& value, bool arc)
{
    AuthResults parsed;
    QList<QList<Token>> statements = statementsOf(tokensOf(value));
    if (arc && !statements.isEmpty()) {
        const QList<Token> first = statements.takeFirst();
        for (const Token& t : first)
            if (t.kind == Token::Word && t.text.startsWith(QLatin1String("i="), Qt::CaseInsensitive))
                parsed.arcInstance = t.text.mid(2).toInt();
    }
    if (statements.isEmpty())
        return parsed;
    // The authserv-id is the first word when it carries no "=" (Microsoft writes none).
    const QList<Token>& head = statements.first();
    qsizetype firstWord = 0;
    while (firstWord < head.size() && head[firstWord].kind != Token::Word)
        ++firstWord;
    if (firstWord < head.size() && !head[firstWord].text.contains(QLatin1Char('='))) {
        parsed.authservId = head[firstWord].text.toLower();
        statements.removeFirst();
    }
    for (const QList<Token>& s : statements)
        if (const auto r = resultOf(s); r && r->method != QLatin1String("none"))
            parsed.results << *r;
    parsed.valid = !parsed.authservId.isEmpty() || !parsed.results.isEmpty();
    return parsed;
}

} // namespace mailready::mail
