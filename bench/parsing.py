"""Parsing: a GetMarkets page of 1,000 markets, from bytes to models."""

from __future__ import annotations

import json
import time
import timeit

import httpx

from bench.common import interleaved, machine, median, record
from kalshi_auth import _runtime
from kalshi_client.models import GetMarketsResponse
from tests.contract.operations import sampler

RUNS = 31
MARKETS = 1000


def main() -> None:
    market = sampler().sample({"$ref": "#/components/schemas/Market"})
    body = json.dumps({"markets": [{**market, "ticker": f"M-{n}"} for n in range(MARKETS)], "cursor": "next"}).encode()
    response = httpx.Response(200, content=body, request=httpx.Request("GET", "http://unused/markets"))

    # CPU time of this process: on a shared machine, wall time also counts the moments the
    # process waits for a core, which hits whichever measure happens to be running.
    def json_only() -> float:
        return timeit.timeit(lambda: json.loads(body), number=3, timer=time.process_time) / 3

    def to_models() -> float:
        return (
            timeit.timeit(lambda: _runtime.parse(response, GetMarketsResponse), number=3, timer=time.process_time) / 3
        )

    json_times, model_times = interleaved(RUNS, json_only, to_models)
    json_ms, model_ms = median(json_times) * 1000, median(model_times) * 1000
    text = f"""
Median of {RUNS} runs, interleaved, CPU time; a page of {MARKETS:,} markets, every field filled
({len(body) / 1e6:.1f} MB of JSON); {machine()}.

| per page | time |
| --- | --- |
| `json.loads` alone | {json_ms:.1f} ms |
| bytes to `GetMarketsResponse` with 1,000 `Market` models (what `get_markets.sync` does) | {model_ms:.1f} ms |
| ratio | **{model_ms / json_ms:.2f}x** (target with Decimal money, later: 1.5x) |

The SDK decodes with orjson (about half of `json.loads` here), then runs the generated
`from_dict`: straight-line code reading the decoded dict as given, enums by a dict lookup,
nested models through module-level imports, attrs classes built with positional
arguments, and unknown keys gathered only when there are some. Before this (`from_dict`
copying the dict, popping each key, calling each enum class, importing nested models and
defining closures on every call, after `json.loads`) the same page took 2.6-2.8x.

That `from_dict` now costs about as much as `json.loads` itself, about 8 µs a market
(measured by varying the page: a third goes to the market's three small nested objects,
a price range, a leg and a custom strike, each an attrs object with its own unknown-key
check; a quarter to the ten timestamps). That is near what Python spends to read 54
fields and build four attrs objects; going lower needs a compiled path (decoding straight
into the classes), which the models' tolerance rules (unset fields, unknown enum values,
nulls, unknown keys) make a project of its own.
"""
    print(text)
    record("Parsing", text)


if __name__ == "__main__":
    main()
