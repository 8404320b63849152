#include "LdnsResolver.h"

#include "util/WorkerThreads.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThreadPool>

#include <ldns/ldns.h>

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace mailready::dns {

namespace {

struct LdnsResolverDeleter
{
    void operator()(ldns_resolver* r) const { ldns_resolver_deep_free(r); }
};
struct LdnsPktDeleter
{
    void operator()(ldns_pkt* p) const { ldns_pkt_free(p); }
};
struct LdnsRdfDeleter
{
    void operator()(ldns_rdf* r) const { ldns_rdf_deep_free(r); }
};
struct CStringDeleter
{
    void operator()(char* s) const { std::free(s); }
};
using ResolverPtr = std::unique_ptr<ldns_resolver, LdnsResolverDeleter>;
using PktPtr = std::unique_ptr<ldns_pkt, LdnsPktDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, LdnsRdfDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

constexpr int kMaxCnameSteps = 8;

QString rdfToString(const ldns_rdf* rdf)
{
    if (!rdf)
        return {};
    CStringPtr s(ldns_rdf2str(rdf));
    return s ? QString::fromLatin1(s.get()) : QString();
}

QString nameOf(const ldns_rdf* rdf)
{
    return absoluteName(rdfToString(rdf));
}

RdfPtr addressRdf(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const quint8 bytes[4] = {static_cast<quint8>(v4 >> 24), static_cast<quint8>(v4 >> 16),
                                 static_cast<quint8>(v4 >> 8), static_cast<quint8>(v4)};
        return RdfPtr(ldns_rdf_new_frm_data(LDNS_RDF_TYPE_A, 4, bytes));
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return RdfPtr(ldns_rdf_new_frm_data(LDNS_RDF_TYPE_AAAA, 16, v6.c));
}

quint32 readUint32(const ldns_rdf* rdf)
{
    if (!rdf || ldns_rdf_size(rdf) < 4)
        return 0;
    return ldns_rdf2native_int32(rdf);
}

bool parseRecord(const ldns_rr* rr, Record* out)
{
    out->owner = nameOf(ldns_rr_owner(rr));
    out->type = static_cast<RRType>(ldns_rr_get_type(rr));
    out->ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);
    switch (ldns_rr_get_type(rr)) {
    case LDNS_RR_TYPE_A: {
        const ldns_rdf* rdf = ldns_rr_rdf(rr, 0);
        if (!rdf || ldns_rdf_size(rdf) != 4)
            return false;
        const quint8* d = ldns_rdf_data(rdf);
        out->address = QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | quint32(d[3]));
        return true;
    }
    case LDNS_RR_TYPE_AAAA: {
        const ldns_rdf* rdf = ldns_rr_rdf(rr, 0);
        if (!rdf || ldns_rdf_size(rdf) != 16)
            return false;
        out->address = QHostAddress(ldns_rdf_data(rdf));
        return true;
    }
    case LDNS_RR_TYPE_PTR:
    case LDNS_RR_TYPE_CNAME:
    case LDNS_RR_TYPE_NS:
        if (count < 1)
            return false;
        out->target = nameOf(ldns_rr_rdf(rr, 0));
        return true;
    case LDNS_RR_TYPE_MX:
        if (count < 2)
            return false;
        out->preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        out->target = nameOf(ldns_rr_rdf(rr, 1));
        return true;
    case LDNS_RR_TYPE_SOA:
        if (count < 7)
            return false;
        out->target = nameOf(ldns_rr_rdf(rr, 0));
        out->soaSerial = readUint32(ldns_rr_rdf(rr, 2));
        out->soaMinimum = readUint32(ldns_rr_rdf(rr, 6));
        return true;
    case LDNS_RR_TYPE_TXT:
    case LDNS_RR_TYPE_SPF:
        // RFC 1035 3.3.14: one or more character-strings. An empty RDATA is malformed, dropped like an A record of
        // the wrong size, never read as a record holding "".
        if (count < 1)
            return false;
        for (size_t i = 0; i < count; ++i) {
            const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
            const size_t size = ldns_rdf_size(rdf);
            const quint8* d = ldns_rdf_data(rdf);
            if (size < 1 || size_t(d[0]) + 1 > size)
                return false;
            const QByteArray s(reinterpret_cast<const char*>(d + 1), d[0]);
            out->txtStrings << s;
            out->txt += s;
        }
        return true;
    default:
        return false;
    }
}

