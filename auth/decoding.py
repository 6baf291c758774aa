"""Decompressing a body without ever holding more than a limit in memory.

httpx inflates each chunk whole: a 512 KiB gzip answer that expands to 512 MiB becomes
512 MiB in memory before anyone can count it. Here ``zlib`` is asked for at most
``STEP`` bytes at a time (``max_length``), each piece is counted as it comes, and the
first byte past the limit stops the inflation; each stage of a chained
``Content-Encoding`` is bounded the same way. Only the encodings the
client asks for (``Accept-Encoding: gzip, deflate``) are decoded; any other is refused
rather than passed on undecoded for httpx to inflate without a bound.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

#: What the client puts in ``Accept-Encoding``: what ``Decoder`` can bound.
ACCEPT_ENCODING = "gzip, deflate"
#: The most any one decompression step may produce: memory beyond the limit is at most this.
STEP = 256 * 1024
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class TooLarge(Exception):
    """More than the limit came out; raised by ``Decoder.feed``, turned into a typed error by the caller."""


class BadEncoding(Exception):
    """The body cannot be decoded: an unknown encoding, or damaged compressed data."""


class _Inflater:
    """One ``gzip`` or ``deflate`` stage; ``deflate`` falls back to raw deflate, as servers send both."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._zlib = zlib.decompressobj(_WBITS[encoding])
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The inflated bytes of ``data``, in pieces of at most ``STEP`` bytes."""
        while data:
            try:
                out = self._zlib.decompress(data, STEP)
            except zlib.error:
                if self._encoding != "deflate" or self._started:
                    raise BadEncoding(f"the {self._encoding} data is damaged") from None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            finally:
                self._started = True
            data = self._zlib.unconsumed_tail
            if out:
                yield out

    def flush(self) -> Iterator[bytes]:
        try:
            # All input was taken by ``feed``: what is left is at most zlib's window (32 KiB).
            out = self._zlib.flush()
        except zlib.error:
            raise BadEncoding(f"the {self._encoding} data is damaged") from None
        if out:
            yield out


class Decoder:
    """Undoes ``Content-Encoding`` (several, in reverse order), stopping as soon as ``limit`` is passed."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        names = [name.strip().lower() for name in content_encoding.split(",")] if content_encoding else []
        names = [name for name in names if name and name != "identity"]
        unknown = [name for name in names if name not in _WBITS]
        if unknown:
            raise BadEncoding(f"it is encoded as {unknown[0]!r}, which this client never asks for ({ACCEPT_ENCODING})")
        self._stages = [_Inflater(name) for name in reversed(names)]
        self.limit = limit
        self.size = 0
        self.encoded = bool(self._stages)

    def feed(self, data: bytes) -> Iterable[bytes]:
        """The decoded bytes of ``data``, piece by piece; ``TooLarge`` once the total passes the limit."""
        if not self._stages:  # not encoded (most answers): counted as is
            self.size += len(data)
            if self.size > self.limit:
                raise TooLarge
            return (data,)
        return self._count(self._through(0, iter([data]), flush=False))

    def flush(self) -> Iterable[bytes]:
        """What the stages still hold once the body has ended."""
        if not self._stages:
            return ()
        return self._count(self._through(0, iter([]), flush=True))

    def _through(self, index: int, pieces: Iterator[bytes], *, flush: bool) -> Iterator[bytes]:
        if index == len(self._stages):
            yield from pieces
            return
        stage = self._stages[index]
        for piece in pieces:
            yield from self._through(index + 1, stage.feed(piece), flush=False)
        if flush:
            yield from self._through(index + 1, stage.flush(), flush=True)

    def _count(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            self.size += len(piece)
            if self.size > self.limit:
                raise TooLarge
            yield piece
