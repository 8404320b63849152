#include "MessageCommand.h"

#include "CheckCommand.h"
#include "InputFile.h"
#include "TerminalText.h"

#include "checks/UnsaidItems.h"
#include "dns/DnsName.h"
#include "mail/MessageText.h"

#include <QJsonDocument>

#include <unistd.h>

namespace mailready::cli {

QString MessageCommand::description() const
{
    return QStringLiteral(
        "Judge a message as the receiver that stored it saw it: the connecting address, EHLO name, blocklists and "
        "SPF of the receiver's own Received: hop, every DKIM signature against the key in DNS, DMARC alignment of "
        "From:, and the receiver's own Authentication-Results beside them. FILE is the message's source (.eml, or "
        "what a webmail's 'Show original' gives); '-' or no FILE reads stdin. Exit 0: every check passes; 1: a check "
        "fails; 2: a check could not be decided; 64: the input is not a message.");
}

void MessageCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The message; '-' or none: stdin."));
    parser.addOption({QStringLiteral("receiver"),
                      QStringLiteral("The receiving host whose Received: line records the connection (default: the "
                                     "topmost line from outside the receiver, found automatically)."),
                      QStringLiteral("HOST")});
    addBlocklistOptions(parser);
}

QString MessageCommand::humanVerdict(const receiver::MessageVerdict& v, bool colour)
{
    QString text = QStringLiteral("MailReady: the message from %1")
                       .arg(v.fromDomain.isEmpty() ? QStringLiteral("?") : v.fromDomain);
    if (v.connection) {
        const receiver::Connection& c = *v.connection;
        text += QStringLiteral(" as %1 received it\n")
                    .arg(c.receiver.isEmpty() ? QStringLiteral("the receiver") : c.receiver);
        text += QStringLiteral("Connection: from %1").arg(dns::addressText(c.ip));
        if (!c.helo.isEmpty())
            text += QStringLiteral(", EHLO %1").arg(c.helo);
        text += c.ptrNone         ? QStringLiteral(", no reverse name")
                : c.ptr.isEmpty() ? QString()
                                  : QStringLiteral(", reverse name %1").arg(c.ptr);
        text += c.tls.isEmpty() ? QStringLiteral(", no TLS recorded") : QStringLiteral(", %1").arg(c.tls);
        text += QLatin1Char('\n');
    } else {
        text += QLatin1Char('\n');
    }
    if (!v.mailFrom.isEmpty())
        text += QStringLiteral("Envelope sender: %1\n").arg(v.mailFrom);
    for (const QString& p : v.problems)
        text += QStringLiteral("Note: %1\n").arg(p);
    // Every value above comes from the message: each line made safe on its own, so its own line breaks stay.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = terminalSafe(line);
    text = lines.join(QLatin1Char('\n'));
    // The items that say more than their check's findings (why a signature fails: it expired), as the JSON has them.
    for (const CheckResult& c : v.checks) {
        text += CheckCommand::checkLines({c}, colour);
        for (const CheckItem& item : unsaidItems(c))
            text += QStringLiteral("        - %1: %2\n").arg(terminalSafe(item.subject), terminalSafe(item.detail));
    }
    if (!v.note.isEmpty())
        text += v.note + QLatin1Char('\n');
    text += QStringLiteral("Overall: %1\n").arg(CheckCommand::statusLabel(v.status(), colour).trimmed());
    return text;
}

int MessageCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    if (parser.positionalArguments().size() > 1)
        return io.usage(QStringLiteral("give one message file ('-' for stdin)."));
    CheckRequest blocklists;
    if (const int code = readBlocklists(parser, blocklists, io))
        return code;
    receiver::MessageOptions options;
    if (parser.isSet(QStringLiteral("receiver"))) {
        QString why;
        const auto host = dns::normalizeDomain(parser.value(QStringLiteral("receiver")), &why);
        if (!host)
            return io.usage(QStringLiteral("--receiver: %1.").arg(why));
        options.receiver = *host;
    }
    QString error;
    auto input = readInputFile(parser.positionalArguments().value(0), options.limits.maxBytes, &error);
    if (input && input->size() > options.limits.maxBytes) {
        error = QStringLiteral("the input is larger than %1 MiB; that is not one message.")
                    .arg(options.limits.maxBytes >> 20);
        input.reset();
    }
    if (!input)
        return io.usage(error);
    if (!mail::looksLikeMessage(*input))
        return io.usage(QStringLiteral("the input is not a message: it does not start with a header section "
                                       "(lines like 'From: ...'). Give the message's whole source."));
    options.blocklists = receiver::BlocklistChoice::fromRequest(blocklists);
    dns::LdnsResolver network(global.resolverConfig());
    const receiver::MessageFacts facts = receiver::MessageCheck::gather(network, *input, options);
    const receiver::MessageVerdict verdict = receiver::MessageCheck::judge(facts);
    if (global.json)
        io.out << QString::fromUtf8(QJsonDocument(verdict.toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << humanVerdict(verdict, isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR"));
    return verdict.exitCode();
}

} // namespace mailready::cli
