#!/usr/bin/env bash
# The manual page formats without a single warning (groff -ww and man --warnings), and documents every command and
# every option that the program's own --help lists, so the page cannot silently fall behind the program.
# Its header names the project's version.
# Usage: manpage.sh MAN_PAGE MAILREADY_BINARY VERSION
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
page=${1:?man page}
binary=${2:?mailready binary}
version=${3:?project version}

grep -qE "^\.TH MAILREADY 1 [0-9-]+ \"MailReady ${version//./\\.}\"" "$page" ||
    fail "$page: the .TH line does not name \"MailReady $version\": $(grep '^\.TH' "$page")"

warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "groff -man -ww: $warnings"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man failed: $warnings"
[ -z "$warnings" ] || fail "man --warnings: $warnings"
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)

missing=()
for command in $(help_commands "$binary"); do
    grep -qE "^ +mailready $command( |$)" <<<"$text" || missing+=("command '$command' in SYNOPSIS")
    for option in $(help_options "$binary" "$command"); do
        grep -qE -- "(^|[^a-z-])$option([^a-z0-9-]|$)" <<<"$text" || missing+=("option $option of '$command'")
    done
done
for option in $(help_options "$binary") --version; do
    grep -qE -- "(^|[^a-z-])$option([^a-z0-9-]|$)" <<<"$text" || missing+=("global option $option")
done
[ ${#missing[@]} -eq 0 ] || fail "$page does not document: ${missing[*]}"
echo "man page $page: no warnings; documents commands $(help_commands "$binary" | tr '\n' ' ')and all their options"
