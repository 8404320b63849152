#!/usr/bin/env python3
"""The wizard (ui/) reads what core found from typed details (CheckResult::detailsAs<T>(), dns::Answer evidence),
never from JSON, and names checks by their constants (checks/CheckIds.h), never by string literal. So a renamed
JSON key or id cannot silently blank a page. Fails with the offending lines.

  wizard_reads_no_json.py UI_FOLDER"""
import os, re, sys

IDS = ["public-ip", "ptr", "fcrdns", "ehlo", "dnsbl", "spf", "dkim", "dmarc", "smtp", "port25", "address-change"]
RULES = [
    (re.compile(r"\bQJson\w*|\.fields\b"), "reads JSON from core: use the check's typed details instead"),
    (re.compile(r'(QStringLiteral|QLatin1String|u)\(?"(%s)"' % "|".join(map(re.escape, IDS))),
     "names a check by string: use checkid:: (checks/CheckIds.h)"),
]


def main():
    bad = 0
    for root, _, files in os.walk(sys.argv[1]):
        for f in sorted(files):
            if not f.endswith((".cpp", ".h")):
                continue
            path = os.path.join(root, f)
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                code = line.split("//")[0]
                for rule, why in RULES:
                    if rule.search(code):
                        bad += 1
                        print(f"{path}:{n}: {why}: {line.strip()}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
