#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "dns/LdnsResolver.h"

#include <QJsonDocument>
#include <QSet>

namespace mailready::fuzz {

// Replies as a nameserver (or anyone who can send a UDP packet with the right port and ID) may send them, read into
// an Answer as the resolver reads what it receives. Input: the asked type (2 bytes, an index into `types`), the asked
// name (a length byte and that many bytes), then up to 8 replies, each a 2-byte length and that many bytes of DNS
// wire format. fuzz/make_corpus.py writes seeds in this form.
int fuzzDnsReply(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    FuzzInput in(data, size);
    static const dns::RRType types[] = {dns::RRType::A,  dns::RRType::AAAA, dns::RRType::TXT,
                                        dns::RRType::MX, dns::RRType::PTR,  dns::RRType::CNAME,
                                        dns::RRType::NS, dns::RRType::SOA,  dns::RRType::SPF};
    const dns::RRType type = types[in.u16() % (sizeof types / sizeof types[0])];
    QString name = QString::fromLatin1(in.shortBytes());
    if (!dns::isValidDnsName(name))
        name = QStringLiteral("example.test.");
    QList<QByteArray> replies;
    while (!in.empty() && replies.size() < 8) {
        const size_t length = in.u16();
        QByteArray reply;
        for (size_t i = 0; i < length && !in.empty(); ++i)
            reply += char(in.byte());
        replies << reply;
    }

    const dns::Answer a = dns::answerFromReplies(name, type, replies);
    if (a.name != dns::absoluteName(name) || a.type != type)
        invariantBroken("the answer is not to the question asked");
    if ((a.outcome == dns::Outcome::NoError) != !a.records.isEmpty())
        invariantBroken("NOERROR without records, or records with another outcome");
    if (a.isDefinite() == a.isTemporaryFailure())
        invariantBroken("definite and temporary at once");
    if (a.isTemporaryFailure() && a.error.isEmpty())
        invariantBroken("a failure without a reason");
    QSet<QString> chain{a.name};
    for (const QString& step : a.cnameChain) {
        if (chain.contains(step))
            invariantBroken("a name twice in the CNAME chain", step.toUtf8());
        chain.insert(step);
    }
    const QString end = a.cnameChain.isEmpty() ? a.name : a.cnameChain.last();
    for (const dns::Record& r : a.records) {
        if (r.type != type)
            invariantBroken("a record of another type");
        if (r.owner != end)
            invariantBroken("a record not at the end of the chain", r.owner.toUtf8());
        if ((type == dns::RRType::A || type == dns::RRType::AAAA) &&
            (r.address.isNull() || (r.address.protocol() == QAbstractSocket::IPv4Protocol) != (type == dns::RRType::A)))
            invariantBroken("an address of the wrong family");
        if (type == dns::RRType::TXT || type == dns::RRType::SPF) {
            QByteArray joined;
            for (const QByteArray& s : r.txtStrings)
                joined += s;
            if (joined != r.txt || r.txtStrings.isEmpty())
                invariantBroken("TXT strings and text apart");
        }
        (void)r.presentation();
    }
    (void)a.minTtl();
    (void)a.addresses();
    (void)a.targets();
    (void)a.texts();
    (void)QJsonDocument(a.toEvidence()).toJson();
    return 0;
}

} // namespace mailready::fuzz