struct RawResult
{
    PktPtr packet;
    Outcome failure = Outcome::NoError; // NoError: packet is set
    QString server;
    QString error;
    bool viaTcp = false;
};

} // namespace

LdnsResolver::LdnsResolver(ResolverConfig config) : m_config(std::move(config))
{
    if (m_config.servers.isEmpty())
        m_config.servers = systemServers();
    m_config.timeoutMs = qBound(50, m_config.timeoutMs, 60000);
    m_config.attempts = qBound(1, m_config.attempts, 5);
}

QList<ServerAddress> LdnsResolver::systemServers()
{
    QList<ServerAddress> result;
    ldns_resolver* raw = nullptr;
    if (ldns_resolver_new_frm_file(&raw, nullptr) != LDNS_STATUS_OK || !raw)
        return result;
    ResolverPtr res(raw);
    ldns_rdf** list = ldns_resolver_nameservers(res.get());
    for (size_t i = 0; i < ldns_resolver_nameserver_count(res.get()); ++i) {
        if (const auto addr = parseAddress(rdfToString(list[i])))
            result << ServerAddress{*addr, ldns_resolver_port(res.get())};
    }
    return result;
}

QStringList LdnsResolver::servers() const
{
    QStringList out;
    for (const auto& s : m_config.servers)
        out << s.toString();
    return out;
}

// SERVFAIL and REFUSED are no answer: true, and `result` says which, for such a reply.
static bool isRefusal(const ldns_pkt* packet, RawResult* result)
{
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(packet);
    if (rcode != LDNS_RCODE_SERVFAIL && rcode != LDNS_RCODE_REFUSED)
        return false;
    result->failure = rcode == LDNS_RCODE_SERVFAIL ? Outcome::ServFail : Outcome::Refused;
    result->error =
        QCoreApplication::translate("LdnsResolver", "%1 answered %2")
            .arg(result->server, rcode == LDNS_RCODE_SERVFAIL ? QStringLiteral("SERVFAIL") : QStringLiteral("REFUSED"));
    return true;
}

// Sets up one ldns resolver object for one attempt at one server.
static ResolverPtr resolverFor(const ResolverConfig& config, const ServerAddress& server)
{
    ResolverPtr res(ldns_resolver_new());
    RdfPtr ns = addressRdf(server.address);
    if (!res || !ns || ldns_resolver_push_nameserver(res.get(), ns.get()) != LDNS_STATUS_OK)
        return nullptr;
    ldns_resolver_set_port(res.get(), server.port);
    timeval tv{config.timeoutMs / 1000, (config.timeoutMs % 1000) * 1000};
    ldns_resolver_set_timeout(res.get(), tv);
    ldns_resolver_set_retry(res.get(), 1);
    ldns_resolver_set_retrans(res.get(), 0);
    ldns_resolver_set_random(res.get(), false);
    ldns_resolver_set_fallback(res.get(), false); // TCP retry below, so we know when it happened
    ldns_resolver_set_recursive(res.get(), config.recursionDesired);
    ldns_resolver_set_edns_udp_size(res.get(), config.ednsUdpSize);
    ldns_resolver_set_usevc(res.get(), false);
    return res;
}

