"""Sync calls: every socket read and write within the call's deadline, not only the first.

httpcore gives a socket one timeout per phase (the read timeout of the headers, then of
the body) and sets it again before each ``recv``. A server that sends a byte just before
each timeout runs out (headers dripped a byte at a time, or a body that starts, then
stalls just before the deadline) keeps a sync call going long after its deadline: up to
one more read timeout for a body, up to h11's 16 KiB header limit of reads for headers.
Async calls run inside a cancel scope (``kalshi_auth.body``); a thread has nothing of the kind.

So the sync transport's connection pool runs on a network backend (httpcore's public
``NetworkBackend`` interface) whose streams clip each operation's timeout to what remains
of the deadline of the call running in this thread (``kalshi_auth.deadline.bounded_by``).
httpx does not yet take a network backend as an argument (encode/httpx pull request 3749),
so ``HTTPTransport`` hands it to the pool httpx built; a test fails if that stops working.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from .deadline import RUNNING


def _clip(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout``, or less where the deadline comes first; ``expired`` at once when it has passed."""
    deadline = RUNNING.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None or left < timeout else timeout


class _BoundedStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _clip(timeout, httpcore.ConnectTimeout))
        return _BoundedStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clip(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clip(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class HTTPTransport(httpx.HTTPTransport):
    """httpx's sync transport (direct, HTTP or SOCKS proxy alike), its sockets bounded by the deadline."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        pool = self._pool  # a ConnectionPool, or its subclasses HTTPProxy and SOCKSProxy
        pool._network_backend = _BoundedBackend(pool._network_backend)
