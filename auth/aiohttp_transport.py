"""The default async base transport: aiohttp under httpx's API (httpx-aiohttp), kept to httpx's rules.

Why aiohttp: httpx's own async pool (httpcore on anyio) costs several times more per
request than aiohttp's C-accelerated one; at 16 concurrent signed calls it was the
bottleneck of the whole client. httpx-aiohttp's ``AiohttpTransport`` puts an aiohttp
``ClientSession`` behind httpx's one-method transport interface, so every layer above
(retries, rate limit, signing, deadline and body limit) stays exactly as it is.

What this subclass changes, and why each matters here:

- **Errors.** httpx-aiohttp maps any ``aiohttp.ClientConnectionError`` (a server that
  hung up, a read timeout) to ``httpx.ConnectTimeout``, which says "nothing was sent":
  the retry layer would then resend a POST, and an order could be placed twice. Here a
  failure maps to the httpx error that says what happened (``ConnectError`` and
  ``ConnectTimeout`` only when no connection was made), in the handshake and in the body.
- **The URL.** It goes out exactly as httpx encoded it, which is what was signed; aiohttp
  would requote it (``%7e`` to ``~``, ``[`` to ``%5B``) and the signature would not match.
- **The session.** It retries nothing (retries are the retry layer's, each one counted,
  rate-limited and signed afresh), keeps no cookies (httpx's client does; two jars would
  disagree), adds no headers of its own (the request goes out with exactly httpx's headers, in
  their case), never decompresses (``body.BodyTransport`` does, bounded: a gzip bomb is
  never inflated whole) and reads no proxy settings (``routes`` made the routes).
- **Event loops.** A session belongs to the loop it was made in: it is made on the first
  request and closed by ``aclose()``; ``routes.Pools`` keeps one transport per loop and
  closes it when its loop shuts down, so a client used across several ``asyncio.run``
  calls without ``aclose`` leaves no "Unclosed client session".

What aiohttp cannot do, ``routes.new_async_transport`` leaves to httpx's transport:
HTTP/2, SOCKS and HTTPS proxies, and event loops other than asyncio's (trio).
"""

from __future__ import annotations

import base64
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from yarl import URL

#: Headers aiohttp adds when a request lacks them (Content-Type: to a body). httpx's client sets the
#: first three on every request; a request without one of them is sent without it, as by httpx.
_AUTO_HEADERS = {b"user-agent": "User-Agent", b"accept": "Accept", b"accept-encoding": "Accept-Encoding"}

#: The longest status or header line accepted: httpcore's bound on a whole head, so both backends accept the same.
_MAX_HEAD = 100 * 1024

#: aiohttp's errors, most specific first, and the httpx error that tells the retry layer the same.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # no connection within the connect timeout
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # a read took longer than the read timeout
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS, certificate, proxy unreachable
    (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),  # the proxy refused the tunnel
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # a body cut short or malformed
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed answer (status line, headers)
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ClientConnectionError, httpx.ReadError),  # reset or broken after the request started
    (aiohttp.ClientError, httpx.TransportError),
    (OSError, httpx.ReadError),
)


def transport_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp failure, naming aiohttp's error and keeping its message."""
    for kind, mapped in _ERRORS:
        if isinstance(exc, kind):
            return mapped(f"{type(exc).__name__}: {exc}", request=request)
    return httpx.TransportError(f"{type(exc).__name__}: {exc}", request=request)


class _ResponseStream(httpx.AsyncByteStream):
    """An aiohttp body as httpx's stream: chunks as they arrive, aiohttp's errors as httpx's.

    Its own iterator rather than an async generator: each of those is registered with the
    event loop (for closing at shutdown), a cost per answer for nothing here.
    """

    __slots__ = ("_request", "_response")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    def __aiter__(self) -> _ResponseStream:
        return self

    async def __anext__(self) -> bytes:
        try:
            chunk = await self._response.content.readany()
        except TimeoutError as exc:
            if not isinstance(exc, aiohttp.ClientError):
                raise  # the deadline's own timeout: body.BodyTransport names it
            raise transport_error(exc, self._request) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise transport_error(exc, self._request) from exc
        if not chunk:
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        # Back to the pool when read to the end; otherwise aiohttp closes the connection.
        self._response.release()


