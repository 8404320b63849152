#include "IpConsensus.h"

#include <QMap>

namespace mailready::checks {

static bool isV6(const QHostAddress& a)
{
    return !dns::addressText(a).contains(QLatin1Char('.'));
}

QList<EchoVerdict> judgeEchoes(const QList<EchoAnswer>& answers)
{
    QList<EchoVerdict> out(2);
    out[1].ipv6 = true;
    QMap<QString, QStringList> votes[2]; // address text -> sources, per family
    for (const EchoAnswer& a : answers) {
        if (!a.address) {
            out[a.ipv6Path ? 1 : 0].failed << QStringLiteral("%1: %2").arg(a.source, a.error);
            continue;
        }
        votes[isV6(*a.address) ? 1 : 0][dns::addressText(*a.address)] << a.source;
    }
    for (int f = 0; f < 2; ++f) {
        EchoVerdict& v = out[f];
        qsizetype best = 0;
        QString winner;
        for (auto it = votes[f].cbegin(); it != votes[f].cend(); ++it) {
            if (it.value().size() > best) {
                best = it.value().size();
                winner = it.key();
                v.tie = false;
            } else if (it.value().size() == best) {
                v.tie = true;
            }
        }
        if (best == 0)
            continue;
        if (!v.tie) {
            v.address = QHostAddress(winner);
            v.agreeing = votes[f].value(winner);
        }
        for (auto it = votes[f].cbegin(); it != votes[f].cend(); ++it) {
            if (v.address && it.key() == winner)
                continue;
            for (const QString& source : it.value())
                v.others << qMakePair(source, it.key());
        }
    }
    return out;
}

} // namespace mailready::checks
