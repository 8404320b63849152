#pragma once

#include "Subcommand.h"

#include <QStringList>

namespace mailready::cli {

struct ParsedCommandLine
{
    bool startGui = false; // no subcommand: start the wizard with `global`
    int exitCode = ExitOk; // when !startGui: the command already ran (or failed to parse)
    GlobalOptions global;
};

// Parses the whole command line (arguments()[0] is the program) and runs the subcommand it names, if any.
ParsedCommandLine runCommandLine(const QStringList& arguments, CliIo& io);

// True when the arguments name a subcommand, --help or --version (no window is wanted).
bool isHeadless(const QStringList& arguments);

} // namespace mailready::cli
