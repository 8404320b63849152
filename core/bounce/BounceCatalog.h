#pragma once

#include "BounceReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace mailready::bounce {

// The thresholds a rejection can concern (the contract's words).
inline const QStringList& thresholds()
{
    static const QStringList words{QStringLiteral("dnsbl"), QStringLiteral("ptr"),        QStringLiteral("ehlo"),
                                   QStringLiteral("spf"),   QStringLiteral("dkim"),       QStringLiteral("dmarc"),
                                   QStringLiteral("tls"),   QStringLiteral("reputation"), QStringLiteral("other")};
    return words;
}

// One known rejection text (resources/bounce-catalog.json): who sends it, how it is recognized, what it means.
struct CatalogEntry
{
    QString id;
    QString receiver;         // "Gmail", "Microsoft", "Yahoo", "Postfix", "Exim", "policyd-spf", "any"
    QStringList text;         // all of these substrings, case-insensitive ...
    QRegularExpression regex; // ... or this expression (case-insensitive); one of the two is set
    QStringList codes;        // reply codes or enhanced status codes, one of which must be the rejection's; empty: any
    QString threshold;        // one of thresholds()
    QString meaning;          // English, as in the file; shown translated
    QString fix;
    QString source;     // URL
    QString checked;    // YYYY-MM-DD; empty when unverified
    QString unverified; // what could not be confirmed, when checked is empty

    bool matches(const Rejection& r) const;
    QString shownMeaning() const;
    QString shownFix() const;
};

class BounceCatalog
{
public:
    static std::optional<BounceCatalog> fromJson(const QByteArray& json, QString* error = nullptr);
    // The catalog compiled into the program (resource :/mailready/bounce-catalog.json).
    static const BounceCatalog& builtIn();

    const QList<CatalogEntry>& entries() const { return m_entries; }
    // The first entry that recognizes the rejection, or null.
    const CatalogEntry* recognize(const Rejection& r) const;

private:
    QList<CatalogEntry> m_entries;
};

// One rejection with what the catalog knows of it (entry null: not recognized, no threshold guessed).
struct Explained
{
    Rejection rejection;
    const CatalogEntry* entry = nullptr;
};

struct Explanation
{
    QList<Explained> items;
    bool truncated = false;
    bool recognized() const;
    // {"schema": "mailready.bounce/1", "recognized", "matches": [...]}: the contract's fields, in English.
    QJsonObject toJson() const;
};

Explanation explain(const BounceText& text, const BounceCatalog& catalog = BounceCatalog::builtIn());

} // namespace mailready::bounce
