#include "WizardModel.h"

#include "checks/CheckIds.h"
#include "checks/CheckRegistry.h"
#include "checks/publicip/PublicIpCheck.h"
#include "dns/Authoritative.h"
#include "dns/LdnsResolver.h"
#include "run/CheckRunner.h"

namespace mailready::ui {

WizardModel::WizardModel(const GlobalOptions& options, QObject* parent)
    : QObject(parent), m_options(options), m_runner(new CheckRunner(this))
{
    m_request.resolver = options.resolverConfig();
    m_request.dnsblCatalogFile = qEnvironmentVariable("MAILREADY_DNSBL_CATALOG");
    m_order = allCheckIds();
    connect(m_runner, &CheckRunner::checkFinished, this, &WizardModel::onFinished);
    connect(m_runner, &CheckRunner::finished, this, &WizardModel::onRunFinished);
    connect(m_runner, &CheckRunner::checkProgress, this,
            [this](int generation, const QString& id, int done, int total) {
                if (generation == m_runner->generation())
                    Q_EMIT checkProgress(id, done, total);
            });
    m_autoTimer.setSingleShot(false);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            runLive(m_autoIds);
    });
}

WizardModel::~WizardModel()
{
    m_autoTimer.stop();
    m_runner->waitForRuns();
    m_zoneLookup.join();
}

void WizardModel::setRequest(const CheckRequest& request)
{
    m_request = request;
    // The demo (scripts/demo) and tests point the blocklist check at their own lists.
    if (m_request.dnsblCatalogFile.isEmpty())
        m_request.dnsblCatalogFile = qEnvironmentVariable("MAILREADY_DNSBL_CATALOG");
}

quint16 WizardModel::authoritativePort()
{
    bool ok = false;
    const uint port = qEnvironmentVariable("MAILREADY_AUTHORITATIVE_PORT").toUInt(&ok);
    return ok && port > 0 && port < 65536 ? static_cast<quint16>(port) : 53;
}

bool WizardModel::isRunning() const
{
    return m_runner->isRunning() || m_zoneLookup.isRunning();
}

void WizardModel::cancel()
{
    m_runner->cancel();
    m_zoneLookup.cancel();
    Q_EMIT runningChanged(false);
}

void WizardModel::startRun(const CheckRequest& request, const QStringList& ids, bool live)
{
    m_currentLive = live;
    m_total = 0;
    for (const CheckDescriptor& c : checkRegistry())
        if (ids.isEmpty() || ids.contains(c.id) || (request.ips.isEmpty() && c.id == checkid::PublicIp))
            ++m_total;
    m_done = 0;
    m_runner->start(request, ids);
    Q_EMIT runningChanged(true);
    Q_EMIT progress(0, m_total);
}

void WizardModel::run(const QStringList& ids)
{
    m_zoneLookup.cancel();
    startRun(m_request, ids, false);
}

void WizardModel::runLive(const QStringList& ids)
{
    const CheckRequest request = m_request;
    const quint16 port = authoritativePort();
    auto find = [request, port](const ZoneLookup::Run&) -> std::optional<dns::ZoneServers> {
        dns::LdnsResolver resolver(request.resolver);
        QString why;
        return dns::findZoneServers(resolver, request.domain, port, &why);
    };
    auto found = [this, request, ids](const std::optional<dns::ZoneServers>& zone) {
        CheckRequest live = request;
        if (zone) {
            live.authoritativeZone = zone->zone;
            live.authoritativeServers = zone->servers;
            QStringList servers;
            for (const auto& s : zone->servers)
                servers << s.toString();
            Q_EMIT liveStatus(tr("Asking %1's own nameservers directly (%2), so new records show at once.")
                                  .arg(dns::displayName(zone->zone), servers.join(QStringLiteral(", "))));
        } else {
            Q_EMIT liveStatus(tr("The authoritative nameservers could not be found; asking the usual resolver."));
        }
        startRun(live, ids, zone.has_value());
    };
    Q_EMIT runningChanged(true);
    Q_EMIT liveStatus(tr("Finding the authoritative nameservers of %1…").arg(request.domain));
    m_zoneLookup.start(find, found);
}

