"""Kalshi's request signature, and the httpx transport that puts it on every request.

Why a transport and not an ``httpx.Auth``: httpx runs an Auth flow once per ``send()``,
above its redirect handling, so a redirect it follows would go out with the first
request's signature. A transport sits below redirects and retries and sees each request
exactly as it goes on the wire, so every attempt is signed once, afresh, with its own
timestamp and its own path; ``request``, ``send`` and ``stream`` all pass through it.
"""

from __future__ import annotations

import base64
import logging
import ssl
import time

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding

from .keys import PrivateKey

logger = logging.getLogger("kalshi_auth")

KEY_HEADER = "KALSHI-ACCESS-KEY"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
_SHA256 = hashes.SHA256()


class Signer:
    """Signs ``timestamp + METHOD + path`` with an already parsed key.

    RSA keys sign with RSA-PSS (SHA-256, MGF1-SHA-256, salt as long as the digest);
    Ed25519 keys sign the same message with Ed25519. Its repr names the key id and the
    algorithm, never the key.
    """

    __slots__ = ("_key", "algorithm", "key_id")

    def __init__(self, key_id: str, key: PrivateKey) -> None:
        self.key_id = key_id
        self._key = key
        self.algorithm = "Ed25519" if isinstance(key, ed25519.Ed25519PrivateKey) else "RSA-PSS-SHA256"

    def sign(self, message: bytes) -> str:
        """The base64 signature of ``message``."""
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            signature = self._key.sign(message)
        else:
            signature = self._key.sign(message, _PSS, _SHA256)
        return base64.b64encode(signature).decode("ascii")

    def headers(self, method: str, path: str, timestamp_ms: int | None = None) -> dict[str, str]:
        """The three ``KALSHI-ACCESS-*`` headers for one request; ``path`` as sent, no query."""
        timestamp = str(time.time_ns() // 1_000_000 if timestamp_ms is None else timestamp_ms)
        return {
            KEY_HEADER: self.key_id,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: self.sign(f"{timestamp}{method.upper()}{path}".encode()),
        }

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r}, algorithm={self.algorithm!r})"


def wire_path(request: httpx.Request) -> str:
    """The percent-encoded path exactly as it goes on the wire, without query string."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


class SigningTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync and an async transport; signs each request just before it is sent.

    One object serves both ``httpx.Client`` and ``httpx.AsyncClient``, as httpx-retries'
    transport does, so the generated client can hand the same ``transport=`` to both.
    httpx's own transports are made on first use, sharing one SSL context: building an
    SSL context loads the CA bundle (tens of milliseconds), which a sync-only or
    async-only program should pay once, not twice, and not at construction.
    """

    def __init__(
        self,
        signer: Signer,
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        self.signer = signer
        self._sync = sync_transport
        self._async = async_transport
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            verify = self._verify
            if isinstance(verify, ssl.SSLContext):
                self._ssl_context = verify
            elif isinstance(verify, str):
                self._ssl_context = ssl.create_default_context(cafile=verify)
            else:
                self._ssl_context = httpx.create_ssl_context(verify=verify)
        return self._ssl_context

    def _sync_transport(self) -> httpx.BaseTransport:
        if self._sync is None:
            self._sync = httpx.HTTPTransport(verify=self._context())
        return self._sync

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(verify=self._context())
        return self._async

    def _sign(self, request: httpx.Request) -> None:
        path = wire_path(request)
        request.headers.update(self.signer.headers(request.method, path))
        logger.debug("signed %s %s", request.method, path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._sign(request)
        return self._sync_transport().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._sign(request)
        return await self._async_transport().handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def __repr__(self) -> str:
        return f"SigningTransport({self.signer!r})"
