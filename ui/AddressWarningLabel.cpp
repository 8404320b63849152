#include "AddressWarningLabel.h"

#include "StatusIndicator.h"

namespace mailready::ui {

AddressWarningLabel::AddressWarningLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("address-warning"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setVisible(false);
    StatusIndicator::markAsProblem(this);
}

void AddressWarningLabel::setWarnings(const QList<report::AddressWarning>& warnings)
{
    QStringList lines;
    for (const report::AddressWarning& w : warnings)
        lines << tr("Warning: %1 %2").arg(w.message, w.fix);
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

} // namespace mailready::ui