class AiohttpBaseTransport(AiohttpTransport):
    """httpx-aiohttp's transport with this client's session, errors, proxies and timeouts.

    Takes the options ``routes.Pools`` gives a base transport: ``verify`` (an SSL context,
    client certificate loaded), ``trust_env``, ``limits`` and ``proxy``.
    """

    def __init__(self, *, proxy: httpx.Proxy | httpx.URL | str | None = None, **options: Any) -> None:
        if isinstance(proxy, str | httpx.URL):
            proxy = httpx.Proxy(proxy)
        super().__init__(proxy=proxy, **options)
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._proxy: dict[str, Any] = {}
        self._proxy_authorization: list[tuple[str, str]] = []
        if proxy is not None:
            # The credentials go in Proxy-Authorization (aiohttp's BasicAuth is deprecated): on each
            # request for an http:// URL, and on the CONNECT that opens a tunnel for an https:// one.
            headers = dict(proxy.headers)
            if proxy.auth is not None:
                credentials = base64.b64encode(":".join(proxy.auth).encode()).decode("ascii")
                headers["Proxy-Authorization"] = f"Basic {credentials}"
                self._proxy_authorization = [("Proxy-Authorization", headers["Proxy-Authorization"])]
            self._proxy = {"proxy": str(proxy.url), "proxy_headers": headers or None}

    def get_client(self) -> aiohttp.ClientSession:
        limits = self.limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,  # 0: no limit, as httpx's None
            keepalive_timeout=limits.keepalive_expiry,  # None: kept while the server keeps it, as httpx
            ssl=self.ssl_context,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
            # httpcore's bound on an answer's head, rather than aiohttp's 8 KiB a line.
            max_line_size=_MAX_HEAD,
            max_field_size=_MAX_HEAD,
        )
        # aiohttp resends a GET, PUT or DELETE by itself, once, when the server hangs up: unseen by
        # the retry layer (max_retries=0 would send twice) and the rate limiter, with the old signature.
        session._retry_connection = False
        return session

    def _open(self) -> aiohttp.ClientSession:
        session = self._session = self.get_client()  # in the running loop, as aiohttp wants
        return session

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        """httpx's timeouts as aiohttp's: connect per connection, read per read, the pool wait plus a connect.

        aiohttp has no write timeout; an async call's deadline bounds the whole attempt anyway.
        """
        given = request.extensions.get("timeout") or {}
        key = (given.get("connect"), given.get("read"), given.get("pool"))
        found = self._timeouts.get(key)
        if found is None:
            connect, read, pool = key
            acquire = None if connect is None or pool is None else connect + pool
            found = aiohttp.ClientTimeout(sock_connect=connect, sock_read=read, connect=acquire)
            if len(self._timeouts) > 64:  # clipped to a deadline, they vary at its end
                self._timeouts.clear()
            self._timeouts[key] = found
        return found

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            # A body given as a stream (or a redirect's copy of one): read, and sent as its headers say.
            data = await request.aread() or None
        encoding = request.headers.encoding
        raw = request.headers.raw
        headers = [(name.decode(encoding), value.decode(encoding)) for name, value in raw]
        # Telling aiohttp which headers not to add costs it a sort and two copies of the headers
        # per request: done only for a request that lacks one (httpx's client sets them all).
        skip = [_AUTO_HEADERS[name] for name in _AUTO_HEADERS.keys() - {name.lower() for name, _ in raw}]
        if data is not None and not any(name.lower() == b"content-type" for name, _ in raw):
            skip.append("Content-Type")
        if self._proxy_authorization and request.url.scheme == "http":
            headers += self._proxy_authorization
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),  # as httpx encoded it, and as it was signed: not requoted
                headers=headers,
                data=data,
                allow_redirects=False,  # httpx follows redirects, above the signing layer
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
                skip_auto_headers=skip or None,
                **self._proxy,
            )
        except TimeoutError as exc:
            if not isinstance(exc, aiohttp.ClientError):
                raise  # the deadline's own timeout: body.BodyTransport names it
            raise transport_error(exc, request) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise transport_error(exc, request) from exc
        except ValueError as exc:  # a header aiohttp refuses to write (a line break in a value)
            raise httpx.LocalProtocolError(f"{type(exc).__name__}: {exc}", request=request) from exc
        version = response.version
        extensions = {"http_version": b"HTTP/1.1" if version is None else f"HTTP/{version[0]}.{version[1]}".encode()}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("ascii", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(proxy={self._proxy.get('proxy')!r})"
