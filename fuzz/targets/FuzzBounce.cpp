#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "bounce/BounceCatalog.h"
#include "bounce/BounceReader.h"

namespace mailready::fuzz {

// A bounce or pasted rejection as `mailready bounce` reads it (MIME through GMime, DSN fields, reply lines): the
// reader stays within its bounds, every rejection it yields has a 4xx/5xx reply or a status, and explaining and
// writing the JSON never fail.
int fuzzBounce(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = bounce::readBounce(input);
    if (!read)
        invariantBroken("an input within the size bound was refused");
    if (read->rejections.size() > bounce::MaxRejections)
        invariantBroken("more rejections than the bound", QByteArray::number(read->rejections.size()));
    for (const bounce::Rejection& r : read->rejections) {
        if (r.text.size() > bounce::MaxTextChars)
            invariantBroken("rejection text beyond the bound", QByteArray::number(r.text.size()));
        if (r.replyCode != 0 && (r.replyCode < 400 || r.replyCode > 599))
            invariantBroken("a rejection without a 4xx or 5xx reply", QByteArray::number(r.replyCode));
        if (r.replyCode == 0 && r.status.isEmpty())
            invariantBroken("a rejection with neither reply code nor status");
    }
    const bounce::Explanation explanation = bounce::explain(*read);
    if (explanation.items.size() != read->rejections.size())
        invariantBroken("explain lost or added rejections");
    explanation.toJson();
    return 0;
}

} // namespace mailready::fuzz
