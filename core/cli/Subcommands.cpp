#include "CheckCommand.h"
#include "DkimCommand.h"
#include "Subcommand.h"

namespace mailready::cli {

SubcommandList makeSubcommands()
{
    SubcommandList list;
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<DkimCommand>());
    return list;
}

} // namespace mailready::cli
