"""Cross-check with dkimpy (python3-dkim), its DNS pointed at the test NSD through its dnsfunc parameter.

  dkimpy_check.py PORT sign KEYFILE SELECTOR DOMAIN   dkimpy signs a message with the PEM key, then verifies it
  dkimpy_check.py PORT verify MESSAGEFILE              dkimpy verifies a message signed elsewhere
  dkimpy_check.py PORT verify-all MESSAGEFILE          every signature: one line "DOMAIN SELECTOR pass|fail" each
Prints "pass" or "fail".
"""
import sys, base64, dkim, dns.flags, dns.message, dns.query, dns.rdatatype
port = int(sys.argv[1])
def dnsfunc(name, timeout=5):
    q = dns.message.make_query(name.decode() if isinstance(name, bytes) else name, 'TXT')
    r = dns.query.udp(q, '127.0.0.1', port=port, timeout=timeout)
    if r.flags & dns.flags.TC:
        r = dns.query.tcp(q, '127.0.0.1', port=port, timeout=timeout)
    for rrset in r.answer:
        if rrset.rdtype == dns.rdatatype.TXT:
            for rd in rrset:
                return b''.join(rd.strings)
    return None
if sys.argv[2] == 'sign':
    keyfile, selector, domain = sys.argv[3:6]
    pem = open(keyfile, 'rb').read()
    der = base64.b64decode(b''.join(l for l in pem.splitlines() if not l.startswith(b'-----')))
    # PKCS#8 Ed25519 (RFC 8410): a fixed 16-byte prefix, then the 32-byte seed, which is what dkimpy takes.
    if der[:16] == bytes.fromhex('302e020100300506032b657004220420'):
        priv = base64.b64encode(der[16:])
        alg = b'ed25519-sha256'
    else:
        priv, alg = pem, b'rsa-sha256'
    msg = b'From: Test <test@' + domain.encode() + b'>\r\nTo: postmaster@' + domain.encode() + b'\r\nSubject: dkimpy cross-check\r\n\r\nHello.\r\n'
    sig = dkim.sign(msg, selector.encode(), domain.encode(), priv, include_headers=[b'from', b'to', b'subject'], signature_algorithm=alg)
    msg = sig + msg
elif sys.argv[2] == 'verify-all':
    msg = open(sys.argv[3], 'rb').read().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    d = dkim.DKIM(msg)
    for i, (name, value) in enumerate(h for h in d.headers if h[0].lower() == b'dkim-signature'):
        tags = dict(t.strip().split(b'=', 1) for t in value.split(b';') if b'=' in t)
        try:
            ok = d.verify(idx=i, dnsfunc=dnsfunc)
        except dkim.DKIMException:
            ok = False
        print(b' '.join([tags.get(b'd', b'').strip().lower(), tags.get(b's', b'').strip().lower()]).decode(),
              'pass' if ok else 'fail')
    sys.exit(0)
else:
    msg = open(sys.argv[3], 'rb').read()
print('pass' if dkim.verify(msg, dnsfunc=dnsfunc) else 'fail')
