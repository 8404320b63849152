#!/usr/bin/env bash
# Every C++ file of the project is formatted as .clang-format says; prints the first differences otherwise.
# Fix with: clang-format-14 -i FILE...   Usage: clang_format.sh SOURCE_DIR
set -euo pipefail
cd "${1:?source dir}"
format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$format" ]; then
    echo "clang-format-14 is not installed (scripts/setup installs it)" >&2
    exit 1
fi
mapfile -t files < <(find core ui app tests fuzz tools \( -name '*.cpp' -o -name '*.h' \) -type f | sort)
"$format" --style=file --dry-run -Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
