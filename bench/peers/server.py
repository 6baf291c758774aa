"""The loopback server every SDK talks to in `make bench-peers`: it answers like Kalshi.

`GET …/portfolio/balance` gets a balance, `GET …/markets` the 1,000-market page of
bench/peers/page.py, anything else `{}`; HTTP/1.1 keep-alive, raw asyncio, its own
process, so that its cost is small and alike for every client. With `--verify PEM`
(a public key) it also checks each request's RSA-PSS signature over
timestamp + method + path, and `GET /_bench/stats` tells (and resets) how many requests
came, how many were signed and how many signatures held: a client that signs the wrong
path, or not at all, shows here. Verifying costs the server time, so the timed rounds
use a second server started without it.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
from collections.abc import Callable

from bench.peers.page import balance, markets_page

Verifier = Callable[[bytes, bytes], bool]


def answer(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


class Counts:
    def __init__(self) -> None:
        self.requests = self.signed = self.valid = 0


class Kalshi(asyncio.Protocol):
    """One connection: parse each request's head (and skip its body), answer in order."""

    def __init__(self, routes: dict[str, bytes], counts: Counts, verify: Verifier | None) -> None:
        self.routes, self.counts, self.verify = routes, counts, verify
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (head_end := self.buffer.find(b"\r\n\r\n")) >= 0:
            lines = self.buffer[:head_end].split(b"\r\n")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            end = head_end + 4 + int(headers.get(b"content-length", b"0"))
            if len(self.buffer) < end:
                return
            self.buffer = self.buffer[end:]
            method, target, _ = lines[0].split(b" ", 2)
            self.transport.write(self.respond(method, target.split(b"?", 1)[0], headers))

    def respond(self, method: bytes, path: bytes, headers: dict[bytes, bytes]) -> bytes:
        if path == b"/_bench/stats":
            counts = self.counts
            stats = {"requests": counts.requests, "signed": counts.signed, "valid": counts.valid}
            counts.requests = counts.signed = counts.valid = 0
            return answer(json.dumps(stats).encode())
        self.counts.requests += 1
        signature = headers.get(b"kalshi-access-signature")
        if signature is not None:
            self.counts.signed += 1
            message = headers.get(b"kalshi-access-timestamp", b"") + method + path
            if self.verify is not None and self.verify(base64.b64decode(signature), message):
                self.counts.valid += 1
        for suffix, body in self.routes.items():
            if path.endswith(suffix.encode()):
                return answer(body)
        return answer(b"{}")


def verifier(public_pem: str) -> Verifier:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    with open(public_pem, "rb") as file:
        key = serialization.load_pem_public_key(file.read())
    assert isinstance(key, rsa.RSAPublicKey)
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)

    def verify(signature: bytes, message: bytes) -> bool:
        try:
            key.verify(signature, message, pss, hashes.SHA256())
        except InvalidSignature:
            return False
        return True

    return verify


async def serve(verify: Verifier | None) -> None:
    """Listen on a free loopback port and tell it on stdout: "ready PORT"."""
    routes = {"/portfolio/balance": balance(), "/markets": markets_page()}
    counts = Counts()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Kalshi(routes, counts, verify), "127.0.0.1", 0, backlog=256)
    print("ready", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verify", metavar="PUBLIC_PEM")
    arguments = parser.parse_args()
    asyncio.run(serve(verifier(arguments.verify) if arguments.verify else None))


if __name__ == "__main__":
    main()
