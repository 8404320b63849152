#pragma once

#include "run/Report.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mailready::report {

enum class DeliveryPath { Direct, Relay };
QString deliveryPathName(DeliveryPath path); // "direct", "relay"

// One sign the advisor read from a report, in words for people.
struct AdviceReason
{
    QString kind; // "residential-listing", "generic-ptr", "no-ptr", "port25-blocked", "address-changed", "none"
    QString text; // one plain sentence
};

struct DeliveryAdvice
{
    DeliveryPath path = DeliveryPath::Direct;
    QList<AdviceReason> reasons; // why this path
    QStringList unverified;      // signs that could not be read (a check unknown, skipped or not run)
    QJsonObject toJson() const;
    bool hasReason(const QString& kind) const;
};

// Direct delivery or a relay, from a report of the server's own address (items about other addresses, such as a
// relay's, are ignored) and the address remembered from an earlier run: a residential/dynamic blocklist listing, a
// generic reverse name, no reverse name, a blocked port 25 or a changed address each point to a relay. Pure.
DeliveryAdvice adviseDelivery(const Report& report, const QList<QHostAddress>& rememberedIps = {});

} // namespace mailready::report
