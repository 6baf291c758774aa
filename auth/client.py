"""``KalshiClient``: the generated ``AuthenticatedClient``, signing every request.

It is a subclass, so every generated function accepts it as ``client=`` and mypy agrees.
What it adds is set-up: ``KalshiSettings`` (checked once, frozen), the connection pools
(``routes.Pools``, shared with derived clients) and, per client and kind, an httpx
client over the stack of ``stack.wrap``: retries, rate limit, signing bound to the
base URL's origin, then the body layer (deadline, size limit) over the base transport.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx

from kalshi_client.client import AuthenticatedClient

from .errors import KalshiConfigError, KalshiError, cause
from .keys import KeySource
from .routes import Pools, running_loop
from .settings import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    KalshiSettings,
    Options,
    arguments_from_env,
)
from .signing import Signer
from .stack import USER_AGENT, AsyncCallClient, CallClient, async_client, sync_client

__all__ = ["DEFAULT_DEADLINE", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "USER_AGENT", "KalshiClient"]

if TYPE_CHECKING:
    from .ws.session import KalshiWebSocket


class KalshiClient(AuthenticatedClient):
    """A client for Kalshi's Trade API v2 that signs every request with your API key.

    ``private_key`` is a path (``~`` expanded), PEM text or bytes, or a cryptography
    RSA/Ed25519 private key; ``passphrase`` opens an encrypted one. ``environment`` is
    ``"production"`` or ``"demo"``; ``base_url`` overrides it. The other options
    (``ClientOptions``: retries, rate limit, timeout, deadline, body limit, httpx options)
    are described in docs/guide/safety.md. ``KalshiClient.public()`` needs no key.
    """

    def __init__(
        self,
        *,
        key_id: str,
        private_key: KeySource,
        passphrase: str | bytes | None = None,
        environment: str = "production",
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = KalshiSettings.create(
            key_id=key_id,
            private_key=private_key,
            passphrase=passphrase,
            environment=environment,
            base_url=base_url,
            **options,
        )
        self._adopt(settings, pools=None)

    @classmethod
    def public(
        cls, *, environment: str = "production", base_url: str | None = None, **options: Unpack[ClientOptions]
    ) -> Self:
        """A client without a key, for public data (markets, events, order books): nothing is signed.

        Same environments, retries, errors, rate limits, deadline and pagination as a keyed client.
        """
        settings = KalshiSettings.create(
            key_id=None, private_key=None, environment=environment, base_url=base_url, **options
        )
        client = cls.__new__(cls)
        client._adopt(settings, pools=None)
        return client

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """A client configured from ``KALSHI_*`` environment variables.

        ``KALSHI_API_KEY_ID``; exactly one of ``KALSHI_PRIVATE_KEY_PATH`` and
        ``KALSHI_PRIVATE_KEY`` (PEM text); optionally ``KALSHI_PRIVATE_KEY_PASSPHRASE``,
        ``KALSHI_ENV`` (production, demo, production-legacy or demo-legacy) and ``KALSHI_BASE_URL``. Keyword arguments
        override what the environment says.
        """
        env = os.environ if environ is None else environ
        return cls(**{**arguments_from_env(env, with_key="private_key" not in overrides), **overrides})

    def _adopt(self, settings: KalshiSettings, pools: Pools | None) -> None:
        """Become a client for ``settings``, over ``pools`` (new ones when None)."""
        self._settings = settings
        self._signer = (
            Signer(settings.key_id, settings.private_key) if settings.key_id and settings.private_key else None
        )
        self._pools = pools or Pools(settings.route_options(for_async=False), settings.route_options(for_async=True))
        self._lock = threading.Lock()
        self._http: CallClient | None = None
        self._async_http: weakref.WeakKeyDictionary[object, AsyncCallClient] = weakref.WeakKeyDictionary()
        self._async_http_any: AsyncCallClient | None = None
        super().__init__(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers=dict(settings.headers),
            cookies=dict(settings.cookies),
            verify_ssl=settings.verify_ssl,
            follow_redirects=settings.follow_redirects,
        )

    @property
    def settings(self) -> KalshiSettings:
        """Everything this client was configured with (read-only; the key is not in its repr)."""
        return self._settings

    @property
    def key_id(self) -> str | None:
        """The API key id, or None for a public client."""
        return self._settings.key_id

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def with_options(self, **changes: Unpack[Options]) -> Self:
        """A client like this one with some options changed; it shares this one's connection pools
        unless the changes are about routes (``verify_ssl``, ``httpx_args``, ``async_httpx_args``)."""
        arguments = self._settings.arguments()
        if "environment" in changes and "base_url" not in changes:
            arguments["base_url"] = None
        settings = KalshiSettings.create(**{**arguments, **changes})
        same_routes = all(
            settings.route_options(for_async=kind) == self._settings.route_options(for_async=kind)
            for kind in (False, True)
        )
        derived = type(self).__new__(type(self))
        derived._adopt(settings, pools=self._pools if same_routes else None)
        return derived

    def with_headers(self, headers: dict[str, str]) -> Self:
        return self.with_options(headers={**self._settings.headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return self.with_options(cookies={**self._settings.cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return self.with_options(timeout=timeout)

    def __copy__(self) -> Self:
        # attrs' state only covers the generated fields; a copy is a derived client instead.
        return self.with_options()

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self.with_options()

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client (made on first use, once, whatever the number of threads)."""
        with self._lock:
            if self._http is None:
                with _setting_up():
                    self._http = sync_client(self._settings, self._signer, self._pools.sync_routes())
            return self._http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client of the running event loop (each loop gets its own)."""
        loop = running_loop()
        with self._lock:
            found = self._async_http.get(loop) if loop is not None else self._async_http_any
            if found is None:
                with _setting_up():
                    found = async_client(self._settings, self._signer, self._pools.async_routes())
                if loop is not None:
                    self._async_http[loop] = found
                else:
                    self._async_http_any = found
            return found

    def close(self) -> None:
        """Close the sync connections (shared with derived clients); a later call opens new ones."""
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            http.close()
        self._pools.close()

    async def aclose(self) -> None:
        """Close the async connections of the running event loop (shared with derived clients)."""
        loop = running_loop()
        with self._lock:
            if loop is not None:
                http = self._async_http.pop(loop, None)
            else:
                http, self._async_http_any = self._async_http_any, None
        if http is not None:
            await http.aclose()
        await self._pools.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def set_httpx_client(self, client: httpx.Client) -> Self:
        raise KalshiConfigError(
            "KalshiClient builds its own httpx.Client so that every request is signed; "
            "pass httpx_args={'transport': ...} (or other httpx options) to KalshiClient instead."
        )

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        raise KalshiConfigError(
            "KalshiClient builds its own httpx.AsyncClient so that every request is signed; "
            "pass async_httpx_args={'transport': ...} (or other httpx options) to KalshiClient instead."
        )

    def __repr__(self) -> str:
        # Never raises, even on a half-built or copied client: repr is what error reports show.
        settings = getattr(self, "_settings", None)
        if not isinstance(settings, KalshiSettings):
            return f"{type(self).__name__}(<not configured>)"
        if settings.key_id is None:
            return f"{type(self).__name__}.public(base_url={settings.base_url!r})"
        signer = getattr(self, "_signer", None)
        algorithm = getattr(signer, "algorithm", None)
        return f"{type(self).__name__}(key_id={settings.key_id!r}, base_url={settings.base_url!r}, algorithm={algorithm!r})"

    __str__ = __repr__

    def websocket(self, url: str | None = None, **options: Any) -> KalshiWebSocket:
        """A session on Kalshi's WebSocket, signed with this client's key: ``async with client.websocket() as ws``.

        The URL comes from the client's environment or base URL (Kalshi's recommended WebSocket host for its
        own hosts); ``url`` overrides it. ``options`` are ``KalshiWebSocket``'s (``queue_size``,
        ``ping_interval``, ``command_timeout``, ``on_reconnect``...). A 401 raises ``AuthenticationError`` when
        the ``async with`` is entered.
        """
        if self._signer is None:
            # Kalshi authenticates every WebSocket connection, public channels included.
            raise KalshiConfigError(
                "Kalshi's WebSocket needs an API key even for public channels: use KalshiClient(key_id=..., "
                "private_key=...) rather than KalshiClient.public() for client.websocket()."
            )
        from .ws.session import KalshiWebSocket  # websockets loads only for streaming

        return KalshiWebSocket(self._signer, rest_base_url=self.base_url, url=url, **options)


@contextmanager
def _setting_up() -> Iterator[None]:
    """httpx checks some of ``httpx_args`` (limits, proxy, cert, auth...) only when the client is
    built, on the first call: what it refuses there is a configuration error too."""
    try:
        yield
    except KalshiError:
        raise
    except Exception as exc:
        raise KalshiConfigError(
            f"The client cannot be set up from its settings ({cause(exc)}); check httpx_args and verify_ssl."
        ) from exc
