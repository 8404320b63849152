#include "FuzzTargets.h"

namespace mailready::fuzz {

const QList<Target>& allTargets()
{
    static const QList<Target> targets{
        {"dns_name", &fuzzDnsName},
        {"txt_presentation", &fuzzTxtPresentation},
        {"dnsbl_verdict", &fuzzDnsblVerdict},
        {"dnsbl_catalog", &fuzzDnsblCatalog},
        {"dmarc_record", &fuzzDmarcRecord},
        {"dkim_key_record", &fuzzDkimKeyRecord},
        {"spf_record", &fuzzSpfRecord},
        {"spf_eval", &fuzzSpfEval},
        {"smtp_reply", &fuzzSmtpReply},
        {"ip_echo", &fuzzIpEcho},
        {"http_echo", &fuzzHttpEcho},
        {"dns_reply", &fuzzDnsReply},
        {"bounce", &fuzzBounce},
        {"message_headers", &fuzzMessageHeaders},
        {"message", &fuzzMessage},
    };
    return targets;
}

} // namespace mailready::fuzz
