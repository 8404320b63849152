#include "WatchHistory.h"

#include "checks/CheckRegistry.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace mailready::watch {

namespace {

const QString kSchema = QStringLiteral("mailready.watch-history/1");

// The order in which a verified status gets worse; unknown is not on it (it says nothing about the server).
int rank(Status s)
{
    switch (s) {
    case Status::Skipped:
    case Status::Pass:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Unknown:
        return 2;
    case Status::Fail:
        return 3;
    }
    return 0;
}

Status statusOf(const QJsonValue& v)
{
    return statusFromName(v.toString()).value_or(Status::Unknown);
}

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeOf(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString dayText(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& s : v.toArray())
        list << s.toString();
    return list;
}

// The records a check read: its own "record" and its items' "record" and "names" (PTR names).
QStringList recordsOf(const QJsonObject& check)
{
    QStringList records;
    if (check.contains(QStringLiteral("record")))
        records << check.value(QStringLiteral("record")).toString();
    // Without the items' subjects: a new address with the same names is not a changed record.
    for (const QJsonValue& v : check.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.contains(QStringLiteral("record")))
            records << item.value(QStringLiteral("record")).toString();
        if (item.contains(QStringLiteral("names")))
            records << stringsOf(item.value(QStringLiteral("names"))).join(u' ');
    }
    records.sort();
    records.removeDuplicates();
    return records;
}

} // namespace

Snapshot Snapshot::fromCheckJson(const QJsonObject& report, const QDateTime& when)
{
    Snapshot s;
    s.when = when.toUTC();
    s.domain = report.value(QStringLiteral("domain")).toString();
    s.ips = stringsOf(report.value(QStringLiteral("ips")));
    s.ips.sort();
    for (const QJsonValue& v : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        CheckSnapshot check;
        check.id = c.value(QStringLiteral("id")).toString();
        check.title = c.value(QStringLiteral("title")).toString(check.id);
        check.status = statusOf(c.value(QStringLiteral("status")));
        check.summary = c.value(QStringLiteral("summary")).toString();
        for (const QJsonValue& i : c.value(QStringLiteral("items")).toArray())
            check.items.insert(i.toObject().value(QStringLiteral("subject")).toString(),
                               statusOf(i.toObject().value(QStringLiteral("status"))));
        check.records = recordsOf(c);
        s.checks << check;
    }
    return s;
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("when"), isoTime(when)}, {QStringLiteral("check"), checkId},
            {QStringLiteral("title"), title},        {QStringLiteral("from"), statusName(from)},
            {QStringLiteral("to"), statusName(to)},  {QStringLiteral("text"), text},
            {QStringLiteral("worse"), worse},        {QStringLiteral("page"), page}};
}

Change Change::fromJson(const QJsonObject& json)
{
    Change c;
    c.when = timeOf(json.value(QStringLiteral("when")));
    c.checkId = json.value(QStringLiteral("check")).toString();
    c.title = json.value(QStringLiteral("title")).toString();
    c.from = statusOf(json.value(QStringLiteral("from")));
    c.to = statusOf(json.value(QStringLiteral("to")));
    c.text = json.value(QStringLiteral("text")).toString();
    c.worse = json.value(QStringLiteral("worse")).toBool();
    c.page = json.value(QStringLiteral("page")).toString();
    return c;
}

