#include "ChecklistHtml.h"

#include "report/Actions.h"
#include "report/PathAdvisor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mailready::report {

static QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

static QString colour(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("#2e7d32");
    case Status::Warn:
        return QStringLiteral("#ef8f00");
    case Status::Fail:
        return QStringLiteral("#c62828");
    case Status::Unknown:
        return QStringLiteral("#757575");
    case Status::Skipped:
        return QStringLiteral("#9e9e9e");
    }
    return {};
}

static QString translated(const char* text)
{
    return QCoreApplication::translate("ChecklistHtml", text);
}

static QString statusWord(Status s)
{
    switch (s) {
    case Status::Pass:
        return translated(QT_TRANSLATE_NOOP("ChecklistHtml", "PASS"));
    case Status::Warn:
        return translated(QT_TRANSLATE_NOOP("ChecklistHtml", "WARNING"));
    case Status::Fail:
        return translated(QT_TRANSLATE_NOOP("ChecklistHtml", "FAIL"));
    case Status::Unknown:
        return translated(QT_TRANSLATE_NOOP("ChecklistHtml", "UNKNOWN"));
    case Status::Skipped:
        return translated(QT_TRANSLATE_NOOP("ChecklistHtml", "SKIPPED"));
    }
    return statusName(s).toUpper();
}

static QString badge(Status s)
{
    const QString word = statusWord(s);
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>").arg(colour(s), word);
}

static QString checkSection(const CheckResult& c)
{
    QString h = QStringLiteral("<h3>%1 &mdash; %2</h3><p>%3</p>").arg(esc(c.title), badge(c.status), esc(c.summary));
    if (!c.items.isEmpty()) {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                            "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                            "<th align=\"left\">%3</th></tr>")
                 .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Subject")),
                      translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Status")),
                      translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Detail")));
        for (const CheckItem& i : c.items)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(i.subject), badge(i.status), esc(i.detail));
        h += QStringLiteral("</table>");
    }
    if (!c.findings.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const Finding& f : c.findings) {
            h += QStringLiteral("<li>%1").arg(esc(f.message));
            if (!f.fix.isEmpty())
                h += QStringLiteral("<br/><b>%1</b> <code>%2</code>")
                         .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Fix:")), esc(f.fix));
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

static QString evidenceTable(const Report& report)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                               "style=\"font-size:7pt\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th><th>TTL</th><th>ms</th></tr>")
                    .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Check")),
                         translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Query")),
                         translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Server")),
                         translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Result")),
                         translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Answers")));
    int rows = 0;
    for (const CheckResult& c : report.checks) {
        for (const dns::Answer& answer : c.evidence) {
            const QJsonObject e = answer.toEvidence();
            QStringList answers;
            for (const auto& a : e.value(QStringLiteral("answers")).toArray())
                answers << a.toString();
            h +=
                QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td></tr>")
                    .arg(esc(c.id), esc(e.value(QStringLiteral("name")).toString()),
                         esc(e.value(QStringLiteral("type")).toString()),
                         esc(e.value(QStringLiteral("server")).toString()),
                         esc(e.value(QStringLiteral("outcome")).toString(e.value(QStringLiteral("rcode")).toString())),
                         esc(answers.join(QStringLiteral(", "))),
                         e.contains(QStringLiteral("ttl")) ? QString::number(e.value(QStringLiteral("ttl")).toInteger())
                                                           : QString(),
                         QString::number(e.value(QStringLiteral("ms")).toInteger()));
            ++rows;
        }
    }
    h += QStringLiteral("</table>");
    return rows ? h
                : QStringLiteral("<p>%1</p>")
                      .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "No DNS queries were recorded.")));
}

// How mail leaves: through the relay that was judged, or directly, with the advisor's reasons when a relay would
// get it accepted where direct delivery will not.
static QString deliverySection(const Report& report)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "How mail leaves")));
    if (!report.relay.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(report.ips.isEmpty()
                          ? QCoreApplication::translate("ChecklistHtml",
                                                        "Through the relay <b>%1</b>, whose sending addresses could "
                                                        "not be found, so they were not judged.")
                                .arg(esc(report.relay))
                          : QCoreApplication::translate("ChecklistHtml",
                                                        "Through the relay <b>%1</b>. Blocklists, reverse DNS and SPF "
                                                        "were judged for the relay's sending addresses (%2), not for "
                                                        "this server's own.")
                                .arg(esc(report.relay), esc(report.ips.join(QStringLiteral(", ")))));
        return h;
    }
    const report::DeliveryAdvice advice = report::adviseDelivery(report);
    if (advice.path == report::DeliveryPath::Relay) {
        h += QStringLiteral("<p>%1</p><ul>")
                 .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml",
                                                   "Directly from this server, but sending through a relay "
                                                   "(smarthost, VPS or mail service) is advised, because:")));
        for (const report::AdviceReason& r : advice.reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(r.text));
        h += QStringLiteral("</ul>");
    } else {
        h += QStringLiteral("<p>%1").arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Directly from this server.")));
        for (const report::AdviceReason& r : advice.reasons)
            h += QLatin1Char(' ') + esc(r.text);
        h += QStringLiteral("</p>");
    }
    // A sign that could not be read is said, so "directly" never rests on a check that did not answer.
    if (!advice.unverified.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(QCoreApplication::translate("ChecklistHtml", "Not verified, so not part of this advice: %1.")
                          .arg(esc(advice.unverified.join(QStringLiteral(", ")))));
    return h;
}

