"""The one origin (scheme, host, port) a client's signatures and bodies may go to.

An origin is compared as written: ``localhost`` is not ``127.0.0.1``, and ``https`` on
443 is not ``http`` on 80. Nothing is resolved, so a name cannot be made to match.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int | None

    @classmethod
    def of(cls, url: httpx.URL | str) -> Origin:
        if not isinstance(url, httpx.URL):
            url = httpx.URL(url)
        port = url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)
        return cls(url.scheme, url.host, port)

    def admits(self, url: httpx.URL) -> bool:
        """Whether ``url`` is on this origin (``of(url) == self``, without building an ``Origin`` per request)."""
        port = url.port
        if port is None:
            port = _DEFAULT_PORTS.get(url.scheme)
        return port == self.port and url.host == self.host and url.scheme == self.scheme

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}" if self.port is not None else f"{self.scheme}://{host}"
