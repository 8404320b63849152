#!/usr/bin/env bash
# The bash completion offers every command and every option that the program's --help lists, in the right place,
# and completes option values where there is a fixed set.
# Usage: bash_completion.sh COMPLETION_FILE MAILREADY_BINARY
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
file=${1:?completion file}
binary=${2:?mailready binary}

bash -n "$file" || fail "$file has a syntax error"
# shellcheck source=/dev/null
. "$file"
complete -p mailready | grep -q -- '-F _mailready' || fail "$file does not register a completion for mailready"

# What completing at the end of LINE offers, one word per line.
offers() {
    COMP_LINE=$1
    COMP_POINT=${#1}
    COMPREPLY=()
    _mailready
    printf '%s\n' "${COMPREPLY[@]}"
}
# (The offers are captured first: 'offers | grep -q' would race, grep -q closing the pipe early under pipefail.)
expect() { # LINE WORD: completing LINE offers WORD
    local got
    got=$(offers "$1")
    grep -qxF -- "$2" <<<"$got" || fail "completing '$1' does not offer '$2' (offers: $(tr '\n' ' ' <<<"$got"))"
}
refuse() { # LINE WORD: completing LINE does not offer WORD
    local got
    got=$(offers "$1")
    ! grep -qxF -- "$2" <<<"$got" || fail "completing '$1' offers '$2', which does not belong there"
}

count=0
for command in $(help_commands "$binary"); do
    expect "mailready " "$command"
    expect "mailready --nameserver [::1]:5353 ${command:0:2}" "$command"
    for option in $(help_options "$binary" "$command"); do
        [ "$option" = --help ] && continue
        expect "mailready $command --" "$option"
        count=$((count + 1))
    done
done
for option in $(help_options "$binary"); do
    expect "mailready --" "$option"
done
# The other way round: every option offered after a command (and its action) is one its --help lists, so the
# completion cannot offer what the command refuses (watch takes none of check's report options).
global_options=$(help_options "$binary")
for line in check spf records message bounce "dkim keygen" "dkim import" "watch install" "watch remove" \
    "watch status" "watch run"; do
    command=${line%% *}
    # (Qt's help shows a one-letter option such as records' --a as -a.)
    accepted=$(help_options "$binary" "$command"; "$binary" "$command" --help |
        sed -n -E 's/^ +-([a-z])( .*)?$/--\1/p'; printf '%s\n' "$global_options")
    for option in $(offers "mailready $line --"); do
        grep -qxF -- "$option" <<<"$accepted" ||
            fail "completing 'mailready $line --' offers '$option', which 'mailready $command --help' does not list"
        count=$((count + 1))
    done
done
refuse "mailready watch run --" --every
expect "mailready watch install --" --every
expect "mailready --" --version
refuse "mailready check --" --version
refuse "mailready spf --" --selector
expect "mailready dkim keygen --algorithm " ed25519
expect "mailready dkim keygen --algorithm " rsa-2048
refuse "mailready check --domain " check
echo "bash completion $file: all commands and $count command options offered"
