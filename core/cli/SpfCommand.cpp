#include "SpfCommand.h"

#include "TerminalText.h"

#include "checks/spf/SpfEvaluator.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QJsonDocument>

namespace mailready::cli {

QString SpfCommand::description() const
{
    return QStringLiteral("Evaluate the SPF policy of D for address A (RFC 7208 check_host()). Prints the result word "
                          "(pass, fail, softfail, neutral, none, permerror, temperror) first. Exit 0: evaluated; 2: "
                          "temperror; 64: usage error.");
}

void SpfCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("ip"), QStringLiteral("The sending address, IPv4 or IPv6. Required."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("domain"), QStringLiteral("The domain whose policy is evaluated. Required."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("sender"), QStringLiteral("The MAIL FROM address (default postmaster@D)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("helo"), QStringLiteral("The HELO/EHLO name (default D)."), QStringLiteral("H")});
}

static void printTree(const spf::EvalNode& node, int depth, QTextStream& out)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    out << indent << node.domain;
    if (node.via != QLatin1String("check"))
        out << QStringLiteral(" (%1)").arg(node.via);
    out << QStringLiteral(": ") << (node.record.isEmpty() ? QStringLiteral("no SPF record") : terminalSafe(node.record))
        << QStringLiteral(" -> ") << node.result << Qt::endl;
    if (!node.error.isEmpty())
        out << indent << QStringLiteral("    ! ") << terminalSafe(node.error) << Qt::endl;
    for (const spf::EvalNode::Step& step : node.steps) {
        out << indent << QStringLiteral("    %1: %2").arg(terminalSafe(step.term), step.outcome);
        if (!step.detail.isEmpty())
            out << QStringLiteral(" (%1)").arg(terminalSafe(step.detail));
        out << Qt::endl;
        if (step.child >= 0 && step.child < node.children.size())
            printTree(node.children[step.child], depth + 2, out);
    }
}

int SpfCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    int code = ExitOk;
    if (!parser.isSet(QStringLiteral("ip")))
        return io.usage(QStringLiteral("--ip is required. Try 'mailready spf --help'."));
    if (parser.values(QStringLiteral("ip")).size() > 1)
        return io.usage(QStringLiteral("--ip: give one address; SPF is evaluated for one address at a time."));
    QString why;
    const auto ip = dns::parseAddress(parser.value(QStringLiteral("ip")), &why);
    if (!ip)
        return io.usage(QStringLiteral("--ip: %1.").arg(why));
    const auto domain = readDomain(parser, QStringLiteral("domain"), true, io, &code);
    if (!domain)
        return code;
    QString helo = *domain;
    if (parser.isSet(QStringLiteral("helo"))) {
        helo = parser.value(QStringLiteral("helo")).trimmed();
        if (helo.isEmpty() || helo.contains(QLatin1Char(' ')))
            return io.usage(QStringLiteral("--helo: '%1' is not a host name.").arg(helo));
    }
    QString sender = QStringLiteral("postmaster@") + *domain;
    if (parser.isSet(QStringLiteral("sender"))) {
        sender = parser.value(QStringLiteral("sender")).trimmed();
        const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
        if (at < 0 || at == sender.size() - 1 || sender.contains(QLatin1Char(' ')))
            return io.usage(QStringLiteral("--sender: '%1' is not a mail address (local@domain).").arg(sender));
    }

    dns::LdnsResolver network(global.resolverConfig());
    dns::CachingResolver resolver(network);
    const spf::Evaluation ev = spf::checkHost(resolver, *ip, *domain, sender, helo);

    if (global.json) {
        io.out << QString::fromUtf8(QJsonDocument(ev.toJson()).toJson(QJsonDocument::Indented));
    } else {
        // Records, terms and the exp= text come from DNS: print them so they cannot drive the terminal.
        io.out << ev.word() << Qt::endl;
        if (!ev.explanation.isEmpty())
            io.out << QStringLiteral("Explanation: ") << terminalSafe(ev.explanation) << Qt::endl;
        io.out << QStringLiteral("Why: ") << terminalSafe(ev.reason) << Qt::endl;
        if (!ev.matchedTerm.isEmpty())
            io.out << QStringLiteral("Matched: '%1' in the record of %2: %3")
                          .arg(terminalSafe(ev.matchedTerm), ev.matchedDomain, terminalSafe(ev.matchedRecord))
                   << Qt::endl;
        io.out << QStringLiteral("DNS lookups: %1 of 10, void lookups: %2 of 2").arg(ev.lookups).arg(ev.voidLookups)
               << Qt::endl;
        io.out << QStringLiteral("Evaluation of %1 for %2 (sender %3, HELO %4):")
                      .arg(*domain, dns::addressText(*ip), terminalSafe(sender), terminalSafe(helo))
               << Qt::endl;
        printTree(ev.tree, 1, io.out);
    }
    io.out.flush();
    return ev.result == spf::Result::TempError ? ExitUnknown : ExitOk;
}

} // namespace mailready::cli
