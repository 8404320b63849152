#include "ListKeyFile.h"

#include "DnsblCatalog.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace mailready::checks::dnsbl {

const QStringList& ListKeyFile::optionNames()
{
    static const QStringList names{QStringLiteral("spamhaus-dqs-key"), QStringLiteral("abusix-key"),
                                   QStringLiteral("spamrats-key")};
    return names;
}

QString* ListKeyFile::field(CheckRequest& request, const QString& option)
{
    if (option == QLatin1String("spamhaus-dqs-key"))
        return &request.spamhausDqsKey;
    if (option == QLatin1String("abusix-key"))
        return &request.abusixKey;
    if (option == QLatin1String("spamrats-key"))
        return &request.spamratsKey;
    return nullptr;
}

bool ListKeyFile::hasAny(const CheckRequest& request)
{
    CheckRequest copy = request;
    for (const QString& name : optionNames())
        if (!field(copy, name)->isEmpty())
            return true;
    return false;
}

QByteArray ListKeyFile::fileText(const CheckRequest& request)
{
    CheckRequest copy = request;
    QByteArray text = "# Blocklist keys of MailReady (mode 0600: they are credentials).\n";
    for (const QString& name : optionNames())
        if (const QString* key = field(copy, name); !key->isEmpty())
            text += (name + QStringLiteral(" = ") + *key + u'\n').toUtf8();
    return text;
}

static bool validKey(const QString& option, const QString& key)
{
    return option == QLatin1String("spamhaus-dqs-key") ? isValidDqsKey(key) : isValidListKey(key);
}

bool ListKeyFile::readFile(const QString& path, CheckRequest& request, QString* why)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)).toLower());
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *why = QStringLiteral("%1 is not a file").arg(path);
        return false;
    }
    if (st.st_mode & 077) {
        *why = QStringLiteral(
                   "%1 can be read or changed by other users (mode %2); a key file must be private: chmod 600 %1")
                   .arg(path, QString::number(st.st_mode & 0777, 8).rightJustified(4, u'0'));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    int number = 0;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString name = line.left(eq).trimmed();
        const QString key = line.mid(eq + 1).trimmed().toLower();
        QString* target = eq > 0 ? field(request, name) : nullptr;
        if (!target) {
            *why = QStringLiteral("%1, line %2: not a key line (%3 = KEY)")
                       .arg(path)
                       .arg(number)
                       .arg(optionNames().join(u'|'));
            return false;
        }
        if (!validKey(name, key)) {
            *why = QStringLiteral("%1, line %2: the %3 is not a valid key").arg(path).arg(number).arg(name);
            return false;
        }
        if (!target->isEmpty()) {
            *why = QStringLiteral("%1, line %2: the %3 is given twice").arg(path).arg(number).arg(name);
            return false;
        }
        *target = key;
    }
    return true;
}

QString ListKeyFile::masked(const QString& commandLine)
{
    static const QRegularExpression key(
        QStringLiteral("(--(?:%1)(?:=|\\s+))(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)").arg(optionNames().join(u'|')));
    QString text = commandLine;
    text.replace(key, QStringLiteral("\\1********"));
    return text;
}

} // namespace mailready::checks::dnsbl
