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
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager

import httpx

from .deadline import Deadline, clip_timeouts, deadline_of
from .decoding import BadEncoding, Decoder, TooLarge
from .errors import KalshiResponseError, KalshiResponseTooLargeError, KalshiTimeoutError
from .layer import Layer, Transport
from .routes import running_loop

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_KEPT_ON_ERROR = 1024
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _Body:
    """The body of one answer as it comes in: decoded, counted, checked against the deadline."""

    def __init__(self, request: httpx.Request, response: httpx.Response, limit: int, deadline: Deadline | None) -> None:
        self.request, self.response, self.deadline = request, response, deadline
        self.chunks = bytearray()
        try:
            self.decoder = Decoder(response.headers.get("Content-Encoding", ""), limit)
        except BadEncoding as exc:
            raise self._bad(str(exc)) from None
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and not self.decoder.encoded and int(declared) > limit:
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        if self.deadline is not None:
            self.deadline.check(self.request, "reading the body")
        self._decode(self.decoder.feed, chunk)

    def finish(self) -> httpx.Response:
        """The answer, its body now in memory and decoded (the same object: a new one costs a decode)."""
        self._decode(lambda _: self.decoder.flush(), b"")
        response = self.response
        if self.request.method != "HEAD":
            for name in _DROPPED_HEADERS & set(response.headers):
                del response.headers[name]
            response.headers["Content-Length"] = str(len(self.chunks))
        response.stream = httpx.ByteStream(bytes(self.chunks))
        return response

    def _decode(self, step: Callable[[bytes], Iterator[bytes]], chunk: bytes) -> None:
        try:
            for piece in step(chunk):
                self.chunks += piece
        except TooLarge:
            raise self._too_large() from None
        except BadEncoding as exc:
            raise self._bad(str(exc)) from None

    def _too_large(self) -> KalshiResponseTooLargeError:
        limit = self.decoder.limit
        return KalshiResponseTooLargeError(
            f"HTTP {self.response.status_code} body for {self.request.method} {self.request.url.path} is larger than "
            f"max_response_bytes ({limit} bytes, counted after decompression); reading stopped there. "
            "Pass KalshiClient(max_response_bytes=...) if such answers are expected.",
            status_code=self.response.status_code,
            content=bytes(self.chunks[:_KEPT_ON_ERROR]),
            method=self.request.method,
            path=self.request.url.path,
            limit=limit,
        )

    def _bad(self, problem: str) -> KalshiResponseError:
        return KalshiResponseError(
            f"HTTP {self.response.status_code} body for {self.request.method} {self.request.url.path} "
            f"cannot be decoded: {problem}.",
            status_code=self.response.status_code,
            content=bytes(self.chunks[:_KEPT_ON_ERROR]),
            method=self.request.method,
            path=self.request.url.path,
        )


class BodyTransport(Layer):
    """Sends one attempt with its timeouts clipped to the deadline, and reads its body whole."""

    def __init__(self, inner: Transport, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        super().__init__(inner)
        self.max_response_bytes = max_response_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = deadline_of(request)
        timeouts = clip_timeouts(request, deadline)
        phase = ["waiting to send"]
        with _deadline_errors(request, deadline, phase):
            if deadline is not None:
                deadline.check(request, phase[-1])
            phase.append("waiting for the answer")
            response = self.sync_inner().handle_request(request)
            stream = response.stream
            assert isinstance(stream, httpx.SyncByteStream)
            try:
                body = _Body(request, response, self.max_response_bytes, deadline)
                if deadline is not None:
                    # httpcore takes the read timeout of a body when it starts reading it.
                    timeouts["read"] = min(timeouts.get("read") or math.inf, deadline.remaining())
                phase.append("reading the body")
                for chunk in stream:
                    body.add(chunk)
                return body.finish()
            finally:
                stream.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = deadline_of(request)
        clip_timeouts(request, deadline)
        phase = ["waiting to send"]
        with _deadline_errors(request, deadline, phase):
            if deadline is not None:
                deadline.check(request, phase[-1])
            # A cancel scope bounds every await below, headers and body alike, to the deadline.
            async with _time_limit(deadline):
                phase.append("waiting for the answer")
                response = await self.async_inner().handle_async_request(request)
                stream = response.stream
                assert isinstance(stream, httpx.AsyncByteStream)
                try:
                    body = _Body(request, response, self.max_response_bytes, deadline)
                    phase.append("reading the body")
                    async for chunk in stream:
                        body.add(chunk)
                    return body.finish()
                finally:
                    await stream.aclose()


@asynccontextmanager
async def _time_limit(deadline: Deadline | None) -> AsyncIterator[None]:
    """Cancel what runs inside at the deadline: with asyncio's own timeout (the cheaper), or anyio's under trio."""
    if deadline is None:
        yield
    elif running_loop() is not None:
        import asyncio  # running, so already loaded

        async with asyncio.timeout(deadline.remaining()):
            yield
    else:
        import anyio  # httpx's own async dependency

        with anyio.fail_after(deadline.remaining()):
            yield


@contextmanager
def _deadline_errors(request: httpx.Request, deadline: Deadline | None, phase: list[str]) -> Iterator[None]:
    """Turn a timeout into the deadline's ``KalshiTimeoutError`` when the budget is what ran out.

    Telling them apart matters: an operation's own timeout (httpx's ``timeout=``) may be
    retried, a spent deadline may not.
    """
    try:
        yield
    except KalshiTimeoutError:
        raise
    except (TimeoutError, httpx.TimeoutException) as exc:
        if deadline is None or (isinstance(exc, httpx.TimeoutException) and not deadline.expired()):
            raise
        raise deadline.error(request, phase[-1]) from exc
