#include "SignerConfig.h"

namespace mailready::checks::dkim {

QString openDkimConfig(const SignerSetup& s)
{
    return QStringLiteral("# /etc/opendkim/KeyTable\n"
                          "%2._domainkey.%1 %1:%2:%3\n"
                          "\n"
                          "# /etc/opendkim/SigningTable\n"
                          "*@%1 %2._domainkey.%1\n"
                          "\n"
                          "# /etc/opendkim.conf (add or change these lines)\n"
                          "Mode                    sv\n"
                          "Canonicalization        relaxed/relaxed\n"
                          "KeyTable                refile:/etc/opendkim/KeyTable\n"
                          "SigningTable            refile:/etc/opendkim/SigningTable\n"
                          "Socket                  local:/var/spool/postfix/opendkim/opendkim.sock\n"
                          "\n"
                          "# /etc/postfix/main.cf\n"
                          "smtpd_milters = unix:opendkim/opendkim.sock\n"
                          "non_smtpd_milters = $smtpd_milters\n"
                          "milter_default_action = accept\n"
                          "\n"
                          "# The key file must be readable by the opendkim user only:\n"
                          "#   chown opendkim:opendkim %3 && chmod 600 %3\n")
        .arg(s.domain, s.selector, s.privateKeyPath);
}

QString rspamdConfig(const SignerSetup& s)
{
    return QStringLiteral("# /etc/rspamd/local.d/dkim_signing.conf\n"
                          "allow_username_mismatch = true;\n"
                          "use_domain = \"header\";\n"
                          "domain {\n"
                          "  %1 {\n"
                          "    selectors [\n"
                          "      { path = \"%3\"; selector = \"%2\"; }\n"
                          "    ]\n"
                          "  }\n"
                          "}\n"
                          "# The key file must be readable by the _rspamd user only:\n"
                          "#   chown _rspamd:_rspamd %3 && chmod 600 %3\n")
        .arg(s.domain, s.selector, s.privateKeyPath);
}

QString eximConfig(const SignerSetup& s)
{
    return QStringLiteral(
               "# Exim: in the remote_smtp transport (Debian: conf.d/transport/30_exim4-config_remote_smtp)\n"
               "dkim_domain = %1\n"
               "dkim_selector = %2\n"
               "dkim_private_key = %3\n"
               "dkim_canon = relaxed\n"
               "# The key file must be readable by Debian-exim only:\n"
               "#   chown Debian-exim %3 && chmod 600 %3\n")
        .arg(s.domain, s.selector, s.privateKeyPath);
}

} // namespace mailready::checks::dkim
