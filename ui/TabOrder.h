#pragma once

class QWidget;

namespace mailready::ui {

// Makes Tab visit the controls of `page` in reading order: line by line from the top, left to right within a line
// (controls whose heights overlap share a line). Pages add widgets in their constructors after the widgets of the
// base page and add rows as results arrive, so the order Qt keeps (creation order) drifts from what the eye reads;
// pages call this whenever their content changed. The insides of composite controls (a combo box's editor, a text
// edit's viewport) keep their own order.
void sortTabOrder(QWidget* page);

} // namespace mailready::ui
