#!/usr/bin/python3
"""A receiving MX on 127.0.0.1 for the real-bounce test (tests/net/bounce_mta.sh).

It refuses every recipient outside --accept-domain the way Postfix's reject_rbl_client does (default_rbl_reply,
zen.spamhaus.org), and stores each message for a recipient inside it as one file in --out (the bounce the sending
MTA returns). Prints "PORT=N" and "READY", then serves until killed.
"""
import argparse
import os
import socket
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--accept-domain", required=True)
parser.add_argument("--out", required=True)
args = parser.parse_args()
REFUSAL = (b"554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; "
           b"https://www.spamhaus.org/query/ip/127.0.0.1\r\n")
counter = [0]
lock = threading.Lock()


def serve(conn):
    f = conn.makefile("rb")
    conn.sendall(b"220 mx.remote.test ESMTP rejecting stub\r\n")
    rcpts = []
    for line in f:
        cmd = line.strip().upper()
        if cmd.startswith(b"EHLO"):
            conn.sendall(b"250-mx.remote.test\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n")
        elif cmd.startswith(b"HELO"):
            conn.sendall(b"250 mx.remote.test\r\n")
        elif cmd.startswith(b"MAIL FROM"):
            rcpts = []
            conn.sendall(b"250 2.1.0 Ok\r\n")
        elif cmd.startswith(b"RCPT TO"):
            if cmd.rstrip(b">").endswith(b"@" + args.accept_domain.upper().encode()):
                rcpts.append(cmd)
                conn.sendall(b"250 2.1.5 Ok\r\n")
            else:
                conn.sendall(REFUSAL)
        elif cmd == b"DATA":
            if not rcpts:
                conn.sendall(b"554 5.5.1 No valid recipients\r\n")
                continue
            conn.sendall(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            data = []
            for body in f:
                if body in (b".\r\n", b".\n"):
                    break
                data.append(body[1:] if body.startswith(b"..") else body)
            with lock:
                counter[0] += 1
                name = os.path.join(args.out, "message-%d.eml" % counter[0])
            with open(name + ".tmp", "wb") as out:
                out.write(b"".join(data).replace(b"\r\n", b"\n"))
            os.rename(name + ".tmp", name)
            conn.sendall(b"250 2.0.0 Ok: queued\r\n")
        elif cmd == b"QUIT":
            conn.sendall(b"221 2.0.0 Bye\r\n")
            break
        else:
            conn.sendall(b"250 2.0.0 Ok\r\n")
    conn.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print("PORT=%d" % listener.getsockname()[1], flush=True)
print("READY", flush=True)
while True:
    c, _ = listener.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
