#include "ChecklistPdf.h"

#include "report/ChecklistHtml.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace mailready::ui {

bool writeChecklistPdf(const Report& report, const QList<report::PublishRecord>& records, const QString& path,
                       QString* error, const receiver::MessageVerdict* message)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("mailready::ui::ChecklistPdf", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(QStringLiteral("Mail server checklist for %1").arg(report.domain));
        writer.setCreator(QStringLiteral("MailReady %1").arg(QStringLiteral(MAILREADY_VERSION)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        doc.setHtml(report::checklistHtml(report, records, message));
        doc.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("mailready::ui::ChecklistPdf", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailready::ui
