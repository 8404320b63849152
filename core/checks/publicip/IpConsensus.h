#pragma once

#include "IpEchoSource.h"

#include <QList>
#include <QPair>

namespace mailready::checks {

// What the echo sources of one address family agree on. Pure.
struct EchoVerdict
{
    bool ipv6 = false;
    std::optional<QHostAddress> address;   // the majority's answer; nullopt when nobody answered or a tie
    QStringList agreeing;                  // sources that gave `address`
    QList<QPair<QString, QString>> others; // (source, address) of sources that gave something else
    QStringList failed;                    // "source: why" of sources that gave nothing usable for this family
    bool tie = false;                      // two or more answers with equally many votes

    bool anyAnswer() const { return address.has_value() || tie; }
};

// Groups answers by the family of the address they returned (an echo reached over IPv4 returns IPv4) and takes the
// majority in each. Failed sources count for the family of the path they were asked over. Returns IPv4, then IPv6.
QList<EchoVerdict> judgeEchoes(const QList<EchoAnswer>& answers);

} // namespace mailready::checks
