#include "RecordComposer.h"

#include "checks/dkim/DkimRecord.h"
#include "checks/rdns/AddressScope.h"
#include "dns/DnsName.h"
#include "dns/TxtStrings.h"

#include <QCoreApplication>

namespace mailready::report {

PublishRecord txtRecord(const QString& purpose, const QString& name, const QString& value)
{
    const QString owner = dns::absoluteName(name);
    return {purpose, owner, QStringLiteral("TXT"), value,
            QStringLiteral("%1 IN TXT %2").arg(owner, dns::zoneFileText(value, dns::TxtBreak::Anywhere))};
}

static PublishRecord spfRecord(const QString& purpose, const QString& name, const QString& value)
{
    // SPF's own splitter keeps terms whole across the 255-byte strings, which people find easier to read.
    const QString owner = dns::absoluteName(name);
    return {purpose, owner, QStringLiteral("TXT"), value,
            QStringLiteral("%1 IN TXT %2").arg(owner, dns::zoneFileText(value))};
}

// The IPv4 form of an IPv4-mapped IPv6 address, so it is published as A (and ip4 in SPF).
static QHostAddress plainAddress(const QHostAddress& ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : ip;
}

static QList<QHostAddress> uniqueAddresses(const QList<QHostAddress>& ips)
{
    QList<QHostAddress> out;
    for (const QHostAddress& ip : ips) {
        const QHostAddress a = plainAddress(ip);
        if (!out.contains(a))
            out << a;
    }
    return out;
}

// Inserts a term per address not yet authorized into `record` (the published one, or the merge of several) and
// notes each change; returns how many. An index from the evaluation refers to the published record, so it moves
// along with every term inserted at or before it.
static int authorizeAddresses(const ExistingSpf& existing, const QList<QHostAddress>& ips, spf::Record& record,
                              QStringList& notes)
{
    QList<int> insertedAt;
    int changes = 0;
    for (const QHostAddress& ip : ips) {
        const QString text = dns::addressText(ip);
        if (existing.authorized.contains(text))
            continue;
        int deciding = existing.decidingIndex.value(text, -1);
        if (deciding >= 0 && existing.records.size() == 1)
            for (int p : insertedAt)
                if (p <= deciding)
                    ++deciding;
        if (existing.records.size() != 1)
            deciding = -1; // the index was about one of several records, not the merged one
        const spf::SpfChange change = spf::proposeAuthorization(record, ip, deciding);
        if (!change.needed)
            continue;
        const spf::ParseResult parsed = spf::parseRecord(change.record);
        if (!parsed.ok())
            continue; // cannot happen with a valid record and an address term; keep the record as it was
        record = *parsed.record;
        insertedAt << change.position;
        notes << change.description;
        ++changes;
    }
    return changes;
}

// The SPF record for the domain: the smallest change to what is published, or a new record.
static void composeSpf(const RecordChoices& c, const QList<QHostAddress>& ips, ComposedRecords& out)
{
    const QString purpose = QCoreApplication::translate("RecordComposer", "SPF for %1").arg(c.domain);
    spf::SpfChoices choices = c.spf;
    choices.ips = ips;
    const auto fresh = [&](const QString& why) {
        out.records << spfRecord(purpose, c.domain, spf::composeRecord(choices));
        if (!why.isEmpty())
            out.notes << why;
    };
    if (!c.existingSpf || c.existingSpf->records.isEmpty()) {
        fresh({});
        return;
    }

    const ExistingSpf& existing = *c.existingSpf;
    std::optional<spf::Record> record;
    if (existing.records.size() == 1) {
        const spf::ParseResult parsed = spf::parseRecord(existing.records.first());
        if (!parsed.ok()) {
            fresh(QCoreApplication::translate(
                      "RecordComposer", "The published SPF record is invalid (%1); publish this record in its place.")
                      .arg(parsed.error));
            return;
        }
        record = parsed.record;
    } else {
        record = spf::mergeRecords(existing.records);
        if (!record) {
            fresh(QCoreApplication::translate(
                      "RecordComposer",
                      "%1 publishes %2 SPF records and one of them is invalid; receivers ignore them all. "
                      "Delete them and publish this one record.")
                      .arg(c.domain)
                      .arg(existing.records.size()));
            return;
        }
        out.notes << QCoreApplication::translate(
                         "RecordComposer",
                         "%1 publishes %2 SPF records, which receivers treat as an error; replace them "
                         "with this one record, which keeps every term they had.")
                         .arg(c.domain)
                         .arg(existing.records.size());
    }

    const int changes = authorizeAddresses(existing, ips, *record, out.notes);
    const QString value = record->toString();
    QString what = purpose;
    if (existing.records.size() == 1)
        what += changes == 0 ? QCoreApplication::translate("RecordComposer", " (already published; no change needed)")
                             : QCoreApplication::translate("RecordComposer", " (the published record, changed)");
    else
        what += QCoreApplication::translate("RecordComposer", " (replaces the %1 published records)")
                    .arg(existing.records.size());
    out.records << spfRecord(what, c.domain, value);
    if (!c.spf.includes.isEmpty() || c.spf.a)
        out.notes << QCoreApplication::translate(
            "RecordComposer", "The published SPF record was kept as it is apart from the sending addresses; "
                              "add other mechanisms yourself if they are still missing.");
}

QList<AddressWarning> addressWarnings(const QList<QHostAddress>& ips)
{
    QList<AddressWarning> warnings;
    for (const QHostAddress& ip : ips) {
        const QString finding = checks::notPublicFinding(ip);
        if (!finding.isEmpty())
            warnings << AddressWarning{dns::addressText(ip), finding, checks::notPublicFix()};
    }
    return warnings;
}

ComposedRecords composeRecords(const RecordChoices& c)
{
    ComposedRecords out;
    const QList<QHostAddress> ips = uniqueAddresses(c.ips);
    out.warnings = addressWarnings(ips);

    if (!c.hostname.isEmpty())
        for (const QHostAddress& ip : ips) {
            const bool v4 = ip.protocol() == QAbstractSocket::IPv4Protocol;
            const QString type = v4 ? QStringLiteral("A") : QStringLiteral("AAAA");
            const QString owner = dns::absoluteName(c.hostname);
            const QString value = dns::addressText(ip);
            out.records << PublishRecord{QCoreApplication::translate("RecordComposer", "Address of %1").arg(c.hostname),
                                         owner, type, value, QStringLiteral("%1 IN %2 %3").arg(owner, type, value)};
        }

    const qsizetype spfAt = out.records.size();
    composeSpf(c, ips, out);
    // A DNS answer over 512 bytes needs EDNS or TCP; some receivers then give up (temperror or permerror).
    const qsizetype spfBytes = out.records[spfAt].value.toUtf8().size();
    if (spfBytes > 450)
        out.notes << QCoreApplication::translate(
                         "RecordComposer",
                         "The SPF record is %1 bytes long; over about 450 the DNS answer may not fit one "
                         "UDP packet. List a network (ip4:203.0.113.0/28) instead of single addresses, or "
                         "fewer includes.")
                         .arg(spfBytes);

    if (!c.hostname.isEmpty() && c.hostname.compare(c.domain, Qt::CaseInsensitive) != 0)
        out.records << spfRecord(
            QCoreApplication::translate("RecordComposer", "SPF for the HELO name %1").arg(c.hostname), c.hostname,
            spf::composeHeloRecord());

    if (c.dkimKey && !c.dkimSelector.isEmpty()) {
        const QString value = checks::dkim::composeKeyRecord(*c.dkimKey);
        out.records << PublishRecord{QCoreApplication::translate("RecordComposer", "DKIM key %1 for %2 (%3, %4 bits)")
                                         .arg(c.dkimSelector, c.domain, crypto::keyTypeName(c.dkimKey->type()))
                                         .arg(c.dkimKey->bits()),
                                     checks::dkim::keyRecordName(c.dkimSelector, c.domain), QStringLiteral("TXT"),
                                     value, checks::dkim::zoneFileLine(c.dkimSelector, c.domain, value)};
        const QString note = checks::dkim::publishingNote(*c.dkimKey);
        if (!note.isEmpty())
            out.notes << note;
    }

    if (c.dmarcPolicy) {
        checks::dmarc::ComposeOptions o = c.dmarc;
        if (o.domain.isEmpty())
            o.domain = c.domain;
        QString stage;
        for (const checks::dmarc::Stage& s : checks::dmarc::composePlan(o))
            if (s.policy == *c.dmarcPolicy) {
                stage = s.title;
                out.notes << s.explanation + QLatin1Char(' ') + s.advance;
            }
        out.records << txtRecord(
            QCoreApplication::translate("RecordComposer", "DMARC for %1 (%2)").arg(c.domain, stage),
            checks::dmarc::recordName(c.domain), checks::dmarc::composeRecord(*c.dmarcPolicy, o));
        const QString external = checks::dmarc::externalAuthorizationRecord(o);
        if (!external.isEmpty()) {
            const QString owner = external.section(QLatin1Char(' '), 0, 0);
            const QString dest = owner.section(QStringLiteral("._report._dmarc."), 1);
            out.records << txtRecord(
                QCoreApplication::translate("RecordComposer", "Report authorization, published by %1")
                    .arg(dns::displayName(dest)),
                owner, QStringLiteral("v=DMARC1"));
            out.notes << QCoreApplication::translate(
                             "RecordComposer",
                             "DMARC reports go to another domain, so %1 must publish the authorization "
                             "record; without it receivers send no reports there.")
                             .arg(dns::displayName(dest));
        }
    }
    return out;
}

} // namespace mailready::report
