#pragma once

#include "dns/Resolver.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

// An in-process DNS for pure-logic tests: names with records, CNAMEs and names that time out or answer SERVFAIL,
// answering like a recursive resolver would (CNAME chains followed, NXDOMAIN and NODATA apart, a CNAME loop is an
// error). It remembers the names it was asked about.
class FakeZoneResolver final : public mailready::dns::Resolver
{
public:
    struct Entry
    {
        mailready::dns::RRType type = mailready::dns::RRType::A;
        QString value;             // A/AAAA address, PTR/CNAME/MX target
        quint16 preference = 0;    // MX
        QList<QByteArray> strings; // TXT/SPF character-strings
        bool none = false;         // "TXT: NONE" in the OpenSPF suite: the name has no TXT, do not synthesize
    };

    // OpenSPF suite zone data (as converted by tests/spf/suite_to_json.py): {"owner": [{"type": ...}, ...]}.
    // SPF-type records are also answered as TXT when the name has no TXT entry (the suite's driver rule); a
    // TIMEOUT entry makes every question about the name time out unless records of the asked type are present.
    void loadSuiteZone(const QJsonObject& zone);

    void add(const QString& owner, const Entry& entry);
    void addTxt(const QString& owner, const QByteArray& text)
    {
        add(owner, {mailready::dns::RRType::TXT, {}, 0, {text}, false});
    }
    void addAddress(const QString& owner, const QString& address);
    // Questions about the name time out, or are answered SERVFAIL, unless records of the asked type are present.
    void addTimeout(const QString& owner);
    void addServFail(const QString& owner);

    mailready::dns::Answer query(const QString& name, mailready::dns::RRType type) override;
    QStringList servers() const override { return {QStringLiteral("fake")}; }
    int queries() const;
    QStringList asked() const; // every name asked about, absolute and in lower case, in order

private:
    QHash<QString, QList<Entry>> m_names;
    QSet<QString> m_timeouts;
    QSet<QString> m_servFails;
    mutable QMutex m_mutex;
    int m_queries = 0;
    QStringList m_asked;
};
