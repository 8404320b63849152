#include "AddressMemory.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QSettings>

namespace mailready::relay {

static QString keyFor(const QString& domain)
{
    // Domains are ASCII names; slashes cannot occur, so the domain is safe as a settings group.
    return QStringLiteral("remembered-address/") + dns::displayName(domain).toLower();
}

static QString settingsFile()
{
    const QString org = QCoreApplication::organizationName();
    const QSettings s(org.isEmpty() ? QStringLiteral("MailReady") : org, QStringLiteral("MailReady"));
    return s.fileName();
}

RememberedAddress AddressMemory::load(const QString& domain)
{
    QSettings s(settingsFile(), QSettings::NativeFormat);
    RememberedAddress r;
    for (const QString& text : s.value(keyFor(domain) + QStringLiteral("/ips")).toStringList())
        if (const auto a = dns::parseAddress(text))
            r.ips << *a;
    r.when = s.value(keyFor(domain) + QStringLiteral("/when")).toDateTime();
    return r;
}

void AddressMemory::remember(const QString& domain, const QList<QHostAddress>& ips)
{
    QSettings s(settingsFile(), QSettings::NativeFormat);
    QStringList texts;
    for (const QHostAddress& a : ips)
        texts << dns::addressText(a);
    s.setValue(keyFor(domain) + QStringLiteral("/ips"), texts);
    s.setValue(keyFor(domain) + QStringLiteral("/when"), QDateTime::currentDateTimeUtc());
}

void AddressMemory::forget(const QString& domain)
{
    QSettings s(settingsFile(), QSettings::NativeFormat);
    s.remove(keyFor(domain));
}

} // namespace mailready::relay
