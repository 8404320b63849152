#pragma once

#include <QString>

namespace mailready::ui {

// What the wizard remembers between runs, each under one named key (the QSettings key it has always used). Names,
// addresses and paths only: never key material.
enum class Setting {
    Domain,             // the wizard's field of the same name
    Hostname,           // field
    Addresses,          // field
    Nameservers,        // field
    DkimSelector,       // the selector of the key in use
    DkimKeyPath,        // where that key's file is
    DmarcReportAddress, // where aggregate reports go
};

namespace settings {
QString key(Setting setting); // "domain", "dkim/selector", ...
bool contains(Setting setting);
QString value(Setting setting);
void setValue(Setting setting, const QString& value);
} // namespace settings

} // namespace mailready::ui
