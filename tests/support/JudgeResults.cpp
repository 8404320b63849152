#include "JudgeResults.h"

#include <QTest>

namespace mailready::test {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList itemStatuses(const CheckResult& result)
{
    QStringList out;
    for (const CheckItem& i : result.items)
        out << statusName(i.status);
    return out;
}

QStringList itemSubjectStatuses(const CheckResult& result)
{
    QStringList out;
    for (const CheckItem& i : result.items)
        out << i.subject + QLatin1Char('=') + statusName(i.status);
    return out;
}

QString resultText(const CheckResult& result)
{
    QStringList out{result.summary};
    for (const CheckItem& i : result.items)
        out << i.detail;
    for (const Finding& f : result.findings)
        out << f.message + QStringLiteral(" | ") + f.fix;
    return out.join(QLatin1Char('\n'));
}

void verifyVerdict(const CheckResult& result, const QString& status, const QStringList& items, const QString& text)
{
    QCOMPARE(statusName(result.status), status);
    QCOMPARE(itemStatuses(result), items);
    const QString all = resultText(result);
    if (text.isEmpty())
        QVERIFY2(result.findings.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(text), qPrintable(all));
}

} // namespace mailready::test
