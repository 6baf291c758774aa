"""A loopback exchange that meters requests with token buckets, as Kalshi documents its own.

One bucket for reads and one for writes. Each starts full, refills continuously at its
rate up to its capacity, and charges a request when it *arrives* (once its headers and
body are read), only if it can cover the whole cost; a request it cannot cover costs
nothing and is answered 429 ``{"error": "too many requests"}`` with no ``Retry-After``.
Requests must be signed (401 otherwise, uncharged). ``GET /__stats`` (free) says what
happened; ``POST /__drain?kind=read&seconds=1`` plays another client of the same account
that has just overdrawn a bucket by a second of refill.

It runs in a process of its own (``running_bucket_exchange`` starts and stops it), so
that the clients' threads under test do not slow its clock down, and reads everything
it needs from a JSON file: the buckets, the price list (the routes, their bucket, cost
and answer) and the public key.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from tests.fake_exchange import PublicKey, signature_is_valid

ROOT = Path(__file__).resolve().parents[1]
API_PATH = "/trade-api/v2"
TOO_MANY = json.dumps({"error": "too many requests"}).encode()


@dataclass
class Bucket:
    """The exchange's bucket, and what it let through."""

    rate: float
    capacity: float
    tokens: float = 0.0
    updated: float = 0.0
    spent: float = 0.0
    allowed: int = 0
    refused_at: list[float] = field(default_factory=list)
    first: float | None = None
    last: float | None = None

    def __post_init__(self) -> None:
        self.tokens, self.updated = self.capacity, time.monotonic()  # full from the start

    def admit(self, cost: float, now: float) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.first = now if self.first is None else self.first
        self.last = now
        if self.tokens < cost:
            self.refused_at.append(now)
            return False
        self.tokens -= cost
        self.spent += cost
        self.allowed += 1
        return True


@dataclass(frozen=True)
class Route:
    """One line of the price list: ``path`` is a template with ``{}`` for each id."""

    method: str
    path: str
    kind: str
    cost: float
    body: Any
    status: int = 200
    items: str | None = None

    def matches(self, method: str, parts: list[str]) -> tuple[int, ...] | None:
        wanted = self.path.strip("/").split("/")
        if method != self.method or len(wanted) != len(parts):
            return None
        if any(want not in ("{}", got) for want, got in zip(wanted, parts, strict=True)):
            return None
        return tuple(int(want != "{}") for want in wanted)


class Exchange:
    def __init__(self, config: dict[str, Any]) -> None:
        self.buckets = {kind: Bucket(*config[kind]) for kind in ("read", "write")}
        self.routes = [Route(**route) for route in config["routes"]]
        key = load_pem_public_key(config["public_key"].encode())
        if not isinstance(key, rsa.RSAPublicKey | ed25519.Ed25519PublicKey):
            raise TypeError(f"cannot check signatures with a {type(key).__name__}")
        self.public_key: PublicKey = key
        self.counts: dict[str, int] = {}

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        now = time.monotonic()
        path = target.split("?", 1)[0]
        if path == "/__stats":
            return 200, json.dumps(self.stats()).encode()
        if path == "/__drain":  # ?kind=read&seconds=1: someone else spent that much, and more
            query = dict(part.split("=", 1) for part in target.split("?", 1)[1].split("&"))
            bucket = self.buckets[query["kind"]]
            bucket.tokens, bucket.updated = -float(query["seconds"]) * bucket.rate, now
            return 200, b"{}"
        if not signature_is_valid(self.public_key, headers, method, path):
            return 401, json.dumps({"error": {"code": "unauthorized", "message": "bad signature"}}).encode()
        parts = path.removeprefix(API_PATH).strip("/").split("/")
        scored = [(score, route) for route in self.routes if (score := route.matches(method, parts)) is not None]
        if not path.startswith(API_PATH) or not scored:
            return 404, json.dumps({"error": {"code": "not_found", "message": path}}).encode()
        route = max(scored, key=lambda pair: pair[0])[1]
        items = len(json.loads(body)[route.items]) if route.items else 1
        if not self.buckets[route.kind].admit(route.cost * items, now):
            return 429, TOO_MANY
        self.counts[f"{method} {route.path}"] = self.counts.get(f"{method} {route.path}", 0) + 1
        return route.status, json.dumps(route.body).encode()

    def stats(self) -> dict[str, Any]:
        return {
            "buckets": {
                kind: {
                    "rate": bucket.rate,
                    "capacity": bucket.capacity,
                    "spent": bucket.spent,
                    "allowed": bucket.allowed,
                    "refused": len(bucket.refused_at),
                    "refused_at": [at - (bucket.first or at) for at in bucket.refused_at],
                    "seconds": (bucket.last or 0.0) - (bucket.first or 0.0),
                }
                for kind, bucket in self.buckets.items()
            },
            "counts": self.counts,
        }

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                method, target, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length") or 0))
                status, payload = self.answer(method, target, headers, body)
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, asyncio.CancelledError):  # or shut down
            pass
        finally:
            writer.close()


async def main(config_path: str) -> None:
    exchange = Exchange(json.loads(Path(config_path).read_text()))
    server = await asyncio.start_server(exchange.serve, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"listening {port}", flush=True)
    loop = asyncio.get_running_loop()
    # Stop when the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


@dataclass
class RunningExchange:
    base_url: str
    root: str

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = httpx.get(f"{self.root}/__stats", timeout=10).json()
        return stats

    def drain(self, kind: str, seconds: float) -> None:
        httpx.post(f"{self.root}/__drain?kind={kind}&seconds={seconds}", timeout=10).raise_for_status()


@contextmanager
def running_bucket_exchange(
    public_key_pem: str, read: tuple[float, float], write: tuple[float, float], routes: list[dict[str, Any]]
) -> Iterator[RunningExchange]:
    """Start the exchange in a subprocess with these buckets ``(rate, capacity)`` and routes."""
    config = {"public_key": public_key_pem, "read": read, "write": write, "routes": routes}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(config, file)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bucket_exchange", file.name],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)  # never hang the tests on a stuck start
    watchdog.start()
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        watchdog.cancel()
        if not line.startswith("listening "):
            raise RuntimeError(f"the bucket exchange did not start (exit code {process.poll()})")
        root = f"http://127.0.0.1:{int(line.split()[1])}"
        yield RunningExchange(base_url=root + API_PATH, root=root)
    finally:
        watchdog.cancel()
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.unlink(file.name)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
