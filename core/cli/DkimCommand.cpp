#include "DkimCommand.h"

#include "checks/dkim/DkimRecord.h"
#include "crypto/DkimKey.h"
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
    return QStringLiteral("Make a DKIM key (keygen: DIR/S.private.pem, mode 0600) or take an existing one (import: "
                          "the key stays where it is); write the record to DIR/S.txt and print it. Neither file is "
                          "ever overwritten.");
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

// What keygen and import made: the files and the record to publish.
struct DkimOutcome
{
    QString domain;
    QString selector;
    bool keygen = false;
    QString keyPath;
    QString txtPath;
    QString record;
    QString zoneLine;
};

// --algorithm, --key: which goes with which action. Prints the usage error and returns ExitUsage, else ExitOk.
static int readKeyOptions(const QCommandLineParser& parser, bool keygen, crypto::KeyAlgorithm* algorithm, CliIo& io)
{
    if (parser.isSet(QStringLiteral("algorithm"))) {
        if (!keygen)
            return io.usage(QStringLiteral("--algorithm is for keygen; import takes the key as it is."));
        const auto a = crypto::parseKeyAlgorithm(parser.value(QStringLiteral("algorithm")));
        if (!a)
            return io.usage(QStringLiteral("--algorithm: '%1' is not rsa-2048, rsa-3072, rsa-4096 or ed25519.")
                                .arg(parser.value(QStringLiteral("algorithm"))));
        *algorithm = *a;
    }
    if (keygen && parser.isSet(QStringLiteral("key")))
        return io.usage(QStringLiteral("--key is for import; keygen makes a new key."));
    if (!keygen && !parser.isSet(QStringLiteral("key")))
        return io.usage(QStringLiteral("import needs --key FILE, the existing PEM private key."));
    return ExitOk;
}

// The folder and both file names; neither file may exist (a key is never overwritten).
static int readOutPaths(const QCommandLineParser& parser, DkimOutcome& made, CliIo& io)
{
    const QString dir = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : QStringLiteral(".");
    if (!QFileInfo(dir).isDir())
        return io.usage(QStringLiteral("--out: '%1' is not a directory.").arg(dir));
    // keygen writes the key beside the record; import reads it where it is.
    made.keyPath = made.keygen ? QDir(dir).filePath(made.selector + QStringLiteral(".private.pem"))
                               : parser.value(QStringLiteral("key"));
    made.txtPath = QDir(dir).filePath(made.selector + QStringLiteral(".txt"));
    // Before a key is made: what is in the way is said at once. import writes no key file.
    for (const QString& p : made.keygen ? QStringList{made.keyPath, made.txtPath} : QStringList{made.txtPath})
        if (const OutputFile::Result r = OutputFile::check(p, {}); !r.ok())
            return io.fileError(r, QStringLiteral("it is never overwritten. Choose another selector (e.g. %1) or "
                                                  "another --out directory")
                                       .arg(suggestSelector(QDate::currentDate(), {made.selector})));
    return ExitOk;
}

// keygen: a new key, written at once (mode 0600); import: the key of --key. Returns the exit code on failure.
static int obtainKey(const DkimOutcome& made, crypto::KeyAlgorithm algorithm, std::optional<crypto::PrivateKey>* key,
                     CliIo& io)
{
    QString error;
    if (!made.keygen) {
        *key = crypto::PrivateKey::readFile(made.keyPath, &error);
        if (!*key)
            return io.usage(QStringLiteral("--key: %1.").arg(error));
        // RFC 8301 3.2: nothing under 1024 bits is taken (no file is written); a short key is taken with a warning.
        if (const QString problem = signingKeyProblem((*key)->publicKey()); !problem.isEmpty())
            return io.usage(QStringLiteral("--key: %1").arg(problem));
        if (const QString warning = signingKeyWarning((*key)->publicKey()); !warning.isEmpty())
            io.err << QStringLiteral("mailready: warning: %1").arg(warning) << Qt::endl;
        return ExitOk;
    }
    *key = crypto::PrivateKey::generate(algorithm, &error);
    if (!*key) {
        io.err << QStringLiteral("mailready: could not make a key: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    // A private key is never overwritten: no --force reaches it.
    const OutputFile::Result w = OutputFile::write(made.keyPath, (*key)->toPkcs8Pem(), {false, 0600});
    return w.ok() ? ExitOk : io.fileError(w, QStringLiteral("it is never overwritten"));
}

static void printOutcome(const DkimOutcome& made, const crypto::PublicKey& pub, bool json, CliIo& io)
{
    const QString note = publishingNote(pub);
    const QString name = keyRecordName(made.selector, made.domain);
    if (json) {
        QJsonObject o{{QStringLiteral("domain"), made.domain},
                      {QStringLiteral("selector"), made.selector},
                      {QStringLiteral("key_type"), crypto::keyTypeName(pub.type())},
                      {QStringLiteral("key_bits"), pub.bits()},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("record"), made.record},
                      {QStringLiteral("zone_file"), made.zoneLine},
                      {QStringLiteral("record_file"), made.txtPath},
                      {QStringLiteral("note"), note}};
        if (made.keygen)
            o.insert(QStringLiteral("private_key_file"), made.keyPath);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    if (made.keygen)
        io.err << QStringLiteral("Wrote the private key to %1 (mode 0600). Keep it on the mail server only.")
                      .arg(made.keyPath)
               << Qt::endl;
    else
        io.err << QStringLiteral("Read the private key from %1; it stays there, and no copy was written.")
                      .arg(made.keyPath)
               << Qt::endl;
    io.err << QStringLiteral("Wrote the record to %1.").arg(made.txtPath) << Qt::endl;
    io.out << QStringLiteral("Name:  %1\n").arg(name) << QStringLiteral("Type:  TXT\n")
           << QStringLiteral("Value (one string, for DNS web panels):\n%1\n\n").arg(made.record)
           << QStringLiteral("Zone-file line (strings of at most 255 bytes):\n%1\n").arg(made.zoneLine);
    if (!note.isEmpty())
        io.out << QStringLiteral("\nNote: %1\n").arg(note);
    io.out.flush();
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
    DkimOutcome made;
    made.keygen = words.first() == QLatin1String("keygen");
    int code = ExitOk;
    const auto domain = readDomain(parser, QStringLiteral("domain"), true, io, &code);
    if (!domain)
        return code;
    made.domain = *domain;
    if (!parser.isSet(QStringLiteral("selector")))
        return io.usage(QStringLiteral("--selector is required (for example --selector %1).")
                            .arg(suggestSelector(QDate::currentDate())));
    made.selector = parser.value(QStringLiteral("selector")).toLower();
    if (!isValidSelector(made.selector))
        return io.usage(QStringLiteral("--selector: '%1' is not a valid DKIM selector.").arg(made.selector));

    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::Rsa2048;
    std::optional<crypto::PrivateKey> key;
    if ((code = readKeyOptions(parser, made.keygen, &algorithm, io)) || (code = readOutPaths(parser, made, io)) ||
        (code = obtainKey(made, algorithm, &key, io)))
        return code;

    const crypto::PublicKey pub = key->publicKey();
    made.record = composeKeyRecord(pub);
    made.zoneLine = zoneFileLine(made.selector, made.domain, made.record);
    const OutputFile::Result w = OutputFile::write(made.txtPath, made.zoneLine.toUtf8() + '\n', {false, 0644});
    if (!w.ok())
        return io.fileError(w, QStringLiteral("it is never overwritten"));
    printOutcome(made, pub, global.json, io);
    return ExitOk;
}

} // namespace mailready::cli
