#include "RecordView.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailready::ui {

static QPlainTextEdit* valueBox(const QString& text, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setPlainText(text);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setWordWrapMode(QTextOption::WrapAnywhere);
    const int lines = qBound(1, int(text.size() / 90) + 1, 5);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

RecordView::RecordView(const report::PublishRecord& record, QWidget* parent) : QWidget(parent), m_record(record)
{
    auto* group = new QGroupBox(record.purpose, this);
    auto* grid = new QGridLayout(group);
    auto copyButton = [this](const QString& what, const QString& text, const QString& objectName) {
        auto* b = new QPushButton(tr("Copy %1").arg(what), this);
        b->setObjectName(objectName);
        b->setToolTip(tr("Copy to the clipboard"));
        connect(b, &QPushButton::clicked, this, [text] { QGuiApplication::clipboard()->setText(text); });
        return b;
    };
    auto* name = new QLabel(this);
    name->setTextFormat(Qt::PlainText);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    name->setText(tr("%1   type %2").arg(record.name, record.type));
    grid->addWidget(new QLabel(tr("Name:"), this), 0, 0);
    grid->addWidget(name, 0, 1);
    grid->addWidget(copyButton(tr("name"), record.name, QStringLiteral("copy-name")), 0, 2);
    grid->addWidget(new QLabel(tr("Value for a web DNS panel:"), this), 1, 0, 1, 3);
    grid->addWidget(valueBox(record.value, this), 2, 0, 1, 2);
    grid->addWidget(copyButton(tr("value"), record.value, QStringLiteral("copy-value")), 2, 2, Qt::AlignTop);
    grid->addWidget(new QLabel(tr("Zone-file line:"), this), 3, 0, 1, 3);
    grid->addWidget(valueBox(record.zoneLine, this), 4, 0, 1, 2);
    grid->addWidget(copyButton(tr("line"), record.zoneLine, QStringLiteral("copy-zone-line")), 4, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
}

} // namespace mailready::ui
