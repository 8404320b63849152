#include "MtaConfig.h"

namespace mailready::relay {

static QString userOf(const RelaySettings& s)
{
    return s.user.trimmed().isEmpty() ? QStringLiteral("USER") : s.user.trimmed();
}

static QString hostOf(const RelaySettings& s)
{
    return s.host.trimmed().isEmpty() ? QStringLiteral("smtp.relay.example") : s.host.trimmed();
}

QString postfixRelayConfig(const RelaySettings& s)
{
    const QString target = QStringLiteral("[%1]:%2").arg(hostOf(s)).arg(s.port);
    QString t;
    t += QStringLiteral("# /etc/postfix/main.cf\n");
    t += QStringLiteral("relayhost = %1\n").arg(target);
    t += QStringLiteral("smtp_sasl_auth_enable = yes\n");
    t += QStringLiteral("smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n");
    t += QStringLiteral("smtp_sasl_security_options = noanonymous\n");
    t += QStringLiteral("smtp_sasl_tls_security_options = noanonymous\n");
    t += QStringLiteral("smtp_tls_security_level = encrypt\n");
    if (s.port == 465)
        t += QStringLiteral("smtp_tls_wrappermode = yes\n");
    t += QStringLiteral("\n# /etc/postfix/sasl_passwd\n");
    t += QStringLiteral("%1 %2:PASSWORD\n").arg(target, userOf(s));
    t += QStringLiteral("\n# then, as root:\n");
    t += QStringLiteral("chmod 0600 /etc/postfix/sasl_passwd\n");
    t += QStringLiteral("postmap /etc/postfix/sasl_passwd\n");
    t += QStringLiteral("systemctl reload postfix\n");
    return t;
}

QString eximRelayConfig(const RelaySettings& s)
{
    const QString host = hostOf(s);
    QString t;
    t += QStringLiteral("# exim.conf, routers section (before dnslookup):\n");
    t += QStringLiteral("smarthost:\n");
    t += QStringLiteral("  driver = manualroute\n");
    t += QStringLiteral("  domains = ! +local_domains\n");
    t += QStringLiteral("  transport = smarthost_smtp\n");
    t += QStringLiteral("  route_list = * %1::%2 byname\n").arg(host).arg(s.port);
    t += QStringLiteral("  no_more\n");
    t += QStringLiteral("\n# transports section:\n");
    t += QStringLiteral("smarthost_smtp:\n");
    t += QStringLiteral("  driver = smtp\n");
    t += QStringLiteral("  port = %1\n").arg(s.port);
    if (s.port == 465)
        t += QStringLiteral("  protocol = smtps\n");
    t += QStringLiteral("  hosts_require_tls = *\n");
    t += QStringLiteral("  hosts_require_auth = *\n");
    t += QStringLiteral("\n# authenticators section:\n");
    t += QStringLiteral("relay_login:\n");
    t += QStringLiteral("  driver = plaintext\n");
    t += QStringLiteral("  public_name = PLAIN\n");
    t += QStringLiteral("  client_send = ^%1^PASSWORD\n").arg(userOf(s));
    t += QStringLiteral("\n# Debian's exim4: run dpkg-reconfigure exim4-config, choose \"mail sent by smarthost\", "
                        "give %1::%2,\n# and put this line into /etc/exim4/passwd.client (mode 0640, group "
                        "Debian-exim):\n%1:%3:PASSWORD\n")
             .arg(host)
             .arg(s.port)
             .arg(userOf(s));
    return t;
}

QString opensmtpdRelayConfig(const RelaySettings& s)
{
    const QString scheme = s.port == 465 ? QStringLiteral("smtps") : QStringLiteral("smtp+tls");
    QString t;
    t += QStringLiteral("# /etc/smtpd.conf\n");
    t += QStringLiteral("table secrets file:/etc/mail/secrets\n");
    t += QStringLiteral("action \"relay\" relay host %1://relay@%2:%3 auth <secrets>\n")
             .arg(scheme, hostOf(s))
             .arg(s.port);
    t += QStringLiteral("match from local for any action \"relay\"\n");
    t += QStringLiteral("\n# /etc/mail/secrets (then: chmod 0640 /etc/mail/secrets; chgrp _smtpd /etc/mail/secrets; "
                        "systemctl restart opensmtpd)\n");
    t += QStringLiteral("relay %1:PASSWORD\n").arg(userOf(s));
    return t;
}

QString postfixVpsRelayConfig(const RelaySettings& s)
{
    const QString vps = hostOf(s);
    QString t;
    t += QStringLiteral("# On the VPS (%1): its PTR must name %1 and %1 must resolve back to it.\n").arg(vps);
    t += QStringLiteral("# /etc/postfix/main.cf\n");
    t += QStringLiteral("myhostname = %1\n").arg(vps);
    t += QStringLiteral("mynetworks = 127.0.0.0/8 [::1]/128\n");
    t += QStringLiteral("smtpd_sasl_auth_enable = yes\n");
    t += QStringLiteral("smtpd_sasl_type = dovecot\n");
    t += QStringLiteral("smtpd_sasl_path = private/auth\n");
    t += QStringLiteral("smtpd_tls_cert_file = /etc/letsencrypt/live/%1/fullchain.pem\n").arg(vps);
    t += QStringLiteral("smtpd_tls_key_file = /etc/letsencrypt/live/%1/privkey.pem\n").arg(vps);
    t += QStringLiteral("smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                        "reject_unauth_destination\n");
    t += QStringLiteral("smtp_tls_security_level = may\n");
    t += QStringLiteral("\n# /etc/postfix/master.cf: the submission port for the home server, login and TLS "
                        "required\n");
    t += QStringLiteral("submission inet n       -       y       -       -       smtpd\n");
    t += QStringLiteral("  -o syslog_name=postfix/submission\n");
    t += QStringLiteral("  -o smtpd_tls_security_level=encrypt\n");
    t += QStringLiteral("  -o smtpd_sasl_auth_enable=yes\n");
    t += QStringLiteral("  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n");
    t += QStringLiteral("\n# The home server logs in as %1 (a Dovecot user on the VPS)%2; the home address is\n"
                        "# dynamic, so it is not put into mynetworks.\n")
             .arg(userOf(s),
                  s.mailHostname.isEmpty() ? QString() : QStringLiteral(" and announces %1").arg(s.mailHostname));
    t += QStringLiteral("systemctl reload postfix\n");
    return t;
}

} // namespace mailready::relay
