#include "CheckCommand.h"
#include "Subcommand.h"

namespace mailready::cli {

SubcommandList makeSubcommands()
{
    SubcommandList list;
    list.push_back(std::make_unique<CheckCommand>());
    return list;
}

} // namespace mailready::cli
