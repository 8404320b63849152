#include "RelayServices.h"

#include "RelayServiceTexts.h"
#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailready::relay {

// A text of the built-in list in the reader's language (RelayServiceTexts.h hands them to lupdate).
static QString translated(const QString& text)
{
    return text.isEmpty() ? QString() : QCoreApplication::translate("RelayServices", text.toUtf8().constData());
}

QString RelayService::shownNote() const
{
    return translated(note);
}

QString RelayService::shownPublishes() const
{
    return translated(publishes);
}

QString RelayService::shownLogin() const
{
    if (login == QLatin1String("api-key"))
        return QCoreApplication::translate("RelayServices", "an API key");
    if (login == QLatin1String("smtp-key"))
        return QCoreApplication::translate("RelayServices", "an SMTP key");
    if (login == QLatin1String("smtp-token"))
        return QCoreApplication::translate("RelayServices", "an SMTP token");
    if (login == QLatin1String("smtp-credentials"))
        return QCoreApplication::translate("RelayServices", "SMTP credentials made in the service's console");
    if (login == QLatin1String("app-password"))
        return QCoreApplication::translate("RelayServices", "an app password");
    if (login == QLatin1String("oauth"))
        return QCoreApplication::translate("RelayServices", "OAuth (no password login)");
    if (login == QLatin1String("password"))
        return QCoreApplication::translate("RelayServices", "the mailbox password");
    return login;
}

std::optional<RelayServices> RelayServices::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("RelayServices", "not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (doc.object().value(QStringLiteral("schema")).toString() != QLatin1String("mailready.relay-services/1")) {
        if (error)
            *error = QCoreApplication::translate("RelayServices", "unknown schema");
        return std::nullopt;
    }
    RelayServices list;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("services")).toArray()) {
        const QJsonObject o = v.toObject();
        RelayService s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.submission = o.value(QStringLiteral("submission")).toString().toLower();
        s.port = o.value(QStringLiteral("port")).toInt(587);
        for (const QJsonValue& h : o.value(QStringLiteral("hosts")).toArray())
            s.hosts << h.toString().toLower();
        s.spfInclude = o.value(QStringLiteral("spf_include")).toString().toLower();
        s.dkim = o.value(QStringLiteral("dkim")).toBool();
        s.note = o.value(QStringLiteral("note")).toString();
        s.login = o.value(QStringLiteral("login")).toString();
        s.ownEnvelope = o.value(QStringLiteral("envelope")).toString() == QLatin1String("service");
        s.bounceDomain = o.value(QStringLiteral("bounce_domain")).toString().toLower();
        const QJsonObject returnPath = o.value(QStringLiteral("return_path")).toObject();
        s.returnPathLabel = returnPath.value(QStringLiteral("label")).toString().toLower();
        s.returnPathTarget = returnPath.value(QStringLiteral("target")).toString().toLower();
        s.publishes = o.value(QStringLiteral("publishes")).toString();
        s.source = o.value(QStringLiteral("source")).toString();
        s.checked = o.value(QStringLiteral("checked")).toString();
        if (s.id.isEmpty() || s.name.isEmpty() || s.submission.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("RelayServices", "a service lacks id, name or submission host");
            return std::nullopt;
        }
        list.m_services << s;
    }
    return list;
}

const RelayServices& RelayServices::builtIn()
{
    static const RelayServices list = [] {
        QFile f(QStringLiteral(":/mailready/relay-services.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in list of relay services is missing");
        QString error;
        const auto parsed = fromJson(f.readAll(), &error);
        if (!parsed)
            qFatal("the built-in list of relay services is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return list;
}

const RelayService* RelayServices::find(const QString& id) const
{
    for (const RelayService& s : m_services)
        if (s.id == id)
            return &s;
    return nullptr;
}

const RelayService* RelayServices::forHost(const QString& host) const
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty())
        return nullptr;
    for (const RelayService& s : m_services) {
        if (h == s.submission)
            return &s;
        for (const QString& d : s.hosts)
            if (h == d || h.endsWith(QLatin1Char('.') + d))
                return &s;
    }
    return nullptr;
}

QString relayHostName(const QString& relay)
{
    QString why;
    const auto endpoint = net::parseEndpoint(relay.trimmed(), 25, &why);
    if (!endpoint)
        return {};
    QString h = endpoint->host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

int relayPort(const QString& relay, int defaultPort)
{
    QString why;
    const auto endpoint = net::parseEndpoint(relay.trimmed(), quint16(defaultPort), &why);
    return endpoint ? endpoint->port : defaultPort;
}

} // namespace mailready::relay
