#include "DkimCommand.h"

#include "checks/dkim/DkimRecord.h"
#include "crypto/DkimKey.h"
#include "crypto/KeyFile.h"
#include "dns/DnsName.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailready::cli {

using namespace mailready::checks::dkim;

QString DkimCommand::synopsis() const
{
    return QStringLiteral("dkim keygen --domain D --selector S [--algorithm rsa-2048|rsa-3072|rsa-4096|ed25519] "
                          "[--out DIR]\n       mailready dkim import --key FILE --domain D --selector S [--out DIR]");
}

QString DkimCommand::description() const
{
    return QStringLiteral("Make a DKIM key (keygen) or take an existing one (import); write DIR/S.private.pem "
                          "(mode 0600, never overwritten) and DIR/S.txt, and print the TXT record to publish.");
}

void DkimCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("domain"), QStringLiteral("The signing domain (d=). Required."), QStringLiteral("D")});
    parser.addOption(
        {QStringLiteral("selector"),
         QStringLiteral("The selector (s=), e.g. %1. Required.").arg(suggestSelector(QDate::currentDate())),
         QStringLiteral("S")});
    parser.addOption({QStringLiteral("algorithm"),
                      QStringLiteral("keygen: rsa-2048 (default), rsa-3072, rsa-4096 or ed25519."),
                      QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("key"), QStringLiteral("import: the existing PEM private key."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Directory for the files (default: the current one)."),
                      QStringLiteral("DIR")});
}

int DkimCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || (words.first() != QLatin1String("keygen") && words.first() != QLatin1String("import")))
        return io.usage(words.isEmpty() ? QStringLiteral("dkim needs an action: keygen or import. Try 'mailready dkim "
                                                         "--help'.")
                                        : QStringLiteral("dkim: '%1' is not an action (keygen, import). Try "
                                                         "'mailready dkim --help'.")
                                              .arg(words.join(QLatin1Char(' '))));
    const bool keygen = words.first() == QLatin1String("keygen");
    int code = ExitOk;
    const auto domain = readDomain(parser, QStringLiteral("domain"), true, io, &code);
    if (!domain)
        return code;
    if (!parser.isSet(QStringLiteral("selector")))
        return io.usage(QStringLiteral("--selector is required (for example --selector %1).")
                            .arg(suggestSelector(QDate::currentDate())));
    const QString selector = parser.value(QStringLiteral("selector")).toLower();
    if (!isValidSelector(selector))
        return io.usage(QStringLiteral("--selector: '%1' is not a valid DKIM selector.").arg(selector));

    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::Rsa2048;
    if (parser.isSet(QStringLiteral("algorithm"))) {
        if (!keygen)
            return io.usage(QStringLiteral("--algorithm is for keygen; import takes the key as it is."));
        const auto a = crypto::parseKeyAlgorithm(parser.value(QStringLiteral("algorithm")));
        if (!a)
            return io.usage(QStringLiteral("--algorithm: '%1' is not rsa-2048, rsa-3072, rsa-4096 or ed25519.")
                                .arg(parser.value(QStringLiteral("algorithm"))));
        algorithm = *a;
    }
    if (keygen && parser.isSet(QStringLiteral("key")))
        return io.usage(QStringLiteral("--key is for import; keygen makes a new key."));
    if (!keygen && !parser.isSet(QStringLiteral("key")))
        return io.usage(QStringLiteral("import needs --key FILE, the existing PEM private key."));

    const QString dir = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : QStringLiteral(".");
    if (!QFileInfo(dir).isDir())
        return io.usage(QStringLiteral("--out: '%1' is not a directory.").arg(dir));
    const QString keyPath = QDir(dir).filePath(selector + QStringLiteral(".private.pem"));
    const QString txtPath = QDir(dir).filePath(selector + QStringLiteral(".txt"));
    for (const QString& p : {keyPath, txtPath})
        if (QFileInfo::exists(p) || QFileInfo(p).isSymLink())
            return io.usage(QStringLiteral("%1 already exists; it is never overwritten. Choose another selector (e.g. "
                                           "%2) or another --out directory.")
                                .arg(p, suggestSelector(QDate::currentDate(), {selector})));

    QString error;
    std::optional<crypto::PrivateKey> key;
    if (keygen) {
        key = crypto::PrivateKey::generate(algorithm, &error);
        if (!key) {
            io.err << QStringLiteral("mailready: could not make a key: %1").arg(error) << Qt::endl;
            return ExitInternal;
        }
        const crypto::WriteResult w = crypto::writeNewFile(keyPath, key->toPkcs8Pem(), 0600, &error);
        if (w == crypto::WriteResult::Exists)
            return io.usage(error + QLatin1Char('.'));
        if (w != crypto::WriteResult::Written) {
            io.err << QStringLiteral("mailready: %1").arg(error) << Qt::endl;
            return ExitInternal;
        }
    } else {
        key = crypto::PrivateKey::readFile(parser.value(QStringLiteral("key")), &error);
        if (!key)
            return io.usage(QStringLiteral("--key: %1.").arg(error));
    }

    const crypto::PublicKey pub = key->publicKey();
    const QString record = composeKeyRecord(pub);
    const QString zoneLine = zoneFileLine(selector, *domain, record);
    const crypto::WriteResult w = crypto::writeNewFile(txtPath, zoneLine.toUtf8() + '\n', 0644, &error);
    if (w != crypto::WriteResult::Written) {
        io.err << QStringLiteral("mailready: %1").arg(error) << Qt::endl;
        return w == crypto::WriteResult::Exists ? ExitUsage : ExitInternal;
    }
    const QString note = publishingNote(pub);
    const QString name = keyRecordName(selector, *domain);

    if (global.json) {
        QJsonObject o{{QStringLiteral("domain"), *domain},
                      {QStringLiteral("selector"), selector},
                      {QStringLiteral("key_type"), crypto::keyTypeName(pub.type())},
                      {QStringLiteral("key_bits"), pub.bits()},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("record"), record},
                      {QStringLiteral("zone_file"), zoneLine},
                      {QStringLiteral("record_file"), txtPath},
                      {QStringLiteral("note"), note}};
        if (keygen)
            o.insert(QStringLiteral("private_key_file"), keyPath);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (keygen)
        io.err
            << QStringLiteral("Wrote the private key to %1 (mode 0600). Keep it on the mail server only.").arg(keyPath)
            << Qt::endl;
    io.err << QStringLiteral("Wrote the record to %1.").arg(txtPath) << Qt::endl;
    io.out << QStringLiteral("Name:  %1\n").arg(name) << QStringLiteral("Type:  TXT\n")
           << QStringLiteral("Value (one string, for DNS web panels):\n%1\n\n").arg(record)
           << QStringLiteral("Zone-file line (strings of at most 255 bytes):\n%1\n").arg(zoneLine);
    if (!note.isEmpty())
        io.out << QStringLiteral("\nNote: %1\n").arg(note);
    io.out.flush();
    return ExitOk;
}

} // namespace mailready::cli
