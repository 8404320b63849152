#!/usr/bin/env python3
"""`mailready check --format nagios` and `--format prometheus` on the test zones, read by real consumers.

  check_formats.py MAILREADY STATE_DIR

For a passing (good.demo), a failing (bad.demo) and two unknown runs (a resolver that answers SERVFAIL, one that
never answers) and a usage error:
- nagios: the output follows the grammar of the monitoring plugins' guidelines
  (https://www.monitoring-plugins.org/doc/guidelines.html: "Plugin Output", "Plugin Return Codes", "Performance
  data"), its state word and exit code agree (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) and match the statuses of
  `--json` for the same run (fail -> CRITICAL, else unknown -> UNKNOWN, else warn -> WARNING, else OK); the
  monitoring plugins' own `negate` runs it as a plugin and swaps OK and CRITICAL in its exit code and its text.
- prometheus: `promtool check metrics` (Prometheus's own parser and linter) accepts it, and the samples carry the
  statuses of `--json` in the documented encoding; the exit code is the contract's (0, 1, 2).
The tools come from scripts/setup (Debian packages prometheus and monitoring-plugins-basic); this test is part of the
full run and fails when they are missing."""
import json, os, re, shutil, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.normpath(os.path.join(here, "..", ".."))
sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.join(src, "tests", "golden"))
from golden import fixture_env  # noqa: E402  (the DNS fixture's ports, as the goldens read them)

NEGATE = "/usr/lib/nagios/plugins/negate"

