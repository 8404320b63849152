#pragma once

#include "report/RecordComposer.h"

#include <QLabel>

namespace mailready::ui {

// Beside records about to be published: the PTR check's words for each sending address no receiver can see
// (a private or loopback address typed or found by mistake), marked as a problem; hidden when there is none.
class AddressWarningLabel : public QLabel
{
    Q_OBJECT
public:
    explicit AddressWarningLabel(QWidget* parent = nullptr);
    void setWarnings(const QList<report::AddressWarning>& warnings);
};

} // namespace mailready::ui
