"""The layer next to the base transport: each attempt, body included, within the deadline and the size limit.

It reads the whole body before handing the answer up, for three reasons: the call's
deadline then covers the body too (a server dripping a byte a second is cut off); the
size is counted after decompression, bounded (``decoding.Decoder``), so a gzip bomb is
never inflated whole; and a connection that drops while the body is read fails inside
the attempt, where the retry layer can retry an idempotent call. The answer goes up
decoded, without ``Content-Encoding``, so httpx does not decode it again. Kalshi's REST
answers are JSON documents, so nothing streams that would be hurt by this.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import httpx

from .deadline import Deadline, bounded_by, clip_timeouts, deadline_of
from .decoding import BadEncoding, Decoder, TooLarge
from .errors import KalshiResponseError, KalshiResponseTooLargeError, KalshiTimeoutError
from .layer import Layer, Transport
from .routes import running_loop

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_KEPT_ON_ERROR = 1024
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _Attempt:
    """One attempt as it goes: what it is doing (for the deadline's error), then its body, decoded and counted."""

    __slots__ = ("chunks", "deadline", "declared", "decoder", "doing", "framed", "limit", "request", "response")

    def __init__(self, request: httpx.Request, limit: int, deadline: Deadline | None) -> None:
        self.request, self.limit, self.deadline = request, limit, deadline
        self.doing = "waiting to send"
        self.chunks: list[bytes] = []

    def check(self) -> None:
        if self.deadline is not None:
            self.deadline.check(self.request, self.doing)

    def start(self, response: httpx.Response) -> None:
        """The headers are in: refuse what cannot be decoded or is declared too large, before any body."""
        self.response = response
        encodings, declared, self.framed = _head(response.headers)
        self.declared = declared
        try:
            self.decoder = Decoder(encodings, self.limit)
        except BadEncoding as exc:
            raise self._bad(str(exc)) from None
        if declared.isdigit() and not self.decoder.encoded and int(declared) > self.limit:
            raise self._too_large()
        self.doing = "reading the body"

    def add(self, chunk: bytes) -> None:
        if self.deadline is not None:
            self.deadline.check(self.request, self.doing)
        self._decode(self.decoder.feed, chunk)

    def finish(self) -> httpx.Response:
        """The answer, its body now in memory and decoded (the same object: a new one costs a decode)."""
        self._decode(lambda _: self.decoder.flush(), b"")
        content = b"".join(self.chunks)  # one piece (most answers): the same bytes, no copy
        response = self.response
        length = str(len(content))
        if self.request.method != "HEAD" and (self.decoder.encoded or self.framed or self.declared != length):
            headers = response.headers
            for name in _DROPPED_HEADERS & set(headers):
                del headers[name]
            headers["Content-Length"] = length
        response.stream = _Content(content)
        return response

    def _decode(self, step: Callable[[bytes], Iterable[bytes]], chunk: bytes) -> None:
        try:
            self.chunks.extend(step(chunk))
        except TooLarge:
            raise self._too_large() from None
        except BadEncoding as exc:
            raise self._bad(str(exc)) from None

    def _kept(self) -> bytes:
        """The first bytes of the body, for the error: never the whole of it."""
        kept = bytearray()
        for chunk in self.chunks:
            kept += chunk[: _KEPT_ON_ERROR - len(kept)]
            if len(kept) >= _KEPT_ON_ERROR:
                break
        return bytes(kept)

    def _too_large(self) -> KalshiResponseTooLargeError:
        return KalshiResponseTooLargeError(
            f"HTTP {self.response.status_code} body for {self.request.method} {self.request.url.path} is larger than "
            f"max_response_bytes ({self.limit} bytes, counted after decompression); reading stopped there. "
            "Pass KalshiClient(max_response_bytes=...) if such answers are expected.",
            status_code=self.response.status_code,
            content=self._kept(),
            method=self.request.method,
            path=self.request.url.path,
            limit=self.limit,
        )

    def _bad(self, problem: str) -> KalshiResponseError:
        return KalshiResponseError(
            f"HTTP {self.response.status_code} body for {self.request.method} {self.request.url.path} "
            f"cannot be decoded: {problem}.",
            status_code=self.response.status_code,
            content=self._kept(),
            method=self.request.method,
            path=self.request.url.path,
        )

    def timed_out(self, exc: Exception) -> Exception:
        """What a timeout becomes: the deadline's ``KalshiTimeoutError`` when the budget is what ran out.

        Telling them apart matters: an operation's own timeout (httpx's ``timeout=``) may be
        retried, a spent deadline may not.
        """
        deadline = self.deadline
        if deadline is None or (isinstance(exc, httpx.TimeoutException) and not deadline.expired()):
            return exc
        return deadline.error(self.request, self.doing)


def _head(headers: httpx.Headers) -> tuple[str, str, bool]:
    """``Content-Encoding`` and ``Content-Length`` (each header's values joined, as httpx's ``get``), and
    whether ``Transfer-Encoding`` framed the body: what the body layer needs, in one pass over the headers."""
    encodings: list[bytes] = []
    lengths: list[bytes] = []
    framed = False
    for name, value in headers.raw:
        size = len(name)
        if size == 14 and name.lower() == b"content-length":
            lengths.append(value)
        elif size == 16 and name.lower() == b"content-encoding":
            encodings.append(value)
        elif size == 17 and name.lower() == b"transfer-encoding":
            framed = True
    return b", ".join(encodings).decode("latin-1"), b", ".join(lengths).decode("latin-1"), framed


class _Content(httpx.ByteStream):
    """The body, read: httpx's ``ByteStream``, iterated without an async generator (each costs a registration)."""

    def __aiter__(self) -> AsyncIterator[bytes]:
        return _Once(self.content)

    def __init__(self, content: bytes) -> None:
        super().__init__(content)
        self.content = content


class _Once:
    __slots__ = ("_content",)

    def __init__(self, content: bytes) -> None:
        self._content: bytes | None = content

    def __aiter__(self) -> _Once:
        return self

    async def __anext__(self) -> bytes:
        content, self._content = self._content, None
        if content is None:
            raise StopAsyncIteration
        return content


class BodyTransport(Layer):
    """Sends one attempt with its timeouts clipped to the deadline, and reads its body whole."""

    def __init__(self, inner: Transport, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        super().__init__(inner)
        self.max_response_bytes = max_response_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = _Attempt(request, self.max_response_bytes, deadline_of(request))
        timeouts = clip_timeouts(request, attempt.deadline)
        try:
            attempt.check()
            # Each socket operation below ends by the deadline too (kalshi_auth.sync_network).
            with bounded_by(attempt.deadline):
                return self._attempt(attempt, timeouts)
        except KalshiTimeoutError:
            raise
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise attempt.timed_out(exc) from exc

    def _attempt(self, attempt: _Attempt, timeouts: dict[str, float | None]) -> httpx.Response:
        attempt.doing = "waiting for the answer"
        response = self.sync_inner().handle_request(attempt.request)
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        try:
            attempt.start(response)
            if attempt.deadline is not None:
                # httpcore takes the read timeout of a body when it starts reading it.
                timeouts["read"] = min(timeouts.get("read") or math.inf, attempt.deadline.remaining())
            for chunk in stream:
                attempt.add(chunk)
            return attempt.finish()
        finally:
            stream.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = _Attempt(request, self.max_response_bytes, deadline_of(request))
        clip_timeouts(request, attempt.deadline)
        try:
            if attempt.deadline is None:
                return await self._attempt_async(attempt)
            attempt.check()
            # A cancel scope bounds every await below, headers and body alike, to the deadline.
            async with _time_limit(attempt.deadline.remaining()):
                return await self._attempt_async(attempt)
        except KalshiTimeoutError:
            raise
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise attempt.timed_out(exc) from exc

    async def _attempt_async(self, attempt: _Attempt) -> httpx.Response:
        attempt.doing = "waiting for the answer"
        response = await self.async_inner().handle_async_request(attempt.request)
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        try:
            attempt.start(response)
            async for chunk in stream:
                attempt.add(chunk)
            return attempt.finish()
        finally:
            await stream.aclose()


def _time_limit(seconds: float) -> AbstractAsyncContextManager[object]:
    """Cancel what runs inside after ``seconds``: asyncio's own timeout (the cheaper), or anyio's under trio."""
    if running_loop() is not None:
        import asyncio  # running, so already loaded

        return asyncio.timeout(seconds)
    return _anyio_time_limit(seconds)


@asynccontextmanager
async def _anyio_time_limit(seconds: float) -> AsyncIterator[None]:
    import anyio  # httpx's own async dependency

    with anyio.fail_after(seconds):
        yield
