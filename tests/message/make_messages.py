"""Makes the received messages that tst_message judges, signed by real signers: dkimpy (python3-dkim), OpenDKIM
(opendkim-testmsg) and Perl's Mail::DKIM (for an x= expiry, which the others cannot write).

  make_messages.py OUTDIR

Each case is OUTDIR/NAME.eml: what a receiver (mx.receiver.test) stored, with its Received: line on top of the
sender's message. The keys are the test keys of tests/dkim/, published in tests/dns/zones/message.test.zone.
"""
import base64, os, subprocess, sys, time
import dkim

here = os.path.dirname(os.path.abspath(__file__))
keys = os.path.join(here, '..', 'dkim')
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
RSA = open(os.path.join(keys, 'good.private.pem'), 'rb').read()
OTHER = open(os.path.join(keys, 'other.private.pem'), 'rb').read()


def ed_seed():
    pem = open(os.path.join(keys, 'ed.private.pem'), 'rb').read()
    der = base64.b64decode(b''.join(l for l in pem.splitlines() if not l.startswith(b'-----')))
    return base64.b64encode(der[16:])  # PKCS#8 Ed25519: a fixed 16-byte prefix, then the seed dkimpy takes


def message(sender='user@message.test', subject='MailReady message test', body=None):
    body = body or b'Hello,\r\n\r\nthis message tests what a receiver sees.\r\n\r\n-- \r\nuser\r\n'
    return (b'From: User <' + sender.encode() + b'>\r\nTo: someone@receiver.test\r\nSubject: ' + subject.encode() +
            b'\r\nDate: Wed, 02 Dec 2026 10:00:00 +0000\r\nMessage-ID: <' + str(time.time_ns()).encode() +
            b'@message.test>\r\n\r\n' + body)


def sign(msg, selector=b'good', domain=b'message.test', key=RSA, canon=(b'relaxed', b'relaxed'), length=False,
         alg=b'rsa-sha256'):
    return dkim.sign(msg, selector, domain, key, canonicalize=canon, length=length, signature_algorithm=alg,
                     include_headers=[b'from', b'to', b'subject', b'date', b'message-id']) + msg


def received(msg, ip='198.51.100.160', helo='mail.message.test', ptr='mail.message.test',
             envelope='bounce@bounces.message.test', results=None):
    """The receiver's own header fields on top: Return-Path, its Authentication-Results, its Received: line."""
    top = b'Return-Path: <' + envelope.encode() + b'>\r\n'
    if results:
        top += b'Authentication-Results: mx.receiver.test;\r\n\t' + results.encode() + b'\r\n'
    top += (b'Received: from ' + helo.encode() + b' (' + ptr.encode() + b' [' + ip.encode() + b'])\r\n'
            b'\tby mx.receiver.test (Postfix) with ESMTPS id 4Abc1234\r\n'
            b'\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n'
            b'\tfor <someone@receiver.test>; Wed, 02 Dec 2026 10:00:01 +0000 (UTC)\r\n')
    return top + msg


def opendkim_sign(msg, selector, domain):
    keyfile = os.path.join(keys, 'good.private.pem')
    signed = subprocess.run(['opendkim-testmsg', '-C', '-d', domain, '-k', keyfile, '-s', selector], input=msg,
                            capture_output=True, check=True).stdout
    return signed


def maildkim_expired(msg):
    script = r'''
use strict; use Mail::DKIM::Signer; use Mail::DKIM::Signature;
my $key = shift;
my $signer = Mail::DKIM::Signer->new(KeyFile => $key, Policy => sub {
    my $d = shift;
    $d->add_signature(Mail::DKIM::Signature->new(Algorithm => 'rsa-sha256', Method => 'relaxed/relaxed',
        Headers => 'from:to:subject:date:message-id', Domain => 'message.test', Selector => 'good',
        Timestamp => time() - 3 * 86400, Expiration => time() - 2 * 86400));
    return;
});
local $/; my $m = <STDIN>; $signer->PRINT($m); $signer->CLOSE;
print $signer->signature->as_string, "\r\n", $m;
'''
    return subprocess.run(['perl', '-e', script, os.path.join(keys, 'good.private.pem')], input=msg,
                          capture_output=True, check=True).stdout


GOOD_AR = 'dkim=pass header.d=message.test header.s=good;\r\n\tspf=pass smtp.mailfrom=bounces.message.test;\r\n\t' \
          'dmarc=pass header.from=message.test'


def write(name, data):
    with open(os.path.join(out, name + '.eml'), 'wb') as f:
        f.write(data)


good = sign(message())
write('good', received(good, results=GOOD_AR))
# The body changed on the way (a list footer): the receiver saw it changed too.
write('body-changed', received(good + b'-- \r\nSent through a list\r\n',
                               results='dkim=fail (body hash did not verify) header.d=message.test'))
# The receiver verified the body at delivery; only this copy was altered afterwards (a webmail's "show original").
write('altered-copy', received(good.replace(b'this message tests', b'this message\r\ntests'), results=GOOD_AR))
write('header-changed', received(good.replace(b'Subject: MailReady message test', b'Subject: changed')))
write('wrong-key', received(sign(message(), selector=b'rotated'), results=GOOD_AR.replace('header.s=good',
                                                                                          'header.s=rotated')))
write('missing-key', received(sign(message(), selector=b'missing')))
write('revoked-key', received(sign(message(), selector=b'revoked')))
write('ed25519', received(sign(message(), selector=b'ed', key=ed_seed(), alg=b'ed25519-sha256')))
write('length', received(sign(message(), length=True) + b'\r\nA footer added below the signed length.\r\n'))
write('simple', received(sign(message(), canon=(b'simple', b'simple'))))
# Two signatures: the author domain's, and a third party's (dkim.test, publishing the same test key as "good").
write('two-signatures', received(sign(sign(message()), domain=b'dkim.test')))
write('unaligned-only', received(sign(message(), domain=b'dkim.test'), envelope='bounce@dkim.test'))
write('ipv6-no-ptr', received(good, ip='IPv6:2001:db8::11', ptr='unknown'))
write('subdomain-relaxed', received(sign(message(sender='user@sub.message.test'))))
write('subdomain-strict', received(sign(message(sender='user@strict.message.test'))))
write('headers-only', received(good.split(b'\r\n\r\n', 1)[0] + b'\r\n', results=GOOD_AR))
write('unsigned', received(message()))
write('expired', received(maildkim_expired(message())))
# opendkim-testmsg signs with rsa-sha1, which RFC 8301 forbids: verifiers that follow it give permerror.
write('opendkim-sha1', received(opendkim_sign(message(), 'good', 'message.test')))
write('null-sender', received(good, envelope=''))
