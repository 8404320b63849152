#include "BounceCatalog.h"

#include "BounceCatalogTexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailready::bounce {

bool CatalogEntry::matches(const Rejection& r) const
{
    if (!codes.isEmpty() && !codes.contains(r.status) && !codes.contains(QString::number(r.replyCode)))
        return false;
    if (regex.pattern().isEmpty()) {
        for (const QString& piece : text)
            if (!r.text.contains(piece, Qt::CaseInsensitive))
                return false;
        return !text.isEmpty();
    }
    return regex.match(r.text).hasMatch();
}

QString CatalogEntry::shownMeaning() const
{
    return QCoreApplication::translate("BounceCatalog", meaning.toUtf8().constData());
}

QString CatalogEntry::shownFix() const
{
    return QCoreApplication::translate("BounceCatalog", fix.toUtf8().constData());
}

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

// Reads one entry; returns the reason when it is not usable.
QString readEntry(const QJsonObject& o, CatalogEntry* e)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    e->id = o.value(QStringLiteral("id")).toString();
    e->receiver = o.value(QStringLiteral("receiver")).toString();
    const QJsonObject match = o.value(QStringLiteral("match")).toObject();
    e->text = strings(match.value(QStringLiteral("text")));
    e->text.removeAll(QString());
    const QString pattern = match.value(QStringLiteral("regex")).toString();
    if (!pattern.isEmpty())
        e->regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    e->codes = strings(match.value(QStringLiteral("codes")));
    e->threshold = o.value(QStringLiteral("threshold")).toString();
    e->meaning = o.value(QStringLiteral("meaning")).toString();
    e->fix = o.value(QStringLiteral("fix")).toString();
    e->source = o.value(QStringLiteral("source")).toString();
    e->checked = o.value(QStringLiteral("checked")).toString();
    e->unverified = o.value(QStringLiteral("unverified")).toString();
    if (e->id.isEmpty() || e->receiver.isEmpty() || e->meaning.isEmpty() || e->fix.isEmpty() || e->source.isEmpty())
        return QStringLiteral("entry '%1' lacks id, receiver, meaning, fix or source").arg(e->id);
    if (e->text.isEmpty() == pattern.isEmpty())
        return QStringLiteral("entry '%1' needs match.text or match.regex (one of them)").arg(e->id);
    if (!e->regex.isValid())
        return QStringLiteral("entry '%1': %2").arg(e->id, e->regex.errorString());
    if (!thresholds().contains(e->threshold))
        return QStringLiteral("entry '%1': unknown threshold '%2'").arg(e->id, e->threshold);
    if (e->checked.isEmpty() ? e->unverified.isEmpty() : !date.match(e->checked).hasMatch())
        return QStringLiteral("entry '%1' needs checked (YYYY-MM-DD) or unverified").arg(e->id);
    return {};
}

} // namespace

std::optional<BounceCatalog> BounceCatalog::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QString why;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        why = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
    else if (doc.object().value(QStringLiteral("schema")).toString() != QLatin1String("mailready.bounce-catalog/1"))
        why = QStringLiteral("the schema is not mailready.bounce-catalog/1");
    BounceCatalog catalog;
    const QJsonArray entries = doc.object().value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size() && why.isEmpty(); ++i) {
        CatalogEntry e;
        why = readEntry(entries[i].toObject(), &e);
        catalog.m_entries << e;
    }
    if (why.isEmpty() && catalog.m_entries.isEmpty())
        why = QStringLiteral("the catalog has no entries");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return catalog;
}

const BounceCatalog& BounceCatalog::builtIn()
{
    static const BounceCatalog catalog = [] {
        QFile f(QStringLiteral(":/mailready/bounce-catalog.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in bounce catalog is missing");
        QString error;
        const auto parsed = fromJson(f.readAll(), &error);
        if (!parsed)
            qFatal("the built-in bounce catalog is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return catalog;
}

const CatalogEntry* BounceCatalog::recognize(const Rejection& r) const
{
    for (const CatalogEntry& e : m_entries)
        if (e.matches(r))
            return &e;
    return nullptr;
}

bool Explanation::recognized() const
{
    return std::any_of(items.begin(), items.end(), [](const Explained& e) { return e.entry != nullptr; });
}

QJsonObject Explanation::toJson() const
{
    QJsonArray matches;
    for (const Explained& item : items) {
        const Rejection& r = item.rejection;
        const CatalogEntry* e = item.entry;
        QJsonObject m{{QStringLiteral("recognized"), e != nullptr},
                      {QStringLiteral("code"), r.code()},
                      {QStringLiteral("text"), r.text},
                      {QStringLiteral("host"), r.host.isEmpty() ? QJsonValue() : QJsonValue(r.host)},
                      {QStringLiteral("recipient"), r.recipient.isEmpty() ? QJsonValue() : QJsonValue(r.recipient)},
                      {QStringLiteral("receiver"), e ? QJsonValue(e->receiver) : QJsonValue()},
                      {QStringLiteral("threshold"), e ? QJsonValue(e->threshold) : QJsonValue()},
                      {QStringLiteral("meaning"), e ? QJsonValue(e->meaning) : QJsonValue()},
                      {QStringLiteral("fix"), e ? QJsonValue(e->fix) : QJsonValue()},
                      {QStringLiteral("source"), e ? QJsonValue(e->source) : QJsonValue()},
                      {QStringLiteral("id"), e ? QJsonValue(e->id) : QJsonValue()},
                      {QStringLiteral("checked"), e && !e->checked.isEmpty() ? QJsonValue(e->checked) : QJsonValue()}};
        matches.append(m);
    }
    return {{QStringLiteral("schema"), QStringLiteral("mailready.bounce/1")},
            {QStringLiteral("recognized"), recognized()},
            {QStringLiteral("truncated"), truncated},
            {QStringLiteral("matches"), matches}};
}

Explanation explain(const BounceText& text, const BounceCatalog& catalog)
{
    Explanation out;
    out.truncated = text.truncated;
    for (const Rejection& r : text.rejections)
        out.items.append({r, catalog.recognize(r)});
    return out;
}

} // namespace mailready::bounce
