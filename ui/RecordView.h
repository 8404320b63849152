#pragma once

#include "report/Thresholds.h"

#include <QWidget>

namespace mailready::ui {

// One DNS record to publish: what it is for, its name and type, and its value both as one string for a web DNS
// panel and as a zone-file line, each with a Copy button.
class RecordView final : public QWidget
{
    Q_OBJECT
public:
    explicit RecordView(const report::PublishRecord& record, QWidget* parent = nullptr);
    const report::PublishRecord& record() const { return m_record; }

private:
    report::PublishRecord m_record;
};

} // namespace mailready::ui
