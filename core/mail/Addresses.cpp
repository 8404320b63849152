#include "Addresses.h"

// GLib's type macros (INTERNET_ADDRESS_IS_MAILBOX, ...) are C casts.
#pragma GCC diagnostic ignored "-Wold-style-cast"
#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace mailready::mail {

namespace {

void initGmime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct Unref
{
    void operator()(gpointer object) const { g_object_unref(object); }
};

void collect(InternetAddressList* list, QStringList* addresses)
{
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
            const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a));
            if (addr && *addr)
                *addresses << QString::fromUtf8(addr);
        } else if (INTERNET_ADDRESS_IS_GROUP(a)) {
            collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), addresses);
        }
    }
}

} // namespace

Mailboxes parseMailboxes(const QString& fieldValue)
{
    initGmime();
    Mailboxes m;
    const QString trimmed = fieldValue.trimmed();
    if (trimmed == QLatin1String("<>")) {
        m.empty = true;
        m.display = trimmed;
        return m;
    }
    const QByteArray utf8 = trimmed.toUtf8();
    std::unique_ptr<InternetAddressList, Unref> list(internet_address_list_parse(nullptr, utf8.constData()));
    if (!list)
        return m;
    collect(list.get(), &m.addresses);
    char* shown = internet_address_list_to_string(list.get(), nullptr, FALSE);
    m.display = QString::fromUtf8(shown);
    g_free(shown);
    return m;
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = address.mid(at + 1).trimmed().toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

QString decodeText(const QString& fieldValue)
{
    initGmime();
    const QByteArray utf8 = fieldValue.toUtf8();
    char* decoded = g_mime_utils_header_decode_text(nullptr, utf8.constData());
    const QString text = QString::fromUtf8(decoded);
    g_free(decoded);
    return text;
}

} // namespace mailready::mail
