#pragma once
// Test helpers for the DKIM and DMARC tests: the shared YAML data read through Debian's Python (never a committed
// copy), zone-file TXT records, and an in-process resolver for pure discovery logic (in addition to NSD, never
// instead of it).
#include "dns/Resolver.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace mailready::test {

inline QJsonValue loadYaml(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json,sys,yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("cannot read %s: %s", qPrintable(path), p.readAllStandardError().constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return f.readAll();
}

// "name IN TXT ( "a" "b" )" lines of a zone file -> name (lower case, absolute) -> joined records.
inline QHash<QString, QList<QByteArray>> zoneTxt(const QByteArray& zone)
{
    QHash<QString, QList<QByteArray>> out;
    static const QRegularExpression line(QStringLiteral("^(\\S+)\\s+(?:\\d+\\s+)?IN\\s+TXT\\s+(.*)$"));
    static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (const QByteArray& raw : zone.split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        QString joined;
        for (auto it = quoted.globalMatch(m.captured(2)); it.hasNext();)
            joined += it.next().captured(1);
        out[m.captured(1).toLower()] << joined.toUtf8();
    }
    return out;
}

} // namespace mailready::test
