"""Import cost: `import kalshi_auth` plus one endpoint module, and the unsigned generated
`Client` plus one endpoint module, against importing the libraries they stand on (httpx,
attrs, cryptography) alone. Each sample is a fresh interpreter, timing the imports inside
it, so interpreter start-up is not counted."""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import interleaved, machine, median, record

RUNS = 21
PROBE = """
import resource, time
start = time.process_time()
{imports}
elapsed = time.process_time() - start
print('{{"seconds": %f, "max_rss_kb": %d}}' % (elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
"""
BASELINE = (
    "import httpx, attrs\n"
    "from cryptography.hazmat.primitives import hashes, serialization\n"
    "from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa"
)
SDK = "import kalshi_auth\nfrom kalshi_client.api.market import get_markets"
UNSIGNED = "from kalshi_client import Client\nfrom kalshi_client.api.market import get_markets"
SDK_AND_CLIENT = SDK + "\nkalshi_auth.KalshiClient(key_id='k', private_key={pem!r})"


def probe(imports: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def throwaway_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem.decode()


def main() -> None:
    baseline_runs: list[dict[str, float]] = []
    sdk_runs: list[dict[str, float]] = []
    client_runs: list[dict[str, float]] = []
    unsigned_runs: list[dict[str, float]] = []
    with_client = SDK_AND_CLIENT.format(pem=throwaway_pem())

    def baseline() -> float:
        baseline_runs.append(probe(BASELINE))
        return baseline_runs[-1]["seconds"]

    def sdk() -> float:
        sdk_runs.append(probe(SDK))
        return sdk_runs[-1]["seconds"]

    def sdk_and_client() -> float:
        client_runs.append(probe(with_client))
        return client_runs[-1]["seconds"]

    def unsigned() -> float:
        unsigned_runs.append(probe(UNSIGNED))
        return unsigned_runs[-1]["seconds"]

    base_times, sdk_times, client_times, unsigned_times = interleaved(RUNS, baseline, sdk, sdk_and_client, unsigned)
    unsigned_ms = median(unsigned_times) * 1000
    unsigned_rss = median([run["max_rss_kb"] for run in unsigned_runs]) / 1024
    base_ms, sdk_ms = median(base_times) * 1000, median(sdk_times) * 1000
    client_ms = median(client_times) * 1000
    client_rss = median([run["max_rss_kb"] for run in client_runs]) / 1024
    base_rss = median([run["max_rss_kb"] for run in baseline_runs]) / 1024
    sdk_rss = median([run["max_rss_kb"] for run in sdk_runs]) / 1024
    ratio = sdk_ms / base_ms
    verdict = "meets" if ratio <= 1.2 else "misses"
    body = f"""
Median of {RUNS} fresh interpreters each, interleaved, CPU time of the imports; {machine()}.

| imports | time | peak RSS |
| --- | --- | --- |
| httpx, attrs, cryptography (what the SDK stands on) | {base_ms:.1f} ms | {base_rss:.1f} MiB |
| `import kalshi_auth` + `kalshi_client.api.market.get_markets` | {sdk_ms:.1f} ms | {sdk_rss:.1f} MiB |
| ratio | **{ratio:.2f}x** ({verdict} the 1.2x target) | {sdk_rss / base_rss:.2f}x |
| the same, then building a `KalshiClient` from PEM text | {client_ms:.1f} ms ({client_ms / base_ms:.2f}x) | {client_rss:.1f} MiB |
| unsigned `kalshi_client.Client` + `get_markets` (no cryptography) | {unsigned_ms:.1f} ms ({unsigned_ms / base_ms:.2f}x) | {unsigned_rss:.1f} MiB |

Models load lazily (PEP 562 `__getattr__` in `kalshi_client/models/__init__.py`), so an
endpoint module brings in only the models it uses (before that change the same import
took about 230 ms: every one of the 265 models loaded). `kalshi_auth` is lazy the same
way: generated modules import only its leaf `kalshi_auth._runtime` (httpx, orjson), so the
unsigned `Client` no longer loads cryptography (`tests/test_exports.py` checks it).
Measured the same way before that change (31 rounds, old and new trees interleaved):
unsigned `Client` + `get_markets` 80.9 -> 74.2 ms, `import kalshi_auth` + `get_markets`
81.0 -> 74.5 ms, `from kalshi_auth import KalshiClient` + `get_markets` 82.8 -> 86.2 ms: an endpoint module now
imports its nested models when it is imported rather than on its first answer (9 more
modules for `get_markets`), and orjson (about 1.4 ms once httpx is loaded). Building a
`KalshiClient` (the third row) loads the client's own modules (settings, transports, retries)
and parses the key: most of that time is cryptography checking the RSA key as it loads the
PEM (about 30 ms for 2048 bits, once per client; `unsafe_skip_rsa_key_validation` would skip
it, but a damaged key should fail here, not as a 401 later). httpx's SSL context is built on
the first request (once per process), aiohttp is imported on the first async call, and
websockets on the first `client.websocket()`, not here.
"""
    print(body)
    record("Import", body)


if __name__ == "__main__":
    main()
