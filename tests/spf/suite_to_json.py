#!/usr/bin/python3
"""Converts an OpenSPF YAML test suite (rfc7208-tests.yml, rfc4408-tests.yml) to JSON for the C++ test driver.

Qt has no YAML parser; this runs at test time so no converted copy is ever stored. Character strings are given as
hex of their bytes: the suite writes raw bytes as "\\xNN" escapes, which YAML reads as code points below 256, so
such strings are encoded as Latin-1; anything else (real non-ASCII text) as UTF-8.
"""
import json
import sys

import yaml


def to_bytes(value):
    text = str(value)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def record(entry):
    if entry == "TIMEOUT":
        return {"type": "TIMEOUT"}
    if not isinstance(entry, dict) or len(entry) != 1:
        raise ValueError("unexpected zone entry %r" % (entry,))
    (rtype, value), = entry.items()
    if rtype in ("TXT", "SPF"):
        if value == "NONE":
            return {"type": rtype, "none": True}
        strings = value if isinstance(value, list) else [value]
        return {"type": rtype, "strings_hex": [to_bytes(s).hex() for s in strings]}
    if rtype == "MX":
        return {"type": "MX", "preference": int(value[0]), "target": str(value[1])}
    return {"type": rtype, "value": str(value)}


def main():
    with open(sys.argv[1], "rb") as f:
        documents = list(yaml.safe_load_all(f))
    scenarios = []
    for doc in documents:
        if not doc:
            continue
        tests = []
        for name, t in doc.get("tests", {}).items():
            result = t["result"]
            tests.append({
                "name": name,
                "spec": str(t.get("spec", "")),
                "host": str(t["host"]),
                "mailfrom": str(t.get("mailfrom", "")),
                "helo": str(t.get("helo", "")),
                "results": result if isinstance(result, list) else [result],
                "explanation": t.get("explanation"),
            })
        zone = {}
        for owner, entries in (doc.get("zonedata") or {}).items():
            zone[str(owner)] = [record(e) for e in entries]
        scenarios.append({"description": doc.get("description", ""), "tests": tests, "zone": zone})
    json.dump({"scenarios": scenarios}, sys.stdout)


if __name__ == "__main__":
    main()
