"""Signing: what kalshi_auth adds to a bare `private_key.sign` of the same message, per key type."""

from __future__ import annotations

import base64
import time
import timeit
from collections.abc import Callable

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from bench.common import interleaved, machine, median, record
from kalshi_auth.keys import PrivateKey
from kalshi_auth.origin import Origin
from kalshi_auth.signing import Signer, SigningTransport

RUNS = 21
CALLS = 400
PATH = "/trade-api/v2/portfolio/order_groups/og-1/reset"
TARGET = 1.10
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def bare_sign(key: PrivateKey) -> Callable[[bytes], bytes]:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key.sign
    return lambda message: key.sign(message, _PSS, hashes.SHA256())


def measure(key: PrivateKey) -> tuple[float, float]:
    """Microseconds per signature: the bare operation plus base64, and kalshi_auth's whole signing step."""
    origin = Origin.of("https://api.elections.kalshi.com")
    transport = SigningTransport(
        Signer("key-id", key), httpx.MockTransport(lambda r: httpx.Response(200)), origin=origin
    )
    request = httpx.Request("PUT", f"https://api.elections.kalshi.com{PATH}?subaccount=0", json={})
    message = f"1700000000000PUT{PATH}".encode()
    sign = bare_sign(key)

    # CPU time: on a shared machine, wall time also counts the moments this process waits for a core.
    def bare() -> float:
        return timeit.timeit(lambda: base64.b64encode(sign(message)), number=CALLS, timer=time.process_time) / CALLS

    def ours() -> float:
        return timeit.timeit(lambda: transport._sign(request), number=CALLS, timer=time.process_time) / CALLS

    bare_times, our_times = interleaved(RUNS, bare, ours)
    return median(bare_times) * 1e6, median(our_times) * 1e6


def main() -> None:
    rows = []
    for name, key in (
        ("RSA 2048 (RSA-PSS, SHA-256)", rsa.generate_private_key(public_exponent=65537, key_size=2048)),
        ("Ed25519", ed25519.Ed25519PrivateKey.generate()),
    ):
        bare_us, our_us = measure(key)
        ratio = our_us / bare_us
        verdict = f" ({'meets' if ratio <= TARGET else 'misses'} the {TARGET:.2f}x target)" if "RSA" in name else ""
        rows.append(
            f"| {name} | {bare_us:.0f} µs | {our_us:.0f} µs | {our_us - bare_us:+.1f} µs | **{ratio:.3f}x**{verdict} |"
        )
    table = "\n".join(rows)
    body = f"""
Median of {RUNS} runs of {CALLS} signatures each, interleaved, CPU time; {machine()}.

| key | bare `private_key.sign` + base64 | kalshi_auth's signing step | added | ratio |
| --- | --- | --- | --- | --- |
{table}

kalshi_auth's step is what each attempt goes through in the signing layer: look for
signature headers copied from a redirected request (and drop them), check the request's
origin against the client's (without building an `Origin` per request), take the path as
sent, the timestamp, sign, set the three headers. The RSA operation is nearly all of it;
Ed25519, a few times faster to sign, shows the few microseconds of string work on top.
"""
    print(body)
    record("Signing", body)


if __name__ == "__main__":
    main()
