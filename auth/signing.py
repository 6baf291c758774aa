"""Kalshi's request signature, and the transport layer that puts it on requests for one origin only.

Why a transport and not an ``httpx.Auth``: httpx runs an Auth flow once per ``send()``,
above its redirect handling, so a redirect it follows would go out with the first
request's signature. A transport sits below redirects and retries and sees each request
exactly as it goes on the wire, so every attempt is signed once, afresh, with its own
timestamp and its own path.

Why it also guards the origin: httpx copies a request's headers, and for a 307 or 308
its body, into the redirected request, whatever host the ``Location`` names. Not
signing that next hop would still send the copied signature. So a request for any other
origin than the client's is refused here, before a byte is sent, and any
``KALSHI-ACCESS-*`` header it carries is dropped first.
"""

from __future__ import annotations

import base64
import logging
import time
from typing import cast

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from .errors import KalshiRedirectError
from .keys import PrivateKey
from .layer import Layer, Transport
from .origin import Origin

logger = logging.getLogger("kalshi_auth")

KEY_HEADER = "KALSHI-ACCESS-KEY"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"
SIGNATURE_HEADERS = (KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER)
_PREFIX = b"kalshi-access-"
_PREFIX_LENGTH = len(_PREFIX)

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
_SHA256 = hashes.SHA256()


class Signer:
    """Signs ``timestamp + METHOD + path`` with an already parsed key.

    RSA keys sign with RSA-PSS (SHA-256, MGF1-SHA-256, salt as long as the digest);
    Ed25519 keys sign the same message with Ed25519. Its repr names the key id and the
    algorithm, never the key.
    """

    __slots__ = ("_ed25519", "_key", "algorithm", "key_id")

    def __init__(self, key_id: str, key: PrivateKey) -> None:
        self.key_id = key_id
        self._key = key
        self._ed25519 = isinstance(key, ed25519.Ed25519PrivateKey)  # once: an ABC check costs per call
        self.algorithm = "Ed25519" if self._ed25519 else "RSA-PSS-SHA256"

    def sign(self, message: bytes) -> str:
        """The base64 signature of ``message``."""
        if self._ed25519:
            signature = cast(ed25519.Ed25519PrivateKey, self._key).sign(message)
        else:
            signature = cast(rsa.RSAPrivateKey, self._key).sign(message, _PSS, _SHA256)
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
        return f"Signer(key_id={getattr(self, 'key_id', None)!r}, algorithm={getattr(self, 'algorithm', None)!r})"


def wire_path(request: httpx.Request) -> str:
    """The percent-encoded path exactly as it goes on the wire, without query string."""
    return request.url.raw_path.partition(b"?")[0].decode("ascii")


def _carries_signature(headers: httpx.Headers) -> bool:
    return any(name[:_PREFIX_LENGTH].lower() == _PREFIX for name, _ in headers.raw)


class SigningTransport(Layer):
    """Lets requests for ``origin`` through, signed (unsigned for a keyless client); refuses the rest."""

    def __init__(self, signer: Signer | None, inner: Transport, *, origin: Origin) -> None:
        super().__init__(inner)
        self.signer = signer
        self.origin = origin

    def _sign(self, request: httpx.Request) -> None:
        if _carries_signature(request.headers):  # copied by httpx from the hop before a redirect
            for name in SIGNATURE_HEADERS:
                request.headers.pop(name, None)
        if not self.origin.admits(request.url):
            target = Origin.of(request.url)
            raise KalshiRedirectError(
                f"Refused to send {request.method} to {target}: this client sends its requests, signatures "
                f"and bodies only to {self.origin} (its base_url). A redirect to another origin is not followed.",
                location=str(target),
            )
        if self.signer is None:
            return
        path = wire_path(request)
        headers = request.headers
        for name, value in self.signer.headers(request.method, path).items():
            headers[name] = value  # cheaper than update(), which builds a Headers and looks each name up twice
        logger.debug("signed %s %s", request.method, path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._sign(request)
        return self.sync_inner().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._sign(request)
        return await self.async_inner().handle_async_request(request)

    def __repr__(self) -> str:
        return f"SigningTransport({self.signer!r}, origin={str(self.origin)!r})"
