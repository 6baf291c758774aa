"""``KalshiClient``: the generated ``AuthenticatedClient``, signing every request.

It is a subclass, so every generated function accepts it as ``client=`` and mypy agrees.
All it adds is set-up: it parses the key once, picks the base URL, and hands the
generated client a transport stack: retries, then the optional rate limit, then signing,
then httpx's own transport.
"""

from __future__ import annotations

import os
import ssl
import sys
from collections.abc import Mapping
from typing import Any, Self

import httpx

from kalshi_client import __spec_version__, __version__
from kalshi_client.client import AuthenticatedClient

from .environments import resolve_base_url
from .errors import KalshiConfigError
from .keys import KeySource, load_private_key
from .rate_limit import RateLimit, RateLimiter, RateLimitTransport
from .signing import Signer, SigningTransport

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
_PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"kalshi-trade-sdk/{__version__} (spec {__spec_version__}) Python/{_PYTHON} httpx/{httpx.__version__}"


class KalshiClient(AuthenticatedClient):
    """A client for Kalshi's Trade API v2 that signs every request with your API key.

    ``private_key`` is a path (``~`` expanded), PEM text or bytes, or a cryptography
    RSA/Ed25519 private key; ``passphrase`` opens an encrypted one. ``environment`` is
    ``"production"`` or ``"demo"``; ``base_url`` overrides it. ``max_retries`` bounds the
    retries of failed idempotent requests (0 turns them off). ``rate_limit`` (a tier
    name such as ``"basic"``, or ``RateLimit(reads_per_second=..., writes_per_second=...)``)
    spaces requests to stay under Kalshi's limits; off by default. ``httpx_args`` go to the
    httpx clients; a ``"transport"`` in them is wrapped, so it is still signed.
    """

    def __init__(
        self,
        *,
        key_id: str,
        private_key: KeySource,
        passphrase: str | bytes | None = None,
        environment: str = "production",
        base_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: str | RateLimit | RateLimiter | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: bool | str | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if not isinstance(key_id, str) or not key_id.strip():
            raise KalshiConfigError(
                "key_id is missing: pass the API key id shown on Kalshi's API keys page (or set KALSHI_API_KEY_ID)."
            )
        if not isinstance(max_retries, int) or max_retries < 0:
            raise KalshiConfigError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}.")
        key = load_private_key(private_key, passphrase)
        limiter = RateLimiter.of(rate_limit) if rate_limit is not None else None
        url = resolve_base_url(environment, base_url)
        extra = dict(httpx_args or {})
        user_transport = extra.pop("transport", None)
        self._signer = Signer(key_id.strip(), key)
        self._settings: dict[str, Any] = {
            "key_id": key_id,
            "private_key": key,
            "base_url": url,
            "max_retries": max_retries,
            "rate_limit": limiter,
            "timeout": timeout,
            "headers": dict(headers or {}),
            "cookies": dict(cookies or {}),
            "verify_ssl": verify_ssl,
            "follow_redirects": follow_redirects,
            "httpx_args": dict(httpx_args or {}),
        }
        signing = SigningTransport(
            self._signer,
            user_transport if isinstance(user_transport, httpx.BaseTransport) else None,
            user_transport if isinstance(user_transport, httpx.AsyncBaseTransport) else None,
            verify=verify_ssl,
        )
        # Outermost first: retries, then the rate limit (each attempt waits its turn), then
        # signing, so what leaves is signed at the moment it leaves.
        transport: httpx.BaseTransport = RateLimitTransport(signing, limiter) if limiter else signing
        if max_retries:
            # Imported here: httpx-retries pulls in asyncio (~10 ms), a cost that belongs
            # to building a retrying client, not to `import kalshi_auth`.
            from .retries import KalshiRetryTransport

            transport = KalshiRetryTransport(transport, max_retries)
        super().__init__(
            base_url=url,
            timeout=timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            cookies=dict(cookies or {}),
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args={**extra, "transport": transport},
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """A client configured from ``KALSHI_*`` environment variables.

        ``KALSHI_API_KEY_ID``; exactly one of ``KALSHI_PRIVATE_KEY_PATH`` and
        ``KALSHI_PRIVATE_KEY`` (PEM text); optionally ``KALSHI_PRIVATE_KEY_PASSPHRASE``,
        ``KALSHI_ENV`` (production or demo) and ``KALSHI_BASE_URL``. Keyword arguments
        override what the environment says.
        """
        env = os.environ if environ is None else environ
        path = env.get("KALSHI_PRIVATE_KEY_PATH") or None
        pem = env.get("KALSHI_PRIVATE_KEY") or None
        if "private_key" not in overrides:
            if path and pem:
                raise KalshiConfigError("Both KALSHI_PRIVATE_KEY_PATH and KALSHI_PRIVATE_KEY are set: keep only one.")
            if not path and not pem:
                raise KalshiConfigError(
                    "No private key in the environment: set KALSHI_PRIVATE_KEY_PATH to your key file, "
                    "or KALSHI_PRIVATE_KEY to its PEM text."
                )
            if pem is not None and "-----BEGIN" not in pem:
                raise KalshiConfigError(
                    "KALSHI_PRIVATE_KEY must hold the PEM text of the key; for a file, use KALSHI_PRIVATE_KEY_PATH."
                )
            overrides["private_key"] = path or pem
        settings: dict[str, Any] = {
            "key_id": env.get("KALSHI_API_KEY_ID", ""),
            "passphrase": env.get("KALSHI_PRIVATE_KEY_PASSPHRASE") or None,
            "environment": env.get("KALSHI_ENV") or "production",
            "base_url": env.get("KALSHI_BASE_URL") or None,
        }
        return cls(**{**settings, **overrides})

    @property
    def key_id(self) -> str:
        return self._signer.key_id

    @property
    def base_url(self) -> str:
        return str(self._settings["base_url"])

    def _derive(self, **changes: Any) -> Self:
        # The generated with_* methods use attrs.evolve, which would call __init__ with the
        # generated client's arguments; rebuild from our own settings instead. The key is
        # already parsed, so this costs no file read and no parsing.
        settings = {**self._settings, **changes}
        return type(self)(**settings)

    def with_headers(self, headers: dict[str, str]) -> Self:
        return self._derive(headers={**self._settings["headers"], **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return self._derive(cookies={**self._settings["cookies"], **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return self._derive(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        raise KalshiConfigError(
            "KalshiClient builds its own httpx.Client so that every request is signed; "
            "pass httpx_args={'transport': ...} (or other httpx options) to KalshiClient instead."
        )

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        raise KalshiConfigError(
            "KalshiClient builds its own httpx.AsyncClient so that every request is signed; "
            "pass httpx_args={'transport': ...} (or other httpx options) to KalshiClient instead."
        )

    def __repr__(self) -> str:
        return (
            f"KalshiClient(key_id={self._signer.key_id!r}, base_url={self.base_url!r}, "
            f"algorithm={self._signer.algorithm!r})"
        )

    __str__ = __repr__
