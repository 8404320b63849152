#include "Report.h"

#include <QJsonArray>

namespace mailready {

Status Report::status() const
{
    Status s = Status::Skipped;
    for (const CheckResult& c : checks)
        s = worse(s, c.status);
    return s;
}

const CheckResult* Report::find(const QString& id) const
{
    for (const CheckResult& c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject Report::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("mailready.check/1"));
    o.insert(QStringLiteral("domain"), domain);
    // Always present, as in the contract's document: null when no EHLO name was given.
    o.insert(QStringLiteral("hostname"), hostname.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hostname));
    o.insert(QStringLiteral("ips"), QJsonArray::fromStringList(ips));
    if (!relay.isEmpty()) {
        o.insert(QStringLiteral("relay"), relay);
        o.insert(QStringLiteral("server_ips"), QJsonArray::fromStringList(serverIps));
    }
    o.insert(QStringLiteral("nameservers"), QJsonArray::fromStringList(nameservers));
    o.insert(QStringLiteral("status"), statusName(status()));
    if (started.isValid())
        o.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs));
    if (finished.isValid())
        o.insert(QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs));
    if (!findings.isEmpty()) {
        QJsonArray run;
        for (const Finding& f : findings)
            run.append(f.toJson());
        o.insert(QStringLiteral("findings"), run);
    }
    QJsonArray list;
    for (const CheckResult& c : checks)
        list.append(c.toJson());
    o.insert(QStringLiteral("checks"), list);
    return o;
}

int Report::exitCode() const
{
    switch (status()) {
    case Status::Fail:
        return 1;
    case Status::Unknown:
        return 2;
    default:
        return 0;
    }
}

} // namespace mailready
