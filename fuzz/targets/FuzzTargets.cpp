#include "FuzzTargets.h"

namespace mailready::fuzz {

const QList<Target>& allTargets()
{
    static const QList<Target> targets{
        {"dns_name", &fuzzDnsName},           {"txt_presentation", &fuzzTxtPresentation},
        {"dnsbl_verdict", &fuzzDnsblVerdict}, {"dnsbl_catalog", &fuzzDnsblCatalog},
        {"dmarc_record", &fuzzDmarcRecord},   {"dkim_key_record", &fuzzDkimKeyRecord},
    };
    return targets;
}

} // namespace mailready::fuzz
