// Measures how much the blocklist check gains from asking everything at once. Run through scripts/bench-dnsbl,
// which puts a forwarder adding a fixed delay per query in front of the fixture's NSD; not a test.
#include "checks/dnsbl/DnsblCheck.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace mailready;

namespace {

struct Figures
{
    qint64 wallMs = 0;
    int queries = 0;
    int healthQueries = 0;
    int txtQueries = 0;
    qint64 sequentialMs = 0; // sum of every query's own time: the wall time if asked one after another
    QString status;
};

Figures measure(const QJsonArray& evidence)
{
    Figures f;
    for (const auto& e : evidence) {
        const QJsonObject o = e.toObject();
        ++f.queries;
        f.sequentialMs += o.value(QStringLiteral("ms")).toInteger();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("TXT"))
            ++f.txtQueries;
        else if (name.startsWith(QLatin1String("2.0.0.127.")) || name.startsWith(QLatin1String("1.0.0.127.")))
            ++f.healthQueries;
    }
    return f;
}

QByteArray benchCatalog(const QStringList& zones)
{
    QJsonArray lists;
    for (const QString& z : zones)
        lists.append(
            QJsonObject{{QStringLiteral("zone"), z},
                        {QStringLiteral("kinds"), QJsonArray{QStringLiteral("ipv4")}},
                        {QStringLiteral("delist"), QStringLiteral("https://%1/").arg(z)},
                        {QStringLiteral("codes"),
                         QJsonArray{QJsonObject{{QStringLiteral("answers"), QJsonArray{QStringLiteral("127.0.0.2")}},
                                                {QStringLiteral("meaning"), QStringLiteral("Bench listing.")}}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("mailready.dnsbl-catalog/1")},
                                     {QStringLiteral("lists"), lists}})
        .toJson();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Blocklist check wall time against sequential round trips."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("nameserver"), QStringLiteral("The delaying forwarder."), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("delay-ms"), QStringLiteral("Delay the forwarder adds per query."),
                      QStringLiteral("MS"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("zones"),
                      QStringLiteral("Number of zones (bench01..benchNN.dnsbl.test, at most 30)."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (the median is reported)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("ip"), QStringLiteral("Address to look up."), QStringLiteral("A"),
                      QStringLiteral("203.0.113.5")});
    parser.process(app);
    QString why;
    const auto server = dns::parseServerAddress(parser.value(QStringLiteral("nameserver")), 53, &why);
    if (!server) {
        QTextStream(stderr) << "bench_dnsbl: --nameserver " << why << Qt::endl;
        return 64;
    }
    const int delay = parser.value(QStringLiteral("delay-ms")).toInt();
    const int zoneCount = std::clamp(parser.value(QStringLiteral("zones")).toInt(), 1, 30);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QHostAddress ip(parser.value(QStringLiteral("ip")));

    QStringList zones;
    for (int i = 1; i <= zoneCount; ++i)
        zones << QStringLiteral("bench%1.dnsbl.test").arg(i, 2, 10, QLatin1Char('0'));
    const auto catalog = checks::dnsbl::DnsblCatalog::fromJson(benchCatalog(zones), &why);
    if (!catalog)
        qFatal("bench catalog: %s", qPrintable(why));

    dns::ResolverConfig config;
    config.servers << *server;
    config.timeoutMs = 5000;
    config.attempts = 1;

    out << "bench_dnsbl: " << zoneCount << " zones, address " << dns::addressText(ip) << ", " << delay
        << " ms added to every query by the forwarder at " << server->toString() << Qt::endl;

    // 1. The dnsbl check alone, in process.
    QList<Figures> results;
    for (int run = 1; run <= runs; ++run) {
        dns::LdnsResolver network(config);
        dns::CachingResolver resolver(network);
        CheckRequest request;
        request.domain = QStringLiteral("example.test");
        request.dnsblZones = zones;
        request.resolver = config;
        const std::atomic_bool never{false};
        const CheckContext ctx{request, resolver, {ip}, never};
        checks::DnsblCheck check(*catalog);
        QElapsedTimer timer;
        timer.start();
        const CheckResult r = check.run(ctx);
        Figures f = measure(r.evidenceJson());
        f.wallMs = timer.elapsed();
        f.status = statusName(r.status);
        out << QStringLiteral("  run %1: wall %2 ms, %3 queries (%4 RFC 5782 health, %5 TXT), sequential sum %6 ms, "
                              "ratio %7x, status %8")
                   .arg(run)
                   .arg(f.wallMs)
                   .arg(f.queries)
                   .arg(f.healthQueries)
                   .arg(f.txtQueries)
                   .arg(f.sequentialMs)
                   .arg(static_cast<double>(f.sequentialMs) / std::max<qint64>(1, f.wallMs), 0, 'f', 1)
                   .arg(f.status)
            << Qt::endl;
        results << f;
    }
    std::sort(results.begin(), results.end(), [](const Figures& a, const Figures& b) { return a.wallMs < b.wallMs; });
    const Figures median = results[results.size() / 2];
    const double ratio = static_cast<double>(median.sequentialMs) / std::max<qint64>(1, median.wallMs);
    const int rounds = median.txtQueries > 0 ? 2 : 1;
    out << QStringLiteral("dnsbl check (median of %1): wall %2 ms; sequentially %3 queries would take %4 ms; ratio "
                          "%5x (queries x delay alone: %9 ms); ideal %6 round trip(s) = %7 ms. Target wall < 500 ms "
                          "and ratio >= 10x: %8")
               .arg(runs)
               .arg(median.wallMs)
               .arg(median.queries)
               .arg(median.sequentialMs)
               .arg(ratio, 0, 'f', 1)
               .arg(rounds)
               .arg(rounds * delay)
               .arg(median.wallMs < 500 && ratio >= 10 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(static_cast<qint64>(median.queries) * delay)
        << Qt::endl;

    // 2. The whole `mailready check`, as a user runs it (process start included).
    QStringList args{QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     QStringLiteral("example.test"),
                     QStringLiteral("--hostname"),
                     QStringLiteral("mail.example.test"),
                     QStringLiteral("--ip"),
                     dns::addressText(ip),
                     QStringLiteral("--nameserver"),
                     server->toString(),
                     QStringLiteral("--timeout"),
                     QStringLiteral("5000"),
                     QStringLiteral("--json")};
    for (const QString& z : zones)
        args << QStringLiteral("--dnsbl") << z;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(MAILREADY_BINARY), args);
    p.waitForFinished(120000);
    const qint64 wall = timer.elapsed();
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    qint64 sequential = 0;
    int queries = 0, criticalRounds = 0;
    QStringList chains, unmodelled;
    for (const auto& c : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = c.toObject();
        const QString id = check.value(QStringLiteral("id")).toString();
        const Figures f = measure(check.value(QStringLiteral("evidence")).toArray());
        sequential += f.sequentialMs;
        queries += f.queries;
        // Longest chain of dependent queries of each check, from how the check asks (see its source).
        int depth = -1;
        if (id == QLatin1String("dnsbl"))
            depth = f.txtQueries > 0 ? 2 : (f.queries > 0 ? 1 : 0); // lookups + health at once, then TXT of listings
        else if (id == QLatin1String("ptr"))
            depth = f.queries > 0 ? 1 : 0;
        else if (f.queries == 0)
            depth = 0;
        if (depth < 0) {
            unmodelled << QStringLiteral("%1 (%2 queries)").arg(id).arg(f.queries);
            continue;
        }
        chains << QStringLiteral("%1 %2").arg(id).arg(depth);
        criticalRounds = std::max(criticalRounds, depth);
    }
    out << QStringLiteral("mailready check (exit %1): wall %2 ms including process start; %3 queries, sequentially "
                          "%4 ms; critical path %5 x %6 ms = %7 ms (rounds per check: %8); wall / critical path %9")
               .arg(p.exitCode())
               .arg(wall)
               .arg(queries)
               .arg(sequential)
               .arg(criticalRounds)
               .arg(delay)
               .arg(criticalRounds * delay)
               .arg(chains.join(QStringLiteral(", ")))
               .arg(static_cast<double>(wall) / std::max(1, criticalRounds * delay), 0, 'f', 2)
        << Qt::endl;
    if (!unmodelled.isEmpty())
        out << "  checks whose dependency chain this bench does not model (not in the critical path): "
            << unmodelled.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}
