"""The httpx clients a KalshiClient sends through, and the stack of layers under them.

Outermost first: retries -> rate limit -> signing (origin-bound) -> body (deadline and
size limit) -> the base transport of the route (httpx's, a proxy's, a user's). Every
route gets the whole stack, so no request leaves unsigned, whichever way it goes.

The httpx clients are subclasses for two reasons. ``send`` is where a call starts, so it
is where the call's deadline starts; every ``request``, ``get``, ``stream`` and redirect
hop passes through it. And httpx redoes per request work whose result never changes
(``Fast``): merging a relative URL with the base URL costs two URL parses, empty
``params`` a third, reading cookies from an answer that sets none a fourth. httpx's own
handling of proxies from the environment is turned off (``trust_env=False``) because
``routes`` has already made those routes, wrapped.
"""

from __future__ import annotations

import http.cookiejar
import sys
import urllib.request
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from kalshi_client import __spec_version__, __version__

from . import deadline
from .body import BodyTransport
from .decoding import ACCEPT_ENCODING
from .errors import KalshiRedirectError, cause
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


def _bad_location(request: httpx.Request, exc: Exception) -> KalshiRedirectError:
    # httpx builds the next request of a redirect (followed or not) while sending: only a
    # Location header it cannot read as a URL fails there.
    return KalshiRedirectError(
        f"{request.method} {request.url.path} was answered with a redirect whose Location is not a usable URL "
        f"({cause(exc)}); nothing was followed."
    )


class AnswerCookies(httpx.Cookies):
    """httpx's cookie jar, which skips answers that set no cookie (reading one costs a URL parse
    and more) and keeps only cookies it can send back (``_SendableCookies``)."""

    def __init__(self, cookies: Any = None) -> None:
        super().__init__(cookies)
        self.jar.set_policy(_SendableCookies())

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _SendableCookies(http.cookiejar.DefaultCookiePolicy):
    """Refuses a cookie whose name or value is not printable ASCII.

    httpx writes the ``Cookie`` header in ASCII: one such cookie from an answer would make
    every later request of the client fail with ``UnicodeEncodeError`` before it is sent.
    """

    def set_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        text = cookie.name + (cookie.value or "")
        return text.isascii() and text.isprintable() and super().set_ok(cookie, request)


#: How many merged URLs a client keeps: paths carry ids (tickers, order ids), so they are many.
URL_CACHE_SIZE = 1024

if TYPE_CHECKING:
    from httpx._client import BaseClient as _Client  # what httpx.Client and httpx.AsyncClient share
else:
    _Client = object


class Fast(_Client):
    """What ``CallClient`` and ``AsyncCallClient`` do the same way as httpx, but once rather than per request.

    The absolute URL of a relative one is httpx's merge (``base_url`` path + the URL's
    path), remembered per string; a different ``base_url`` starts afresh. Empty ``params``
    are dropped where httpx would rebuild the URL for nothing (only when the URL has no
    query: httpx's empty params would remove it, and that stays so).
    """

    _urls: dict[str, httpx.URL]
    _urls_base: httpx.URL | None = None
    _jar: httpx.Cookies

    def build_request(self, method: str, url: httpx.URL | str, **options: Any) -> httpx.Request:
        absolute = self._absolute(url) if isinstance(url, str) else url
        params = options.get("params")
        if params is not None and not params and not absolute.query:
            options["params"] = None
        return super().build_request(method, absolute, **options)

    def _absolute(self, url: str) -> httpx.URL:
        base = self.base_url
        if self._urls_base is not base:
            self._urls, self._urls_base = {}, base
        found = self._urls.get(url)
        if found is None:
            found = httpx.URL(url)
            if found.is_relative_url:
                found = base.copy_with(raw_path=base.raw_path + found.raw_path.lstrip(b"/"))
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls = {}
            self._urls[url] = found
        return found

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._jar = AnswerCookies(cookies)


class CallClient(Fast, httpx.Client):
    """``httpx.Client`` whose every ``send`` starts the call's deadline."""

    def __init__(self, *, deadline_seconds: float | None, **options: Any) -> None:
        cookies = options.pop("cookies", None)
        super().__init__(**options)
        self.cookies = cookies
        self.deadline_seconds = deadline_seconds

    def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        deadline.start(request, self.deadline_seconds)
        try:
            return super().send(request, **options)
        except httpx.TooManyRedirects as exc:
            raise _chain_cut(request, self.max_redirects) from exc
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise _bad_location(request, exc) from exc


class AsyncCallClient(Fast, httpx.AsyncClient):
    """``httpx.AsyncClient`` whose every ``send`` starts the call's deadline."""

    def __init__(self, *, deadline_seconds: float | None, **options: Any) -> None:
        cookies = options.pop("cookies", None)
        super().__init__(**options)
        self.cookies = cookies
        self.deadline_seconds = deadline_seconds

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        deadline.start(request, self.deadline_seconds)
        try:
            return await super().send(request, **options)
        except httpx.TooManyRedirects as exc:
            raise _chain_cut(request, self.max_redirects) from exc
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise _bad_location(request, exc) from exc


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
