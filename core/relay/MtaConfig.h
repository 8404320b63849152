#pragma once

#include <QString>

// The lines to put into a mail server's configuration to send through a relay, as text to copy. Pure.
namespace mailready::relay {

struct RelaySettings
{
    QString host;         // the relay's submission host
    int port = 587;       // 587 (STARTTLS) or 465 (TLS from the first byte)
    QString user;         // the login at the relay; a placeholder is shown when empty
    QString mailHostname; // the home server's own name (for the VPS side), may be empty
};

// Postfix on the home server: relayhost, SASL client login from a 0600 password map, TLS required.
QString postfixRelayConfig(const RelaySettings& s);
// Exim on the home server: a smarthost router, its transport, and the client authenticator.
QString eximRelayConfig(const RelaySettings& s);
// OpenSMTPD on the home server: a secrets table and a relay action with auth.
QString opensmtpdRelayConfig(const RelaySettings& s);
// Postfix on one's own VPS acting as the relay: accept mail from the home server after SASL login on port 587,
// relay nothing for anyone else.
QString postfixVpsRelayConfig(const RelaySettings& s);

} // namespace mailready::relay
