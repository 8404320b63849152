#include "DnsblCatalog.h"

#include "util/RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mailready::checks::dnsbl {

const ListCode* DnsblList::code(const QString& answer) const
{
    const auto it = codes.constFind(answer);
    if (it != codes.constEnd())
        return &it.value();
    return anyCode.meaning.isEmpty() ? nullptr : &anyCode;
}

DnsblList DnsblList::generic(const QString& zone)
{
    DnsblList l;
    l.zone = zone.toLower();
    l.name = l.zone;
    return l;
}

static std::optional<DnsblList> parseList(const QJsonObject& o, QString* why)
{
    DnsblList l;
    l.known = true;
    l.zone = o.value(QStringLiteral("zone")).toString().toLower();
    if (l.zone.endsWith(QLatin1Char('.')))
        l.zone.chop(1);
    if (l.zone.isEmpty()) {
        *why = QCoreApplication::translate("DnsblCatalog", "a list without a zone");
        return std::nullopt;
    }
    l.name = o.value(QStringLiteral("name")).toString(l.zone);
    const QString state = o.value(QStringLiteral("state")).toString(QStringLiteral("active"));
    if (state == QLatin1String("active"))
        l.state = DnsblList::State::Active;
    else if (state == QLatin1String("dead"))
        l.state = DnsblList::State::Dead;
    else if (state == QLatin1String("allowlist"))
        l.state = DnsblList::State::Allowlist;
    else {
        *why = QCoreApplication::translate("DnsblCatalog", "%1: unknown state '%2'").arg(l.zone, state);
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("kinds"))) {
        l.ipv4 = l.ipv6 = l.domain = false;
        for (const auto& k : o.value(QStringLiteral("kinds")).toArray()) {
            const QString kind = k.toString();
            if (kind == QLatin1String("ipv4"))
                l.ipv4 = true;
            else if (kind == QLatin1String("ipv6"))
                l.ipv6 = true;
            else if (kind == QLatin1String("domain"))
                l.domain = true;
            else {
                *why = QCoreApplication::translate("DnsblCatalog", "%1: unknown kind '%2'").arg(l.zone, kind);
                return std::nullopt;
            }
        }
    }
    l.informational = o.value(QStringLiteral("informational")).toBool();
    l.registration = o.value(QStringLiteral("registration")).toBool();
    l.subdomains = o.value(QStringLiteral("subdomains")).toBool();
    l.delist = o.value(QStringLiteral("delist")).toString();
    // "dqs": Spamhaus's own spelling of a key zone; "key": any keyed list (the key zone defaults to the zone).
    if (const QString dqs = o.value(QStringLiteral("dqs")).toString().toLower(); !dqs.isEmpty()) {
        l.keySetting = QStringLiteral("spamhaus-dqs");
        l.keyZone = dqs;
    }
    if (o.value(QStringLiteral("key")).isObject()) {
        const QJsonObject k = o.value(QStringLiteral("key")).toObject();
        l.keySetting = k.value(QStringLiteral("setting")).toString();
        l.keyZone = k.value(QStringLiteral("zone")).toString(l.zone).toLower();
        l.keyRequired = k.value(QStringLiteral("required")).toBool();
        if (l.keySetting.isEmpty()) {
            *why = QCoreApplication::translate("DnsblCatalog", "%1: a key without a setting").arg(l.zone);
            return std::nullopt;
        }
    }
    l.why = o.value(QStringLiteral("why")).toString();
    l.source = o.value(QStringLiteral("source")).toString();
    l.checked = o.value(QStringLiteral("checked")).toString();
    auto readCode = [](const QJsonObject& co) {
        ListCode code;
        code.meaning = co.value(QStringLiteral("meaning")).toString();
        code.fix = co.value(QStringLiteral("fix")).toString();
        code.error = co.value(QStringLiteral("error")).toBool();
        return code;
    };
    for (const auto& c : o.value(QStringLiteral("codes")).toArray()) {
        const ListCode code = readCode(c.toObject());
        for (const auto& a : c.toObject().value(QStringLiteral("answers")).toArray())
            l.codes.insert(a.toString(), code);
    }
    l.anyCode = readCode(o.value(QStringLiteral("any")).toObject());
    l.anyCode.error = false;
    return l;
}

