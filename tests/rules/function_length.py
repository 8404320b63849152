#!/usr/bin/env python3
"""Measures every function body in the C++ sources under the given folders and fails when one is 80 lines or longer,
unless it is named in the backlog file (functions still waiting to be split). A backlog entry that is no longer too
long fails too, so the list only ever shrinks.

  function_length.py [--limit N] [--backlog FILE] [--report] FOLDER...

The measurement is a small lexer, not a compiler: comments, string and character literals are blanked, then braces
are matched. A brace opens a function body when it stands at namespace or class scope right after ")" or after
const/override/final/noexcept/mutable; lambdas and blocks inside a body count towards that body. Length = lines from
the opening to the closing brace, both included."""
import argparse, os, re, sys

QUALIFIERS = {"const", "override", "final", "noexcept", "mutable"}


def blank(text):
    """Comments and literals replaced by spaces, newlines kept (so line numbers stay)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if m:
                end = text.find(")" + m.group(1) + '"', i)
                end = n if end < 0 else end + len(m.group(1)) + 2
                out.append(re.sub(r"[^\n]", " ", text[i:end])); i = end
            else:
                out.append(c); i += 1
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (min(j + 1, n) - i)); i = j + 1
        else:
            out.append(c); i += 1
    return "".join(out)


def functions(path):
    text = blank(open(path, encoding="utf-8", errors="replace").read())
    tokens = re.finditer(r"[A-Za-z_]\w*|\S", text)
    stack = []  # scope kinds: "ns", "class", "fn", "block"
    found, prev, head = [], [], []  # prev: recent tokens; head: tokens since the last ; { }
    for m in tokens:
        t = m.group(0)
        if t == "{":
            inside_fn = "fn" in stack
            last = prev[-1] if prev else ""
            if inside_fn:
                kind = "block"
            elif "namespace" in head:
                kind = "ns"
            elif any(k in head for k in ("class", "struct", "union", "enum")) and "(" not in head:
                kind = "class"
            elif last == ")" or last in QUALIFIERS:
                kind = "fn"
            else:
                kind = "block"
            line = text.count("\n", 0, m.start()) + 1
            name = " ".join(head)
            stack.append((kind, line, name))
            head = []
        elif t == "}":
            if stack:
                kind, line, name = stack.pop()
                if kind == "fn" and "fn" not in [k for k, _, _ in stack]:
                    end = text.count("\n", 0, m.start()) + 1
                    found.append((end - line + 1, path, line, name))
            head = []
        elif t == ";":
            head = []
        else:
            head.append(t)
        prev = (prev + [t])[-3:]
    return found


def signature(name):
    """A stable key for a function: its qualified name ("DnsblCheck::run", "parseTerm")."""
    before = re.sub(r"\s*:\s*:\s*", "::", name.split("(")[0]).strip()
    before = re.sub(r"operator\s+(\S+)\s*(\S*)", r"operator\1\2", before)
    return before.split()[-1] if before.split() else "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--backlog")
    ap.add_argument("--report", action="store_true", help="print the longest functions and exit 0")
    ap.add_argument("folders", nargs="+")
    a = ap.parse_args()
    found = []
    for folder in a.folders:
        for root, _, files in os.walk(folder):
            for f in sorted(files):
                if f.endswith((".cpp", ".h")):
                    found += functions(os.path.join(root, f))
    found.sort(key=lambda r: -r[0])
    if a.report:
        for length, path, line, name in found[:25]:
            print(f"{length:4d}  {path}:{line}  {signature(name)}")
        return 0
    backlog = {}
    if a.backlog:
        for l in open(a.backlog, encoding="utf-8"):
            l = l.strip()
            if l and not l.startswith("#"):
                path, _, key = l.partition(" ")
                backlog[(path, key.strip())] = False
    failed = 0
    for length, path, line, name in found:
        if length < a.limit:
            break
        rel = os.path.relpath(path, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
        key = (rel, signature(name))
        if key in backlog:
            backlog[key] = True
            continue
        failed += 1
        print(f"{rel}:{line}: {signature(name)} is {length} lines (limit: under {a.limit}); split it")
    for (path, key), seen in backlog.items():
        if not seen:
            failed += 1
            print(f"{path}: {key} is in the backlog but no longer {a.limit} lines or more: remove it from the list")
    longest = found[0] if found else (0, "", 0, "")
    print(f"longest function: {longest[0]} lines, {longest[1]}:{longest[2]} {signature(longest[3])}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
