#include "AddressMemory.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cerrno>
#include <functional>
#include <unistd.h>

namespace mailready::relay {

static QString keyFor(const QString& domain)
{
    // Domains are ASCII names; slashes cannot occur, so the domain is safe as a settings group.
    return QStringLiteral("remembered-address/") + dns::displayName(domain).toLower();
}

// Where QSettings(org, "MailReady") keeps its file, found without opening it (a pipe there would block the run).
static QString settingsFile()
{
    const QString org = QCoreApplication::organizationName();
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
           (org.isEmpty() ? QStringLiteral("MailReady") : org) + QStringLiteral("/MailReady.conf");
}

// A pipe or device in the settings' place is never read: reading a pipe would block the run.
static bool readable(const QString& file)
{
    const QFileInfo info(file);
    return !info.exists() || info.isFile();
}

RememberedAddress AddressMemory::load(const QString& domain)
{
    RememberedAddress r;
    if (!readable(settingsFile()))
        return r;
    QSettings s(settingsFile(), QSettings::NativeFormat);
    for (const QString& text : s.value(keyFor(domain) + QStringLiteral("/ips")).toStringList())
        if (const auto a = dns::parseAddress(text))
            r.ips << *a;
    r.when = s.value(keyFor(domain) + QStringLiteral("/when")).toDateTime();
    return r;
}

// The settings file is checked like every file MailReady writes (no link, no device, a folder that can be made) before
// QSettings writes it, and QSettings' own result is checked after: it tells only that it failed, so the reason is
// asked of the folder.
static OutputFile::Result change(const std::function<void(QSettings&)>& edit)
{
    const QString file = settingsFile();
    const QString dir = QFileInfo(file).absolutePath();
    if (OutputFile::Result r = OutputFile::makeDirectories(dir, 0700); !r.ok())
        return r;
    if (OutputFile::Result r = OutputFile::check(file, {true, {}}); !r.ok())
        return r;
    QSettings s(file, QSettings::NativeFormat);
    edit(s);
    s.sync();
    if (s.status() == QSettings::NoError)
        return {};
    if (::access(QFile::encodeName(dir).constData(), W_OK) != 0)
        return {OutputFile::Problem::CannotCreate,
                OutputFile::tr("cannot write %1: %2").arg(file, OutputFile::reason(errno))};
    return {OutputFile::Problem::WriteFailed, OutputFile::tr("cannot write %1").arg(file)};
}

OutputFile::Result AddressMemory::remember(const QString& domain, const QList<QHostAddress>& ips)
{
    QStringList texts;
    for (const QHostAddress& a : ips)
        texts << dns::addressText(a);
    return change([&](QSettings& s) {
        s.setValue(keyFor(domain) + QStringLiteral("/ips"), texts);
        s.setValue(keyFor(domain) + QStringLiteral("/when"), QDateTime::currentDateTimeUtc());
    });
}

OutputFile::Result AddressMemory::forget(const QString& domain)
{
    if (!readable(settingsFile()))
        return change([](QSettings&) {}); // says what is in the way
    const QSettings now(settingsFile(), QSettings::NativeFormat);
    if (!now.contains(keyFor(domain) + QStringLiteral("/ips")) &&
        !now.contains(keyFor(domain) + QStringLiteral("/when")))
        return {}; // nothing to forget: nothing is written
    return change([&](QSettings& s) { s.remove(keyFor(domain)); });
}

} // namespace mailready::relay
