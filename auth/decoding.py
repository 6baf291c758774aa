"""Decompressing a body without ever holding more than a limit in memory.

httpx inflates each chunk whole: a 512 KiB gzip answer that expands to 512 MiB becomes
512 MiB in memory before anyone can count it. Here ``zlib`` is asked for at most the
room left (``max_length``), so the first byte past the limit stops the inflation; each
stage of a chained ``Content-Encoding`` is bounded the same way. Only the encodings the
client asks for (``Accept-Encoding: gzip, deflate``) are decoded; any other is refused
rather than passed on undecoded for httpx to inflate without a bound.
"""

from __future__ import annotations

import zlib

#: What the client puts in ``Accept-Encoding``: what ``Decoder`` can bound.
ACCEPT_ENCODING = "gzip, deflate"
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

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if self._encoding != "deflate" or self._started:
                raise BadEncoding(f"the {self._encoding} data is damaged") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            self._started = True
            return self.feed(data, room)
        self._started = True
        # Output below room + 1 means zlib ran out of input, so all of it was used.
        if len(out) > room:
            raise TooLarge
        return out

    def flush(self, room: int) -> bytes:
        try:
            out = self._zlib.flush()
        except zlib.error:
            raise BadEncoding(f"the {self._encoding} data is damaged") from None
        if len(out) > room:
            raise TooLarge
        return out


class Decoder:
    """Undoes ``Content-Encoding`` (several, in reverse order), with every stage bounded by ``limit``."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        names = [name.strip().lower() for name in content_encoding.split(",")]
        names = [name for name in names if name and name != "identity"]
        unknown = [name for name in names if name not in _WBITS]
        if unknown:
            raise BadEncoding(f"it is encoded as {unknown[0]!r}, which this client never asks for ({ACCEPT_ENCODING})")
        self._stages = [_Inflater(name) for name in reversed(names)]
        self.limit = limit
        self.size = 0
        self.encoded = bool(self._stages)

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes of ``data``; ``TooLarge`` once the total passes the limit."""
        for index, stage in enumerate(self._stages):
            data = stage.feed(data, self._room(index))
        return self._count(data)

    def flush(self) -> bytes:
        """What the stages still hold once the body has ended."""
        data = b""
        for index, stage in enumerate(self._stages):
            room = self._room(index)
            data = (stage.feed(data, room) if data else b"") + stage.flush(room)
        return self._count(data)

    def _room(self, index: int) -> int:
        # The last stage's output is the body, counted as a whole; earlier stages'
        # output is handed on at once, so each chunk of it is bounded alone.
        return self.limit - self.size if index == len(self._stages) - 1 else self.limit

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge
        return data
