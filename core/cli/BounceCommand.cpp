#include "BounceCommand.h"

#include "InputFile.h"
#include "TerminalText.h"

#include "bounce/BounceCatalog.h"

#include <QJsonDocument>

namespace mailready::cli {

QString BounceCommand::description() const
{
    return QStringLiteral("Explain a bounce (a DSN, RFC 3464) or a pasted rejection: the receiver, the status code, "
                          "the threshold it concerns, what it means and the fix, with the documented source. Reads "
                          "FILE, or standard input for - or no FILE. Exit 0: the text was read; 64: usage error or "
                          "unreadable input.");
}

void BounceCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The bounce or rejection text; - or none: "
                                                                        "standard input."));
}

namespace {

void printItem(const bounce::Explained& item, int index, int count, QTextStream& out)
{
    const bounce::Rejection& r = item.rejection;
    const bounce::CatalogEntry* e = item.entry;
    out << QStringLiteral("Rejection %1 of %2: %3")
               .arg(index)
               .arg(count)
               .arg(e ? QStringLiteral("recognized") : QStringLiteral("not recognized"))
        << Qt::endl;
    if (e)
        out << QStringLiteral("  Receiver:  %1").arg(e->receiver) << Qt::endl;
    if (!r.host.isEmpty())
        out << QStringLiteral("  Host:      %1").arg(terminalSafe(r.host)) << Qt::endl;
    if (!r.recipient.isEmpty())
        out << QStringLiteral("  Recipient: %1").arg(terminalSafe(r.recipient)) << Qt::endl;
    out << QStringLiteral("  Code:      %1").arg(terminalSafe(r.code())) << Qt::endl;
    out << QStringLiteral("  Text:      %1").arg(terminalSafe(r.text)) << Qt::endl;
    if (!e) {
        out << QStringLiteral("  MailReady's catalog has no entry for this text, so no threshold is guessed.")
            << Qt::endl;
        return;
    }
    out << QStringLiteral("  Threshold: %1").arg(e->threshold) << Qt::endl;
    out << QStringLiteral("  Meaning:   %1").arg(e->shownMeaning()) << Qt::endl;
    out << QStringLiteral("  Fix:       %1").arg(e->shownFix()) << Qt::endl;
    out << QStringLiteral("  Source:    %1").arg(e->source) << Qt::endl;
    out << (e->checked.isEmpty() ? QStringLiteral("  Unverified: %1").arg(e->unverified)
                                 : QStringLiteral("  Checked:   %1").arg(e->checked))
        << Qt::endl;
}

} // namespace

int BounceCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() > 1)
        return io.usage(QStringLiteral("give one FILE (or - for standard input). Try 'mailready bounce --help'."));
    QString error;
    const auto input = readInputFile(words.value(0), bounce::MaxInputBytes, &error);
    const auto text = input ? bounce::readBounce(*input, &error) : std::nullopt;
    if (!text)
        return io.usage(error);
    const bounce::Explanation explanation = bounce::explain(*text);
    if (global.json) {
        io.out << QString::fromUtf8(QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented));
    } else if (explanation.items.isEmpty()) {
        io.out << QStringLiteral("No SMTP rejection (a 4xx or 5xx reply) was found in the text.") << Qt::endl;
    } else {
        const int count = static_cast<int>(explanation.items.size());
        for (int i = 0; i < count; ++i)
            printItem(explanation.items[i], i + 1, count, io.out);
        if (explanation.truncated)
            io.out << QStringLiteral("(The input was longer than MailReady reads; the rest was not looked at.)")
                   << Qt::endl;
    }
    io.out.flush();
    return ExitOk;
}

} // namespace mailready::cli
