#include "UnsaidItems.h"

#include <algorithm>

namespace mailready {

QList<CheckItem> unsaidItems(const CheckResult& result)
{
    QList<CheckItem> unsaid;
    for (const CheckItem& item : result.items) {
        if (item.status == Status::Pass || item.status == Status::Skipped || item.detail.isEmpty() ||
            result.summary.contains(item.detail))
            continue;
        const bool said = std::any_of(result.findings.begin(), result.findings.end(),
                                      [&item](const Finding& f) { return f.message.contains(item.detail); });
        if (!said)
            unsaid << item;
    }
    return unsaid;
}

} // namespace mailready
