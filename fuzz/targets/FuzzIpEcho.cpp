#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/publicip/IpConsensus.h"
#include "checks/publicip/IpEchoSource.h"

namespace mailready::fuzz {

// An echo endpoint's body (any bytes a web server or a captive portal sends) and an echo source as a user types it:
// a body gives an address only when it holds nothing but one address.
int fuzzIpEcho(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto address = checks::parseEchoBody(body);
    if (address) {
        if (address->isNull())
            invariantBroken("a null address from a body");
        const QByteArray trimmed = body.trimmed();
        if (trimmed.contains(' ') || trimmed.contains('<'))
            invariantBroken("an address from a body holding more than an address", trimmed.left(200));
    }
    QString why;
    if (!checks::parseDnsEchoSource(QString::fromUtf8(body), &why) && why.isEmpty())
        invariantBroken("echo source rejected without a reason");

    // Answers from several sources, some agreeing: the majority needs more votes than any other answer.
    QList<checks::EchoAnswer> answers;
    for (int i = 0; i < 5; ++i) {
        checks::EchoAnswer a;
        a.source = QStringLiteral("source%1").arg(i);
        a.ipv6Path = i % 2;
        if (size > size_t(i) && (data[i] & 1))
            a.address = address ? *address : QHostAddress(QStringLiteral("192.0.2.%1").arg(data[i] % 4));
        else
            a.error = QStringLiteral("no answer");
        answers << a;
    }
    for (const checks::EchoVerdict& v : checks::judgeEchoes(answers))
        if (v.address && v.agreeing.isEmpty())
            invariantBroken("a verdict nobody agrees with");
    return 0;
}

} // namespace mailready::fuzz
