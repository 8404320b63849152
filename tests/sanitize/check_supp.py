#!/usr/bin/python3
"""The leak suppressions name system libraries only, each with its reason.

tests/sanitize/lsan.supp may hold `leak:LIBRARY.so.N` lines for libraries outside this project, each directly below
a comment that says why. A pattern that could match MailReady's own code (a function, a source file, a library
without a .so name, a wildcard) fails, and so does a library MailReady calls directly (Qt, OpenSSL, ldns, the C and
C++ runtimes): LeakSanitizer drops a leak when any frame of its stack lies in a suppressed library, so suppressing
one of those would hide leaks of objects MailReady itself owns.
Usage: check_supp.py lsan.supp
"""
import re
import sys

path = sys.argv[1]
errors = []
reason = False
with open(path, encoding="utf-8") as f:
    for number, raw in enumerate(f, 1):
        line = raw.strip()
        if not line:
            reason = False
            continue
        if line.startswith("#"):
            reason = len(line.lstrip("#").strip()) > 0
            continue
        if not re.fullmatch(r"leak:lib[A-Za-z0-9_+-]+\.so(\.[0-9]+)*", line):
            errors.append(f"{path}:{number}: '{line}' is not a system library (leak:libNAME.so.N)")
        elif re.search(r"mailready", line, re.IGNORECASE):
            errors.append(f"{path}:{number}: '{line}' names MailReady's own code")
        elif re.match(r"leak:lib(Qt6[A-Za-z]*|ssl|crypto|ldns|stdc\+\+|c|m|gcc_s|pthread)\.so", line):
            errors.append(f"{path}:{number}: '{line}' is a library MailReady calls directly; it would hide our leaks")
        elif not reason:
            errors.append(f"{path}:{number}: '{line}' has no comment above it saying why")
for e in errors:
    print(e)
if errors:
    print("check_supp: a leak in MailReady's own code is fixed, never suppressed")
    sys.exit(1)
print(f"check_supp: {path} suppresses system libraries only, each with its reason")
