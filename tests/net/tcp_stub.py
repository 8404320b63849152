#!/usr/bin/python3
"""Misbehaving SMTP-ish servers for the smtp and port25 tests, one loopback port per behaviour.

  silent      accepts and never says anything
  garbage     greets with an HTTP error page instead of SMTP
  busy        greets with "421 ... try again later" and closes
  refuse      greets with "554 No SMTP service here"
  stall-ehlo  greets with 220, then never answers EHLO
  plain       greets with 220 and answers EHLO without STARTTLS, QUIT with 221
  starttls    like plain, but offers STARTTLS and completes the handshake with --cert/--key (Python's ssl module: the
              success path, which Debian 12's OpenSMTPD 6.8 cannot serve with OpenSSL 3)
  stall-tls   offers STARTTLS, answers 220, then never starts the handshake
  tls-garbage offers STARTTLS, answers 220, then sends plain text where the TLS handshake belongs
Prints "MODE=PORT" per listener, then "READY", and serves until killed.
"""
import argparse
import socket
import ssl
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
args = parser.parse_args()
tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
tls.load_cert_chain(args.cert, args.key)

MODES = ["silent", "garbage", "busy", "refuse", "stall-ehlo", "plain", "starttls", "stall-tls", "tls-garbage"]
held = []


def serve(mode, conn):
    held.append(conn)
    f = conn.makefile("rb")
    try:
        if mode == "silent":
            return
        if mode == "garbage":
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\n\r\n<html>nope</html>\r\n")
            return
        if mode == "busy":
            conn.sendall(b"421 4.3.2 stub.rdns.test busy, try again later\r\n")
            conn.close()
            return
        if mode == "refuse":
            conn.sendall(b"554 5.3.2 stub.rdns.test No SMTP service here\r\n")
        else:
            conn.sendall(b"220 stub.rdns.test ESMTP stub\r\n")
        for line in f:
            cmd = line.strip().upper()
            if cmd.startswith(b"QUIT"):
                conn.sendall(b"221 2.0.0 bye\r\n")
                conn.close()
                return
            if mode == "stall-ehlo":
                continue
            if mode == "refuse":
                conn.sendall(b"503 5.5.1 no\r\n")
            elif cmd.startswith(b"STARTTLS") and mode == "stall-tls":
                conn.sendall(b"220 2.0.0 go ahead\r\n")
                threading.Event().wait()
            elif cmd.startswith(b"STARTTLS") and mode == "tls-garbage":
                conn.sendall(b"220 2.0.0 go ahead\r\n")
                conn.sendall(b"this is not a TLS record at all\r\n" * 4)
            elif cmd.startswith(b"EHLO"):
                tls_modes = ("starttls", "stall-tls", "tls-garbage")
                offer = b"250-STARTTLS\r\n" if mode in tls_modes and not isinstance(conn, ssl.SSLSocket) else b""
                conn.sendall(b"250-stub.rdns.test hello\r\n250-PIPELINING\r\n" + offer + b"250 8BITMIME\r\n")
            elif cmd.startswith(b"STARTTLS") and mode == "starttls" and not isinstance(conn, ssl.SSLSocket):
                conn.sendall(b"220 2.0.0 go ahead\r\n")
                conn = tls.wrap_socket(conn, server_side=True)
                held.append(conn)
                f = conn.makefile("rb")
                for line2 in f:
                    cmd2 = line2.strip().upper()
                    if cmd2.startswith(b"EHLO"):
                        conn.sendall(b"250-stub.rdns.test hello again\r\n250 8BITMIME\r\n")
                    elif cmd2.startswith(b"QUIT"):
                        conn.sendall(b"221 2.0.0 bye\r\n")
                        conn.close()
                        return
                    else:
                        conn.sendall(b"502 5.5.2 unknown\r\n")
                return
            else:
                conn.sendall(b"502 5.5.2 unknown\r\n")
    except OSError:
        pass


def listen(mode):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    print("%s=%d" % (mode, s.getsockname()[1]), flush=True)

    def loop():
        while True:
            c, _ = s.accept()
            threading.Thread(target=serve, args=(mode, c), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()


for m in MODES:
    listen(m)
print("READY", flush=True)
threading.Event().wait()
