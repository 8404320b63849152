#!/usr/bin/python3
"""Checks that a translation file is complete and current.

Usage: check_ts.py LUPDATE TS_FILE SOURCE_DIR...

lupdate extracts every tr() text of the given source folders into a fresh .ts in a temporary folder; the committed
file must hold exactly those texts (none missing, none left over from removed code), each with a finished
translation (every plural form, for %n texts) that keeps the placeholders (%1, %2, ..., %n), the line breaks and
exactly one mnemonic (&) where the source has one.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            result[key] = message.find("translation")
    return result


def mnemonics(text):
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def main():
    lupdate, ts_file, sources = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                       check=True)
        expected = messages(fresh)
    committed = messages(ts_file)
    if not expected:
        problems.append("lupdate found no tr() texts at all")
    for key in sorted(set(expected) - set(committed)):
        problems.append(f"missing from {ts_file.name}: {key[0]}: {key[1]!r}")
    for key in sorted(set(committed) - set(expected)):
        problems.append(f"no longer in the sources: {key[0]}: {key[1]!r}")
    for key, translation in committed.items():
        context, source, _ = key
        kind = translation.get("type") if translation is not None else "missing"
        if kind:
            problems.append(f"{kind}: {context}: {source!r}")
            continue
        # A %n message holds one <numerusform> per plural form of the language; every form must be complete.
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if not forms:
            forms = [translation.text or ""]
        elif "%n" not in source:
            problems.append(f"plural forms for a text without %n: {context}: {source!r}")
        for text in forms:
            if not text.strip():
                problems.append(f"empty translation: {context}: {source!r}")
                continue
            if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            if "%n" in source and "%n" not in text:
                problems.append(f"%n missing: {source!r} -> {text!r}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"line breaks differ: {source!r} -> {text!r}")
            if mnemonics(source) != mnemonics(text):
                problems.append(f"mnemonic differs: {source!r} -> {text!r}")
    for problem in problems:
        print(problem)
    print(f"{len(expected)} texts in the sources, {len(committed)} in {ts_file.name}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
