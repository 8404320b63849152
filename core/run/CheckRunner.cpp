#include "CheckRunner.h"

#include "util/WorkerThreads.h"

#include "checks/CheckRegistry.h"
#include "dns/Authoritative.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "run/DomainPresence.h"
#include "run/RelayAddresses.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace mailready {

namespace {
// Once a run is stopped, the questions it has not sent yet are not sent: they come back at once, unanswered (a
// temporary failure, so nothing of a stopped run can read as a pass). Questions already out end within their bound.
class StoppableResolver final : public dns::Resolver
{
public:
    StoppableResolver(dns::Resolver& inner, const std::atomic_bool& stop) : m_inner(inner), m_stop(stop) {}
    dns::Answer query(const QString& name, dns::RRType type) override
    {
        if (!m_stop.load(std::memory_order_relaxed))
            return m_inner.query(name, type);
        dns::Answer a;
        a.name = dns::absoluteName(name);
        a.type = type;
        a.outcome = dns::Outcome::Timeout;
        a.error = QCoreApplication::translate("CheckRunner", "not asked: the run was stopped");
        return a;
    }
    QStringList servers() const override { return m_inner.servers(); }

private:
    dns::Resolver& m_inner;
    const std::atomic_bool& m_stop;
};
} // namespace

static CheckResult cancelledResult(const Check& check)
{
    CheckResult r;
    r.id = check.id();
    r.title = check.title();
    r.status = Status::Unknown;
    r.summary = QCoreApplication::translate("CheckRunner", "Cancelled before it finished");
    return r;
}

// What every result passes before it is told: the run's verdict on the domain and the resolver (DomainPresence), asked
// beside the checks. A check runs at once; its result waits for that verdict, which may put `unknown` in its place.
struct ResultGate
{
    const CheckRequest& request;
    QFuture<DomainPresence> presence;

    CheckResult pass(const CheckResult& own) const { return presence.result().apply(own, request); }
};

static CheckResult runOne(Check& check, const CheckContext& shared, const RunCallbacks& callbacks,
                          const ResultGate& gate)
{
    prepareWorkerThread();
    if (callbacks.started)
        callbacks.started(check.id());
    CheckContext ctx{shared.request, shared.resolver, shared.sendingIps, shared.cancelled, {}};
    if (callbacks.progress)
        ctx.progress = [&callbacks, id = check.id()](int done, int total) { callbacks.progress(id, done, total); };
    CheckResult result = ctx.isCancelled() ? cancelledResult(check) : check.run(ctx);
    if (result.id.isEmpty())
        result.id = check.id();
    if (result.title.isEmpty())
        result.title = check.title();
    result = gate.pass(result);
    if (callbacks.finished)
        callbacks.finished(result);
    return result;
}

static CheckResult noAddressResult(const Check& check, const RunCallbacks& callbacks, const ResultGate& gate)
{
    if (callbacks.started)
        callbacks.started(check.id());
    CheckResult r;
    r.id = check.id();
    r.title = check.title();
    r.status = Status::Unknown;
    r.summary = QCoreApplication::translate("CheckRunner", "No sending address is known, so this could not be checked");
    r.addFinding(
        Severity::Warning,
        QCoreApplication::translate("CheckRunner", "The mail server's public address could not be found out."),
        QCoreApplication::translate("CheckRunner", "Give the server's public address (for example --ip 203.0.113.5)."));
    r = gate.pass(r);
    if (callbacks.finished)
        callbacks.finished(r);
    return r;
}

