"""Signing: what kalshi_auth adds to a bare `private_key.sign` of the same message."""

from __future__ import annotations

import base64
import timeit

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from bench.common import interleaved, machine, median, record
from kalshi_auth.origin import Origin
from kalshi_auth.signing import Signer, SigningTransport

RUNS = 15
CALLS = 200
PATH = "/trade-api/v2/portfolio/order_groups/og-1/reset"


def main() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    origin = Origin.of("https://api.elections.kalshi.com")
    transport = SigningTransport(
        Signer("key-id", key), httpx.MockTransport(lambda r: httpx.Response(200)), origin=origin
    )
    request = httpx.Request("PUT", f"https://api.elections.kalshi.com{PATH}?subaccount=0", json={})
    message = f"1700000000000PUT{PATH}".encode()

    def bare() -> float:
        return timeit.timeit(lambda: base64.b64encode(key.sign(message, pss, hashes.SHA256())), number=CALLS) / CALLS

    def ours() -> float:
        return timeit.timeit(lambda: transport._sign(request), number=CALLS) / CALLS

    bare_times, our_times = interleaved(RUNS, bare, ours)
    bare_us, our_us = median(bare_times) * 1e6, median(our_times) * 1e6
    ratio = our_us / bare_us
    body = f"""
Median of {RUNS} runs of {CALLS} signatures each, interleaved, RSA 2048; {machine()}.

| per request | time |
| --- | --- |
| bare `private_key.sign` (RSA-PSS, SHA-256) + base64 | {bare_us:.0f} µs |
| kalshi_auth: path from the request, timestamp, sign, set the three headers | {our_us:.0f} µs |
| ratio | **{ratio:.3f}x** ({"meets" if ratio <= 1.10 else "misses"} the 1.10x target) |

The RSA operation is nearly all of it; kalshi_auth adds a few microseconds of string work.
"""
    print(body)
    record("Signing", body)


if __name__ == "__main__":
    main()
