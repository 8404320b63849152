// Measures what judging a received message costs when every DNS answer takes a fixed time: its wall time against
// the sum of its queries' times (what asking one after another would cost) and against the longest chain of queries
// that had to wait for one another (the critical path as it ran). Run through scripts/bench-message, which puts a
// forwarder adding DELAY_MS per query in front of the fixture's NSD; not a test.
#include "dns/LdnsResolver.h"
#include "receiver/MessageCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTextStream>

#include <algorithm>

using namespace mailready;

namespace {

// Notes when each question was asked and answered, relative to the run's start.
class Timed final : public dns::Resolver
{
public:
    explicit Timed(dns::Resolver& inner) : m_inner(inner) { m_clock.start(); }
    dns::Answer query(const QString& name, dns::RRType type) override
    {
        const qint64 start = m_clock.nsecsElapsed();
        dns::Answer a = m_inner.query(name, type);
        const qint64 end = m_clock.nsecsElapsed();
        QMutexLocker lock(&m_mutex);
        m_spans.append({start, end});
        return a;
    }
    QStringList servers() const override { return m_inner.servers(); }

    // The most queries of which each began only after the one before had its answer.
    int longestChain() const
    {
        QList<std::pair<qint64, qint64>> spans = m_spans;
        std::sort(spans.begin(), spans.end(), [](auto a, auto b) { return a.second < b.second; });
        QList<int> depth(spans.size(), 1);
        int best = spans.isEmpty() ? 0 : 1;
        for (qsizetype i = 0; i < spans.size(); ++i)
            for (qsizetype j = 0; j < i; ++j)
                if (spans[j].second <= spans[i].first)
                    best = std::max(best, depth[i] = std::max(depth[i], depth[j] + 1));
        return best;
    }
    qint64 sumMs() const
    {
        qint64 sum = 0;
        for (const auto& [start, end] : m_spans)
            sum += end - start;
        return sum / 1000000;
    }
    int count() const { return int(m_spans.size()); }

private:
    dns::Resolver& m_inner;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QList<std::pair<qint64, qint64>> m_spans;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("nameserver"), QStringLiteral("The delaying forwarder."), QStringLiteral("S")},
                       {QStringLiteral("delay-ms"), QStringLiteral("Its delay per query."), QStringLiteral("MS")},
                       {QStringLiteral("runs"), QStringLiteral("Runs per message (default 5)."), QStringLiteral("N")}});
    parser.addPositionalArgument(QStringLiteral("MESSAGE"), QStringLiteral("Messages to judge."));
    parser.process(app);
    const int delay = parser.value(QStringLiteral("delay-ms")).toInt();
    const int runs =
        std::max(1, parser.value(QStringLiteral("runs")).isEmpty() ? 5 : parser.value(QStringLiteral("runs")).toInt());
    dns::ResolverConfig config;
    config.servers = {*dns::parseServerAddress(parser.value(QStringLiteral("nameserver")), 53)};
    config.timeoutMs = 5000;
    QTextStream out(stdout);
    out << QStringLiteral("delay per query: %1 ms, median of %2 runs\n").arg(delay).arg(runs);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("message"), -22)
               .arg(QStringLiteral("queries"), 8)
               .arg(QStringLiteral("sum ms"), 8)
               .arg(QStringLiteral("chain"), 6)
               .arg(QStringLiteral("chain ms"), 9)
               .arg(QStringLiteral("wall ms"), 8);
    for (const QString& path : parser.positionalArguments()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray message = f.readAll();
        QList<qint64> walls;
        int queries = 0, chain = 0;
        qint64 sum = 0;
        for (int i = 0; i < runs; ++i) {
            dns::LdnsResolver network(config);
            Timed timed(network);
            receiver::MessageOptions options;
            options.blocklists.zones = {QStringLiteral("clean.dnsbl.test")};
            QElapsedTimer wall;
            wall.start();
            receiver::MessageCheck::judge(receiver::MessageCheck::gather(timed, message, options));
            walls << wall.elapsed();
            queries = timed.count();
            chain = timed.longestChain();
            sum = timed.sumMs();
        }
        std::sort(walls.begin(), walls.end());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QFileInfo(path).fileName(), -22)
                   .arg(queries, 8)
                   .arg(sum, 8)
                   .arg(chain, 6)
                   .arg(qint64(chain) * delay, 9)
                   .arg(walls[walls.size() / 2], 8);
    }
    return 0;
}