void WizardModel::setAutoRecheck(const QStringList& ids, bool enabled, int intervalMs)
{
    m_autoIds = ids;
    if (enabled && !ids.isEmpty()) {
        m_autoTimer.start(intervalMs);
    } else {
        m_autoTimer.stop();
    }
}

static quint32 maxEvidenceTtl(const CheckResult& r)
{
    quint32 ttl = 0;
    for (const dns::Answer& a : r.evidence)
        if (!a.records.isEmpty() || a.negativeTtl)
            ttl = qMax(ttl, a.minTtl());
    return ttl;
}

void WizardModel::onFinished(int generation, const CheckResult& result)
{
    if (generation != m_runner->generation())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CheckResult* previous = this->result(result.id);
    if (m_currentLive) {
        if (result.status == Status::Pass && previous && previous->status != Status::Pass &&
            m_lastRecursiveTtl.contains(result.id)) {
            m_staleUntil.insert(result.id, m_times.value(result.id).addSecs(m_lastRecursiveTtl.value(result.id)));
        }
    } else {
        m_lastRecursiveTtl.insert(result.id, maxEvidenceTtl(result));
        m_staleUntil.remove(result.id);
    }
    m_results.insert(result.id, result);
    m_times.insert(result.id, now);
    ++m_done;
    Q_EMIT progress(m_done, qMax(m_total, m_done));
    Q_EMIT resultChanged(result.id);
}

void WizardModel::onRunFinished(int generation, const Report& report)
{
    if (generation != m_runner->generation())
        return;
    m_runFindings = report.findings;
    Q_EMIT runningChanged(false);
    if (m_autoTimer.isActive()) {
        bool allPass = true;
        for (const QString& id : std::as_const(m_autoIds))
            if (const CheckResult* r = result(id); !r || (r->status != Status::Pass && r->status != Status::Skipped))
                allPass = false;
        if (allPass)
            m_autoTimer.stop();
    }
}

const CheckResult* WizardModel::result(const QString& id) const
{
    const auto it = m_results.constFind(id);
    return it == m_results.constEnd() ? nullptr : &it.value();
}

QDateTime WizardModel::resultTime(const QString& id) const
{
    return m_times.value(id);
}

Report WizardModel::report() const
{
    Report r;
    r.domain = m_request.domain;
    r.hostname = m_request.hostname;
    r.nameservers = dns::LdnsResolver(m_request.resolver).servers();
    QDateTime first, last;
    for (const QString& id : m_order) {
        if (const CheckResult* c = result(id)) {
            r.checks << *c;
            const QDateTime t = m_times.value(id);
            if (!first.isValid() || t < first)
                first = t;
            if (!last.isValid() || t > last)
                last = t;
        }
    }
    for (const QHostAddress& a : m_request.ips)
        r.ips << dns::addressText(a);
    if (r.ips.isEmpty())
        if (const CheckResult* p = result(checkid::PublicIp))
            if (const auto* details = p->detailsAs<checks::PublicIpDetails>())
                for (const QHostAddress& a : details->addresses)
                    r.ips << dns::addressText(a);
    r.started = first;
    r.finished = last;
    return r;
}

QList<report::PublishRecord> WizardModel::records() const
{
    static const QStringList order{checkid::Spf, checkid::Dkim, checkid::Dmarc};
    auto rank = [](const QString& source) {
        const qsizetype i = order.indexOf(source);
        return i < 0 ? order.size() : i;
    };
    auto sorted = m_records;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&rank](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    QList<report::PublishRecord> all;
    for (const auto& [source, list] : sorted)
        all += list;
    return all;
}

void WizardModel::setRecords(const QString& source, const QList<report::PublishRecord>& records)
{
    for (auto& entry : m_records) {
        if (entry.first == source) {
            entry.second = records;
            Q_EMIT recordsChanged();
            return;
        }
    }
    m_records.append({source, records});
    Q_EMIT recordsChanged();
}

} // namespace mailready::ui
