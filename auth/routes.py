"""The base transports a client's requests leave through: httpx's, a proxy's, or the user's.

``httpx.Client(proxy=...)``, ``mounts=`` and proxies from the environment each get a
plain transport from httpx, below anything passed as ``transport=``, so they would
send unsigned. Here the same choices are made with httpx's public pieces (one
``HTTPTransport`` per route, ``urllib``'s reading of ``*_PROXY``/``NO_PROXY`` with
curl's rules, as httpx applies them), and the client wraps every route in its stack.

The transports hold the connection pools, so ``Pools`` builds them once, under a lock
(32 threads making their first call together build one pool), and shares them with the
clients derived by ``with_options`` and friends. Async transports belong to the event
loop they were first used in; a client used from a later loop (a second
``asyncio.run``) gets new ones for it.

The async base transport is aiohttp's (``aiohttp_transport``) unless the client asked
for httpx's (``async_backend="httpx"``) or the route needs what aiohttp cannot do:
HTTP/2, a proxy other than ``http://`` (SOCKS, HTTPS), or a loop other than asyncio's.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
import sys
import threading
import urllib.request
import weakref
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from .errors import KalshiConfigError

T = TypeVar("T", httpx.BaseTransport, httpx.AsyncBaseTransport)

#: httpx options that shape the routes; they reach the base transports, not httpx.Client.
ROUTE_OPTIONS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy", "mounts", "transport"})
_TRANSPORT_OPTIONS = ("http1", "http2", "limits", "backend")
#: The async backends ``KalshiClient(async_backend=...)`` takes; the first is the default.
ASYNC_BACKENDS = ("aiohttp", "httpx")


@dataclass(frozen=True)
class Routes(Generic[T]):
    """Where requests go: ``default``, unless a mount's URL pattern matches (None there means ``default``)."""

    default: T
    mounts: dict[str, T | None] = field(default_factory=dict)

    def transports(self) -> list[T]:
        found = [self.default]
        found.extend(transport for transport in self.mounts.values() if transport is not None)
        return found


def new_sync_transport(**options: Any) -> httpx.BaseTransport:
    """The sync base transport of a route (httpx's, its sockets bounded by the call's deadline)."""
    from .sync_network import HTTPTransport  # httpcore loads with the first transport, as in httpx

    return HTTPTransport(**options)


def new_async_transport(*, backend: str = ASYNC_BACKENDS[0], **options: Any) -> httpx.AsyncBaseTransport:
    """The async base transport of a route: aiohttp's where it can honour the options, else httpx's."""
    if backend == "aiohttp" and aiohttp_serves(options):
        try:
            from .aiohttp_transport import AiohttpBaseTransport
        except ImportError as exc:
            raise KalshiConfigError(
                f"async_backend='aiohttp' needs the aiohttp and httpx-aiohttp packages ({exc}): "
                "pip install kalshi-trade-sdk again, or pass async_backend='httpx'."
            ) from exc
        return AiohttpBaseTransport(**options)
    return httpx.AsyncHTTPTransport(**options)


def aiohttp_serves(options: Mapping[str, Any]) -> bool:
    """Whether aiohttp can honour a route's options: HTTP/1.1, and no proxy or a plain ``http://`` one."""
    if options.get("http2") or options.get("http1") is False:
        return False
    proxy = options.get("proxy")
    if proxy is None:
        return True
    url = proxy.url if isinstance(proxy, httpx.Proxy) else httpx.URL(proxy)
    return url.scheme == "http"


