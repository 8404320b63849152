#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::relay {

// A mail service that relays mail for a customer's domain (resources/relay-services.json).
struct RelayService
{
    QString id;         // "mailgun"
    QString name;       // "Mailgun"
    QString submission; // the SMTP submission host customers relay through
    int port = 587;
    QStringList hosts;  // domains whose hosts belong to the service ("mailgun.org")
    QString spfInclude; // the name to add as include: to the customer's SPF record
    bool dkim = false;  // signs with the customer's own domain (after the customer publishes its key)
    QString note;       // one sentence of setup advice; may be empty

    // The note in the reader's language (the built-in list's notes are in the translation: RelayServiceTexts.h).
    QString shownNote() const;
};

class RelayServices
{
public:
    static std::optional<RelayServices> fromJson(const QByteArray& json, QString* error = nullptr);
    // The list compiled into the program (resource :/mailready/relay-services.json).
    static const RelayServices& builtIn();

    const QList<RelayService>& services() const { return m_services; }
    const RelayService* find(const QString& id) const;
    // The service a relay host name belongs to ("smtp.eu.mailgun.org" -> Mailgun); nullptr when none.
    const RelayService* forHost(const QString& host) const;

private:
    QList<RelayService> m_services;
};

// "HOST[:PORT]" or "[v6]:PORT" -> the host part without brackets, lower case, no trailing dot.
QString relayHostName(const QString& relay);
// The port of "HOST[:PORT]", or defaultPort.
int relayPort(const QString& relay, int defaultPort = 25);

} // namespace mailready::relay