// One server's part of a lookup: its attempts, until it answers, refuses or runs out of them. `stop` ends it before
// another attempt once another server has answered.
static RawResult askServer(const ResolverConfig& config, const ServerAddress& server, const QString& name, RRType type,
                           const std::atomic<bool>& stop)
{
    RawResult result;
    result.server = server.toString();
    RdfPtr qname(ldns_dname_new_frm_str(name.toLatin1().constData()));
    for (int attempt = 0; attempt < config.attempts && !stop; ++attempt) {
        ResolverPtr res = resolverFor(config, server);
        if (!res || !qname) {
            result.failure = Outcome::NetworkError;
            result.error =
                QCoreApplication::translate("LdnsResolver", "could not set up a query to %1").arg(result.server);
            return result;
        }
        const uint16_t flags = (config.recursionDesired ? LDNS_RD : 0) | LDNS_AD;
        QElapsedTimer timer;
        timer.start();
        ldns_pkt* raw = nullptr;
        ldns_status status =
            ldns_resolver_send(&raw, res.get(), qname.get(), static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN, flags);
        PktPtr packet(raw);
        bool viaTcp = false;
        if (status == LDNS_STATUS_OK && packet && ldns_pkt_tc(packet.get())) {
            ldns_resolver_set_usevc(res.get(), true);
            raw = nullptr;
            status = ldns_resolver_send(&raw, res.get(), qname.get(), static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN,
                                        flags);
            packet.reset(raw);
            viaTcp = true;
        }
        if (status == LDNS_STATUS_OK && packet) {
            // Another server may know better; this one's refusal stands if none does.
            if (isRefusal(packet.get(), &result))
                return result; // a definite refusal: do not retry the same server
            result.failure = Outcome::NoError;
            result.packet = std::move(packet);
            result.viaTcp = viaTcp;
            result.error.clear();
            return result;
        }
        // ldns reports a timeout and an unreachable server alike; the clock tells them apart.
        const bool timedOut = timer.elapsed() >= config.timeoutMs * 9 / 10;
        result.failure = timedOut ? Outcome::Timeout : Outcome::NetworkError;
        result.error = timedOut ? QCoreApplication::translate("LdnsResolver", "%1 did not answer within %2 ms")
                                      .arg(result.server)
                                      .arg(config.timeoutMs)
                                : QCoreApplication::translate("LdnsResolver", "could not query %1: %2")
                                      .arg(result.server, QString::fromLatin1(ldns_get_errorstr_by_id(status)));
    }
    return result;
}

namespace {
// The servers' parts of one lookup, shared with the tasks that ask them: a task that ends after the lookup has
// returned still has somewhere to put its reply.
struct ServerRace
{
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<std::pair<qsizetype, RawResult>> replies; // server index and its result, in order of arrival
    std::atomic<bool> stop{false};
};
} // namespace

// Several servers: the first is asked alone; when it has not answered within half a try's timeout (a second at most),
// or has failed, the next one is asked as well, and so on, each in parallel with those still asked. The first reply
// wins. Only when every server failed is the lookup a failure, with the reason of the last server in the list, so a
// dead first server costs a moment instead of its attempts x timeout. Once a later server has answered for a quiet
// first one (`firstIsSlow`), the lookups after it ask all servers at once, until the first answers first again.
static RawResult askServers(const ResolverConfig& config, const QString& name, RRType type,
                            std::atomic<bool>& firstIsSlow)
{
    const auto race = std::make_shared<ServerRace>();
    const auto hedge = std::chrono::milliseconds(firstIsSlow ? 0 : qBound(20, config.timeoutMs / 2, 1000));
    const qsizetype count = config.servers.size();
    qsizetype started = 0;
    qsizetype finished = 0;
    auto startNext = [&] {
        const qsizetype index = started++;
        dnsServerThreadPool()->start([race, config, index, name, type] {
            prepareWorkerThread();
            RawResult r = askServer(config, config.servers[index], name, type, race->stop);
            const std::lock_guard<std::mutex> lock(race->mutex);
            race->replies.emplace_back(index, std::move(r));
            race->arrived.notify_all();
        });
    };
    std::unique_lock<std::mutex> lock(race->mutex);
    startNext();
    auto nextStart = std::chrono::steady_clock::now() + hedge;
    std::vector<RawResult> failures(static_cast<size_t>(count));
    while (finished < count) {
        if (race->replies.empty()) {
            if (started == count)
                race->arrived.wait(lock);
            else if (race->arrived.wait_until(lock, nextStart) == std::cv_status::timeout && race->replies.empty()) {
                startNext();
                nextStart = std::chrono::steady_clock::now() + hedge;
            }
            continue;
        }
        auto [index, r] = std::move(race->replies.front());
        race->replies.pop_front();
        ++finished;
        if (r.failure == Outcome::NoError) {
            race->stop = true;
            firstIsSlow = index > 0 && failures.front().server.isEmpty(); // the first had not even failed yet
            return std::move(r);
        }
        failures[static_cast<size_t>(index)] = std::move(r);
        if (started < count) { // a server that gave up is replaced at once
            startNext();
            nextStart = std::chrono::steady_clock::now() + hedge;
        }
    }
    return std::move(failures.back());
}

