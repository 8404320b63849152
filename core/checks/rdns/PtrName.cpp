#include "PtrName.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace mailready::checks {

// The ways ISPs spell an address inside a PTR name.
static QStringList addressSpellings(const QHostAddress& input)
{
    QStringList out;
    bool isV4 = false;
    const quint32 v4 = input.toIPv4Address(&isV4);
    if (isV4) {
        const QStringList o{QString::number((v4 >> 24) & 0xff), QString::number((v4 >> 16) & 0xff),
                            QString::number((v4 >> 8) & 0xff), QString::number(v4 & 0xff)};
        QStringList r = o;
        std::reverse(r.begin(), r.end());
        QStringList padded, paddedRev;
        for (const QString& s : o)
            padded << s.rightJustified(3, QLatin1Char('0'));
        paddedRev = padded;
        std::reverse(paddedRev.begin(), paddedRev.end());
        for (const QString& sep : {QStringLiteral("-"), QStringLiteral("."), QStringLiteral("_"), QString()}) {
            out << o.join(sep) << r.join(sep);
            out << padded.join(sep) << paddedRev.join(sep);
        }
        out << QStringLiteral("%1").arg(v4, 8, 16, QLatin1Char('0')); // hex, as some cable ISPs do
        // Without separators, short unpadded spellings ("1234") are too likely to be a coincidence.
        out.removeAll(o.join(QString()));
        out.removeAll(r.join(QString()));
        return out;
    }
    const Q_IPV6ADDR b = input.toIPv6Address();
    QString nibbles;
    for (int i = 0; i < 16; ++i)
        nibbles += QStringLiteral("%1").arg(b[i], 2, 16, QLatin1Char('0'));
    out << nibbles;
    QString reversed = nibbles;
    std::reverse(reversed.begin(), reversed.end());
    out << reversed;
    QString text = input.toString().toLower();
    out << QString(text).replace(QLatin1Char(':'), QLatin1Char('-'));
    // The interface half (last 64 bits) as written, the part that identifies one customer's device.
    out << nibbles.right(16);
    return out;
}

static const QStringList& genericWords()
{
    static const QStringList words{
        QStringLiteral("dyn"),         QStringLiteral("dynamic"), QStringLiteral("dynip"),      QStringLiteral("dhcp"),
        QStringLiteral("pool"),        QStringLiteral("dsl"),     QStringLiteral("adsl"),       QStringLiteral("vdsl"),
        QStringLiteral("xdsl"),        QStringLiteral("cable"),   QStringLiteral("ppp"),        QStringLiteral("pppoe"),
        QStringLiteral("client"),      QStringLiteral("clients"), QStringLiteral("customer"),   QStringLiteral("cust"),
        QStringLiteral("residential"), QStringLiteral("resi"),    QStringLiteral("dialup"),     QStringLiteral("dial"),
        QStringLiteral("broadband"),   QStringLiteral("cpe"),     QStringLiteral("ftth"),       QStringLiteral("fttx"),
        QStringLiteral("wireless"),    QStringLiteral("mobile"),  QStringLiteral("unassigned"),
    };
    return words;
}

QString genericPtrReason(const QString& ptrName, const QHostAddress& address)
{
    const QString name = dns::displayName(ptrName).toLower();
    const QString flat = QString(name).remove(QLatin1Char('-')).remove(QLatin1Char('.')).remove(QLatin1Char('_'));
    for (const QString& spelling : addressSpellings(address)) {
        if (spelling.isEmpty())
            continue;
        const bool separated = spelling.contains(QLatin1Char('-')) || spelling.contains(QLatin1Char('.')) ||
                               spelling.contains(QLatin1Char('_'));
        if (separated ? name.contains(spelling) : flat.contains(spelling))
            return QCoreApplication::translate("PtrName", "it contains the address, as \"%1\"").arg(spelling);
    }
    // Words count only in the host part: the last two labels are the owner's domain, whatever it is called.
    QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() > 2)
        labels.resize(labels.size() - 2);
    else
        labels.clear();
    static const QRegularExpression split(QStringLiteral("[^a-z]+"));
    for (const QString& label : std::as_const(labels)) {
        static const QRegularExpression numbered(QStringLiteral("^(host|ip|static)-?[0-9]"));
        if (const auto m = numbered.match(label); m.hasMatch())
            return QCoreApplication::translate("PtrName", "it is \"%1\" followed by a number").arg(m.captured(1));
        for (const QString& token : label.split(split, Qt::SkipEmptyParts)) {
            if (genericWords().contains(token))
                return QCoreApplication::translate("PtrName", "it contains the word \"%1\"").arg(token);
        }
    }
    return {};
}

QString homeLineStep()
{
    return QCoreApplication::translate("PtrName", "Send through a relay, or ask your ISP for a custom PTR record.");
}

QString ehloConfigFix(const QString& name)
{
    const QString n = dns::displayName(name);
    return QCoreApplication::translate(
               "PtrName", "Postfix (main.cf): myhostname = %1  (or smtp_helo_name = %1); Exim: primary_hostname = %1  "
                          "(or helo_data = %1 on the remote_smtp transport); OpenSMTPD (smtpd.conf): add hostname %1 "
                          "to the listen line, and helo %1 to the relay action")
        .arg(n);
}

} // namespace mailready::checks
