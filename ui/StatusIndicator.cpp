#include "StatusIndicator.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

namespace mailready::ui {

StatusIndicator::StatusIndicator(QWidget* parent) : QWidget(parent), m_icon(new QLabel(this)), m_word(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_word);
    m_word->setTextFormat(Qt::PlainText);
    setStatus(Status::Skipped);
    m_word->setText(tr("Waiting"));
}

QString StatusIndicator::wordFor(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("Pass");
    case Status::Warn:
        return tr("Warning");
    case Status::Fail:
        return tr("Fail");
    case Status::Unknown:
        return tr("Unknown");
    case Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

QColor StatusIndicator::colourFor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warn:
        return QColor(0xef, 0x8f, 0x00);
    case Status::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Unknown:
        return QColor(0x75, 0x75, 0x75);
    case Status::Skipped:
        return QColor(0xbd, 0xbd, 0xbd);
    }
    return {};
}

QColor StatusIndicator::problemColour(const QWidget* on)
{
    const bool dark = on->palette().color(on->backgroundRole()).lightness() < 128;
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

void StatusIndicator::markAsProblem(QWidget* label)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(problemColour(label).name()));
}

static QIcon drawIcon(Status status, int size)
{
    // Drawn rather than loaded: a check mark, an exclamation, a cross, a question mark, a dash; each its own shape.
    const qreal dpr = 2.0;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(StatusIndicator::colourFor(status));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (status) {
    case Status::Pass: {
        QPainterPath path;
        path.moveTo(s * 0.27, s * 0.52);
        path.lineTo(s * 0.44, s * 0.69);
        path.lineTo(s * 0.74, s * 0.34);
        p.drawPath(path);
        break;
    }
    case Status::Fail:
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case Status::Warn:
        p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.58));
        p.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    case Status::Unknown: {
        QFont f = p.font();
        f.setPixelSize(int(s * 0.7));
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case Status::Skipped:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    }
    return QIcon(pm);
}

QIcon StatusIndicator::iconFor(Status status, int size)
{
    // One icon per status and size for the life of the program. Each QIcon made anew has a cache key of its own, and
    // every time one is painted at another size than drawn (16 px on a screen of ratio 1 from the 32 px drawing),
    // Qt keeps the scaled copy in its pixmap cache under that key: the step map, refreshed with every result, would
    // leave a few dozen such copies per re-check until the cache is full.
    static QHash<QPair<int, int>, QIcon> icons; // used on the GUI thread only
    const QPair<int, int> key{static_cast<int>(status), size};
    auto it = icons.constFind(key);
    if (it == icons.constEnd())
        it = icons.insert(key, drawIcon(status, size));
    return *it;
}

QPixmap StatusIndicator::pixmapFor(Status status, int size)
{
    // Drawn once per status and size, then taken from Qt's pixmap cache under a key of its own. An icon drawn anew
    // for every change would leave a scaled copy under that new icon's key in the cache each time: the Verify page's
    // indicators change a few dozen times per re-check, so a long watch would keep growing.
    const QString key = QStringLiteral("mailready-status-%1-%2-%3")
                            .arg(static_cast<int>(status))
                            .arg(size)
                            .arg(qApp->devicePixelRatio());
    QPixmap pm;
    if (!QPixmapCache::find(key, &pm)) {
        pm = iconFor(status, size).pixmap(size, size);
        QPixmapCache::insert(key, pm);
    }
    return pm;
}

void StatusIndicator::setStatus(Status status)
{
    m_status = status;
    m_icon->setPixmap(pixmapFor(status, 16));
    m_word->setText(wordFor(status));
    setAccessibleName(wordFor(status));
}

void StatusIndicator::setRunning()
{
    m_status = Status::Skipped;
    m_icon->setPixmap(pixmapFor(Status::Skipped, 16));
    m_word->setText(tr("Checking…"));
    setAccessibleName(m_word->text());
}

void StatusIndicator::reserveWidestWord()
{
    const QFontMetrics metrics = m_word->fontMetrics();
    int widest = metrics.horizontalAdvance(tr("Checking…"));
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Unknown, Status::Skipped})
        widest = std::max(widest, metrics.horizontalAdvance(wordFor(s)));
    m_word->setMinimumWidth(widest);
}

QString StatusIndicator::text() const
{
    return m_word->text();
}

} // namespace mailready::ui
