// The libFuzzer entry point of one target; MAILREADY_FUZZ_FUNCTION names its function in FuzzTargets.h.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return mailready::fuzz::MAILREADY_FUZZ_FUNCTION(data, size);
}
