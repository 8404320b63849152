#!/usr/bin/python3
"""Writes the seed corpus under fuzz/corpus/TARGET/ from the test zones, the shared conformance data and a few
hand-made cases. Small files only (the 60 KB TXT record is the one exception, kept once). Rerun after adding a
target or a zone; new seeds are added, existing files are left alone.

Input formats (see fuzz/targets/*.cpp):
  dns_name, dnsbl_catalog, spf_record, dmarc_record, dkim_key_record, smtp_reply, ip_echo: the raw text
  txt_presentation: one flag byte, then character-strings as on the wire (length byte + bytes)
"""
import hashlib
import os
import sys

import dns.rdatatype
import dns.zone
import yaml

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
testdata = os.path.join(shared, "testdata")
MAX = 4096


def put(target, data, limit=MAX):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > limit:
        return
    d = os.path.join(root, "fuzz", "corpus", target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    path = os.path.join(d, name)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)


# Every TXT record of every test zone, as its wire strings and as joined text.
txts = []
zones_dir = os.path.join(root, "tests", "dns", "zones")
for fn in sorted(os.listdir(zones_dir)):
    origin = fn[: -len(".zone")]
    z = dns.zone.from_file(os.path.join(zones_dir, fn), origin=origin, relativize=False, check_origin=False)
    for name, node in z.nodes.items():
        for rds in node.rdatasets:
            if rds.rdtype == dns.rdatatype.TXT:
                for rd in list(rds)[:5]:  # a few of a big set: 500 near-copies teach the fuzzer nothing
                    txts.append(list(rd.strings))
            if rds.rdtype in (dns.rdatatype.PTR, dns.rdatatype.CNAME, dns.rdatatype.MX):
                for rd in rds:
                    put("dns_name", rd.to_text().split()[-1])
        put("dns_name", name.to_text())

big_kept = False
for strings in txts:
    wire = b"\x00" + b"".join(bytes([len(s)]) + s for s in strings)
    if len(wire) > MAX and not big_kept:
        put("txt_presentation", wire, limit=70000)
        big_kept = True
    put("txt_presentation", wire)
    joined = b"".join(strings)
    if joined.startswith(b"v=spf1"):
        put("spf_record", joined)
    if joined.startswith(b"v=DMARC1"):
        put("dmarc_record", joined)
    if joined.startswith(b"v=DKIM1") or b"p=" in joined:
        put("dkim_key_record", joined)

for text in ["example.com", "Example.COM.", "me@example.com", "https://example.com/", "bücher.example",
             "xn--bcher-kva.example", "a." * 126 + "b", "x" * 64 + ".example", "-bad-.example", "_dmarc.example.com",
             "192.0.2.1", "192.0.2.1:5353", "[2001:db8::1]:5353", "2001:db8::1", "[::1]", "localhost:53",
             "127.1", "fe80::1%eth0", "[::ffff:192.0.2.1]:65535", "1.2.3.4:0", "1.2.3.4:65536", "[", "]:53",
             "\u0000.example", "ex\u00adample.com", "xn--.example", "xn--zz.example", "\u3002example\u3002com",
             "*.example.com"]:
    put("dns_name", text)

# SPF records from the RFC 7208 and RFC 4408 suites.
for fn in ("rfc7208-tests.yml", "rfc4408-tests.yml"):
    with open(os.path.join(testdata, "spf", fn), encoding="utf-8") as f:
        for doc in yaml.safe_load_all(f):
            for name, records in (doc.get("zonedata") or {}).items():
                for rr in records or []:
                    if not isinstance(rr, dict):
                        continue
                    for kind in ("TXT", "SPF"):
                        v = rr.get(kind)
                        if isinstance(v, str):
                            v = [v]
                        if isinstance(v, list) and v and all(isinstance(s, str) for s in v):
                            joined = "".join(v)
                            put("spf_record", joined)
                            raw = [s.encode("utf-8", "surrogateescape")[:255] for s in v]
                            put("txt_presentation", b"\x00" + b"".join(bytes([len(s)]) + s for s in raw))
            for test in (doc.get("tests") or {}).values():
                if isinstance(test, dict) and isinstance(test.get("host"), str):
                    put("dns_name", test["host"])

with open(os.path.join(testdata, "dmarc", "dmarc-records.yaml"), encoding="utf-8") as f:
    for rec in (yaml.safe_load(f) or {}).get("records", []):
        if isinstance(rec, dict) and isinstance(rec.get("record"), str):
            put("dmarc_record", rec["record"])
with open(os.path.join(testdata, "dkim", "dkim-key-records.yaml"), encoding="utf-8") as f:
    for rec in (yaml.safe_load(f) or {}).get("records", []):
        if isinstance(rec, dict) and isinstance(rec.get("txt"), str):
            put("dkim_key_record", rec["txt"])

