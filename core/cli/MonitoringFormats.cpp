#include "MonitoringFormats.h"

#include "TerminalText.h"

#include "checks/CheckIds.h"

#include <QStringList>

namespace mailready::cli {

PluginState pluginState(Status status)
{
    switch (status) {
    case Status::Fail:
        return PluginCritical;
    case Status::Unknown:
        return PluginUnknown;
    case Status::Warn:
        return PluginWarning;
    case Status::Pass:
    case Status::Skipped:
        break;
    }
    return PluginOk;
}

QString pluginStateName(PluginState state)
{
    switch (state) {
    case PluginWarning:
        return QStringLiteral("WARNING");
    case PluginCritical:
        return QStringLiteral("CRITICAL");
    case PluginUnknown:
        return QStringLiteral("UNKNOWN");
    case PluginOk:
        break;
    }
    return QStringLiteral("OK");
}

int nagiosExitCode(const Report& report)
{
    return pluginState(report.status());
}

// Plugin text is one line without '|' (it starts the performance data); what the checks quote from DNS is made safe
// the same way as for a terminal.
static QString pluginText(QString text)
{
    for (QChar& ch : text) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
            ch = QLatin1Char(' ');
        else if (ch == QLatin1Char('|'))
            ch = QLatin1Char('/');
    }
    return terminalSafe(text);
}

// The blocklist answers of a run: entries (IP and zone pairs) that list an address, and entries asked at all.
struct ListingCount
{
    int listed = 0;
    int queried = 0;
};

static std::optional<ListingCount> dnsblListings(const Report& report)
{
    const CheckResult* dnsbl = report.find(checkid::Dnsbl);
    if (!dnsbl || dnsbl->status == Status::Skipped)
        return std::nullopt;
    ListingCount count;
    for (const CheckItem& item : dnsbl->items) {
        if (item.status == Status::Skipped)
            continue;
        ++count.queried;
        // A listing on an informational (whole-network) list is a warn item; it is a listing all the same.
        if (item.status == Status::Fail || item.status == Status::Warn)
            ++count.listed;
    }
    return count;
}

static std::optional<double> durationSeconds(const Report& report)
{
    if (!report.started.isValid() || !report.finished.isValid())
        return std::nullopt;
    return std::max<qint64>(0, report.started.msecsTo(report.finished)) / 1000.0;
}

// The first line's text: the run's own finding if any, the domain, then how many checks have each status, naming those
// that are not pass.
static QString nagiosSummary(const Report& report)
{
    QStringList parts;
    for (const Status s : {Status::Fail, Status::Unknown, Status::Warn, Status::Pass, Status::Skipped}) {
        QStringList ids;
        for (const CheckResult& c : report.checks)
            if (c.status == s)
                ids << c.id;
        if (ids.isEmpty())
            continue;
        const bool named = s == Status::Fail || s == Status::Unknown || s == Status::Warn;
        parts << (named
                      ? QStringLiteral("%1 %2 (%3)").arg(ids.size()).arg(statusName(s), ids.join(QStringLiteral(", ")))
                      : QStringLiteral("%1 %2").arg(ids.size()).arg(statusName(s)));
    }
    if (parts.isEmpty())
        parts << QStringLiteral("no check ran");
    const QString counts = QStringLiteral("%1: %2").arg(report.domain, parts.join(QStringLiteral(", ")));
    // What holds for the whole run (the domain does not exist, the resolver is broken) is the reason for the rest.
    return report.findings.isEmpty() ? counts : QStringLiteral("%1 %2").arg(report.findings.first().message, counts);
}

// 'label'=value[UOM];[warn];[crit];[min];[max]: a quote in a label is written twice.
static QString perfDatum(const QString& label, const QString& value, const QString& rest)
{
    QString quoted = label;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("'%1'=%2%3").arg(quoted, value, rest);
}

// Each check that ran as its plugin state (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN; no thresholds: the state is the
// verdict), the blocklist entries that list an address, and the run's duration.
static QString nagiosPerfData(const Report& report)
{
    QStringList data;
    for (const CheckResult& c : report.checks)
        if (c.status != Status::Skipped)
            data << perfDatum(c.id, QString::number(pluginState(c.status)), QStringLiteral(";;;0;3"));
    if (const auto count = dnsblListings(report))
        data << perfDatum(QStringLiteral("dnsbl_listed"), QString::number(count->listed),
                          QStringLiteral(";;;0;%1").arg(count->queried));
    if (const auto seconds = durationSeconds(report))
        data << perfDatum(QStringLiteral("duration"), QString::number(*seconds, 'f', 3) + QLatin1Char('s'),
                          QStringLiteral(";;;0"));
    return data.join(QLatin1Char(' '));
}

