#!/usr/bin/python3
"""A deliberately broken DNS server for the failure classes a real authoritative server does not produce.

--mode servfail: answers every UDP and TCP query with SERVFAIL.
--mode silent:   reads queries and never answers (a server that times out).
--mode refused:  answers every UDP and TCP query with REFUSED (a server that will not serve the asker).
--mode nxdomain: answers every UDP and TCP query with NXDOMAIN, the root's included (a broken resolver; an
                 authoritative server never denies the root, it refuses what it does not serve).
Runs until killed; listens on 127.0.0.1 only.
"""
import argparse
import socket
import socketserver
import struct
import threading


RCODES = {"servfail": 2, "nxdomain": 3, "refused": 5}


def servfail(query: bytes, rcode: int = 2) -> bytes:
    if len(query) < 12:
        return b""
    ident, flags = struct.unpack("!HH", query[:4])
    rd = flags & 0x0100
    header = struct.pack("!HHHHHH", ident, 0x8000 | rd | rcode, 1, 0, 0, 0)
    # Echo the question section back.
    end = 12
    while end < len(query) and query[end] != 0:
        end += query[end] + 1
    return header + query[12:end + 5]


class Udp(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        if self.server.mode in RCODES:
            reply = servfail(data, RCODES[self.server.mode])
            if reply:
                sock.sendto(reply, self.client_address)


class Tcp(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(30)
        try:
            size = struct.unpack("!H", self.request.recv(2))[0]
            data = self.request.recv(size)
        except (OSError, struct.error):
            return
        if self.server.mode in RCODES:
            reply = servfail(data, RCODES[self.server.mode])
            self.request.sendall(struct.pack("!H", len(reply)) + reply)
        else:
            threading.Event().wait(30)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["servfail", "silent", "refused", "nxdomain"], required=True)
    ap.add_argument("--port", type=int, required=True)
    args = ap.parse_args()
    socketserver.ThreadingUDPServer.allow_reuse_address = True
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    udp = socketserver.ThreadingUDPServer(("127.0.0.1", args.port), Udp)
    tcp = socketserver.ThreadingTCPServer(("127.0.0.1", args.port), Tcp)
    udp.mode = tcp.mode = args.mode
    udp.daemon_threads = tcp.daemon_threads = True
    threading.Thread(target=tcp.serve_forever, daemon=True).start()
    udp.serve_forever()


if __name__ == "__main__":
    main()
