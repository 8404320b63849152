#pragma once

#include <QGuiApplication>

#include <memory>

namespace mailready::app {

// The application object of a headless command that draws (check --pdf: a PDF needs fonts, so Qt Gui), but never
// opens a window: the offscreen platform unless one was chosen, and none of Qt's warnings about a desktop session
// that a server shell does not have.
class HeadlessGui
{
public:
    static std::unique_ptr<QGuiApplication> make(int& argc, char** argv);
};

} // namespace mailready::app
