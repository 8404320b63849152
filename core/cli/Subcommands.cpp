#include "BounceCommand.h"
#include "CheckCommand.h"
#include "DkimCommand.h"
#include "MessageCommand.h"
#include "RecordsCommand.h"
#include "SpfCommand.h"
#include "Subcommand.h"
#include "WatchCommand.h"

namespace mailready::cli {

SubcommandList makeSubcommands()
{
    SubcommandList list;
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<DkimCommand>());
    list.push_back(std::make_unique<SpfCommand>());
    list.push_back(std::make_unique<RecordsCommand>());
    list.push_back(std::make_unique<WatchCommand>());
    list.push_back(std::make_unique<MessageCommand>());
    list.push_back(std::make_unique<BounceCommand>());
    return list;
}

} // namespace mailready::cli
