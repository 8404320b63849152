#include "TerminalText.h"

namespace mailready::cli {

static bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || c == 0x7f) {
            out += QStringLiteral("\\x") + QString::number(uint(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        } else if ((c >= 0x80 && c <= 0x9f) || isBidiControl(c)) {
            out += QStringLiteral("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

QString oneLineSafe(const QString& text)
{
    constexpr qsizetype kLongestRun = 120;
    QString shortened;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != QLatin1Char(' '))
            continue;
        const QString run = text.mid(runStart, i - runStart);
        shortened += run.size() > kLongestRun
                         ? run.left(60) + QStringLiteral("\u2026(%1 characters)\u2026").arg(run.size()) + run.right(20)
                         : run;
        if (i < text.size())
            shortened += QLatin1Char(' ');
        runStart = i + 1;
    }
    return terminalSafe(shortened);
}

} // namespace mailready::cli
