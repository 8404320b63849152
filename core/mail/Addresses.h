#pragma once

#include <QString>
#include <QStringList>

namespace mailready::mail {

// The mailbox addresses of an address header (From:, Return-Path:, Sender:), read with GMime's RFC 5322 parser:
// display names, comments, quoted local parts, encoded words and groups are all handled there, not here.
struct Mailboxes
{
    QStringList addresses; // "user@example.com", in order; a group's members are included
    QString display;       // the field as people read it (encoded words decoded), for showing
    bool empty = false;    // "<>": the null reverse-path of a bounce (Return-Path)
};

Mailboxes parseMailboxes(const QString& fieldValue);

// The domain part of an address, lower case, without a trailing dot; empty when there is none.
QString domainOf(const QString& address);

// RFC 2047 encoded words of an unstructured value (Subject:) decoded, for showing.
QString decodeText(const QString& fieldValue);

} // namespace mailready::mail