QJsonObject CheckTrack::toJson() const
{
    QJsonObject itemJson;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        itemJson.insert(it.key(), QJsonObject{{QStringLiteral("status"), statusName(it->status)},
                                              {QStringLiteral("since"), isoTime(it->since)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("known"), statusName(known)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("items"), itemJson},
            {QStringLiteral("records"), stringArray(records)},
            {QStringLiteral("since"), isoTime(since)},
            {QStringLiteral("last"), statusName(last)},
            {QStringLiteral("unknown_runs"), unknownRuns}};
}

CheckTrack CheckTrack::fromJson(const QJsonObject& json)
{
    CheckTrack t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.title = json.value(QStringLiteral("title")).toString();
    t.known = statusFromName(json.value(QStringLiteral("known")).toString()).value_or(Status::Skipped);
    t.summary = json.value(QStringLiteral("summary")).toString();
    const QJsonObject itemJson = json.value(QStringLiteral("items")).toObject();
    for (auto it = itemJson.constBegin(); it != itemJson.constEnd(); ++it)
        t.items.insert(it.key(), {statusOf(it->toObject().value(QStringLiteral("status"))),
                                  timeOf(it->toObject().value(QStringLiteral("since")))});
    t.records = stringsOf(json.value(QStringLiteral("records")));
    t.since = timeOf(json.value(QStringLiteral("since")));
    t.last = statusOf(json.value(QStringLiteral("last")));
    t.unknownRuns = json.value(QStringLiteral("unknown_runs")).toInt();
    return t;
}

QList<Change> History::apply(const Snapshot& run)
{
    QList<Change> found;
    if (domain.isEmpty())
        domain = run.domain;
    if (!created.isValid())
        created = run.when;
    applyAddress(run, &found);
    for (const CheckSnapshot& c : run.checks)
        applyCheck(c, run.when, &found);
    lastRun = run.when;
    ++runs;
    record(found);
    return found;
}

void History::applyAddress(const Snapshot& run, QList<Change>* found)
{
    if (run.ips.isEmpty() || run.ips == ips)
        return;
    if (!ips.isEmpty()) {
        Change c;
        c.when = run.when;
        c.checkId = checkid::PublicIp;
        c.title = QStringLiteral("Public address");
        c.from = Status::Pass;
        c.to = Status::Warn;
        c.text = QStringLiteral("The sending address changed from %1 to %2: reverse DNS, SPF and blocklists now "
                                "concern the new address.")
                     .arg(ips.join(QStringLiteral(", ")), run.ips.join(QStringLiteral(", ")));
        c.worse = true;
        c.page = pageForCheck(c.checkId);
        found->append(c);
    }
    ips = run.ips;
    ipsSince = run.when;
}

namespace {

// Items that are worse now than they were last verified, as their subjects. Items new in this run (a new address)
// do not count by themselves: the check's own status and the address change say what changed then.
QStringList newlyWorse(const CheckTrack& track, const CheckSnapshot& check)
{
    QStringList subjects;
    for (auto it = check.items.cbegin(); it != check.items.cend(); ++it) {
        if (it.value() != Status::Warn && it.value() != Status::Fail)
            continue;
        const auto before = track.items.constFind(it.key());
        if (before != track.items.cend() && rank(before->status) < rank(it.value()))
            subjects << it.key();
    }
    return subjects;
}

void updateItems(CheckTrack* track, const CheckSnapshot& check, const QDateTime& when)
{
    QMap<QString, ItemTrack> items;
    for (auto it = check.items.cbegin(); it != check.items.cend(); ++it) {
        const auto before = track->items.constFind(it.key());
        if (it.value() == Status::Unknown) {
            if (before != track->items.cend())
                items.insert(it.key(), *before); // not verified this time: what was verified stands
        } else if (before != track->items.cend() && before->status == it.value()) {
            items.insert(it.key(), *before);
        } else {
            items.insert(it.key(), {it.value(), when});
        }
    }
    track->items = items;
}

Change changeOf(const CheckTrack& track, const CheckSnapshot& check, const QDateTime& when)
{
    Change c;
    c.when = when;
    c.checkId = check.id;
    c.title = check.title;
    c.from = track.known;
    c.to = check.status;
    c.page = pageForCheck(check.id);
    return c;
}

// The change of a verified run against what was verified before, if any.
std::optional<Change> compare(const CheckTrack& track, const CheckSnapshot& check, const QDateTime& when)
{
    Change c = changeOf(track, check, when);
    const QStringList worseItems = newlyWorse(track, check);
    const QString items =
        worseItems.isEmpty() ? QString() : QStringLiteral(" (newly: %1)").arg(worseItems.join(QStringLiteral(", ")));
    if (rank(check.status) > rank(track.known)) {
        c.worse = true;
        c.text = QStringLiteral("%1 went from %2 to %3: %4%5")
                     .arg(check.title, statusName(track.known), statusName(check.status), check.summary, items);
    } else if (rank(check.status) < rank(track.known)) {
        c.text = QStringLiteral("%1 went from %2 to %3: %4")
                     .arg(check.title, statusName(track.known), statusName(check.status), check.summary);
    } else if (!worseItems.isEmpty()) {
        c.worse = true;
        c.text = QStringLiteral("%1 is worse for %2: %3")
                     .arg(check.title, worseItems.join(QStringLiteral(", ")), check.summary);
    } else if (!track.records.isEmpty() && track.records != check.records) {
        c.worse = true;
        c.text =
            QStringLiteral("%1: a published record changed (%2): %3")
                .arg(check.title,
                     check.records.isEmpty() ? QStringLiteral("now none") : check.records.join(QStringLiteral("; ")),
                     check.summary);
    } else if (track.unknownRuns >= History::UnknownPersistence) {
        c.from = Status::Unknown;
        c.text = QStringLiteral("%1 can be verified again: %2").arg(check.title, check.summary);
    } else {
        return std::nullopt;
    }
    return c;
}

} // namespace

void History::applyCheck(const CheckSnapshot& check, const QDateTime& when, QList<Change>* found)
{
    CheckTrack& track = tracks[check.id];
    track.id = check.id;
    track.title = check.title;
    track.last = check.status;
    // Skipped after it was verified (nothing to judge this time) says as little as unknown.
    const bool unverified =
        check.status == Status::Unknown ||
        (check.status == Status::Skipped && track.since.isValid() && track.known != Status::Skipped);
    if (unverified) {
        ++track.unknownRuns;
        if (track.unknownRuns == UnknownPersistence && (track.known == Status::Pass || track.known == Status::Warn)) {
            Change c = changeOf(track, check, when);
            c.worse = true;
            c.text = QStringLiteral("%1 could not be verified in %2 runs in a row (it was %3): %4")
                         .arg(check.title)
                         .arg(UnknownPersistence)
                         .arg(statusName(track.known), check.summary);
            found->append(c);
        }
        return;
    }
    if (track.since.isValid()) {
        if (const auto c = compare(track, check, when))
            found->append(*c);
    }
    const bool changed = !track.since.isValid() || track.known != check.status || track.records != check.records;
    track.unknownRuns = 0;
    updateItems(&track, check, when);
    if (changed)
        track.since = when;
    track.known = check.status;
    track.summary = check.summary;
    track.records = check.records;
}

void History::record(const QList<Change>& found)
{
    changes << found;
    QMap<QString, int> perCheck;
    for (qsizetype i = changes.size() - 1; i >= 0; --i)
        if (++perCheck[changes.at(i).checkId] > MaxChangesPerCheck)
            changes.removeAt(i);
}

QJsonObject History::toJson() const
{
    QJsonObject trackJson;
    for (const CheckTrack& t : tracks)
        trackJson.insert(t.id, t.toJson());
    QJsonArray changeJson;
    for (const Change& c : changes)
        changeJson << c.toJson();
    return {{QStringLiteral("schema"), kSchema},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("created"), isoTime(created)},
            {QStringLiteral("last_run"), isoTime(lastRun)},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("ips"), stringArray(ips)},
            {QStringLiteral("ips_since"), isoTime(ipsSince)},
            {QStringLiteral("checks"), trackJson},
            {QStringLiteral("changes"), changeJson}};
}

