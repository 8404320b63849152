#include "ReceiverRules.h"

#include "ReceiverRuleTexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailready::checks {

QString ReceiverRule::shownText() const
{
    return QCoreApplication::translate("ReceiverRules", text.toUtf8().constData());
}

QString ReceiverRule::withSource() const
{
    return QCoreApplication::translate("ReceiverRules", "%1 (source: %2)").arg(shownText(), source);
}

std::optional<ReceiverRules> ReceiverRules::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QString why;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        why = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
    else if (doc.object().value(QStringLiteral("schema")).toString() != QLatin1String("mailready.receiver-rules/1"))
        why = QStringLiteral("the schema is not mailready.receiver-rules/1");
    ReceiverRules rules;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("rules")).toArray()) {
        if (!why.isEmpty())
            break;
        const QJsonObject o = v.toObject();
        ReceiverRule r;
        r.id = o.value(QStringLiteral("id")).toString();
        for (const QJsonValue& t : o.value(QStringLiteral("thresholds")).toArray())
            r.thresholds << t.toString();
        r.text = o.value(QStringLiteral("text")).toString();
        r.source = o.value(QStringLiteral("source")).toString();
        r.checked = o.value(QStringLiteral("checked")).toString();
        r.unverified = o.value(QStringLiteral("unverified")).toString();
        if (r.id.isEmpty() || r.text.isEmpty() || r.source.isEmpty())
            why = QStringLiteral("a rule lacks id, text or source");
        rules.m_rules << r;
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return rules;
}

const ReceiverRules& ReceiverRules::builtIn()
{
    static const ReceiverRules rules = [] {
        QFile f(QStringLiteral(":/mailready/receiver-rules.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in receiver rules are missing");
        QString error;
        const auto parsed = fromJson(f.readAll(), &error);
        if (!parsed)
            qFatal("the built-in receiver rules are invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return rules;
}

const ReceiverRule* ReceiverRules::find(const QString& id) const
{
    for (const ReceiverRule& r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString ReceiverRules::sentence(const QString& id)
{
    const ReceiverRule* r = builtIn().find(id);
    return r ? QLatin1Char(' ') + r->withSource() : QString();
}

QList<ReceiverRule> ReceiverRules::forThreshold(const QString& threshold) const
{
    QList<ReceiverRule> out;
    for (const ReceiverRule& r : m_rules)
        if (r.thresholds.contains(threshold))
            out << r;
    return out;
}

} // namespace mailready::checks
