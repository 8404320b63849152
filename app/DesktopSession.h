#pragma once

#include <QStringList>

namespace mailready::app {

// The wizard is a window, so it needs a desktop session. Without one Qt cannot load a platform plugin and aborts
// (SIGABRT, a core dump, "reinstalling the application may fix this"), which tells a user on a server shell nothing.
// These decide before and while the application object is made, and end such a start with one sentence and exit 64.
class DesktopSession
{
public:
    // False when nothing names a window system: no platform chosen (QT_QPA_PLATFORM, -platform) and, where X11 or
    // Wayland is the window system, neither DISPLAY nor WAYLAND_DISPLAY set. True does not promise that it opens.
    static bool mayOpen(const QStringList& arguments);

    // Around the construction of QApplication: a platform plugin that cannot connect (a DISPLAY that is gone or
    // refuses this user) ends the program with the same sentence and exit 64 instead of Qt's abort. Qt's messages
    // meanwhile are held back and passed on once the window system is open.
    static void beginOpening();
    static void endOpening();

    // The sentence, with "mailready: " in front: the wizard needs a desktop session, `check` runs without one.
    static QString missingSentence();
};

} // namespace mailready::app
