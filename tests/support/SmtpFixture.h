#pragma once

#include <QString>

// What tests/net/smtp_fixture.sh started for this test run (OpenSMTPD and the misbehaving stubs on 127.0.0.1).
// A missing fixture fails the test loudly: an SMTP test never passes without the real servers.
namespace mailready::test {

quint16 smtpPort(const char* key);   // SMTPD_PLAIN_PORT, SMTPD_TLS_PORT, STUB_SILENT_PORT, ..., CLOSED_PORT
QString smtpServer(const char* key); // "127.0.0.1:PORT"

} // namespace mailready::test
