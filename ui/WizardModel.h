#pragma once

#include "checks/CheckRequest.h"
#include "dns/Authoritative.h"
#include "receiver/MessageCheck.h"
#include "report/Thresholds.h"
#include "run/GlobalOptions.h"
#include "run/Report.h"
#include "util/OwnedWork.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mailready {
class CheckRunner;
}

namespace mailready::ui {

// The one object every page of the wizard shares: what the user told us, the newest result of every check, and the
// runner that produces them. Pages read and write it; none of them talks to the runner directly.
class WizardModel final : public QObject
{
    Q_OBJECT
public:
    explicit WizardModel(const GlobalOptions& options, QObject* parent = nullptr);
    // Stops what is running and waits until it has ended (each network step is bounded by its timeout).
    ~WizardModel() override;

    const GlobalOptions& options() const { return m_options; }
    CheckRequest request() const { return m_request; }
    void setRequest(const CheckRequest& request);

    // Runs the named checks (all when empty) against the resolver in use. A newer run supersedes an older one.
    void run(const QStringList& ids = {});
    // Runs them with questions for the user's own zone sent to its authoritative servers, so a record that was just
    // published shows at once. Falls back to run() when those servers cannot be found.
    void runLive(const QStringList& ids);
    // While enabled, runLive(ids) repeats every intervalMs until every one of them passes (or the page goes away).
    void setAutoRecheck(const QStringList& ids, bool enabled, int intervalMs = 30000);
    bool isRunning() const;
    void cancel();

    const CheckResult* result(const QString& id) const;
    QDateTime resultTime(const QString& id) const;
    Report report() const; // the newest result of each check, in the registry's order
    // What the newest finished run found before any check: the domain does not exist, the resolver is broken.
    const QList<Finding>& runFindings() const { return m_runFindings; }
    // The verdict on a real received message (the message page), for the checklist; empty until there is one.
    void setMessageVerdict(const receiver::MessageVerdict& verdict) { m_message = verdict; }
    const std::optional<receiver::MessageVerdict>& messageVerdict() const { return m_message; }
    // Records to publish, gathered from the pages that compose them ("spf", "dkim", "dmarc", ...); records() lists
    // them in that order.
    QList<report::PublishRecord> records() const;
    void setRecords(const QString& source, const QList<report::PublishRecord>& records);

    // When a record that was missing or different at `id`'s last recursive check now passes at the authoritative
    // servers, recursive resolvers may still serve the old answer until this time (TTL or SOA negative TTL).
    QDateTime staleUntil(const QString& id) const { return m_staleUntil.value(id); }

    // The port authoritative servers are reached on: 53, or MAILREADY_AUTHORITATIVE_PORT for tests.
    static quint16 authoritativePort();

Q_SIGNALS:
    void resultChanged(const QString& id);
    void runningChanged(bool running);
    void progress(int done, int total);
    // Within one long check (the blocklists): questions answered of questions asked.
    void checkProgress(const QString& id, int done, int total);
    void recordsChanged();
    void liveStatus(const QString& message);

private:
    void onFinished(int generation, const CheckResult& result);
    void onRunFinished(int generation, const Report& report);
    void startRun(const CheckRequest& request, const QStringList& ids, bool live);

    GlobalOptions m_options;
    std::optional<receiver::MessageVerdict> m_message;
    CheckRequest m_request;
    CheckRunner* m_runner;
    QHash<QString, CheckResult> m_results;
    QList<Finding> m_runFindings;
    QHash<QString, QDateTime> m_times;
    QHash<QString, QDateTime> m_staleUntil;
    QHash<QString, quint32> m_lastRecursiveTtl; // max TTL seen by the last recursive run of a check
    QList<QPair<QString, QList<report::PublishRecord>>> m_records;
    QStringList m_order;
    QTimer m_autoTimer;
    QStringList m_autoIds;
    bool m_currentLive = false;
    int m_total = 0;
    int m_done = 0;
    // The live re-check's lookup of the zone's own nameservers; last, so it is joined before the rest goes.
    using ZoneLookup = OwnedWork<std::optional<dns::ZoneServers>>;
    ZoneLookup m_zoneLookup{this};
};

} // namespace mailready::ui