// With a relay whose sending addresses are unknown, the checks that would judge them cannot say anything.
static CheckResult noRelayAddressResult(const Check& check, const RelayAddresses& relayAddresses,
                                        const RunCallbacks& callbacks, const ResultGate& gate)
{
    if (callbacks.started)
        callbacks.started(check.id());
    CheckResult r;
    r.id = check.id();
    r.title = check.title();
    r.status = Status::Unknown;
    r.summary = QCoreApplication::translate("CheckRunner",
                                            "The relay %1's sending address is not known, so this could not be checked")
                    .arg(relayAddresses.host.isEmpty() ? QStringLiteral("given") : relayAddresses.host);
    r.addFinding(Severity::Warning, relayAddresses.problem,
                 QCoreApplication::translate(
                     "CheckRunner", "Check the relay's name and the nameserver in use, or give the relay's outgoing "
                                    "address (for example --relay-ip 203.0.113.25)."));
    for (const dns::Answer& a : relayAddresses.answers)
        r.addEvidence(a);
    r = gate.pass(r);
    if (callbacks.finished)
        callbacks.finished(r);
    return r;
}

// Starts a check of the second stage: of the sending addresses (`sending`), or of the server's own (`server`) for a
// check that asks for those. Every reference must outlive the returned future.
static QFuture<CheckResult> startStageTwo(Check& check, const CheckContext& sending, const CheckContext& server,
                                          const std::optional<RelayAddresses>& relayAddresses,
                                          const RunCallbacks& callbacks, const ResultGate& gate)
{
    if (check.needsServerIps()) // checks of the server's own address say themselves what an unknown one means
        return QtConcurrent::run(
            checkThreadPool(), [&check, &server, &callbacks, &gate] { return runOne(check, server, callbacks, gate); });
    if (relayAddresses && sending.sendingIps.isEmpty())
        return QtConcurrent::run(checkThreadPool(), [&check, &relayAddresses, &callbacks, &gate] {
            return noRelayAddressResult(check, *relayAddresses, callbacks, gate);
        });
    if (sending.sendingIps.isEmpty())
        return QtConcurrent::run(checkThreadPool(),
                                 [&check, &callbacks, &gate] { return noAddressResult(check, callbacks, gate); });
    return QtConcurrent::run(checkThreadPool(),
                             [&check, &sending, &callbacks, &gate] { return runOne(check, sending, callbacks, gate); });
}

Report executeChecks(const CheckRequest& request, CheckList& checks, const RunCallbacks& callbacks,
                     const std::atomic_bool* cancelled)
{
    static const std::atomic_bool never{false};
    const std::atomic_bool& stop = cancelled ? *cancelled : never;

    Report report;
    report.started = QDateTime::currentDateTimeUtc();
    report.domain = request.domain;
    report.hostname = request.hostname;

    dns::LdnsResolver network(request.resolver);
    dns::ResolverConfig direct = request.resolver;
    direct.servers = request.authoritativeServers;
    direct.recursionDesired = false;
    dns::LdnsResolver authoritative(direct);
    dns::ZoneRoutingResolver routed(request.authoritativeZone, authoritative, network);
    const bool live = !request.authoritativeZone.isEmpty() && !request.authoritativeServers.isEmpty();
    StoppableResolver stoppable(live ? static_cast<dns::Resolver&>(routed) : network, stop);
    dns::CachingResolver resolver(stoppable);
    report.nameservers = resolver.servers();

    QList<QHostAddress> sendingIps = request.ips;
    const CheckContext firstContext{request, resolver, {}, stop};
    const ResultGate gate{request, QtConcurrent::run(checkThreadPool(), [&resolver, &request] {
                              prepareWorkerThread();
                              return DomainPresence::judge(DomainPresence::gather(resolver, request.domain));
                          })};

    // Stage one: everything that does not judge the sending addresses, discovery among them.
    QList<QFuture<CheckResult>> futures(static_cast<qsizetype>(checks.size()));
    for (size_t i = 0; i < checks.size(); ++i) {
        Check* check = checks[i].get();
        if (!check->needsSendingIps() && !check->needsServerIps())
            futures[static_cast<qsizetype>(i)] =
                QtConcurrent::run(checkThreadPool(), [check, &firstContext, &callbacks, &gate] {
                    return runOne(*check, firstContext, callbacks, gate);
                });
    }
    if (sendingIps.isEmpty()) {
        for (size_t i = 0; i < checks.size(); ++i) {
            auto& f = futures[static_cast<qsizetype>(i)];
            if (f.isValid())
                sendingIps += checks[i]->sendingIpsFrom(f.result());
        }
    }

    // Mail that leaves through a relay is judged by receivers on the relay's addresses, not the home address.
    const QList<QHostAddress> serverIps = sendingIps;
    std::optional<RelayAddresses> relayAddresses;
    if (!request.relay.trimmed().isEmpty() && !stop.load(std::memory_order_relaxed)) {
        relayAddresses = resolveRelay(resolver, request);
        sendingIps = relayAddresses->ips;
    }

    // Stage two: the checks of the sending addresses (and of the server's own, for those that ask for it).
    const CheckContext secondContext{request, resolver, sendingIps, stop};
    const CheckContext serverContext{request, resolver, serverIps, stop};
    for (size_t i = 0; i < checks.size(); ++i) {
        Check* check = checks[i].get();
        if (check->needsSendingIps() || check->needsServerIps())
            futures[static_cast<qsizetype>(i)] =
                startStageTwo(*check, secondContext, serverContext, relayAddresses, callbacks, gate);
    }
    for (auto& f : futures)
        report.checks << f.result();
    report.findings = gate.presence.result().findings();
    for (const QHostAddress& a : std::as_const(sendingIps))
        report.ips << dns::addressText(a);
    if (relayAddresses)
        report.relay = request.relay.trimmed();
    for (const QHostAddress& a : serverIps)
        report.serverIps << dns::addressText(a);
    report.finished = QDateTime::currentDateTimeUtc();
    return report;
}

