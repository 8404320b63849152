# shellcheck shell=bash
# Shared helpers for the package tests (sourced). Each test prints what it checked and exits non-zero on the first
# problem, so a failure names the file and the line that is wrong.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The commands 'mailready --help' lists under "Commands:", one per line.
help_commands() {
    "$1" --help | awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}'
}

# The long options 'mailready [COMMAND] --help' lists (the first option of each option line), one per line.
help_options() {
    local binary=$1
    shift
    "$binary" "$@" --help | sed -n -E 's/^ +(-[a-zA-Z], )?(--[a-z0-9][a-z0-9-]*).*/\2/p' | sort -u
}
