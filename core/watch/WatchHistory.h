#pragma once

#include "checks/Status.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::watch {

// What one run of the checks found, as far as watching needs it: per check its status, its words, the status of
// each item and the published records it read. Made from a `check --json` document (the contract's keys).
struct CheckSnapshot
{
    QString id;
    QString title;
    Status status = Status::Unknown;
    QString summary;
    QMap<QString, Status> items; // subject -> status
    QStringList records;         // the records and names the check read (SPF, DKIM, DMARC record, PTR names)
};

struct Snapshot
{
    QDateTime when; // UTC
    QString domain;
    QStringList ips; // the sending addresses judged
    QList<CheckSnapshot> checks;

    static Snapshot fromCheckJson(const QJsonObject& report, const QDateTime& when);
};

// One change of a check between runs.
struct Change
{
    QDateTime when;
    QString checkId;
    QString title;
    Status from = Status::Unknown;
    Status to = Status::Unknown;
    QString text; // what changed, in a sentence (English: the command line and notifications speak it)
    bool worse = false;
    QString page; // the wizard page that fixes it (pageForCheck())

    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject& json);
};

struct ItemTrack
{
    Status status = Status::Unknown;
    QDateTime since;
};

// What is known of one check across runs. Unknown runs do not replace what was last verified.
struct CheckTrack
{
    QString id;
    QString title;
    Status known = Status::Skipped; // last verified status (not unknown); skipped: never verified
    QString summary;                // words of the last verified run
    QMap<QString, ItemTrack> items; // last verified status of each item
    QStringList records;
    QDateTime since;               // when `known` (and the records) last changed, or the first run
    Status last = Status::Unknown; // the latest run's status
    int unknownRuns = 0;           // consecutive latest runs that ended unknown

    QJsonObject toJson() const;
    static CheckTrack fromJson(const QJsonObject& json);
};

// The history of one watched domain: kept in the user's state directory, bounded.
class History
{
    Q_DECLARE_TR_FUNCTIONS(History)
public:
    // An unknown run (no network, a server not answering) counts as worse than what was verified only when it
    // persists this many runs in a row.
    static constexpr int UnknownPersistence = 3;
    static constexpr int MaxChangesPerCheck = 20;

    QString domain;
    QDateTime created;
    QDateTime lastRun;
    int runs = 0;
    QStringList ips;
    QDateTime ipsSince;
    QMap<QString, CheckTrack> tracks; // by check id
    QList<Change> changes;            // oldest first, at most MaxChangesPerCheck per check

    // Takes a run into the history and returns what changed compared with what was known (nothing on the first run).
    QList<Change> apply(const Snapshot& run);

    QJsonObject toJson() const;
    static History fromJson(const QJsonObject& json);

    // $XDG_STATE_HOME/mailready (default ~/.local/state/mailready), per the XDG Base Directory specification.
    static QString stateDirectory();
    static QString fileFor(const QString& domain); // stateDirectory()/watch-DOMAIN.json
    static std::optional<History> load(const QString& domain, QString* error = nullptr);
    // Writes the history through OutputFile; a problem is in `error` (the path and the reason) and `problem`.
    bool save(QString* error = nullptr, OutputFile::Problem* problem = nullptr) const;

    // For people: one line per check, "SPF: pass, unchanged since 3 Dec 2026", "Blocklists: listed on
    // 192.0.2.1 @ zen.spamhaus.org since 3 Dec 2026". Translated where a translator is installed.
    QStringList describe() const;

private:
    void applyAddress(const Snapshot& run, QList<Change>* changes);
    void applyCheck(const CheckSnapshot& check, const QDateTime& when, QList<Change>* changes);
    void record(const QList<Change>& changes);
};

// The wizard page that fixes a check: "address", "blocklist", "dkim", "spf", "dmarc", "publish", "delivery".
QString pageForCheck(const QString& checkId);

// The notification for a run's changes: only the worse ones count; nullopt when there is none.
struct Notice
{
    QString summary;
    QString body;
    QString page;
};
std::optional<Notice> noticeFor(const QString& domain, const QList<Change>& changes);

} // namespace mailready::watch
