#include "FakeZoneResolver.h"

#include <QJsonArray>

using namespace mailready;

static QString key(QString name)
{
    name = name.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

static QString absolute(const QString& name)
{
    return name.endsWith(QLatin1Char('.')) ? name.toLower() : name.toLower() + QLatin1Char('.');
}

void FakeZoneResolver::add(const QString& owner, const Entry& entry)
{
    m_names[key(owner)] << entry;
}

void FakeZoneResolver::addAddress(const QString& owner, const QString& address)
{
    Entry e;
    e.type = address.contains(QLatin1Char(':')) ? dns::RRType::AAAA : dns::RRType::A;
    e.value = address;
    add(owner, e);
}

void FakeZoneResolver::addTimeout(const QString& owner)
{
    m_timeouts.insert(key(owner));
    m_names[key(owner)];
}

void FakeZoneResolver::addServFail(const QString& owner)
{
    m_servFails.insert(key(owner));
    m_names[key(owner)];
}

void FakeZoneResolver::loadSuiteZone(const QJsonObject& zone)
{
    for (auto it = zone.begin(); it != zone.end(); ++it) {
        m_names[key(it.key())];
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("TIMEOUT")) {
                addTimeout(it.key());
                continue;
            }
            Entry e;
            if (type == QLatin1String("TXT") || type == QLatin1String("SPF")) {
                e.type = type == QLatin1String("TXT") ? dns::RRType::TXT : dns::RRType::SPF;
                e.none = o.value(QStringLiteral("none")).toBool();
                for (const QJsonValue& s : o.value(QStringLiteral("strings_hex")).toArray())
                    e.strings << QByteArray::fromHex(s.toString().toLatin1());
            } else if (type == QLatin1String("MX")) {
                e.type = dns::RRType::MX;
                e.preference = quint16(o.value(QStringLiteral("preference")).toInt());
                e.value = o.value(QStringLiteral("target")).toString();
            } else {
                static const QHash<QString, dns::RRType> types{{QStringLiteral("A"), dns::RRType::A},
                                                               {QStringLiteral("AAAA"), dns::RRType::AAAA},
                                                               {QStringLiteral("PTR"), dns::RRType::PTR},
                                                               {QStringLiteral("CNAME"), dns::RRType::CNAME}};
                e.type = types.value(type, dns::RRType::SOA);
                e.value = o.value(QStringLiteral("value")).toString();
            }
            add(it.key(), e);
        }
    }
}

int FakeZoneResolver::queries() const
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

QStringList FakeZoneResolver::asked() const
{
    QMutexLocker lock(&m_mutex);
    return m_asked;
}

dns::Answer FakeZoneResolver::query(const QString& name, dns::RRType type)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_queries;
        m_asked << absolute(name);
    }
    dns::Answer answer;
    answer.name = absolute(name);
    answer.type = type;
    answer.server = QStringLiteral("fake");
    QString current = key(name);
    QSet<QString> visited;
    for (int step = 0; step < 16; ++step) {
        if (visited.contains(current)) {
            answer.outcome = dns::Outcome::FormatError;
            answer.error = QStringLiteral("CNAME loop");
            return answer;
        }
        visited.insert(current);
        const auto it = m_names.constFind(current);
        if (it == m_names.constEnd()) {
            answer.outcome = dns::Outcome::NXDomain;
            return answer;
        }
        const QList<Entry>& entries = *it;
        const Entry* cname = nullptr;
        bool hasTxt = false;
        for (const Entry& e : entries) {
            if (e.type == dns::RRType::CNAME)
                cname = &e;
            if (e.type == dns::RRType::TXT)
                hasTxt = true;
        }
        if (cname && type != dns::RRType::CNAME) {
            answer.cnameChain << absolute(cname->value);
            current = key(cname->value);
            continue;
        }
        for (const Entry& e : entries) {
            const bool synthesized = type == dns::RRType::TXT && e.type == dns::RRType::SPF && !hasTxt;
            if ((e.type != type && !synthesized) || e.none)
                continue;
            dns::Record r;
            r.owner = absolute(current);
            r.type = type;
            r.ttl = 300;
            switch (type) {
            case dns::RRType::A:
            case dns::RRType::AAAA:
                r.address = QHostAddress(e.value);
                break;
            case dns::RRType::MX:
                r.preference = e.preference;
                r.target = absolute(e.value);
                break;
            case dns::RRType::TXT:
            case dns::RRType::SPF:
                r.txtStrings = e.strings;
                r.txt = e.strings.join();
                break;
            default:
                r.target = absolute(e.value);
                break;
            }
            answer.records << r;
        }
        if (!answer.records.isEmpty()) {
            answer.outcome = dns::Outcome::NoError;
            return answer;
        }
        if (m_timeouts.contains(current)) {
            answer.outcome = dns::Outcome::Timeout;
            answer.error = QStringLiteral("timed out");
            return answer;
        }
        if (m_servFails.contains(current)) {
            answer.outcome = dns::Outcome::ServFail;
            answer.error = QStringLiteral("SERVFAIL");
            return answer;
        }
        answer.outcome = dns::Outcome::NoData;
        return answer;
    }
    answer.outcome = dns::Outcome::FormatError;
    answer.error = QStringLiteral("CNAME chain too long");
    return answer;
}
