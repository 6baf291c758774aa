"""Everything a ``KalshiClient`` was configured with, in one frozen, typed, checked object.

``KalshiSettings.create`` takes the arguments a user passes (a key path, a tier name,
seconds as a float) and turns each into its one checked form (a parsed key, a
``RateLimiter``, an ``httpx.Timeout``), raising ``KalshiConfigError`` with what to fix;
nothing is checked later, halfway through a request. Mappings are stored read-only, so
a frozen object really is frozen, and the key is left out of ``repr``. ``client.settings``
shows it; ``client.with_options(...)`` is ``create`` again with some arguments changed.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, TypedDict

import httpx

from .body import DEFAULT_MAX_RESPONSE_BYTES
from .environments import resolve_base_url
from .errors import KalshiConfigError
from .keys import KeySource, PrivateKey, load_private_key
from .rate_limit import RateLimit, RateLimiter
from .routes import ASYNC_BACKENDS, ROUTE_OPTIONS

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_DEADLINE = 30.0
DEFAULT_MAX_RETRIES = 2
MAX_REDIRECTS = 5
#: Read when a client is made (tests run the async suite with each backend by changing it).
DEFAULT_ASYNC_BACKEND = ASYNC_BACKENDS[0]

#: httpx.Client options KalshiClient takes as its own arguments instead.
_OWN_ARGUMENTS = frozenset({"base_url", "headers", "cookies", "timeout", "follow_redirects"})
_CLIENT_OPTIONS = frozenset({"auth", "params", "event_hooks", "max_redirects", "default_encoding"})


class ClientOptions(TypedDict, total=False):
    """The options ``KalshiClient(...)``, ``KalshiClient.public(...)`` and ``with_options(...)`` share.

    ``max_retries`` (2): retries of a failed idempotent call, 0 for none. ``rate_limit``
    (None): a tier name or a ``RateLimit``. ``timeout`` (10 s, 5 s to connect): httpx's
    per-operation timeouts. ``deadline`` (30 s, None for none): the budget of a whole
    call. ``max_response_bytes`` (64 MiB): the largest body, counted decompressed.
    ``async_backend`` ("aiohttp"): what async calls go out through, "httpx" for httpx's own.
    ``httpx_args``: httpx.Client options (``proxy``, ``mounts``, ``transport``,
    ``trust_env``, ``limits``, ``http2``, ``cert``, ``verify``...); ``async_httpx_args``
    override them for the async client.
    """

    max_retries: int
    rate_limit: str | RateLimit | RateLimiter | None
    timeout: httpx.Timeout | float | None
    deadline: float | None
    max_response_bytes: int
    async_backend: Literal["aiohttp", "httpx"]
    headers: Mapping[str, str] | None
    cookies: Mapping[str, str] | None
    verify_ssl: bool | str | ssl.SSLContext
    follow_redirects: bool
    httpx_args: Mapping[str, Any] | None
    async_httpx_args: Mapping[str, Any] | None


class Options(ClientOptions, total=False):
    """What ``with_options`` may change besides: where the client points."""

    environment: str
    base_url: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class KalshiSettings:
    """A client's configuration, checked; ``key_id`` and ``private_key`` are None for a public client."""

    base_url: str
    environment: str = "production"
    key_id: str | None = None
    private_key: PrivateKey | None = field(default=None, repr=False, compare=False)
    max_retries: int = DEFAULT_MAX_RETRIES
    rate_limit: RateLimiter | None = None
    timeout: httpx.Timeout | None = field(default_factory=lambda: DEFAULT_TIMEOUT)
    deadline: float | None = DEFAULT_DEADLINE
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    async_backend: str = field(default_factory=lambda: DEFAULT_ASYNC_BACKEND)
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    cookies: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    verify_ssl: bool | str | ssl.SSLContext = True
    follow_redirects: bool = False
    httpx_args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    async_httpx_args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def create(
        cls,
        *,
        key_id: str | None,
        private_key: KeySource | None,
        passphrase: str | bytes | None = None,
        environment: str = "production",
        base_url: str | None = None,
        **options: Any,
    ) -> KalshiSettings:
        """Check and convert what a user passed; ``options`` are the ``ClientOptions``."""
        unknown = set(options) - ClientOptions.__optional_keys__
        if unknown:
            raise KalshiConfigError(f"Unknown option(s) {sorted(unknown)}: see KalshiClient's documentation.")
        if key_id is not None or private_key is not None:
            key_id = check_key_id(key_id)
            private_key = load_private_key(private_key, passphrase)  # type: ignore[arg-type]
        rate_limit = options.pop("rate_limit", None)
        return cls(
            base_url=resolve_base_url(environment, base_url),
            environment=environment,
            key_id=key_id,
            private_key=private_key,
            rate_limit=RateLimiter.of(rate_limit) if rate_limit is not None else None,
            **{name: value for name, value in options.items() if value is not None or name in _NONE_MEANS_OFF},
        )

    def __post_init__(self) -> None:
        checked = {
            "max_retries": _count("max_retries", self.max_retries, minimum=0),
            "max_response_bytes": _count("max_response_bytes", self.max_response_bytes, minimum=1),
            "timeout": _timeout(self.timeout),
            "deadline": _seconds("deadline", self.deadline),
            "async_backend": _async_backend(self.async_backend),
            "headers": _strings("headers", self.headers),
            "cookies": _strings("cookies", self.cookies),
            "httpx_args": _httpx_args("httpx_args", self.httpx_args),
            "async_httpx_args": _httpx_args("async_httpx_args", self.async_httpx_args),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)  # frozen: the one place values are normalised

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments that ``create`` turns back into these settings (the key already parsed)."""
        return {item.name: getattr(self, item.name) for item in dataclasses.fields(self)}

    def route_options(self, *, for_async: bool) -> dict[str, Any]:
        """What shapes the base transports of the sync (or async) client."""
        options: dict[str, Any] = {"verify": self.verify_ssl}
        if for_async:
            options["backend"] = self.async_backend
        for source in (self.httpx_args, self.async_httpx_args) if for_async else (self.httpx_args,):
            options.update({name: value for name, value in source.items() if name in ROUTE_OPTIONS})
        return options

    def client_options(self, *, for_async: bool) -> dict[str, Any]:
        """The httpx.Client options that are not about routes (``auth``, ``event_hooks``...)."""
        options: dict[str, Any] = {"max_redirects": MAX_REDIRECTS}
        for source in (self.httpx_args, self.async_httpx_args) if for_async else (self.httpx_args,):
            options.update({name: value for name, value in source.items() if name in _CLIENT_OPTIONS})
        return options


#: Options for which an explicit None means "none" rather than "the default".
_NONE_MEANS_OFF = frozenset({"timeout", "deadline"})


def check_key_id(key_id: object) -> str:
    """The key id without surrounding whitespace: printable ASCII, so it can only ever be one header value."""
    if key_id is not None and not isinstance(key_id, str):
        raise KalshiConfigError(
            f"key_id must be a str (the id on Kalshi's API keys page), not {type(key_id).__name__}."
        )
    if not isinstance(key_id, str) or not key_id.strip():
        raise KalshiConfigError(
            "key_id is missing: pass the API key id shown on Kalshi's API keys page (or set KALSHI_API_KEY_ID)."
        )
    key_id = key_id.strip()
    if not (key_id.isascii() and key_id.isprintable()) or any(char.isspace() for char in key_id):
        # Not echoed: a key id this wrong may well be something secret pasted in the wrong place.
        raise KalshiConfigError(
            "key_id must be printable ASCII without spaces or line breaks, like the id on Kalshi's API keys page "
            "(e.g. 'a952bcbe-ec3b-4b5b-b8f9-11dae589608c')."
        )
    return key_id


def _count(name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise KalshiConfigError(f"{name} must be a whole number, {minimum} or more, not {value!r}.")
    return value


#: The longest timeout or deadline taken (a week): sockets refuse timeouts past what the
#: platform's clock can hold, with an OverflowError on the first call.
MAX_SECONDS = 7 * 24 * 3600.0


def _seconds(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value <= MAX_SECONDS):
        raise KalshiConfigError(
            f"{name} must be a positive number of seconds up to {MAX_SECONDS:,.0f} (a week), or None for none, "
            f"not {value!r}."
        )
    return float(value)


def _async_backend(value: object) -> str:
    if value not in ASYNC_BACKENDS:
        raise KalshiConfigError(f"async_backend must be one of {', '.join(map(repr, ASYNC_BACKENDS))}, not {value!r}.")
    return str(value)


def _timeout(value: object) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            _seconds(f"timeout.{part}", getattr(value, part))
        return value
    return httpx.Timeout(_seconds("timeout", value))


def _strings(name: str, value: Mapping[str, str]) -> Mapping[str, str]:
    items = dict(value)
    if not all(isinstance(key, str) and isinstance(item, str) for key, item in items.items()):
        raise KalshiConfigError(f"{name} must map strings to strings.")
    if not all((key + item).isascii() and (key + item).isprintable() for key, item in items.items()):
        raise KalshiConfigError(f"{name} must be printable ASCII: HTTP sends nothing else in a header or cookie.")
    return MappingProxyType(items)


def _httpx_args(name: str, value: Mapping[str, Any]) -> Mapping[str, Any]:
    args = dict(value)
    for key in args:
        if key in _OWN_ARGUMENTS:
            raise KalshiConfigError(f"{name}[{key!r}]: pass {key}=... to KalshiClient itself.")
        if key not in ROUTE_OPTIONS | _CLIENT_OPTIONS:
            allowed = ", ".join(sorted(ROUTE_OPTIONS | _CLIENT_OPTIONS))
            raise KalshiConfigError(
                f"{name}[{key!r}] is not an httpx.Client option KalshiClient passes on ({allowed})."
            )
    redirects = args.get("max_redirects", MAX_REDIRECTS)
    if isinstance(redirects, bool) or not isinstance(redirects, int) or not 0 <= redirects <= MAX_REDIRECTS:
        raise KalshiConfigError(f"{name}['max_redirects'] must be 0 to {MAX_REDIRECTS}, not {redirects!r}.")
    if args.get("http2") and importlib.util.find_spec("h2") is None:
        raise KalshiConfigError(f"{name}['http2'] needs the 'h2' package: pip install 'httpx[http2]'.")
    return MappingProxyType(args)


def arguments_from_env(environ: Mapping[str, str], *, with_key: bool = True) -> dict[str, Any]:
    """``KalshiClient`` arguments from ``KALSHI_*`` variables (see ``KalshiClient.from_env``)."""
    arguments = {
        "key_id": environ.get("KALSHI_API_KEY_ID", ""),
        "passphrase": environ.get("KALSHI_PRIVATE_KEY_PASSPHRASE") or None,
        "environment": environ.get("KALSHI_ENV") or "production",
        "base_url": environ.get("KALSHI_BASE_URL") or None,
    }
    if not with_key:
        return arguments
    path = environ.get("KALSHI_PRIVATE_KEY_PATH") or None
    pem = environ.get("KALSHI_PRIVATE_KEY") or None
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
    return {**arguments, "private_key": path or pem}
