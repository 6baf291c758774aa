"""What the tests share besides fixtures: a scripted transport, a client over it, checks.

``Script`` is an httpx transport for both kinds of client that answers from a queue and
records what was sent; ``scripted_client`` puts a ``KalshiClient`` over it, so a test
reads like the README: build a client, make a call, look at what went out. For what a
transport cannot show (bytes on a socket, a dropped connection, a proxy), the tests use
``tests.fake_exchange`` on loopback instead.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.x509.oid import NameOID

from kalshi_auth import ENVIRONMENTS, KalshiClient
from tests.fake_exchange import signature_is_valid

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
BASE_URL = ENVIRONMENTS["production"]

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class Sent:
    """One request as it left the stack (a copy: a retried request object is reused)."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes

    @property
    def path(self) -> str:
        return self.url.path


@dataclass
class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers each request with the next of ``answers`` (the last one repeats); records ``sent``.

    An answer is a response, an exception to raise, or a function of the request.
    """

    answers: list[Answer] = field(default_factory=lambda: [httpx.Response(200, json={})])
    sent: list[Sent] = field(default_factory=list)

    def then(self, *answers: Answer) -> Script:
        self.answers = list(answers)
        return self

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(Sent(request.method, request.url, request.headers.copy(), request.content))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            # A fresh copy each time (a stream is read once), of the bytes as sent: still encoded.
            assert isinstance(answer.stream, httpx.ByteStream)
            raw = b"".join(answer.stream)
            return httpx.Response(answer.status_code, headers=answer.headers, stream=httpx.ByteStream(raw))
        return answer(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._answer(request)


def encoded(status: int, content: bytes, encoding: str) -> httpx.Response:
    """An answer whose body is sent as given, with ``Content-Encoding: encoding`` (not decoded here)."""
    return httpx.Response(status, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(content))


def scripted_client(
    script: Script, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey | None, **options: Any
) -> KalshiClient:
    """A client (public when ``key`` is None) whose requests go to ``script``, with production's
    base URL (so requests match the spec's servers) and no retries unless asked."""
    options = {"max_retries": 0, "base_url": BASE_URL, **options}
    options["httpx_args"] = {"transport": script, **options.get("httpx_args", {})}
    if key is None:
        return KalshiClient.public(**options)
    return KalshiClient(key_id=KEY_ID, private_key=key, **options)


def is_signed(sent: Sent | httpx.Request, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> bool:
    """Whether ``sent`` carries a valid Kalshi signature of its method and path by ``key``."""
    headers = {name.lower(): value for name, value in sent.headers.items()}
    return signature_is_valid(key.public_key(), headers, sent.method, sent.url.raw_path.decode().split("?")[0])


def has_signature_headers(headers: httpx.Headers | dict[str, str]) -> bool:
    return any(name.lower().startswith("kalshi-access-") for name in headers)


@dataclass
class Certificates:
    """A throwaway CA and a server certificate it signed for 127.0.0.1, as files and contexts."""

    ca_file: Path
    server: ssl.SSLContext

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


def make_certificates(folder: Path) -> Certificates:
    key = ec_key()
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kalshi-trade-sdk test")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    ca_file, key_file = folder / "ca.pem", folder / "server.key"
    ca_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(ca_file, key_file)
    return Certificates(ca_file, server)


def ec_key() -> Any:
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


@dataclass
class RawServer:
    root: str
    #: What each connection sent before the answer (one request each).
    received: list[bytes] = field(default_factory=list)


@contextmanager
def raw_server(answer: bytes) -> Iterator[RawServer]:
    """A loopback server that reads each request and sends ``answer`` as raw bytes, then hangs up:
    for answers no well-behaved server sends (a broken status line, a header too long, none at all)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()
    server = RawServer(f"http://127.0.0.1:{listener.getsockname()[1]}")

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    server.received.append(connection.recv(65536))
                    connection.sendall(answer)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@contextmanager
def unanswered_connect() -> Iterator[str]:
    """A loopback address where connecting hangs: its listen queue is full and never accepted,
    so the kernel ignores new connections. Yields its root URL."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        filler.close()
        listener.close()