static RawResult ask(const ResolverConfig& config, const QString& name, RRType type, std::atomic<bool>& firstIsSlow)
{
    RawResult result;
    if (config.servers.isEmpty()) {
        result.failure = Outcome::NetworkError;
        result.error = QCoreApplication::translate(
            "LdnsResolver", "no nameserver is configured (none given and /etc/resolv.conf names none)");
        return result;
    }
    if (!RdfPtr(ldns_dname_new_frm_str(name.toLatin1().constData()))) {
        result.failure = Outcome::FormatError;
        result.error = QCoreApplication::translate("LdnsResolver", "'%1' is not a valid DNS name").arg(name);
        return result;
    }
    if (config.servers.size() == 1) {
        const std::atomic<bool> never{false};
        return askServer(config, config.servers.first(), name, type, never);
    }
    return askServers(config, name, type, firstIsSlow);
}

using Asker = std::function<RawResult(const QString& name)>;

// The records of the IN class in a reply's answer section.
static QList<Record> answerRecords(const ldns_pkt* pkt)
{
    const ldns_rr_list* section = ldns_pkt_answer(pkt);
    QList<Record> all;
    for (size_t i = 0; i < ldns_rr_list_rr_count(section); ++i) {
        Record r;
        const ldns_rr* rr = ldns_rr_list_rr(section, i);
        if (ldns_rr_get_class(rr) == LDNS_RR_CLASS_IN && parseRecord(rr, &r))
            all << r;
    }
    return all;
}

// Follows the CNAME chain from `current` through `records`, adding each step to the answer's chain; `current` ends
// at the chain's last name. False (and the answer says why) when the chain runs in a loop.
static bool followCnames(const QList<Record>& records, QString* current, QSet<QString>* seen, Answer* answer)
{
    bool moved = true;
    while (moved) {
        moved = false;
        for (const Record& r : records) {
            if (r.type != RRType::CNAME || r.owner != *current)
                continue;
            if (seen->contains(r.target)) {
                answer->outcome = Outcome::FormatError;
                answer->error =
                    QCoreApplication::translate("LdnsResolver", "CNAME loop at %1").arg(displayName(r.target));
                return false;
            }
            seen->insert(r.target);
            answer->cnameChain << r.target;
            *current = r.target;
            moved = true;
            break;
        }
    }
    return true;
}

// The negative-caching TTL from the SOA in a reply's authority section (RFC 2308 5), if there is one.
static void readNegativeTtl(const ldns_pkt* pkt, Answer* answer)
{
    const ldns_rr_list* authority = ldns_pkt_authority(pkt);
    for (size_t i = 0; i < ldns_rr_list_rr_count(authority); ++i) {
        Record r;
        const ldns_rr* rr = ldns_rr_list_rr(authority, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA && parseRecord(rr, &r))
            answer->negativeTtl = qMin(r.soaMinimum, r.ttl);
    }
}

