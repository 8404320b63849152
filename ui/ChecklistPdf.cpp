#include "ChecklistPdf.h"

#include "report/ChecklistHtml.h"
#include "util/OutputFile.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mailready::ui {

QByteArray checklistPdf(const Report& report, const QList<report::PublishRecord>& records,
                        const receiver::MessageVerdict* message)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Mail server checklist for %1").arg(report.domain));
        writer.setCreator(QStringLiteral("MailReady %1").arg(QStringLiteral(MAILREADY_VERSION)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        doc.setHtml(report::checklistHtml(report, records, message));
        doc.print(&writer);
    }
    return bytes;
}

bool writeChecklistPdf(const Report& report, const QList<report::PublishRecord>& records, const QString& path,
                       QString* error, const receiver::MessageVerdict* message)
{
    // The file dialog asked before an existing file is replaced; a link, folder or device is still refused.
    const OutputFile::Result r = OutputFile::write(path, checklistPdf(report, records, message), {true, {}});
    if (!r.ok() && error)
        *error = r.message;
    return r.ok();
}

} // namespace mailready::ui