History History::fromJson(const QJsonObject& json)
{
    History h;
    h.domain = json.value(QStringLiteral("domain")).toString();
    h.created = timeOf(json.value(QStringLiteral("created")));
    h.lastRun = timeOf(json.value(QStringLiteral("last_run")));
    h.runs = json.value(QStringLiteral("runs")).toInt();
    h.ips = stringsOf(json.value(QStringLiteral("ips")));
    h.ipsSince = timeOf(json.value(QStringLiteral("ips_since")));
    const QJsonObject trackJson = json.value(QStringLiteral("checks")).toObject();
    for (auto it = trackJson.constBegin(); it != trackJson.constEnd(); ++it)
        h.tracks.insert(it.key(), CheckTrack::fromJson(it->toObject()));
    for (const QJsonValue& v : json.value(QStringLiteral("changes")).toArray())
        h.changes << Change::fromJson(v.toObject());
    return h;
}

QString History::stateDirectory()
{
    // XDG Base Directory: $XDG_STATE_HOME when it is an absolute path, else ~/.local/state.
    const QString xdg = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base =
        !xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/mailready");
}

QString History::fileFor(const QString& domain)
{
    return stateDirectory() + QStringLiteral("/watch-%1.json").arg(domain.toLower());
}

std::optional<History> History::load(const QString& domain, QString* error)
{
    QFile f(fileFor(domain));
    if (!f.exists())
        return std::nullopt;
    // A pipe or device in its place is not read (a pipe would block the run).
    if (!QFileInfo(f.fileName()).isFile()) {
        if (error)
            *error = QStringLiteral("%1 is not a file").arg(f.fileName());
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc =
        f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &parse) : QJsonDocument();
    if (!doc.isObject() || doc.object().value(QStringLiteral("schema")).toString() != kSchema) {
        if (error)
            *error = QStringLiteral("%1 is not a MailReady watch history").arg(f.fileName());
        return std::nullopt;
    }
    return fromJson(doc.object());
}

