#include "TabOrder.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>

namespace mailready::ui {

namespace {

// A control inside another control that manages its own focus (a combo box's line edit, a spin box's editor, a text
// edit's viewport): left alone.
bool insideComposite(const QWidget* w, const QWidget* page)
{
    for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            (qobject_cast<const QAbstractScrollArea*>(p) && !qobject_cast<const QScrollArea*>(p)))
            return true;
    return false;
}

// Hidden by the page (not merely not shown yet: a layout shows a widget added to it one turn of the event loop
// later, and rows added as a result arrives must take their place at once).
bool hiddenOnPurpose(const QWidget* w, const QWidget* page)
{
    for (const QWidget* p = w; p && p != page; p = p->parentWidget())
        if (p->isHidden() && p->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return true;
    return false;
}

struct Stop
{
    QList<QWidget*> widgets; // one control, or the controls of one scroll area in their own order
    QRect rect;              // in the coordinates of what is being sorted
};

// The scroll area nearest to `w` below `top`, if any.
QScrollArea* scrollAreaOf(QWidget* w, const QWidget* top)
{
    for (QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(p))
            return area;
    return nullptr;
}

// Line by line from the top, left to right within a line (stops whose heights overlap share a line).
QList<QWidget*> readingOrder(QList<Stop> stops)
{
    std::stable_sort(stops.begin(), stops.end(),
                     [](const Stop& a, const Stop& b) { return a.rect.top() < b.rect.top(); });
    QList<QWidget*> ordered;
    for (qsizetype i = 0; i < stops.size();) {
        qsizetype end = i + 1;
        int bottom = stops[i].rect.bottom();
        while (end < stops.size() && stops[end].rect.top() < bottom) {
            bottom = std::max(bottom, stops[end].rect.bottom());
            ++end;
        }
        QList<Stop> line(stops.begin() + i, stops.begin() + end);
        std::stable_sort(line.begin(), line.end(),
                         [](const Stop& a, const Stop& b) { return a.rect.left() < b.rect.left(); });
        for (const Stop& s : line)
            ordered.append(s.widgets);
        i = end;
    }
    return ordered;
}

// The controls under `top` in reading order; a scroll area's controls are read as one block where the area is, in
// the order of its content (which may reach far below what the area shows).
QList<QWidget*> controlsInOrder(QWidget* top, QWidget* page)
{
    QList<Stop> stops;
    QHash<QScrollArea*, qsizetype> areas;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || hiddenOnPurpose(w, page) ||
            insideComposite(w, page))
            continue;
        QScrollArea* area = scrollAreaOf(w, top);
        if (!area) {
            stops.append({{w}, QRect(w->mapTo(top, QPoint(0, 0)), w->size())});
        } else if (!areas.contains(area) && area->widget()) {
            areas.insert(area, stops.size());
            stops.append({controlsInOrder(area->widget(), page), QRect(area->mapTo(top, QPoint(0, 0)), area->size())});
        }
    }
    return readingOrder(stops);
}

} // namespace

void sortTabOrder(QWidget* page)
{
    const QList<QWidget*> ordered = controlsInOrder(page, page);
    for (qsizetype i = 1; i < ordered.size(); ++i)
        QWidget::setTabOrder(ordered[i - 1], ordered[i]);
}

} // namespace mailready::ui