for fn in ("dnsbl-catalog.json",):
    with open(os.path.join(root, "resources", fn), "rb") as f:
        put("dnsbl_catalog", f.read(), limit=65536)
with open(os.path.join(root, "tests", "dns", "dnsbl-test-catalog.json"), "rb") as f:
    put("dnsbl_catalog", f.read())
put("dnsbl_catalog", '{"lists":[]}')
put("dnsbl_catalog", "[]")

# dnsbl_verdict: list pick, flags, family, then three answers (outcome, count, records).
def answer(outcome, records):
    out = bytes([outcome, len(records)])
    for kind, payload in records:
        out += bytes([kind]) + payload
    return out

A127 = lambda a, b, c: (0, bytes([0, a, b, c]))  # noqa: E731  127.a.b.c
healthy = answer(0, [A127(0, 0, 2)]) + answer(2, [])
put("dnsbl_verdict", bytes([255, 0, 0]) + answer(0, [A127(0, 0, 10)]) + healthy)
put("dnsbl_verdict", bytes([0, 0, 0]) + answer(0, [A127(255, 255, 254)]) + healthy)
put("dnsbl_verdict", bytes([1, 1, 0]) + answer(2, []) + healthy)
put("dnsbl_verdict", bytes([2, 0, 1]) + answer(0, [(1, bytes([192, 0, 2, 1]))]) + answer(0, [A127(0, 0, 2)]) +
    answer(0, [A127(0, 0, 2)]))
put("dnsbl_verdict", bytes([3, 2, 0]) + answer(5, []) + answer(5, []) + answer(4, []))
put("dnsbl_verdict", bytes([4, 0, 1]) + answer(0, [(2, bytes(16)), (3, b"\x05hello")]) + healthy)

# spf_eval: mode byte, address-family byte, sender (length byte + bytes), then the record every name publishes.
spf_dir = os.path.join(root, "fuzz", "corpus", "spf_record")
for fn in sorted(os.listdir(spf_dir))[:120]:
    with open(os.path.join(spf_dir, fn), "rb") as f:
        rec = f.read()
    put("spf_eval", b"\x00\x00\x00" + rec)
for rec in [b"v=spf1 exists:%{l}.%{d}.%{i}.%{ir}.%{v}.%{h}.%{s}.%{o} -all",
            b"v=spf1 include:%{d} -all", b"v=spf1 redirect=%{d}", b"v=spf1 mx:%{d}/24//64 a ptr -all",
            b"v=spf1 exists:%{d1000r-.+,/_=}.x exp=%{d} -all", b"v=spf1 ip6:2001:db8::/32 ip4:192.0.2.0/24 ?all"]:
    for sender in (b"", b"user@example.com", b"%{l}@%{d}", b"\xff\x00@"):
        put("spf_eval", bytes([0x00, 0x00, len(sender)]) + sender + rec)
        put("spf_eval", bytes([0x55, 0x01, len(sender)]) + sender + rec)

# smtp_reply: pieces as they arrive (length byte + bytes).
def pieces(data, size=7):
    out = b""
    for i in range(0, len(data), size):
        part = data[i:i + size]
        out += bytes([len(part)]) + part
    return out

for reply in [b"220 mail.example.com ESMTP Postfix\r\n",
              b"220-mail.example.com ESMTP\r\n220-second line\r\n220 last\r\n",
              b"250-mail.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-STARTTLS\r\n"
              b"250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n",
              b"554 5.7.1 Service unavailable; client blocked\r\n", b"220 bare lf\n250 ok\n",
              b"421 4.3.2 Service not available\r\n", b"220-a\r\n250 mixed codes\r\n", b"2200 too long code\r\n",
              b"220" + b"x" * 3000 + b"\r\n", b"220-" + b"220-a\r\n" * 250 + b"220 end\r\n", b"\x00\xff\r\n",
              b"220 <script>alert(1)</script>\r\n", b"220 \x1b[2J\x07\r\n"]:
    put("smtp_reply", pieces(reply), limit=8192)
    put("smtp_reply", pieces(reply, 255), limit=8192)

for body in [b"203.0.113.5\n", b"203.0.113.5", b"  2001:db8::5 \r\n", b"::ffff:192.0.2.1\n",
             b"<html><body>203.0.113.5</body></html>", b'{"ip":"203.0.113.5"}', b"1.2.3", b"fe80::1%eth0",
             b"203.0.113.5 203.0.113.6", b"", b"\x00203.0.113.5", b"A:myip.opendns.com@208.67.222.222",
             b"TXT:o-o.myaddr.l.google.com@[2001:4860:4802:32::a]:53", b"AAAA:x@bad"]:
    put("ip_echo", body)

