#pragma once

#include "checks/Status.h"

#include <QWidget>

class QLabel;

namespace mailready::ui {

// A status shown three ways at once, so it never depends on colour alone: a coloured icon, its shape, and a word.
class StatusIndicator final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicator(QWidget* parent = nullptr);

    void setStatus(Status status);
    void setRunning();
    // Keeps room for the longest word it can show ("Fehlgeschlagen"), so a grid of indicators neither cuts a word
    // nor moves its neighbours when a status changes.
    void reserveWidestWord();
    Status status() const { return m_status; }
    QString text() const;

    static QString wordFor(Status status);
    static QColor colourFor(Status status);
    static QIcon iconFor(Status status, int size = 16);
    // iconFor() as a pixmap for the screen, the same one every time (cached).
    static QPixmap pixmapFor(Status status, int size = 16);
    // Red text for a problem under a field, readable on the widget's own background: the light palette's red is too
    // dark on a dark one (contrast at least 4.5:1 either way, WCAG AA).
    static QColor problemColour(const QWidget* on);
    static void markAsProblem(QWidget* label);

private:
    QLabel* m_icon;
    QLabel* m_word;
    Status m_status = Status::Skipped;
};

} // namespace mailready::ui