def environment_proxies() -> dict[str, str | None]:
    """``HTTP(S)_PROXY``/``ALL_PROXY`` as mount patterns, with ``NO_PROXY`` hosts mapped to None (direct)."""
    found = urllib.request.getproxies()
    proxies: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        value = found.get(scheme)
        if value:
            proxies[f"{scheme}://"] = value if "://" in value else f"http://{value}"
    for host in (part.strip() for part in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if host:
            proxies[_no_proxy_pattern(host)] = None
    return proxies


def _no_proxy_pattern(host: str) -> str:
    """curl's NO_PROXY rules: a URL as is, an address or localhost exactly, a name with its subdomains."""
    if "://" in host:
        return host
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return f"all://{host}" if host.lower() == "localhost" else f"all://*{host}"
    return f"all://[{address}]" if address.version == 6 else f"all://{address}"


class Pools:
    """The base transports of one family of clients, built on first use, thread-safe."""

    def __init__(self, sync_options: Mapping[str, Any], async_options: Mapping[str, Any]) -> None:
        self._sync_options = dict(sync_options)
        self._async_options = dict(async_options)
        self._lock = threading.Lock()
        self._ssl_contexts: dict[tuple[int, int, bool], ssl.SSLContext] = {}
        self._sync: Routes[httpx.BaseTransport] | None = None
        self._async: weakref.WeakKeyDictionary[object, Routes[httpx.AsyncBaseTransport]] = weakref.WeakKeyDictionary()
        self._async_any: Routes[httpx.AsyncBaseTransport] | None = None
        self._closers: weakref.WeakKeyDictionary[object, AsyncGenerator[None, None]] = weakref.WeakKeyDictionary()

    def sync_routes(self) -> Routes[httpx.BaseTransport]:
        with self._lock:
            if self._sync is None:
                self._sync = self._routes(self._sync_options, httpx.BaseTransport, new_sync_transport)
            return self._sync

    def async_routes(self) -> Routes[httpx.AsyncBaseTransport]:
        loop = running_loop()
        with self._lock:
            routes = self._async.get(loop) if loop is not None else self._async_any
            if routes is None:
                # aiohttp runs on asyncio only: without its loop (trio), httpx's transport serves.
                options = self._async_options if loop is not None else {**self._async_options, "backend": "httpx"}
                routes = self._routes(options, httpx.AsyncBaseTransport, new_async_transport)
                if loop is not None:
                    self._async[loop] = routes
                    self._closers[loop] = closed_with_loop(loop, routes)
                else:
                    self._async_any = routes
            return routes

    def _context(self, options: Mapping[str, Any]) -> ssl.SSLContext:
        # One SSL context per set of TLS options (loading the CA bundle takes tens of
        # milliseconds), shared by every route, sync and async, made when the first is.
        verify, cert, trust_env = options.get("verify", True), options.get("cert"), options.get("trust_env", True)
        key = (id(verify), id(cert), bool(trust_env))
        if key not in self._ssl_contexts:
            if isinstance(verify, ssl.SSLContext) and cert is None:
                self._ssl_contexts[key] = verify
            elif verify is True and cert is None:
                self._ssl_contexts[key] = default_ssl_context(bool(trust_env))
            else:
                self._ssl_contexts[key] = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        return self._ssl_contexts[key]

    def _routes(self, options: Mapping[str, Any], kind: type[T], new: Callable[..., T]) -> Routes[T]:
        user = _of_kind(options.get("transport"), kind, "transport")
        trust_env = options.get("trust_env", True)
        shared = {name: options[name] for name in _TRANSPORT_OPTIONS if name in options}

        def build(**proxy: Any) -> T:
            return new(verify=self._context(options), trust_env=trust_env, **shared, **proxy)

        if options.get("proxy") is not None:
            proxies: Mapping[str, Any] = {"all://": options["proxy"]}
        elif trust_env and user is None:
            proxies = environment_proxies()
        else:
            proxies = {}
        mounts: dict[str, T | None] = {
            pattern: None if proxy is None else build(proxy=proxy) for pattern, proxy in proxies.items()
        }
        for pattern, transport in (options.get("mounts") or {}).items():
            mounts[pattern] = _of_kind(transport, kind, f"mounts[{pattern!r}]")
        return Routes(user if user is not None else build(), mounts)

    def close(self) -> None:
        """Close the sync connections; the pools open new ones if used again."""
        with self._lock:
            routes = self._sync
        if routes is not None:
            for transport in routes.transports():
                transport.close()

    async def aclose(self) -> None:
        """Close the async connections of the running event loop."""
        loop = running_loop()
        with self._lock:
            if loop is not None:
                routes, closer = self._async.pop(loop, None), self._closers.pop(loop, None)
            else:
                (routes, self._async_any), closer = (self._async_any, None), None
        if routes is not None:
            for transport in routes.transports():
                await transport.aclose()
        if closer is not None:
            await closer.aclose()


_DEFAULT_CONTEXTS: dict[tuple[str | None, ...], ssl.SSLContext] = {}
_DEFAULT_CONTEXTS_LOCK = threading.Lock()


def default_ssl_context(trust_env: bool) -> ssl.SSLContext:
    """httpx's default SSL context (certifi's CAs, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``), made once per process.

    Loading the CA bundle takes tens of milliseconds: a program that makes a client per
    task or per ``asyncio.run`` would pay it each time. The context is only read once made.
    """
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None, "no env")
    with _DEFAULT_CONTEXTS_LOCK:
        found = _DEFAULT_CONTEXTS.get(key)
        if found is None:
            found = _DEFAULT_CONTEXTS[key] = httpx.create_ssl_context(verify=True, trust_env=trust_env)
        return found


def closed_with_loop(loop: object, routes: Routes[httpx.AsyncBaseTransport]) -> AsyncGenerator[None, None]:
    """An async generator, started on ``loop``, whose end closes the connections of ``routes``.

    ``asyncio.run`` closes the async generators of its loop before closing the loop, so a
    client used in successive loops without ``aclose()`` leaves no connection open behind
    a closed loop (aiohttp would log "Unclosed client session" for each, httpx leaks the
    sockets). The loop holds its generators weakly: the caller keeps this one.
    """

    async def closer() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            for transport in routes.transports():
                await transport.aclose()

    async def start() -> None:
        await anext(generator)

    import asyncio  # a loop is running, so already loaded

    generator = closer()
    assert isinstance(loop, asyncio.AbstractEventLoop)
    loop.create_task(start())
    return generator


def _of_kind(transport: object, kind: type[T], name: str) -> T | None:
    if transport is None or isinstance(transport, kind):
        return transport
    which = "async" if kind is httpx.AsyncBaseTransport else "sync"
    raise KalshiConfigError(
        f"The {name} given is a {type(transport).__name__}, which cannot serve the {which} client: "
        "give the async client its own in async_httpx_args={...} (they override httpx_args there)."
    )


def running_loop() -> object | None:
    """The running asyncio event loop, or None (no loop, or trio)."""
    asyncio = sys.modules.get("asyncio")  # not imported means no asyncio loop runs: do not import it
    if asyncio is None:
        return None
    try:
        loop: object = asyncio.get_running_loop()
    except RuntimeError:
        return None
    return loop