# HTTP echo answers as web servers send them, and the ways they go wrong.
for response in [b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\n203.0.113.5\n",
                 b"HTTP/1.0 200 OK\r\n\r\n2001:db8::5",
                 b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n203.0.113.5\r\n0\r\n\r\n",
                 b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>203.0.113.5</body></html>",
                 b"HTTP/1.1 302 Found\r\nLocation: http://portal.example/login\r\n\r\n",
                 b"HTTP/1.1 404 Not Found\r\n\r\nnot here", b"HTTP/1.1 200\r\n\r\n198.51.100.7\r\n",
                 b"HTTP/1.1 200 OK\r\n", b"SSH-2.0-OpenSSH_9.2\r\n", b"HTTP/1.1 \x1b[31m500\x1b[0m\r\n\r\n",
                 b"HTTP/1.1 200 OK\r\n\r\n\xef\xbb\xbf203.0.113.5"]:
    put("http_echo", response)

# DNS replies in wire format, made from the test zones as their authoritative server answers, each preceded by
# the question: type index (2 bytes, the order of fuzz/targets/FuzzDnsReply.cpp), name length and name, then
# 2-byte length + reply for each step.
import dns.message
import dns.name
import dns.rcode
import dns.rrset
import struct

reply_types = ["A", "AAAA", "TXT", "MX", "PTR", "CNAME", "NS", "SOA", "SPF"]
zones = {}
for fn in sorted(os.listdir(zones_dir)):
    origin = fn[: -len(".zone")]
    zones[dns.name.from_text(origin)] = dns.zone.from_file(os.path.join(zones_dir, fn), origin=origin,
                                                           relativize=False, check_origin=False)


def authoritative_reply(qname, qtype, flags_extra=0):
    q = dns.message.make_query(qname, qtype)
    r = dns.message.make_response(q)
    r.flags |= dns.flags.AA | flags_extra
    zone = None
    for origin, z in zones.items():
        if qname.is_subdomain(origin) and (zone is None or len(origin) > len(zone.origin)):
            zone = z
    if zone is None:
        r.set_rcode(dns.rcode.REFUSED)
        return r.to_wire()
    current = qname
    for _ in range(8):
        node = zone.get_node(current)
        if node is None:
            r.set_rcode(dns.rcode.NXDOMAIN)
            break
        rds = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.from_text(qtype))
        if rds is not None:
            r.answer.append(dns.rrset.from_rdata_list(current, rds.ttl, list(rds)))
            return r.to_wire()
        cname = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.CNAME)
        if cname is None:
            break
        r.answer.append(dns.rrset.from_rdata_list(current, cname.ttl, list(cname)))
        current = list(cname)[0].target
        if not current.is_subdomain(zone.origin):
            return r.to_wire()
    soa = zone.get_rdataset(zone.origin, dns.rdatatype.SOA)
    r.authority.append(dns.rrset.from_rdata_list(zone.origin, soa.ttl, list(soa)))
    return r.to_wire()


def dns_seed(qname, qtype, replies):
    name = qname.encode()
    return struct.pack(">H", reply_types.index(qtype)) + bytes([len(name)]) + name + b"".join(
        struct.pack(">H", len(w)) + w for w in replies)


kept = 0
for origin, z in zones.items():
    for name, node in sorted(z.nodes.items())[:6]:  # a few names of every zone: the shapes, not the volume
        for rds in node.rdatasets:
            t = dns.rdatatype.to_text(rds.rdtype)
            if t not in reply_types:
                continue
            wire = authoritative_reply(name, t)
            if len(wire) < 1500:
                put("dns_reply", dns_seed(name.to_text(), t, [wire]))
for qname, qtype in [("nothing-here.example.test.", "A"), ("example.test.", "AAAA"), ("spf-loop.contract.test.", "TXT"),
                     ("spf-cname.contract.test.", "TXT"), ("205.2.0.192.in-addr.arpa.", "PTR"),
                     ("s1._domainkey.dkim-loop.contract.test.", "TXT"), ("example.invalid.", "A")]:
    put("dns_reply", dns_seed(qname, qtype, [authoritative_reply(dns.name.from_text(qname), qtype)]))
# A CNAME into another zone, whose target the next reply answers.
cname_out = dns.message.make_response(dns.message.make_query("www.example.test.", "A"))
cname_out.answer.append(dns.rrset.from_text("www.example.test.", 300, "IN", "CNAME", "host.other.test."))
target = dns.message.make_response(dns.message.make_query("host.other.test.", "A"))
target.answer.append(dns.rrset.from_text("host.other.test.", 60, "IN", "A", "192.0.2.80"))
put("dns_reply", dns_seed("www.example.test.", "A", [cname_out.to_wire(), target.to_wire()]))
servfail = dns.message.make_response(dns.message.make_query("example.test.", "A"))
servfail.set_rcode(dns.rcode.SERVFAIL)
put("dns_reply", dns_seed("example.test.", "A", [servfail.to_wire()]))
truncated = dns.message.make_response(dns.message.make_query("example.test.", "TXT"))
truncated.flags |= dns.flags.TC
put("dns_reply", dns_seed("example.test.", "TXT", [truncated.to_wire()]))