QString nagiosOutput(const Report& report)
{
    const PluginState state = pluginState(report.status());
    QString text = QStringLiteral("MAILREADY %1 - %2").arg(pluginStateName(state), pluginText(nagiosSummary(report)));
    const QString perf = nagiosPerfData(report);
    if (!perf.isEmpty())
        text += QStringLiteral(" | ") + perf;
    text += QLatin1Char('\n');
    for (const CheckResult& c : report.checks)
        if (c.status != Status::Skipped)
            text += QStringLiteral("[%1] %2: %3\n")
                        .arg(pluginStateName(pluginState(c.status)), c.id, pluginText(c.summary));
    return text;
}

QString nagiosUnknownOutput(const QString& why)
{
    return QStringLiteral("MAILREADY UNKNOWN - %1\n").arg(pluginText(why));
}

int prometheusStatusValue(Status status)
{
    switch (status) {
    case Status::Pass:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Unknown:
        return 2;
    case Status::Fail:
        return 3;
    case Status::Skipped:
        break;
    }
    return -1;
}

QString prometheusLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar ch : value) {
        if (ch == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (ch == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (ch == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += ch;
    }
    return out;
}

// "# HELP" and "# TYPE gauge" of one metric family.
static QString gaugeHeader(const QString& name, const QString& help)
{
    QString escaped = help;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(name, escaped);
}

static QString sample(const QString& name, const QList<std::pair<QString, QString>>& labels, const QString& value)
{
    QStringList pairs;
    for (const auto& [label, v] : labels)
        pairs << QStringLiteral("%1=\"%2\"").arg(label, prometheusLabelValue(v));
    return QStringLiteral("%1{%2} %3\n").arg(name, pairs.join(QLatin1Char(',')), value);
}

static QString checkFamilies(const Report& report)
{
    const QString domain = QStringLiteral("domain");
    const QString check = QStringLiteral("check");
    QString text = gaugeHeader(QStringLiteral("mailready_check_status"),
                               QStringLiteral("Status of a MailReady check: 0 pass, 1 warn, 2 unknown, 3 fail, -1 "
                                              "skipped."));
    for (const CheckResult& c : report.checks)
        text += sample(QStringLiteral("mailready_check_status"), {{domain, report.domain}, {check, c.id}},
                       QString::number(prometheusStatusValue(c.status)));
    text += gaugeHeader(QStringLiteral("mailready_check_state"),
                        QStringLiteral("1 for the status a MailReady check has, 0 for the others."));
    for (const CheckResult& c : report.checks)
        for (const Status s : {Status::Pass, Status::Warn, Status::Unknown, Status::Fail, Status::Skipped})
            text += sample(QStringLiteral("mailready_check_state"),
                           {{domain, report.domain}, {check, c.id}, {QStringLiteral("state"), statusName(s)}},
                           c.status == s ? QStringLiteral("1") : QStringLiteral("0"));
    return text;
}

QString prometheusOutput(const Report& report)
{
    const QList<std::pair<QString, QString>> labels{{QStringLiteral("domain"), report.domain}};
    QString text = checkFamilies(report);
    text += gaugeHeader(QStringLiteral("mailready_status"),
                        QStringLiteral("Status of the whole MailReady run (its worst check), encoded as "
                                       "mailready_check_status."));
    text += sample(QStringLiteral("mailready_status"), labels, QString::number(prometheusStatusValue(report.status())));
    if (const auto count = dnsblListings(report)) {
        text += gaugeHeader(QStringLiteral("mailready_dnsbl_listed"),
                            QStringLiteral("Blocklist entries (address and zone) that list a sending address."));
        text += sample(QStringLiteral("mailready_dnsbl_listed"), labels, QString::number(count->listed));
        text += gaugeHeader(QStringLiteral("mailready_dnsbl_queried"),
                            QStringLiteral("Blocklist entries (address and zone) that were asked."));
        text += sample(QStringLiteral("mailready_dnsbl_queried"), labels, QString::number(count->queried));
    }
    if (const auto seconds = durationSeconds(report)) {
        text += gaugeHeader(QStringLiteral("mailready_run_duration_seconds"),
                            QStringLiteral("How long the MailReady run took."));
        text += sample(QStringLiteral("mailready_run_duration_seconds"), labels, QString::number(*seconds, 'f', 3));
    }
    const QDateTime finished = report.finished.isValid() ? report.finished : QDateTime::currentDateTimeUtc();
    text += gaugeHeader(QStringLiteral("mailready_last_run_timestamp_seconds"),
                        QStringLiteral("When the MailReady run finished, in seconds since the Unix epoch."));
    text += sample(QStringLiteral("mailready_last_run_timestamp_seconds"), labels,
                   QString::number(finished.toMSecsSinceEpoch() / 1000.0, 'f', 3));
    return text;
}

} // namespace mailready::cli
