#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include "util/OutputFile.h"

namespace mailready::relay {

// The public address(es) a domain's records were composed for, remembered between runs so that a later run on a
// dynamic line can tell which published records went stale.
struct RememberedAddress
{
    QList<QHostAddress> ips;
    QDateTime when; // UTC
    bool isEmpty() const { return ips.isEmpty(); }
};

// Kept in the program's settings (QSettings, organization and application "MailReady"; on Linux
// ~/.config/MailReady/MailReady.conf), shared by the command line and the wizard, one entry per mail domain.
// The organization name follows QCoreApplication's when the program set one, so tests can isolate it.
class AddressMemory
{
public:
    static RememberedAddress load(const QString& domain);
    // Both write the settings file; a problem is returned with the path and the system's reason, never hidden.
    static OutputFile::Result remember(const QString& domain, const QList<QHostAddress>& ips);
    static OutputFile::Result forget(const QString& domain);
};

} // namespace mailready::relay
