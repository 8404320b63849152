#include "CheckResult.h"

namespace mailready {

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityName(severity)}, {QStringLiteral("message"), message}};
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    if (!next.isEmpty())
        o.insert(QStringLiteral("next"), next);
    return o;
}

QJsonObject CheckItem::toJson() const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("status"), statusName(status));
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

void CheckResult::aggregate()
{
    Status s = Status::Skipped;
    for (const CheckItem& item : std::as_const(items))
        s = worse(s, item.status);
    status = s;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("id"), id);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), statusName(status));
    o.insert(QStringLiteral("summary"), summary);
    QJsonArray f;
    for (const Finding& finding : findings)
        f.append(finding.toJson());
    o.insert(QStringLiteral("findings"), f);
    QJsonArray i;
    for (const CheckItem& item : items)
        i.append(item.toJson());
    o.insert(QStringLiteral("items"), i);
    o.insert(QStringLiteral("evidence"), evidenceJson());
    return o;
}

QJsonArray CheckResult::evidenceJson() const
{
    QJsonArray a;
    for (const dns::Answer& answer : evidence)
        a.append(answer.toEvidence());
    return a;
}

CheckResult CheckResult::skipped(const QString& id, const QString& title, const QString& why)
{
    CheckResult r;
    r.id = id;
    r.title = title;
    r.status = Status::Skipped;
    r.summary = why;
    return r;
}

} // namespace mailready
