#!/usr/bin/python3
"""Evaluates SPF cases with Debian's pyspf (python3-spf) against one nameserver, for cross-checking MailReady.

Usage: pyspf_check.py PORT  (cases on stdin, one JSON object per line: {"ip", "domain", "sender", "helo"})
Prints one JSON object per case: {"result", "explanation"}. pyspf's DNS lookup function is replaced by one that asks
only 127.0.0.1:PORT through dnspython, so the system's resolvers are never used.
"""
import json
import sys

import dns.exception
import dns.resolver
import spf


def make_lookup(port):
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = port
    resolver.lifetime = 5.0

    def lookup(name, qtype, tcpfallback=True, timeout=30):
        out = []
        try:
            answers = resolver.resolve(name, qtype, raise_on_no_answer=False)
        except dns.resolver.NXDOMAIN:
            return out
        except (dns.exception.Timeout, dns.resolver.NoNameservers) as e:
            raise spf.TempError("DNS " + str(e))
        rrset = answers.rrset
        if rrset is None:
            return out
        for rdata in rrset:
            if qtype in ("A", "AAAA"):
                out.append(((name, qtype), rdata.address))
            elif qtype == "MX":
                out.append(((name, qtype), (rdata.preference, rdata.exchange)))
            elif qtype == "PTR":
                out.append(((name, qtype), rdata.target.to_text(True)))
            elif qtype in ("TXT", "SPF"):
                out.append(((name, qtype), list(rdata.strings)))
        return out

    return lookup


def main():
    spf.DNSLookup = make_lookup(int(sys.argv[1]))
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        case = json.loads(line)
        q = spf.query(i=case["ip"], s=case["sender"], h=case["helo"])
        result, _code, explanation = q.check()
        print(json.dumps({"result": result, "explanation": explanation}), flush=True)


if __name__ == "__main__":
    main()
