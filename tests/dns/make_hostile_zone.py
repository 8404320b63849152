#!/usr/bin/python3
"""Writes zones/hostile.test.zone: DNS data built to break parsers and checks.

The zone is generated because several records are too big or too repetitive to keep by hand (a 60 KB TXT record,
3000 A records); run this script after changing it and commit both. Addresses: 192.0.2.128/25 for names in
hostile.test (their PTRs for 192.0.2.200-254 live in 2.0.192.in-addr.arpa.zone), 198.18.0.0/15 (RFC 2544 benchmark
range, used by nothing else in the tests) for the bulk A records.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
out = []
w = out.append

w("$TTL 300")
w("@   IN SOA ns1.hostile.test. hostmaster.hostile.test. ( 2026112701 3600 600 86400 60 )")
w("    IN NS  ns1.hostile.test.")
w("ns1 IN A 127.0.0.1")
w("")
w("; SPF include loops: a self-include, a two-name loop, a redirect loop, and an include/redirect mix.")
w('self IN TXT "v=spf1 include:self.hostile.test -all"')
w('loop1 IN TXT "v=spf1 include:loop2.hostile.test -all"')
w('loop2 IN TXT "v=spf1 include:loop1.hostile.test -all"')
w('rloop1 IN TXT "v=spf1 redirect=rloop2.hostile.test"')
w('rloop2 IN TXT "v=spf1 redirect=rloop1.hostile.test"')
w('mixloop IN TXT "v=spf1 include:loop1.hostile.test redirect=mixloop.hostile.test"')
w("")
w("; A 30-deep include chain: chain01 includes chain02 ... chain30 authorizes 192.0.2.130.")
for i in range(1, 31):
    nxt = f"include:chain{i + 1:02d}.hostile.test " if i < 30 else "ip4:192.0.2.130 "
    w(f'chain{i:02d} IN TXT "v=spf1 {nxt}-all"')
w("")
w("; Fan-out: 10 includes of 10 includes each: far over the 10-lookup limit at the first level below.")
w('fan IN TXT "v=spf1 ' + " ".join(f"include:fan{i}.hostile.test" for i in range(5)) + ' " "'
  + " ".join(f"include:fan{i}.hostile.test" for i in range(5, 10)) + ' -all"')
for i in range(10):
    w(f'fan{i} IN TXT "v=spf1 ' + " ".join(f"a:f{i}x{j}.hostile.test" for j in range(10)) + ' -all"')
w("")
w("; Macro bombs: expansions far longer than a name may be.")
w('macro IN TXT "v=spf1 exists:%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}.%{d}%{d}%{d}%{d}%{d}%{d}%{d}%{d}.hostile.test '
  'exists:%{ir}.%{v}._spf.%{d2} exists:%{d1000r-.+,/_=}.hostile.test -all"')
w('macro2 IN TXT "v=spf1 a:%{p}.hostile.test exp=explain.hostile.test -all"')
w('escape IN TXT "v=spf1 a:\\027[2J.hostile.test -all"')
w('explain IN TXT "%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l}%{l} %{c} %{r} %{t} %{i} <script>x</script> '
  '\\027[2J\\007 \\226\\128\\174 evil"')
w("")
w("; A 60 KB TXT record: 240 character-strings of 255 bytes (RDATA 61,440 bytes); an SPF record that size,")
w("; and 500 TXT records at one name. Answers only over TCP.")
chunk = "ip4:192.0.2.131 " * 16  # 256 bytes; trimmed to 255 below
strings = []
first = "v=spf1 " + chunk
strings.append(first[:255])
for _ in range(239):
    strings.append(chunk[:255])
w("big IN TXT (")
for s in strings:
    w(f'    "{s}"')
w("    )")
w("bigtext IN TXT (")
for i in range(240):
    w('    "' + (f"{i:03d}" + "x" * 252) + '"')  # noqa: E501
w("    )")
for i in range(500):
    w(f'manytxt IN TXT "record {i} v=spf1 ip4:192.0.2.{128 + i % 100} -all"')
w('manytxt IN TXT "v=spf1 -all"')
w("")
w("; Bytes that are not text: NUL, control characters, DEL, invalid UTF-8, a lone surrogate encoded in UTF-8,")
w("; and a quote and backslash inside the data.")
w('ctrl IN TXT "v=spf1 \\000\\001\\007\\008\\027[31m\\127 ip4:192.0.2.132 \\255\\254\\192\\128 -all"')
w('ctrl IN TXT "\\034quoted\\034 and \\\\ back\\\\slash\\010newline\\013\\010crlf"')
w('utf8bad IN TXT "v=spf1 \\237\\160\\128 \\240\\159\\152 ip4:192.0.2.133 -all"')
w('_dmarc.ctrl IN TXT "v=DMARC1; p=reject\\027[2J\\027]0;owned\\007\\000\\226\\128\\174\\010PASS    SPF; '
  'rua=mailto:a\\000b@hostile.test"')
w('s1._domainkey.ctrl IN TXT "v=DKIM1; k=rsa; p=\\000\\255\\001AAAA"')
w("")
w("; Markup and script in every record a user sees: must show literally in the wizard and the PDF.")
w('html IN TXT "v=spf1 <script>alert(1)</script> <b>bold</b> <img src=x onerror=alert(2)> -all"')
w('_dmarc.html IN TXT "v=DMARC1; p=<script>alert(3)</script>; rua=mailto:<b>x</b>@hostile.test"')
w('s1._domainkey.html IN TXT "v=DKIM1; k=rsa; n=<script>alert(4)</script>; p=<b>notbase64</b>"')
w("html IN MX 10 mail.html.hostile.test.")
w("mail.html IN A 192.0.2.134")
w("")
w("; CNAME loops: to itself, between two names, a long chain, and a loop reached from a TXT query.")
w("cself IN CNAME cself.hostile.test.")
w("cloop1 IN CNAME cloop2.hostile.test.")
w("cloop2 IN CNAME cloop1.hostile.test.")
for i in range(1, 21):
    w(f"clong{i:02d} IN CNAME clong{i + 1:02d}.hostile.test.")
w("clong21 IN A 192.0.2.135")
w("_dmarc.cloop IN CNAME _dmarc.cloop.hostile.test.")
w("spfcname IN TXT \"v=spf1 a:cloop1.hostile.test include:cself.hostile.test -all\"")
w("")
w("; 3000 A records at one name (about 48 KB: TCP only), one of them 192.0.2.201 so a forward-confirmation can match.")
w("many IN A 192.0.2.201")
for i in range(2999):
    w(f"many IN A 198.18.{i // 250}.{i % 250 + 1}")
w('many IN TXT "v=spf1 a:many.hostile.test -all"')
w("")
w("; Names for the 50 PTR names of 192.0.2.202: only the last resolves back to it.")
for i in range(1, 50):
    w(f"n{i:02d} IN A 192.0.2.{140 + i % 50}")
w("n50 IN A 192.0.2.202")
w("")
w("; 20 MX names for the mx mechanism limit (RFC 7208 4.6.4: more than 10 is a permerror).")
for i in range(20):
    w(f"mxmany IN MX {i} mx{i:02d}.hostile.test.")
    w(f"mx{i:02d} IN A 192.0.2.{150 + i}")
w('mxmany IN TXT "v=spf1 mx -all"')
w("")
w("; A blocklist that answers every name with 127.0.0.2 (also its test entries): unhealthy, never a listing.")
w("*.everything IN A 127.0.0.2")
w('*.everything IN TXT "Listed: <script>alert(5)</script>"')
w("; A healthy blocklist whose listing explanation is markup: 192.0.2.203 is listed.")
w("2.0.0.127.htmlbl IN A 127.0.0.2")
w("203.2.0.192.htmlbl IN A 127.0.0.2")
w('203.2.0.192.htmlbl IN TXT "<script>alert(6)</script><b>listed</b> see <a href=x>here</a>"')
w("; A blocklist that answers thousands of codes for one name.")
w("2.0.0.127.floodbl IN A 127.0.0.2")
for i in range(1500):
    w(f"204.2.0.192.floodbl IN A 127.{1 + i // 250}.{i % 250}.2")
w("")
w("; A domain for a whole `mailready check` run on hostile data.")
w('run IN TXT "v=spf1 include:loop1.hostile.test include:html.hostile.test -all"')
w('_dmarc.run IN TXT "v=DMARC1; p=<script>alert(7)</script>"')
w('_dmarc.run IN TXT "v=DMARC1; p=reject"')
w("run IN MX 10 many.hostile.test.")

with open(os.path.join(here, "zones", "hostile.test.zone"), "w") as f:
    f.write("\n".join(out) + "\n")
