#!/usr/bin/python3
"""A plain-text address-echo endpoint for the public-ip tests, on a free loopback port.

  --mode good     answer 200 with --answer (a fixed address: on loopback the real client address is 127.0.0.1)
  --mode garbage  answer 200 with an HTML page that holds no address
  --mode silent   accept connections and never answer
  --cert/--key    serve HTTPS with this certificate (the tests' self-signed one: a client must refuse it)
Prints the port it listens on as the first line of stdout, then serves until killed.
"""
import argparse
import http.server
import socket
import sys
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--mode", choices=["good", "garbage", "silent"], required=True)
parser.add_argument("--answer", default="198.18.0.10")
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = (args.answer + "\n").encode() if args.mode == "good" else b"<html><body>It works!</body></html>\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if args.mode == "good" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


if args.mode == "silent":
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    print(s.getsockname()[1], flush=True)
    held = []
    while True:
        c, _ = s.accept()
        held.append(c)  # keep it open, say nothing
else:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if args.cert:
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()