// The to-do list, each action with a tick box (QTextDocument draws `class="unchecked"` list items as empty boxes and
// `class="checked"` ones ticked, on screen and in the PDF).
static QString actionList(const Report& report, const QList<PublishRecord>& records)
{
    QString h = QStringLiteral("<h2>%1</h2><ul>")
                    .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "What to do, in this order")));
    for (const Action& a : actionsInOrder(report, records)) {
        h += QStringLiteral("<li class=\"%1\">%2")
                 .arg(a.done ? QStringLiteral("checked") : QStringLiteral("unchecked"), esc(a.text));
        if (!a.detail.isEmpty())
            h += QStringLiteral("<br/><code>%1</code>").arg(esc(a.detail));
        h += QStringLiteral("</li>");
    }
    return h + QStringLiteral("</ul>");
}

// The verdict on a real message: how the receiver saw the connection, then each check.
static QString messageSection(const receiver::MessageVerdict& m)
{
    QString h = QStringLiteral("<h2>%1</h2><p>")
                    .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "A real message, as the receiver saw it")));
    if (m.connection)
        h += QCoreApplication::translate("ChecklistHtml", "From %1, received by %2 from %3 (EHLO %4).<br/>")
                 .arg(esc(m.fromDomain), esc(m.connection->receiver), esc(m.connection->ip.toString()),
                      esc(m.connection->helo));
    h += QCoreApplication::translate("ChecklistHtml", "Overall: %1</p>").arg(badge(m.status()));
    for (const CheckResult& c : m.checks)
        h += checkSection(c);
    if (!m.note.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(m.note));
    return h;
}

QString checklistHtml(const Report& report, const QList<PublishRecord>& records,
                      const receiver::MessageVerdict* message)
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body style=\"font-family:sans-serif; "
                               "font-size:9pt\">");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(QCoreApplication::translate("ChecklistHtml", "Mail server checklist for %1").arg(esc(report.domain)));
    h += QStringLiteral("<p>");
    if (!report.hostname.isEmpty())
        h += QCoreApplication::translate("ChecklistHtml", "Mail server: <b>%1</b><br/>").arg(esc(report.hostname));
    if (!report.ips.isEmpty())
        h += QCoreApplication::translate("ChecklistHtml", "Sending addresses: <b>%1</b><br/>")
                 .arg(esc(report.ips.join(QStringLiteral(", "))));
    h += QCoreApplication::translate("ChecklistHtml", "Resolver: %1<br/>")
             .arg(esc(report.nameservers.isEmpty() ? QCoreApplication::translate("ChecklistHtml", "system")
                                                   : report.nameservers.join(QStringLiteral(", "))));
    h += QCoreApplication::translate("ChecklistHtml", "Checked: %1 to %2 (UTC)<br/>Overall: %3</p>")
             .arg(esc(report.started.toUTC().toString(Qt::ISODate)), esc(report.finished.toUTC().toString(Qt::ISODate)),
                  badge(report.status()));
    h += actionList(report, records);

    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "width=\"100%\"><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                        "<th align=\"left\">%4</th></tr>")
             .arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "The five thresholds")),
                  translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Threshold")),
                  translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Status")),
                  translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Who requires it")));
    for (const Threshold& t : thresholds()) {
        QStringList rules;
        for (const checks::ReceiverRule& r : t.rules)
            rules << esc(r.shownText()) + QStringLiteral(" <small>(%1)</small>").arg(esc(r.source));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(t.title), badge(thresholdStatus(t, report)), rules.join(QStringLiteral("<br/>")));
    }
    h += QStringLiteral("</table>");
    h += deliverySection(report);
    if (message)
        h += messageSection(*message);

    for (const Threshold& t : thresholds()) {
        QString body;
        for (const QString& id : t.checkIds)
            if (const CheckResult* c = report.find(id))
                body += checkSection(*c);
        if (!body.isEmpty())
            h += QStringLiteral("<h2>%1</h2>").arg(esc(t.title)) + body;
    }

    if (!records.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Records to publish")));
        for (const PublishRecord& r : records) {
            h += QCoreApplication::translate("ChecklistHtml",
                                             "<p><b>%1</b><br/>Name: <code>%2</code> &nbsp; Type: <code>%3</code><br/>"
                                             "Value (web DNS panel):<br/><code>%4</code><br/>Zone file:<br/>"
                                             "<code>%5</code></p>")
                     .arg(esc(r.purpose), esc(r.name), esc(r.type), esc(r.value), esc(r.zoneLine));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(translated(QT_TRANSLATE_NOOP("ChecklistHtml", "Evidence"))) +
         evidenceTable(report);
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace mailready::report
