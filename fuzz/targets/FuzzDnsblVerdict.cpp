#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/dnsbl/DnsblCatalog.h"
#include "checks/dnsbl/DnsblVerdict.h"

namespace mailready::fuzz {

using namespace checks::dnsbl;

// An answer as a hostile or broken resolver may send it: any outcome, any mix of A, AAAA and other records.
static dns::Answer readAnswerFrom(FuzzInput& in)
{
    dns::Answer a;
    a.name = QStringLiteral("2.0.0.127.fuzz.hostile.test.");
    a.type = dns::RRType::A;
    a.outcome = static_cast<dns::Outcome>(in.byte() % 8);
    const int count = in.byte() % 24;
    for (int i = 0; i < count && !in.empty(); ++i) {
        dns::Record r;
        r.owner = a.name;
        const uint8_t kind = in.byte() % 4;
        if (kind == 0 || kind == 1) {
            r.type = dns::RRType::A;
            // Half the time inside 127/8, where the interesting codes are.
            const uint32_t raw = in.u32();
            r.address = QHostAddress(kind == 0 ? (0x7f000000u | (raw & 0x00ffffffu)) : raw);
        } else if (kind == 2) {
            r.type = dns::RRType::AAAA;
            Q_IPV6ADDR v6{};
            for (auto& b : v6.c)
                b = in.byte();
            r.address = QHostAddress(v6);
        } else {
            r.type = dns::RRType::TXT;
            r.txt = in.shortBytes(64);
            r.txtStrings << r.txt;
        }
        a.records << r;
    }
    return a;
}

static bool anyOutside127OrError(const dns::Answer& a)
{
    for (const dns::Record& r : a.records) {
        if (r.type != dns::RRType::A)
            continue;
        bool isV4 = false;
        const quint32 v4 = r.address.toIPv4Address(&isV4);
        if (!isV4 || (v4 >> 24) != 127 || (v4 & 0xffffff00u) == 0x7fffff00u)
            return true;
    }
    return false;
}

int fuzzDnsblVerdict(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    FuzzInput in(data, size);
    const auto& lists = DnsblCatalog::builtIn().lists();
    const uint8_t pick = in.byte();
    DnsblList list = pick < lists.size() ? lists.at(pick) : DnsblList::generic(QStringLiteral("fuzz.hostile.test"));
    const uint8_t flags = in.byte();
    list.informational = flags & 1;
    list.registration = flags & 2;
    const Family family = static_cast<Family>(in.byte() % 3);

    const dns::Answer lookupAnswer = readAnswerFrom(in);
    const dns::Answer listAnswer = readAnswerFrom(in);
    const dns::Answer notListAnswer = readAnswerFrom(in);
    const Reading lookup = readAnswer(lookupAnswer, list);
    const Reading mustList = readAnswer(listAnswer, list);
    const Reading mustNotList = readAnswer(notListAnswer, list);
    const Health health = judgeHealth(mustList, mustNotList, family);
    const Verdict verdict = judge(lookup, health, list);

    // Never a false red: a listing needs a definite answer, a healthy list and only 127/8 codes outside the error
    // range; anything short of that is unknown or clean, and a failure is never clean.
    if (lookupAnswer.isTemporaryFailure() && lookup.kind != Reading::Kind::Failed)
        invariantBroken("a failed query was read as an answer");
    if (verdict.kind == Verdict::Kind::Listed) {
        if (!health.isHealthy())
            invariantBroken("listed on an unhealthy list");
        if (anyOutside127OrError(lookupAnswer))
            invariantBroken("listed from an answer outside 127/8 or an error code");
        if (lookup.kind != Reading::Kind::Listed)
            invariantBroken("listed without a listing answer");
        if (verdict.informational != list.informational)
            invariantBroken("informational flag lost");
    }
    if (verdict.kind == Verdict::Kind::Clean && (lookup.kind != Reading::Kind::NotListed || !health.isHealthy()))
        invariantBroken("clean without a healthy not-listed answer");
    if (verdict.kind == Verdict::Kind::Unknown && verdict.reason.isEmpty())
        invariantBroken("unknown without a reason");
    if (!health.isHealthy() && health.reason.isEmpty())
        invariantBroken("unhealthy without a reason");

    QList<ZoneObservation> zones;
    for (int i = 0; i < 3; ++i) {
        ZoneObservation z;
        z.zone = list.zone;
        z.health = health;
        z.errorCodes = lookup.codes;
        z.rewritten = lookup.kind == Reading::Kind::Outside127;
        zones << z;
    }
    const Diagnosis d = diagnose(zones, flags & 4);
    if (d.fires && (d.message.isEmpty() || d.fix.isEmpty()))
        invariantBroken("a diagnosis without message or fix");
    queryLabel(QHostAddress(QString::fromLatin1(in.shortBytes(64))), family);
    return 0;
}

int fuzzDnsblCatalog(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto catalog = DnsblCatalog::fromJson(json, &error);
    if (!catalog) {
        if (error.isEmpty())
            invariantBroken("catalog rejected without a reason");
        return 0;
    }
    QStringList zones;
    for (const DnsblList& l : catalog->lists()) {
        zones << l.zone;
        catalog->find(l.zone);
        catalog->listFor(QStringLiteral("below.") + l.zone);
        for (auto it = l.codes.cbegin(); it != l.codes.cend(); ++it)
            l.code(it.key());
    }
    catalog->activeLists();
    for (const DnsblTarget& t : selectTargets(*catalog, {}, QStringLiteral("abcdef0123456789")))
        if (t.shownZone.contains(QLatin1String("abcdef0123456789")))
            invariantBroken("a DQS key shown in a zone name", t.shownZone.toUtf8());
    selectTargets(*catalog, zones.mid(0, 4), QString());
    return 0;
}

} // namespace mailready::fuzz
