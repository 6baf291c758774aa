"""A tiny HTTP server on loopback that plays Kalshi's exchange for the tests.

It records every request as it arrived on the wire (method, raw path, headers, body),
checks its signature with the public key it was given, and answers from a script: a
list of canned answers, used in order, the last one repeating. An answer can misbehave
as hostile or unlucky servers do: drip its body, drop the connection halfway through.
Requests in absolute form (``GET http://host/path``) are answered too, as a forward
proxy would see them, so the same server checks that proxied requests are signed.
It can speak TLS (``tls=`` a server SSL context).
"""

from __future__ import annotations

import base64
import json
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from kalshi_auth.environments import API_PATH


@dataclass
class Answer:
    """What the server sends back for one request."""

    status: int = 200
    body: bytes | dict[str, Any] | list[Any] = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: Seconds between the body's bytes, sent one at a time.
    drip: float = 0.0
    #: Seconds between the bytes of the status line and headers (then the body at once).
    drip_headers: float = 0.0
    #: Send only this many bytes of the body, then drop the connection.
    cut_after: int | None = None

    def encoded(self) -> bytes:
        return self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()


@dataclass
class Received:
    """One request as it arrived."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    signature_valid: bool | None
    #: The authority of an absolute-form target (a request sent through a proxy), else None.
    proxied_to: str | None = None

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def timestamp(self) -> int:
        return int(self.headers["kalshi-access-timestamp"])


PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey


def signature_is_valid(public_key: PublicKey, headers: dict[str, str], method: str, path: str) -> bool:
    """Kalshi's check: the signature of timestamp + METHOD + path, path without query."""
    try:
        signature = base64.b64decode(headers["kalshi-access-signature"], validate=True)
        message = f"{headers['kalshi-access-timestamp']}{method}{path}".encode()
    except (KeyError, ValueError):
        return False
    try:
        if isinstance(public_key, ed25519.Ed25519PublicKey):
            public_key.verify(signature, message)
        else:
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
            public_key.verify(signature, message, pss, hashes.SHA256())
    except InvalidSignature:
        return False
    return True


class FakeExchange:
    def __init__(self, public_key: PublicKey | None = None, *, tls: ssl.SSLContext | None = None) -> None:
        self.public_key = public_key
        self.received: list[Received] = []
        self._answers: list[Answer] = [Answer()]
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]  # hang-ups are on purpose
        self.scheme = "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def root(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{self.scheme}://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}{API_PATH}"

    def answer(self, *answers: Answer) -> None:
        """Answer the next requests with these, in order; the last one repeats."""
        with self._lock:
            self._answers = list(answers)

    def _next_answer(self) -> Answer:
        with self._lock:
            return self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]

    def _record(self, received: Received) -> None:
        with self._lock:
            self.received.append(received)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        exchange = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                target, proxied_to = self.path, None
                if "://" in target:  # absolute form: we are the proxy
                    parts = urllib.parse.urlsplit(target)
                    proxied_to = parts.netloc
                    target = parts.path + (f"?{parts.query}" if parts.query else "")
                path = target.split("?", 1)[0]
                valid = (
                    signature_is_valid(exchange.public_key, headers, self.command, path)
                    if exchange.public_key is not None
                    else None
                )
                exchange._record(Received(self.command, target, headers, body, valid, proxied_to))
                answer = exchange._next_answer()
                if answer.delay:
                    time.sleep(answer.delay)
                payload = answer.encoded()
                answer_headers = {"Content-Type": "application/json", **answer.headers}
                answer_headers.setdefault("Content-Length", str(len(payload)))
                if answer.drip_headers:
                    head = f"HTTP/1.1 {answer.status} OK\r\n"
                    head += "".join(f"{name}: {value}\r\n" for name, value in answer_headers.items())
                    self._drip((head + "\r\n").encode() + payload, answer.drip_headers)
                    return
                self.send_response(answer.status)
                for name, value in answer_headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self._send_body(answer, payload)

            def _send_body(self, answer: Answer, payload: bytes) -> None:
                if answer.cut_after is not None:
                    self.wfile.write(payload[: answer.cut_after])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if not answer.drip:
                    self.wfile.write(payload)
                    return
                self._drip(payload, answer.drip)

            def _drip(self, data: bytes, seconds: float) -> None:
                try:
                    for index in range(len(data)):
                        self.wfile.write(data[index : index + 1])
                        self.wfile.flush()
                        time.sleep(seconds)
                except OSError:  # the client gave up: what a drip is for
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@contextmanager
def running_exchange(
    public_key: PublicKey | None = None, *, tls: ssl.SSLContext | None = None
) -> Iterator[FakeExchange]:
    exchange = FakeExchange(public_key, tls=tls)
    exchange.start()
    try:
        yield exchange
    finally:
        exchange.stop()
