"""The httpx clients a KalshiClient sends through, and the stack of layers under them.

Outermost first: retries -> rate limit -> signing (origin-bound) -> body (deadline and
size limit) -> the base transport of the route (httpx's, a proxy's, a user's). Every
route gets the whole stack, so no request leaves unsigned, whichever way it goes.

The httpx clients are subclasses for one reason: ``send`` is where a call starts, so it
is where the call's deadline starts; every ``request``, ``get``, ``stream`` and redirect
hop passes through it. httpx's own handling of proxies from the environment is turned
off (``trust_env=False``) because ``routes`` has already made those routes, wrapped.
"""

from __future__ import annotations

import sys
from typing import Any, TypeVar

import httpx

from kalshi_client import __spec_version__, __version__

from . import deadline
from .body import BodyTransport
from .decoding import ACCEPT_ENCODING
from .errors import KalshiRedirectError
from .layer import Transport
from .origin import Origin
from .rate_limit import RateLimitTransport
from .retries import RetryTransport
from .routes import Routes
from .settings import KalshiSettings
from .signing import Signer, SigningTransport

_PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"kalshi-trade-sdk/{__version__} (spec {__spec_version__}) Python/{_PYTHON} httpx/{httpx.__version__}"

T = TypeVar("T", httpx.BaseTransport, httpx.AsyncBaseTransport)


def wrap(base: Transport, settings: KalshiSettings, signer: Signer | None) -> Transport:
    """``base`` under the whole stack of layers, configured from ``settings``."""
    signing = SigningTransport(
        signer, BodyTransport(base, settings.max_response_bytes), origin=Origin.of(settings.base_url)
    )
    layer: Transport = signing
    if settings.rate_limit is not None:
        layer = RateLimitTransport(signing, settings.rate_limit)
    if settings.max_retries:
        layer = RetryTransport(layer, settings.max_retries)
    return layer


def _chain_cut(request: httpx.Request, max_redirects: int) -> KalshiRedirectError:
    return KalshiRedirectError(
        f"{request.method} {request.url.path} was redirected more than {max_redirects} times; the chain was cut."
    )


class CallClient(httpx.Client):
    """``httpx.Client`` whose every ``send`` starts the call's deadline."""

    def __init__(self, *, deadline_seconds: float | None, **options: Any) -> None:
        super().__init__(**options)
        self.deadline_seconds = deadline_seconds

    def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        deadline.start(request, self.deadline_seconds)
        try:
            return super().send(request, **options)
        except httpx.TooManyRedirects as exc:
            raise _chain_cut(request, self.max_redirects) from exc


class AsyncCallClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose every ``send`` starts the call's deadline."""

    def __init__(self, *, deadline_seconds: float | None, **options: Any) -> None:
        super().__init__(**options)
        self.deadline_seconds = deadline_seconds

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        deadline.start(request, self.deadline_seconds)
        try:
            return await super().send(request, **options)
        except httpx.TooManyRedirects as exc:
            raise _chain_cut(request, self.max_redirects) from exc


def _options(settings: KalshiSettings, signer: Signer | None, routes: Routes[T], *, for_async: bool) -> dict[str, Any]:
    return {
        "deadline_seconds": settings.deadline,
        "base_url": settings.base_url,
        "headers": {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING, **settings.headers},
        "cookies": dict(settings.cookies),
        "timeout": settings.timeout,
        "follow_redirects": settings.follow_redirects,
        "trust_env": False,
        "transport": wrap(routes.default, settings, signer),
        "mounts": {
            pattern: None if base is None else wrap(base, settings, signer) for pattern, base in routes.mounts.items()
        },
        **settings.client_options(for_async=for_async),
    }


def sync_client(settings: KalshiSettings, signer: Signer | None, routes: Routes[httpx.BaseTransport]) -> CallClient:
    return CallClient(**_options(settings, signer, routes, for_async=False))


def async_client(
    settings: KalshiSettings, signer: Signer | None, routes: Routes[httpx.AsyncBaseTransport]
) -> AsyncCallClient:
    return AsyncCallClient(**_options(settings, signer, routes, for_async=True))