CheckList makeAllChecks()
{
    CheckList checks;
    for (const CheckDescriptor& d : checkRegistry())
        checks.push_back(d.make());
    return checks;
}

CheckRunner::CheckRunner(QObject* parent) : CheckRunner(&makeAllChecks, parent) {}

CheckRunner::CheckRunner(CheckFactory factory, QObject* parent) : QObject(parent), m_factory(std::move(factory))
{
    qRegisterMetaType<mailready::CheckResult>();
    qRegisterMetaType<mailready::Report>();
}

CheckRunner::~CheckRunner()
{
    waitForRuns();
}

void CheckRunner::cancel()
{
    m_work.cancel();
}

bool CheckRunner::waitForRuns(int msecs)
{
    return m_work.join(msecs);
}

int CheckRunner::start(const CheckRequest& request, const QStringList& onlyIds)
{
    auto checks = std::make_shared<CheckList>(m_factory());
    if (!onlyIds.isEmpty()) {
        // Discovery stays in whenever addresses are to be found, since the other checks need its answer.
        std::erase_if(*checks, [&onlyIds, &request](const std::unique_ptr<Check>& c) {
            const bool discovery = request.ips.isEmpty() && c->id() == checkid::PublicIp;
            return !onlyIds.contains(c->id()) && !discovery;
        });
    }
    // Each call is delivered on this object's thread, and only while its run is still the current one, whose
    // generation is then generation().
    auto work = [this, request, checks](const OwnedWork<Report>::Run& run) {
        RunCallbacks callbacks;
        callbacks.started = [this, &run](const QString& id) {
            run.post([this, id] { Q_EMIT checkStarted(generation(), id); });
        };
        callbacks.finished = [this, &run](const CheckResult& r) {
            run.post([this, r] { Q_EMIT checkFinished(generation(), r); });
        };
        callbacks.progress = [this, &run](const QString& id, int done, int total) {
            run.post([this, id, done, total] { Q_EMIT checkProgress(generation(), id, done, total); });
        };
        return executeChecks(request, *checks, callbacks, &run.cancelled());
    };
    return m_work.start(work, [this](const Report& report) { Q_EMIT finished(generation(), report); });
}

} // namespace mailready
