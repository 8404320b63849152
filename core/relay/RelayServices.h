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
    QString spfInclude; // the name to add as include: to the customer's SPF record (customer envelopes only)
    bool dkim = false;  // signs with the customer's own domain (after the customer publishes its key)
    QString note;       // setup advice; may be empty
    QString login;      // what the SMTP password is: api-key, smtp-key, smtp-token, smtp-credentials, app-password, ...
    // Whose domain the envelope sender (Return-Path) has by default. With the service's own, receivers check SPF at
    // the service's bounce domain, never at the customer's root, and DMARC rests on DKIM aligned with From.
    bool ownEnvelope = false;
    QString bounceDomain;     // the service's envelope domain, where known ("pm.mtasv.net")
    QString returnPathLabel;  // a fixed label the customer may CNAME for SPF alignment ("pm-bounces"); may be empty
    QString returnPathTarget; // where that CNAME points ("pm.mtasv.net")
    QString publishes;        // what the customer publishes, in a sentence
    QString source;           // where these facts were read
    QString checked;          // when (YYYY-MM-DD); empty: not confirmed

    // The texts in the reader's language (the built-in list's texts are in the translation: RelayServiceTexts.h).
    QString shownNote() const;
    QString shownPublishes() const;
    QString shownLogin() const;
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
