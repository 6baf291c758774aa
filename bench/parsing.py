"""Parsing: a GetMarkets page of 1,000 markets, from bytes to models."""

from __future__ import annotations

import json
import timeit

import httpx

from bench.common import interleaved, machine, median, record
from kalshi_auth import _runtime
from kalshi_client.models import GetMarketsResponse
from tests.contract.operations import sampler

RUNS = 15
MARKETS = 1000


def main() -> None:
    market = sampler().sample({"$ref": "#/components/schemas/Market"})
    body = json.dumps({"markets": [{**market, "ticker": f"M-{n}"} for n in range(MARKETS)], "cursor": "next"}).encode()
    response = httpx.Response(200, content=body, request=httpx.Request("GET", "http://unused/markets"))

    def json_only() -> float:
        return timeit.timeit(lambda: json.loads(body), number=3) / 3

    def to_models() -> float:
        return timeit.timeit(lambda: _runtime.parse(response, GetMarketsResponse), number=3) / 3

    json_times, model_times = interleaved(RUNS, json_only, to_models)
    json_ms, model_ms = median(json_times) * 1000, median(model_times) * 1000
    text = f"""
Median of {RUNS} runs, interleaved; a page of {MARKETS:,} markets, every field filled
({len(body) / 1e6:.1f} MB of JSON); {machine()}.

| per page | time |
| --- | --- |
| `json.loads` alone | {json_ms:.1f} ms |
| bytes to `GetMarketsResponse` with 1,000 `Market` models (what `get_markets.sync` does) | {model_ms:.1f} ms |
| ratio | **{model_ms / json_ms:.1f}x** |

No target was set. The cost above `json.loads` is the generated `from_dict` code: an attrs
object per market and per nested object, and `datetime.fromisoformat` for each timestamp.
"""
    print(text)
    record("Parsing", text)


if __name__ == "__main__":
    main()
