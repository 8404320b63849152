#pragma once

#include <QString>

namespace mailready::checks::dkim {

// Where the signer finds the key and what it signs for; the wizard fills it and shows the snippets below.
struct SignerSetup
{
    QString domain;         // d=, e.g. example.com
    QString selector;       // s=, e.g. 2026a
    QString privateKeyPath; // where the key file will live on the mail server
};

// OpenDKIM: KeyTable, SigningTable and the opendkim.conf lines, plus the Postfix milter lines (main.cf).
QString openDkimConfig(const SignerSetup& setup);
// rspamd: local.d/dkim_signing.conf.
QString rspamdConfig(const SignerSetup& setup);
// Exim: the remote_smtp transport options.
QString eximConfig(const SignerSetup& setup);

} // namespace mailready::checks::dkim
