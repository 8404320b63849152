#pragma once

#include "dns/LdnsResolver.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

// What the DNS fixture (tests/dns/fixture.sh) started for this test run. Every getter fails the calling test loudly
// when the fixture is missing: a DNS test never passes without a real server.
namespace mailready::test {

quint16 nsdPort();
quint16 servfailPort();
quint16 silentPort();   // a server that reads queries and never answers
quint16 refusedPort();  // a server that answers REFUSED to everything
quint16 nxdomainPort(); // a broken resolver: NXDOMAIN to everything, the root included
quint16 closedPort();   // nothing listens
bool hasIpv6Loopback();
QString nsdServer(); // "127.0.0.1:PORT", for --nameserver

// A resolver aimed at the fixture's NSD with a short timeout.
dns::ResolverConfig nsdConfig(int timeoutMs = 1500);
dns::ResolverConfig configFor(quint16 port, int timeoutMs = 500);

// Runs the built mailready binary; returns its exit code and fills stdout/stderr.
int runMailready(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr,
                 int timeoutMs = 60000);
// Runs `mailready ... --json` and parses stdout (fails the test if it is not one JSON object).
QJsonObject runMailreadyJson(const QStringList& arguments, int* exitCode);
// The text of a PDF as pdftotext -raw reads it (empty when it cannot).
QString pdfText(const QString& path);
// The contract's `check` exit code, worked out from the statuses of all checks of a report (1 any fail, 2 any
// unknown, else 0). Tests that judge one check compare the process's exit code with this, since other checks judge
// the same test domain too.
int contractExitCode(const QJsonObject& report);
// The check with that id in a `check --json` report (empty when absent).
QJsonObject checkById(const QJsonObject& report, const QString& id);

// An NSD of one test's own, on a free loopback port, serving zones the test writes and may edit between runs
// (setZone rewrites the zone file and restarts the server on the same port). Stops with the object.
class OwnNsd
{
public:
    OwnNsd();
    ~OwnNsd();
    OwnNsd(const OwnNsd&) = delete;
    OwnNsd& operator=(const OwnNsd&) = delete;

    // Starts serving these zones (name -> zone file text); false (with a warning) when NSD does not answer.
    bool start(const QMap<QString, QString>& zones);
    bool setZone(const QString& name, const QString& text);
    quint16 port() const { return m_port; }
    QString server() const; // "127.0.0.1:PORT"

private:
    bool launch();
    void stop();

    QString m_dir;
    quint16 m_port = 0;
    QMap<QString, QString> m_zones;
    qint64 m_pid = 0;
};

// A loopback port nothing listens on (for a run without a name server).
quint16 unusedPort();

QString sharedTestdata(const QString& relative); // path under ../shared/testdata
QString sourcePath(const QString& relative);     // path under the project

} // namespace mailready::test
