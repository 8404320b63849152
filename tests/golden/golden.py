#!/usr/bin/env python3
"""Runs `mailready check --json` for every line of cases.txt against the DNS fixture and compares the normalised
output (and exit code) with the recorded goldens, so a refactoring that changes what `check` prints fails here.

  golden.py MAILREADY STATE_DIR            compare (exit 1 on any difference, with a diff)
  golden.py MAILREADY STATE_DIR --record   write the goldens anew (from a build whose output is the reference)

Normalised: the fixture's ports (they change every run), query times ("ms"), the run's timestamps, the source
folder, and the order of evidence entries (queries run in parallel and finish in any order)."""
import difflib, json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.normpath(os.path.join(here, "..", ".."))


def fixture_env(state):
    env = {}
    with open(os.path.join(state, "env")) as f:
        for line in f:
            k, _, v = line.strip().partition("=")
            env[k] = v
    return env


VOLATILE = {"ms", "started", "finished"}  # query times and the run's timestamps


def normalise(value, ports):
    if isinstance(value, dict):
        return {k: (0 if k in VOLATILE else normalise(v, ports)) for k, v in value.items()}
    if isinstance(value, list):
        items = [normalise(v, ports) for v in value]
        return items
    if isinstance(value, str):
        for port, name in ports.items():
            value = value.replace(port, name)
        return value.replace(src, "@SRC@")
    return value


def sort_evidence(value):
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = sort_evidence(v)
            if k == "evidence" and isinstance(v, list):
                v = sorted(v, key=lambda e: json.dumps(e, sort_keys=True))
            out[k] = v
        return out
    if isinstance(value, list):
        return [sort_evidence(v) for v in value]
    return value


def run_case(binary, args, env):
    home = os.path.join(env["_STATE"], "golden-home")
    os.makedirs(home, exist_ok=True)
    proc_env = dict(os.environ, XDG_CONFIG_HOME=home, QT_QPA_PLATFORM="offscreen", NO_COLOR="1", LANG="C",
                    LC_ALL="C", LANGUAGE="")
    p = subprocess.run([binary] + args, capture_output=True, env=proc_env, timeout=120)
    try:
        doc = json.loads(p.stdout)
    except ValueError:
        doc = {"unparsable stdout": p.stdout.decode(errors="replace")}
    ports = {"127.0.0.1:" + env["NSD_PORT"]: "@NS@", "127.0.0.1:" + env["SERVFAIL_PORT"]: "@SERVFAIL@"}
    return {"exit": p.returncode, "output": sort_evidence(normalise(doc, ports))}


def main():
    binary, state = sys.argv[1], sys.argv[2]
    record = "--record" in sys.argv[3:]
    env = fixture_env(state)
    env["_STATE"] = state
    subst = {"@NS@": "127.0.0.1:" + env["NSD_PORT"], "@SERVFAIL@": "127.0.0.1:" + env["SERVFAIL_PORT"], "@SRC@": src}
    failed = 0
    with open(os.path.join(here, "cases.txt")) as f:
        cases = [l.split() for l in f if l.strip() and not l.startswith("#")]
    for name, *args in cases:
        args = [re.sub("@[A-Z]+@", lambda m: subst[m.group(0)], a) for a in args]
        got = json.dumps(run_case(binary, args, env), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        path = os.path.join(here, "expected", name + ".json")
        if record:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as out:
                out.write(got)
            print("recorded", name)
            continue
        with open(path, encoding="utf-8") as f:
            want = f.read()
        if got != want:
            failed += 1
            print("DIFFERENT:", name)
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "golden", "now"))
        else:
            print("same:", name)
    if failed:
        print(f"{failed} of {len(cases)} `check --json` outputs differ from the goldens")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
