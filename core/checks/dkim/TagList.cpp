#include "TagList.h"

#include <QCoreApplication>
#include <QSet>

namespace mailready::checks::dkim {

static bool isFws(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

static QString trimFws(const QString& s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isFws(s[b]))
        ++b;
    while (e > b && isFws(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

QString withoutFws(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!isFws(c))
            out += c;
    return out;
}

std::optional<TagList> parseTagList(const QString& text, QString* why)
{
    auto bad = [why](const QString& reason) -> std::optional<TagList> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QStringList parts = text.split(QLatin1Char(';'));
    TagList tags;
    QSet<QString> seen;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = trimFws(parts[i]);
        if (part.isEmpty()) {
            if (i == parts.size() - 1 && i > 0)
                break; // one trailing ";" is allowed
            return bad(QCoreApplication::translate("TagList", "an empty element between semicolons"));
        }
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            return bad(QCoreApplication::translate("TagList", "'%1' is not a tag=value pair").arg(part));
        const QString name = trimFws(part.left(eq));
        if (name.isEmpty() || !name[0].isLetter() || name[0].unicode() > 127)
            return bad(QCoreApplication::translate("TagList", "'%1' is not a valid tag name").arg(name));
        for (QChar c : name)
            if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('_')))
                return bad(QCoreApplication::translate("TagList", "'%1' is not a valid tag name").arg(name));
        if (seen.contains(name))
            return bad(QCoreApplication::translate("TagList", "the tag %1= appears twice").arg(name));
        seen.insert(name);
        tags.append({name, trimFws(part.mid(eq + 1))});
    }
    return tags;
}

std::optional<QString> tagValue(const TagList& tags, const QString& name)
{
    for (const Tag& t : tags)
        if (t.name == name)
            return t.value;
    return std::nullopt;
}

} // namespace mailready::checks::dkim
