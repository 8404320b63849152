#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "cli/TerminalText.h"
#include "dns/DnsAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mailready::fuzz {

// The zone-file form is what users copy and what the PDF prints: it must be plain printable ASCII and must read back
// to exactly the bytes that came off the wire.
static std::optional<QList<QByteArray>> readBack(const QString& text)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!out.isEmpty()) {
            if (text.at(i) != QLatin1Char(' '))
                return std::nullopt;
            ++i;
        }
        if (i >= n || text.at(i) != QLatin1Char('"'))
            return std::nullopt;
        ++i;
        QByteArray s;
        for (;;) {
            if (i >= n)
                return std::nullopt;
            const char16_t c = text.at(i).unicode();
            if (c == u'"') {
                ++i;
                break;
            }
            if (c != u'\\') {
                s += static_cast<char>(c);
                ++i;
                continue;
            }
            if (i + 1 >= n)
                return std::nullopt;
            const QChar next = text.at(i + 1);
            if (next.isDigit()) {
                if (i + 3 >= n)
                    return std::nullopt;
                bool ok = false;
                const int v = text.mid(i + 1, 3).toInt(&ok);
                if (!ok || v > 255)
                    return std::nullopt;
                s += static_cast<char>(v);
                i += 4;
            } else {
                s += static_cast<char>(next.unicode());
                i += 2;
            }
        }
        out << s;
    }
    return out;
}

int fuzzTxtPresentation(const uint8_t* data, size_t size)
{
    if (size > 70000)
        return 0;
    FuzzInput in(data, size);
    dns::Record r;
    r.owner = QStringLiteral("fuzz.hostile.test.");
    r.type = (in.byte() & 1) ? dns::RRType::SPF : dns::RRType::TXT;
    while (!in.empty()) {
        const QByteArray s = in.shortBytes();
        r.txtStrings << s;
        r.txt += s;
    }
    const QString shown = r.presentation();
    for (QChar c : shown)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            invariantBroken("presentation holds a byte that is not printable ASCII", shown.toUtf8());
    const auto back = readBack(shown);
    if (!back || *back != r.txtStrings)
        invariantBroken("presentation does not read back to the wire bytes", shown.toUtf8());

    // The same bytes as a finding quotes them on a terminal: nothing left that a terminal acts on.
    for (const QString& text : {QString::fromUtf8(r.txt), QString::fromLatin1(r.txt)}) {
        const QString safe = cli::terminalSafe(text);
        for (QChar c : safe) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
                (u >= 0x2066 && u <= 0x2069))
                invariantBroken("terminalSafe left a control character", safe.toUtf8());
        }
    }

    dns::Answer a;
    a.name = r.owner;
    a.type = r.type;
    a.outcome = dns::Outcome::NoError;
    a.records << r;
    const QByteArray json = QJsonDocument(a.toEvidence()).toJson(QJsonDocument::Compact);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        invariantBroken("evidence is not valid JSON", json);
    if (doc.object().value(QStringLiteral("answers")).toArray().at(0).toString() != shown)
        invariantBroken("evidence does not hold the presentation", json);
    if (a.texts().value(0) != r.txt)
        invariantBroken("texts() lost bytes");
    return 0;
}

} // namespace mailready::fuzz
