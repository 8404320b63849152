#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::checks {

// What a large receiver requires of senders, as published (resources/receiver-rules.json): data, not code, so each
// rule carries where it was read and when.
struct ReceiverRule
{
    QString id;             // "gmail-ptr"
    QStringList thresholds; // "dnsbl", "rdns", "spf", "dkim", "dmarc", "server"
    QString text;           // the rule in a sentence
    QString source;         // URL
    QString checked;        // YYYY-MM-DD; empty: could not be confirmed
    QString unverified;     // what could not be confirmed, when checked is empty

    // The text in the reader's language (in the translation through ReceiverRuleTexts.h).
    QString shownText() const;
    // "text (source: URL)", as findings and the checklist state a rule.
    QString withSource() const;
};

class ReceiverRules
{
public:
    static std::optional<ReceiverRules> fromJson(const QByteArray& json, QString* error = nullptr);
    // The rules compiled into the program (resource :/mailready/receiver-rules.json).
    static const ReceiverRules& builtIn();

    const QList<ReceiverRule>& rules() const { return m_rules; }
    const ReceiverRule* find(const QString& id) const;
    QList<ReceiverRule> forThreshold(const QString& threshold) const;
    // " <the rule> (source: URL)" of the built-in rule `id`, to append to a finding; empty when there is none.
    static QString sentence(const QString& id);

private:
    QList<ReceiverRule> m_rules;
};

} // namespace mailready::checks
