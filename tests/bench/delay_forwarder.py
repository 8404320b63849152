#!/usr/bin/python3
"""A DNS forwarder on loopback that adds a fixed delay to every query, for benchmarks.

Each UDP or TCP query waits --delay-ms, is then passed unchanged to the upstream server (NSD of the test fixture)
and its answer returned unchanged. Every query gets its own thread, so concurrent queries are delayed
concurrently, as by a distant server, not queued. Prints "ready PORT" on stdout once listening; runs until killed.
"""
import argparse
import socket
import socketserver
import struct
import sys
import threading
import time


def recv_exact(sock, size):
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data


class Udp(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        time.sleep(self.server.delay)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as up:
            up.settimeout(5)
            up.sendto(data, self.server.upstream)
            try:
                reply, _ = up.recvfrom(65535)
            except OSError:
                return
        sock.sendto(reply, self.client_address)


class Tcp(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(10)
        try:
            size = struct.unpack("!H", recv_exact(self.request, 2))[0]
            data = recv_exact(self.request, size)
            time.sleep(self.server.delay)
            with socket.create_connection(self.server.upstream, timeout=5) as up:
                up.sendall(struct.pack("!H", len(data)) + data)
                rsize = struct.unpack("!H", recv_exact(up, 2))[0]
                reply = recv_exact(up, rsize)
            self.request.sendall(struct.pack("!H", len(reply)) + reply)
        except (OSError, struct.error):
            return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--upstream-port", type=int, required=True)
    ap.add_argument("--delay-ms", type=float, default=100)
    args = ap.parse_args()
    socketserver.ThreadingUDPServer.allow_reuse_address = True
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    udp = socketserver.ThreadingUDPServer(("127.0.0.1", args.port), Udp)
    port = udp.server_address[1]
    tcp = socketserver.ThreadingTCPServer(("127.0.0.1", port), Tcp)
    for s in (udp, tcp):
        s.delay = args.delay_ms / 1000.0
        s.upstream = ("127.0.0.1", args.upstream_port)
        s.daemon_threads = True
    threading.Thread(target=tcp.serve_forever, daemon=True).start()
    print(f"ready {port}", flush=True)
    try:
        udp.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