std::optional<DnsblCatalog> DnsblCatalog::fromJson(const QByteArray& json, QString* error)
{
    QString why;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        why = QCoreApplication::translate("DnsblCatalog", "not a JSON object (%1)").arg(pe.errorString());
    else if (doc.object().value(QStringLiteral("schema")).toString() != QLatin1String("mailready.dnsbl-catalog/1"))
        why = QCoreApplication::translate("DnsblCatalog", "the schema is not mailready.dnsbl-catalog/1");
    DnsblCatalog catalog;
    if (why.isEmpty()) {
        for (const auto& v : doc.object().value(QStringLiteral("lists")).toArray()) {
            const auto list = parseList(v.toObject(), &why);
            if (!list)
                break;
            catalog.m_lists << *list;
        }
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return catalog;
}

std::optional<DnsblCatalog> DnsblCatalog::fromFile(const QString& path, QString* error)
{
    QByteArray json;
    if (path.startsWith(QLatin1String(":/"))) { // the built-in catalog, compiled into the program
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("DnsblCatalog", "cannot read %1: %2").arg(path, f.errorString());
            return std::nullopt;
        }
        json = f.readAll();
    } else {
        // A catalog of a few hundred lists is tens of kilobytes; anything past 4 MiB is not one.
        auto bytes = util::readRegularFile(path, 4 * 1024 * 1024, error);
        if (!bytes)
            return std::nullopt;
        json = *bytes;
    }
    QString why;
    auto catalog = fromJson(json, &why);
    if (!catalog && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return catalog;
}

const DnsblCatalog& DnsblCatalog::builtIn()
{
    static const DnsblCatalog catalog = [] {
        QString why;
        auto c = fromFile(QStringLiteral(":/mailready/dnsbl-catalog.json"), &why);
        if (!c)
            qFatal("The built-in blocklist catalog is broken: %s", qPrintable(why));
        return *c;
    }();
    return catalog;
}

QList<DnsblList> DnsblCatalog::activeLists() const
{
    QList<DnsblList> out;
    for (const DnsblList& l : m_lists)
        if (l.state == DnsblList::State::Active)
            out << l;
    return out;
}

const DnsblList* DnsblCatalog::find(const QString& zone) const
{
    QString z = zone.toLower();
    if (z.endsWith(QLatin1Char('.')))
        z.chop(1);
    for (const DnsblList& l : m_lists)
        if (l.zone == z || (l.subdomains && z.endsWith(QLatin1Char('.') + l.zone)))
            return &l;
    return nullptr;
}

DnsblList DnsblCatalog::listFor(const QString& zone) const
{
    const DnsblList* l = find(zone);
    return l ? *l : DnsblList::generic(zone);
}

QString maskedDqsKey()
{
    return QStringLiteral("********");
}

bool isValidDqsKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{8,63}$"));
    return re.match(key).hasMatch();
}

bool isValidListKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{6,61})[A-Za-z0-9]$"));
    return re.match(key).hasMatch();
}

QList<DnsblTarget> selectTargets(const DnsblCatalog& catalog, const QStringList& zones, const QString& dqsKey)
{
    return selectTargetsWithKeys(catalog, zones, ListKeys{{QStringLiteral("spamhaus-dqs"), dqsKey}});
}

QList<DnsblTarget> selectTargetsWithKeys(const DnsblCatalog& catalog, const QStringList& zones, const ListKeys& keys)
{
    QList<DnsblList> lists;
    if (zones.isEmpty()) {
        lists = catalog.activeLists();
    } else {
        QStringList seen;
        for (const QString& z : zones) {
            if (seen.contains(z.toLower()))
                continue;
            seen << z.toLower();
            DnsblList l = catalog.listFor(z);
            l.zone = z.toLower(); // an entry covering subdomains keeps the zone asked for
            if (l.zone.endsWith(QLatin1Char('.')))
                l.zone.chop(1);
            lists << l;
        }
    }
    QList<DnsblTarget> targets;
    for (const DnsblList& l : std::as_const(lists)) {
        DnsblTarget t{l, l.zone, l.zone};
        const QString key = l.keySetting.isEmpty() ? QString() : keys.value(l.keySetting);
        if (!key.isEmpty()) {
            t.queryZone = key + QLatin1Char('.') + l.keyZone;
            t.shownZone = maskedDqsKey() + QLatin1Char('.') + l.keyZone;
        } else if (l.keyRequired) {
            t.missingKey = true;
        }
        targets << t;
    }
    return targets;
}

} // namespace mailready::checks::dnsbl
