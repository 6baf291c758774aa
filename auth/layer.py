"""The shape every layer of the transport stack shares: one object, sync or async.

Each layer (retries, signing, body reading) wraps the next and is used as a sync
transport under ``httpx.Client`` or as an async one under ``httpx.AsyncClient``,
depending on what it wraps; ``KalshiClient`` builds one stack of each kind, so the base
transport (httpx's, a proxy's, a user's, or an aiohttp one) is chosen per kind.
"""

from __future__ import annotations

import httpx

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


class Layer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that does its job and hands each request to ``inner``."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner

    def sync_inner(self) -> httpx.BaseTransport:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise TypeError(f"{type(self).__name__} wraps an async transport; it cannot serve httpx.Client")
        return self.inner

    def async_inner(self) -> httpx.AsyncBaseTransport:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise TypeError(f"{type(self).__name__} wraps a sync transport; it cannot serve httpx.AsyncClient")
        return self.inner

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.inner!r})"
