#pragma once

#include "run/Report.h"

#include <QString>

// `check --format nagios` and `--format prometheus`: a run as a monitoring plugin's output and as the Prometheus text
// exposition format, for monitoring systems that keep watch after the setup.
namespace mailready::cli {

// The monitoring plugins' states and exit codes (https://www.monitoring-plugins.org/doc/guidelines.html, "Plugin
// Return Codes").
enum PluginState { PluginOk = 0, PluginWarning = 1, PluginCritical = 2, PluginUnknown = 3 };

// fail -> CRITICAL, unknown -> UNKNOWN, warn -> WARNING, pass -> OK (skipped: OK, it asks for nothing).
PluginState pluginState(Status status);
QString pluginStateName(PluginState state); // "OK", "WARNING", "CRITICAL", "UNKNOWN"

// The plugin output of a run: "MAILREADY STATE - summary | perfdata", then one line per check that ran.
QString nagiosOutput(const Report& report);
// The plugin's exit code for the run: the state of its worst check.
int nagiosExitCode(const Report& report);
// The plugin output when no check could run (a usage error): "MAILREADY UNKNOWN - why".
QString nagiosUnknownOutput(const QString& why);

// The run in the Prometheus text exposition format (version 0.0.4), for node_exporter's textfile collector.
QString prometheusOutput(const Report& report);
// A label value between its double quotes: backslash, double quote and line feed escaped.
QString prometheusLabelValue(const QString& value);
// The value of mailready_check_status: 0 pass, 1 warn, 2 unknown, 3 fail (the contract's order, so that max() is the
// worst), -1 skipped.
int prometheusStatusValue(Status status);

} // namespace mailready::cli
