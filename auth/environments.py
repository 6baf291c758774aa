"""Where Kalshi's Trade API lives, and checks on a base URL given by hand.

Kalshi recommends the ``external-api`` hosts; the older shared hosts (the ones this SDK
used to default to) remain supported, so they stay reachable by name for anyone who
has them allow-listed in a firewall. The signature covers the path, never the host, so
a key works on every host of its environment.
"""

from __future__ import annotations

import httpx

from .errors import KalshiConfigError

API_PATH = "/trade-api/v2"
ENVIRONMENTS: dict[str, str] = {
    "production": f"https://external-api.kalshi.com{API_PATH}",
    "demo": f"https://external-api.demo.kalshi.co{API_PATH}",
    # The shared hosts Kalshi still serves: same API, same keys, same signatures.
    "production-legacy": f"https://api.elections.kalshi.com{API_PATH}",
    "demo-legacy": f"https://demo-api.kalshi.co{API_PATH}",
}


def resolve_base_url(environment: str, base_url: str | None) -> str:
    """The base URL to use: ``base_url`` when given (checked), else the environment's."""
    if base_url is None:
        try:
            return ENVIRONMENTS[environment]
        except (KeyError, TypeError):
            choices = ", ".join(repr(name) for name in ENVIRONMENTS)
            raise KalshiConfigError(f"Unknown environment {environment!r}: use one of {choices}.") from None
    return check_base_url(base_url)


def check_base_url(base_url: str) -> str:
    """``base_url`` without a trailing slash, if it is http(s) and ends in /trade-api/v2.

    Signatures cover the full path, /trade-api/v2 included, so a base URL without it
    would produce requests the exchange rejects with a puzzling 401.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise KalshiConfigError(f"base_url {base_url!r} is not a valid URL.") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise KalshiConfigError(f"base_url {base_url!r} must be an http(s) URL such as {ENVIRONMENTS['demo']!r}.")
    if url.query or url.fragment or "?" in base_url or "#" in base_url:
        # Even an empty one: "…/v2?" would put every operation's path into the query string.
        raise KalshiConfigError(f"base_url {base_url!r} must not have a query string or fragment.")
    if url.userinfo:
        # Not echoed: it holds a password. Kalshi authenticates with API keys, never in the URL.
        raise KalshiConfigError(
            "base_url must not carry a user name or password (user:password@host): Kalshi's API authenticates "
            "with your API key, and a URL is shown in errors and logs."
        )
    if url.path.rstrip("/") == "" or not url.path.rstrip("/").endswith(API_PATH):
        raise KalshiConfigError(
            f"base_url {base_url!r} must end with {API_PATH!r} (for example {ENVIRONMENTS['demo']!r}): "
            "the signature covers that part of the path."
        )
    return str(url).rstrip("/")