// One lookup: asks for `name`, reads the reply, and asks again for the target of a CNAME chain that leads out of a
// reply, up to kMaxCnameSteps steps.
static Answer lookup(const QString& name, RRType type, const Asker& askFor)
{
    QElapsedTimer timer;
    timer.start();
    Answer answer;
    answer.name = absoluteName(name);
    answer.type = type;
    if (!isValidDnsName(answer.name)) {
        answer.outcome = Outcome::FormatError;
        answer.error =
            QCoreApplication::translate("LdnsResolver", "'%1' is not a valid DNS name").arg(displayName(answer.name));
        return answer;
    }

    QString current = answer.name;
    QSet<QString> seen{current};
    for (int step = 0; step < kMaxCnameSteps; ++step) {
        const QString askedFor = current;
        RawResult raw = askFor(current);
        answer.server = raw.server;
        answer.viaTcp = answer.viaTcp || raw.viaTcp;
        if (raw.failure != Outcome::NoError) {
            answer.outcome = raw.failure;
            answer.error = raw.error;
            answer.ms = timer.elapsed();
            return answer;
        }
        ldns_pkt* pkt = raw.packet.get();
        answer.authenticData = ldns_pkt_ad(pkt);
        const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt);

        // Walk the answer section: follow the CNAME chain inside it, collect the records at its end.
        const QList<Record> all = answerRecords(pkt);
        if (type != RRType::CNAME && !followCnames(all, &current, &seen, &answer)) {
            answer.ms = timer.elapsed();
            return answer;
        }
        for (const Record& r : all)
            if (r.type == type && r.owner == current)
                answer.records << r;
        readNegativeTtl(pkt, &answer);

        if (!answer.records.isEmpty()) {
            answer.outcome = Outcome::NoError;
            break;
        }
        if (rcode == LDNS_RCODE_NXDOMAIN) {
            answer.outcome = Outcome::NXDomain;
            break;
        }
        if (rcode != LDNS_RCODE_NOERROR) {
            answer.outcome = Outcome::FormatError;
            CStringPtr rc(ldns_pkt_rcode2str(rcode));
            answer.error = QCoreApplication::translate("LdnsResolver", "%1 answered %2")
                               .arg(answer.server, QString::fromLatin1(rc ? rc.get() : "?"));
            break;
        }
        // NOERROR without the records: either NODATA, or a CNAME whose target this server did not resolve
        // (it is in another zone): then ask for the target ourselves.
        bool targetAnswered = false;
        for (const Record& r : std::as_const(all))
            if (r.owner == current)
                targetAnswered = true;
        if (current != askedFor && !targetAnswered)
            continue;
        answer.outcome = Outcome::NoData;
        break;
    }
    if (answer.outcome == Outcome::Timeout && answer.error.isEmpty()) { // the loop ran out of steps
        answer.outcome = Outcome::FormatError;
        answer.error =
            QCoreApplication::translate("LdnsResolver", "CNAME chain longer than %1 steps").arg(kMaxCnameSteps);
    }
    answer.ms = timer.elapsed();
    return answer;
}

Answer LdnsResolver::query(const QString& name, RRType type)
{
    return lookup(name, type,
                  [this, type](const QString& current) { return ask(m_config, current, type, *m_firstIsSlow); });
}

Answer answerFromReplies(const QString& name, RRType type, const QList<QByteArray>& replies, const QString& server)
{
    qsizetype next = 0;
    return lookup(name, type, [&replies, &next, &server](const QString&) {
        RawResult result;
        result.server = server;
        if (next >= replies.size()) {
            result.failure = Outcome::Timeout;
            result.error = QCoreApplication::translate("LdnsResolver", "%1 did not answer").arg(server);
            return result;
        }
        const QByteArray& wire = replies[next++];
        ldns_pkt* raw = nullptr;
        // The same reading of the bytes as ldns_resolver_send does with what arrives.
        const ldns_status status =
            ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t*>(wire.constData()), static_cast<size_t>(wire.size()));
        PktPtr packet(raw);
        if (status != LDNS_STATUS_OK || !packet) {
            result.failure = Outcome::NetworkError;
            result.error = QCoreApplication::translate("LdnsResolver", "could not query %1: %2")
                               .arg(server, QString::fromLatin1(ldns_get_errorstr_by_id(status)));
            return result;
        }
        if (isRefusal(packet.get(), &result))
            return result;
        result.packet = std::move(packet);
        return result;
    });
}

} // namespace mailready::dns
