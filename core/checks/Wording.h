#pragma once

#include <QString>

namespace mailready::checks {

// Who reads a check's words. The command line's user gives inputs as flags (--ip, --selector); the wizard's user
// types them into fields and presses buttons, so a finding that tells how to give an input names the one they use.
enum class Audience { CommandLine, Wizard };

// Set once, before any check runs (the wizard sets it when it is made); the command line's is the default.
void setAudience(Audience audience);
Audience audience();

// The next step of a lookup that got no answer (a timeout, SERVFAIL): the same words on every check.
QString retryLookupStep();

// The sentence for the current audience: both are made (and translated) by the caller, one is kept.
inline QString forAudience(const QString& commandLine, const QString& wizard)
{
    return audience() == Audience::Wizard ? wizard : commandLine;
}

} // namespace mailready::checks