bool History::save(QString* error, OutputFile::Problem* problem) const
{
    // The history is MailReady's own file, replaced on every run; a link or device in its place is refused, and a
    // file that is not a history is kept.
    const QString path = fileFor(domain);
    OutputFile::Result r = OutputFile::makeDirectories(stateDirectory(), 0700);
    const bool ours = !QFileInfo::exists(path) || load(domain).has_value();
    if (r.ok())
        r = OutputFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), {ours, 0600});
    if (r.problem == OutputFile::Problem::Exists)
        r.message = QStringLiteral("%1 is not a MailReady watch history, and it is kept: move it away").arg(path);
    if (error)
        *error = r.message;
    if (problem)
        *problem = r.problem;
    return r.ok();
}

QStringList History::describe() const
{
    QStringList lines;
    // In the order the checks are reported in (the registry's), then any this build does not know.
    QStringList order = allCheckIds();
    for (const QString& id : tracks.keys())
        if (!order.contains(id))
            order << id;
    for (const QString& id : std::as_const(order)) {
        if (!tracks.contains(id))
            continue;
        const CheckTrack& t = tracks[id];
        if (t.last == Status::Unknown && t.unknownRuns > 0) {
            lines << tr("%1: not verified in the last %n run(s)", nullptr, t.unknownRuns).arg(t.title);
            continue;
        }
        if (t.known == Status::Skipped || !t.since.isValid())
            continue;
        QStringList bad;
        for (auto it = t.items.cbegin(); it != t.items.cend(); ++it)
            if (it->status == Status::Fail || it->status == Status::Warn)
                bad << tr("%1 since %2").arg(it.key(), dayText(it->since));
        if (t.known == Status::Pass && t.since == created)
            lines << tr("%1: good, unchanged since setup (%2)").arg(t.title, dayText(t.since));
        else if (t.known == Status::Pass)
            lines << tr("%1: good since %2").arg(t.title, dayText(t.since));
        else if (!bad.isEmpty())
            lines << tr("%1: %2").arg(t.title, bad.join(QStringLiteral("; ")));
        else
            lines << tr("%1: %2 since %3").arg(t.title, t.summary, dayText(t.since));
    }
    if (!ips.isEmpty())
        lines << tr("Sending address %1 since %2").arg(ips.join(QStringLiteral(", ")), dayText(ipsSince));
    return lines;
}

QString pageForCheck(const QString& checkId)
{
    if (checkId == checkid::Dnsbl)
        return QStringLiteral("blocklist");
    if (checkId == checkid::Spf)
        return QStringLiteral("spf");
    if (checkId == checkid::Dkim)
        return QStringLiteral("dkim");
    if (checkId == checkid::Dmarc)
        return QStringLiteral("dmarc");
    if (checkId == checkid::AddressChange)
        return QStringLiteral("publish");
    if (checkId == checkid::Port25 || checkId == checkid::Smtp)
        return QStringLiteral("delivery");
    return QStringLiteral("address"); // public-ip, ptr, fcrdns, ehlo
}

std::optional<Notice> noticeFor(const QString& domain, const QList<Change>& changes)
{
    QList<Change> worse;
    std::copy_if(changes.cbegin(), changes.cend(), std::back_inserter(worse), [](const Change& c) { return c.worse; });
    if (worse.isEmpty())
        return std::nullopt;
    Notice n;
    n.summary = worse.size() == 1 ? QStringLiteral("%1: %2 got worse").arg(domain, worse.first().title)
                                  : QStringLiteral("%1: %2 things got worse").arg(domain).arg(worse.size());
    QStringList lines;
    for (const Change& c : worse)
        lines << c.text;
    n.body = lines.join(u'\n');
    n.page = worse.first().page;
    return n;
}

} // namespace mailready::watch
