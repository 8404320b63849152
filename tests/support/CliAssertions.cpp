#include "CliAssertions.h"

#include "TestDns.h"

#include <QTest>

namespace mailready::test {

void verifyUsageError(const QStringList& arguments, const QString& message)
{
    QByteArray out, err;
    QCOMPARE(runMailready(arguments, &out, &err), 64);
    QVERIFY2(out.isEmpty(), out.constData());
    const QString text = QString::fromUtf8(err).trimmed();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('\n')), "one line on stderr");
    QVERIFY2(text.startsWith(QStringLiteral("mailready: ")), qPrintable(text));
}

} // namespace mailready::test
