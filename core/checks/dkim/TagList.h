#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mailready::checks::dkim {

// An RFC 6376 3.2 tag-list: "name=value; name=value;". Names are kept as written, values trimmed of FWS.
struct Tag
{
    QString name;
    QString value;
};
using TagList = QList<Tag>;

// Parses a tag-list; nullopt with *why set when it is not one (a part without "=", a bad tag name, an empty
// part other than one trailing ";", or a tag given twice, which RFC 6376 3.2 makes invalid).
std::optional<TagList> parseTagList(const QString& text, QString* why = nullptr);

// The value of the tag called `name` (exact, case-sensitive as DKIM requires), or nullopt.
std::optional<QString> tagValue(const TagList& tags, const QString& name);

// Removes folding white space (SP, HTAB, CR, LF) everywhere, as base64 values allow it.
QString withoutFws(const QString& text);

} // namespace mailready::checks::dkim
