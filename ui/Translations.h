#pragma once

class QCoreApplication;

namespace mailready::ui {

// The wizard speaks the system's language when MailReady has a translation for it (compiled in under :/i18n), and
// Qt's own buttons and dialogs follow from Qt's translations when they are installed. The command line stays English.
// The program and the screenshots tool both install them so.
void installTranslations(QCoreApplication& app);

} // namespace mailready::ui
