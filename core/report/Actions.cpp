#include "Actions.h"

#include "checks/CheckIds.h"

#include <QCoreApplication>

namespace mailready::report {

QString thresholdOfRecord(const PublishRecord& record)
{
    const QString name = record.name.toLower();
    if (name.contains(QLatin1String("._domainkey.")))
        return thresholdid::Dkim;
    if (name.startsWith(QLatin1String("_dmarc.")) || name.contains(QLatin1String("._report._dmarc.")))
        return thresholdid::Dmarc;
    if (record.type == QLatin1String("TXT") && record.value.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive))
        return thresholdid::Spf;
    if (record.type == QLatin1String("A") || record.type == QLatin1String("AAAA") ||
        record.type == QLatin1String("PTR"))
        return thresholdid::Rdns;
    return {};
}

static Action publishAction(const PublishRecord& r)
{
    Action a;
    a.thresholdKey = thresholdOfRecord(r);
    a.text = QCoreApplication::translate("Actions", "Publish the %1 record %2 (%3) in your DNS panel.")
                 .arg(r.type, r.name, r.purpose);
    a.detail = r.value;
    return a;
}

// Warning and error findings with a fix of their own, not one of the records already listed.
static QList<Action> findingActions(const QString& key, const CheckResult& c, const QList<PublishRecord>& records)
{
    QList<Action> out;
    if (c.status != Status::Fail && c.status != Status::Warn)
        return out;
    for (const Finding& f : c.findings) {
        if (f.severity == Severity::Info)
            continue;
        const bool isRecord = std::any_of(records.cbegin(), records.cend(), [&](const PublishRecord& r) {
            return !f.fix.isEmpty() && (f.fix == r.value || f.fix == r.zoneLine);
        });
        if (isRecord)
            continue;
        out.append(Action{key, f.message, f.fix, false});
    }
    return out;
}

static Action unverifiedAction(const QString& key, const CheckResult& c)
{
    return Action{key,
                  QCoreApplication::translate("Actions", "Check \"%1\" again: it could not be verified (%2).")
                      .arg(c.title, c.summary),
                  {},
                  false};
}

static QList<Action> thresholdActions(const Threshold& t, const Report& report, const QList<PublishRecord>& records)
{
    QList<Action> out;
    QList<PublishRecord> own;
    for (const PublishRecord& r : records)
        if (thresholdOfRecord(r) == t.key)
            own.append(r);
    for (const PublishRecord& r : std::as_const(own))
        out.append(publishAction(r));
    for (const QString& id : t.checkIds)
        if (const CheckResult* c = report.find(id))
            out.append(findingActions(t.key, *c, records));
    for (const QString& id : t.checkIds)
        if (const CheckResult* c = report.find(id); c && c->status == Status::Unknown)
            out.append(unverifiedAction(t.key, *c));
    if (out.isEmpty() && thresholdStatus(t, report) == Status::Pass)
        out.append(
            Action{t.key, QCoreApplication::translate("Actions", "%1: passes, nothing to do.").arg(t.title), {}, true});
    return out;
}

QList<Action> actionsInOrder(const Report& report, const QList<PublishRecord>& records)
{
    QList<Action> out;
    for (const Threshold& t : thresholds())
        out.append(thresholdActions(t, report, records));
    // Records no threshold claims (an MX, say) still belong on the list.
    for (const PublishRecord& r : records)
        if (thresholdOfRecord(r).isEmpty())
            out.append(publishAction(r));
    out.append(Action{{},
                      QCoreApplication::translate("Actions",
                                                  "When everything above is done, wait for DNS to update (up to the "
                                                  "records' TTL), re-check in MailReady and export this checklist "
                                                  "again."),
                      {},
                      false});
    return out;
}

} // namespace mailready::report
