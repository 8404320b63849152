#include "Settings.h"

#include <QSettings>

namespace mailready::ui::settings {

QString key(Setting setting)
{
    switch (setting) {
    case Setting::Domain:
        return QStringLiteral("domain");
    case Setting::Hostname:
        return QStringLiteral("hostname");
    case Setting::Addresses:
        return QStringLiteral("addresses");
    case Setting::Nameservers:
        return QStringLiteral("nameservers");
    case Setting::DkimSelector:
        return QStringLiteral("dkim/selector");
    case Setting::DkimKeyPath:
        return QStringLiteral("dkim/keyPath");
    case Setting::DmarcReportAddress:
        return QStringLiteral("dmarc/reportAddress");
    }
    return {};
}

bool contains(Setting setting)
{
    return QSettings().contains(key(setting));
}

QString value(Setting setting)
{
    return QSettings().value(key(setting)).toString();
}

void setValue(Setting setting, const QString& value)
{
    QSettings().setValue(key(setting), value);
}

} // namespace mailready::ui::settings