PLUGIN_CODE = {"OK": 0, "WARNING": 1, "CRITICAL": 2, "UNKNOWN": 3}
PROM_STATUS = {"pass": 0, "warn": 1, "unknown": 2, "fail": 3, "skipped": -1}
STATES = ["pass", "warn", "unknown", "fail", "skipped"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def run(binary, args, home, wrapper=()):
    env = dict(os.environ, XDG_CONFIG_HOME=home, QT_QPA_PLATFORM="offscreen", NO_COLOR="1", LC_ALL="C")
    p = subprocess.run(list(wrapper) + [binary] + args, capture_output=True, env=env, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", errors="replace")


def plugin_state(status):
    """The mapping the formats document: fail -> CRITICAL, unknown -> UNKNOWN, warn -> WARNING, pass -> OK."""
    return {"fail": "CRITICAL", "unknown": "UNKNOWN", "warn": "WARNING"}.get(status, "OK")


# --- The monitoring plugins' output grammar ---------------------------------------------------------------------
# Performance data: 'label'=value[UOM];[warn];[crit];[min];[max], space separated. A label in single quotes may hold
# anything but a lone quote (a quote is written twice); unquoted, no space, = or quote. value, min and max in class
# [-0-9.]; UOM one of the guideline's units; warn and crit in the range format ([@][start:][end], ~ for -infinity);
# trailing unfilled semicolons may be dropped.
NUM = r"-?[0-9]+(?:\.[0-9]+)?"
RANGE = rf"(?:@?(?:(?:~|{NUM})?:)?(?:{NUM})?)"
UOM = r"(?:s|ms|us|%|B|KB|MB|GB|TB|c)?"
PERF_DATUM = re.compile(
    rf"(?P<label>'(?:[^']|'')+'|[^'= ]+)=(?P<value>{NUM})(?P<uom>{UOM})"
    rf"(?:;(?P<warn>{RANGE})(?:;(?P<crit>{RANGE})(?:;(?P<min>{NUM})?(?:;(?P<max>{NUM})?)?)?)?)?"
)
STATUS_LINE = re.compile(r"^MAILREADY (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+?)(?: \| (.+))?$")


def parse_perfdata(text, where):
    data = {}
    pos = 0
    while pos < len(text):
        m = PERF_DATUM.match(text, pos)
        if not check(m is not None, f"{where}: performance data not in the guidelines' form at: {text[pos:]!r}"):
            return data
        label = m.group("label")
        if label.startswith("'"):
            label = label[1:-1].replace("''", "'")
        data[label] = m
        pos = m.end()
        if pos < len(text):
            check(text[pos] == " ", f"{where}: performance data not space separated at: {text[pos:]!r}")
            pos += 1
    return data


def check_nagios(name, code, out, json_doc):
    where = f"nagios {name}"
    lines = out.split("\n")
    check(out.endswith("\n"), f"{where}: output does not end with a line feed")
    m = STATUS_LINE.match(lines[0])
    if not check(m is not None, f"{where}: first line is not 'MAILREADY STATE - text | perfdata': {lines[0]!r}"):
        return
    state, text, perf = m.groups()
    check(code == PLUGIN_CODE[state], f"{where}: state {state} but exit code {code}")
    # Long text: the lines after the first hold no '|' (it would start more performance data).
    for line in lines[1:]:
        check("|" not in line, f"{where}: '|' in a long-text line: {line!r}")
    if json_doc is None:  # a usage error: a status line, nothing to measure
        check(perf is None, f"{where}: performance data on a usage error")
        return
    want = plugin_state(json_doc["status"])
    check(state == want, f"{where}: state {state}, but --json says {json_doc['status']} (want {want})")
    check(text.startswith(json_doc["domain"] + ": "), f"{where}: text does not start with the domain: {text!r}")
    data = parse_perfdata(perf or "", where)
    ran = [c for c in json_doc["checks"] if c["status"] != "skipped"]
    for c in json_doc["checks"]:
        datum = data.get(c["id"])
        if c["status"] == "skipped":
            check(datum is None, f"{where}: skipped check {c['id']} has performance data")
            continue
        if not check(datum is not None, f"{where}: no performance data for {c['id']}"):
            continue
        check(datum.group("value") == str(PLUGIN_CODE[plugin_state(c["status"])]),
              f"{where}: {c['id']} is {c['status']} but its performance data says {datum.group(0)}")
        check((datum.group("min"), datum.group("max")) == ("0", "3"), f"{where}: {c['id']} min/max: {datum.group(0)}")
        named = f"({c['id']}" in text or f", {c['id']}" in text
        check(named == (c["status"] != "pass"), f"{where}: {c['id']} ({c['status']}) named in the text or not: {text!r}")
    check(data.get("duration") is not None and data["duration"].group("uom") == "s", f"{where}: no duration in s")
    dnsbl = next((c for c in json_doc["checks"] if c["id"] == "dnsbl"), None)
    if dnsbl and dnsbl["status"] != "skipped":
        items = [i for i in dnsbl["items"] if i["status"] != "skipped"]
        listed = sum(1 for i in items if i["status"] in ("fail", "warn"))
        datum = data.get("dnsbl_listed")
        check(datum is not None and (datum.group("value"), datum.group("max")) == (str(listed), str(len(items))),
              f"{where}: dnsbl_listed should be {listed} of {len(items)}: {datum and datum.group(0)}")
    body = [line for line in lines[1:] if line]
    check(len(body) == len(ran), f"{where}: {len(body)} long-text lines for {len(ran)} checks that ran")
    for line, c in zip(body, ran):
        check(line.startswith(f"[{plugin_state(c['status'])}] {c['id']}: "), f"{where}: long-text line {line!r}")


def check_negate(name, binary, args, home, state):
    """negate runs MailReady as a plugin: by default it swaps OK and CRITICAL, and -s swaps the words in the text."""
    # negate starts the plugin with an environment of its own, so env(1) passes the test's settings on.
    wrapper = [NEGATE, "-s", "-t", "60", "/usr/bin/env", "XDG_CONFIG_HOME=" + home, "LC_ALL=C"]
    code, out, err = run(binary, args, home, wrapper)
    swapped = {"OK": "CRITICAL", "CRITICAL": "OK"}.get(state, state)
    check(code == PLUGIN_CODE[swapped], f"negate {name}: exit {code}, want {PLUGIN_CODE[swapped]} ({err.strip()})")
    check(out.startswith(f"MAILREADY {swapped} - "), f"negate {name}: output {out.splitlines()[:1]}")


# --- The Prometheus text exposition format -----------------------------------------------------------------------
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\} (\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"')


def check_prometheus(name, code, out, json_doc, started, promtool):
    where = f"prometheus {name}"
    p = subprocess.run([promtool, "check", "metrics"], input=out.encode(), capture_output=True, timeout=60)
    check(p.returncode == 0 and not p.stdout.strip() and not p.stderr.strip(),
          f"{where}: promtool check metrics: exit {p.returncode}: {(p.stdout + p.stderr).decode(errors='replace')}")
    want_code = {"fail": 1, "unknown": 2}.get(json_doc["status"], 0)
    check(code == want_code, f"{where}: exit {code}, the contract's code for {json_doc['status']} is {want_code}")
    samples = {}
    for line in out.splitlines():
        if line.startswith("#"):
            check(re.match(r"^# (HELP|TYPE) mailready_[a-z_]+ ", line) is not None, f"{where}: comment {line!r}")
            continue
        m = SAMPLE.match(line)
        if not check(m is not None, f"{where}: not a sample line: {line!r}"):
            continue
        labels = tuple(sorted(LABEL.findall(m.group(2))))
        samples[(m.group(1), labels)] = float(m.group(3))
    domain = ("domain", json_doc["domain"])

    def value(metric, **labels):
        return samples.get((metric, tuple(sorted([domain] + list(labels.items())))))

    for c in json_doc["checks"]:
        got = value("mailready_check_status", check=c["id"])
        check(got == PROM_STATUS[c["status"]], f"{where}: mailready_check_status of {c['id']} is {got}, "
              f"want {PROM_STATUS[c['status']]} ({c['status']})")
        hot = [s for s in STATES if value("mailready_check_state", check=c["id"], state=s) == 1]
        zero = [s for s in STATES if value("mailready_check_state", check=c["id"], state=s) == 0]
        check(hot == [c["status"]] and len(zero) == 4, f"{where}: one-hot state of {c['id']}: {hot} / {zero}")
    check(value("mailready_status") == PROM_STATUS[json_doc["status"]], f"{where}: mailready_status")
    stamp = value("mailready_last_run_timestamp_seconds")
    check(stamp is not None and started - 1 <= stamp <= time.time() + 1,
          f"{where}: mailready_last_run_timestamp_seconds {stamp} is not the time of this run ({started})")


def check_cron_line(binary, args, home, state, promtool):
    """The README's cron line, run by sh as cron would, into a directory of its own: the file appears whole, readable
    by others, and a usage error leaves it as it was."""
    with open(os.path.join(src, "README.md"), encoding="utf-8") as f:
        lines = [l for l in f if l.startswith("*/15 * * * * root cd /var/lib/prometheus/node-exporter")]
    if not check(len(lines) == 1, "README.md: no cron line for the textfile collector"):
        return
    command = lines[0].split(" ", 6)[6].strip()
    directory = tempfile.mkdtemp(prefix="textfile-", dir=state)
    command = command.replace("/var/lib/prometheus/node-exporter", directory)
    env = dict(os.environ, XDG_CONFIG_HOME=home, LC_ALL="C", PATH=os.path.dirname(binary) + ":/usr/bin:/bin")

    def cron(extra):
        line = command.replace("mailready check --domain example.com", "mailready check " + " ".join(extra))
        check(line != command, "the cron line does not run 'mailready check --domain example.com'")
        return subprocess.run(["/bin/sh", "-c", line], env=env, capture_output=True, timeout=120)

    cron(args)
    target = os.path.join(directory, "mailready.prom")
    if not check(os.path.exists(target), f"cron line: no {target}; left: {os.listdir(directory)}"):
        return
    check(os.stat(target).st_mode & 0o777 == 0o644, f"cron line: mode {oct(os.stat(target).st_mode)}")
    check(os.listdir(directory) == ["mailready.prom"], f"cron line left files behind: {os.listdir(directory)}")
    with open(target, "rb") as f:
        first = f.read()
    p = subprocess.run([promtool, "check", "metrics"], input=first, capture_output=True, timeout=60)
    check(p.returncode == 0, f"cron line: promtool: {p.stdout + p.stderr}")
    cron(["--domain", "not a domain"])
    with open(target, "rb") as f:
        check(f.read() == first, "cron line: a usage error replaced the file")
    check(os.listdir(directory) == ["mailready.prom"], f"cron line left files behind: {os.listdir(directory)}")


def tool(path_or_name, package):
    found = shutil.which(path_or_name)
    if not found:
        print(f"FAIL: {path_or_name} is missing: install the Debian package {package} (scripts/setup does)")
        sys.exit(1)
    return found


def main():
    binary, state = sys.argv[1], sys.argv[2]
    promtool = tool("promtool", "prometheus")
    tool(NEGATE, "monitoring-plugins-basic")
    env = fixture_env(state)
    home = tempfile.mkdtemp(prefix="formats-home-", dir=state)
    ns = "127.0.0.1:" + env["NSD_PORT"]
    catalog = os.path.join(src, "resources", "demo", "catalog.json")
    cases = {
        "pass": ["--domain", "good.demo", "--ip", "198.19.25.25", "--dnsbl-catalog", catalog, "--nameserver", ns],
        "fail": ["--domain", "bad.demo", "--ip", "198.19.66.66", "--dnsbl-catalog", catalog, "--nameserver", ns],
        "unknown-servfail": ["--domain", "example.test", "--ip", "192.0.2.10", "--dnsbl", "dnsbl.test",
                             "--nameserver", "127.0.0.1:" + env["SERVFAIL_PORT"], "--timeout", "500"],
        "unknown-timeout": ["--domain", "example.test", "--ip", "192.0.2.10", "--dnsbl", "dnsbl.test",
                            "--nameserver", "127.0.0.1:" + env["SILENT_PORT"], "--timeout", "300"],
    }
    want_state = {"pass": "OK", "fail": "CRITICAL", "unknown-servfail": "UNKNOWN", "unknown-timeout": "UNKNOWN"}
    for name, args in cases.items():
        code, out, err = run(binary, ["check"] + args + ["--json"], home)
        try:
            doc = json.loads(out)
        except ValueError:
            check(False, f"{name}: --json gave no JSON (exit {code}): {err}")
            continue
        check(plugin_state(doc["status"]) == want_state[name], f"{name}: the fixture gives {doc['status']}")
        code, out, err = run(binary, ["check"] + args + ["--format", "nagios"], home)
        print(f"--- nagios {name} (exit {code})\n{out}", end="")
        check_nagios(name, code, out, doc)
        check_negate(name, binary, ["check"] + args + ["--format", "nagios"], home, want_state[name])
        started = time.time()
        code, out, err = run(binary, ["check"] + args + ["--format", "prometheus"], home)
        print(f"--- prometheus {name} (exit {code}): {len(out.splitlines())} lines")
        check_prometheus(name, code, out, doc, started, promtool)

    check_cron_line(binary, cases["fail"], home, state, promtool)

    # A usage error: under --format nagios the plugins' UNKNOWN (3) with a status line; otherwise the contract's 64.
    for args in (["check", "--format", "nagios"], ["check", "--domain", "good.demo", "--ip", "300.1.1.1",
                                                   "--format=nagios"], ["check", "--bogus", "--format", "nagios"]):
        code, out, err = run(binary, args, home)
        print(f"--- nagios usage error {args} (exit {code})\n{out}", end="")
        check_nagios("usage error", code, out, None)
        check(out.startswith("MAILREADY UNKNOWN - ") and code == 3, f"usage error {args}: {code} {out!r}")
        check(err.startswith("mailready: "), f"usage error {args}: no message on stderr: {err!r}")
    code, out, err = run(binary, ["check", "--format", "prometheus"], home)
    check(code == 64 and not out, f"prometheus usage error: exit {code}, stdout {out!r}")

    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    print("all formats read as their consumers expect")
    return 0


if __name__ == "__main__":
    sys.exit(main())
