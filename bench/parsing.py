"""Parsing: a GetMarkets page of 1,000 markets, from bytes to models."""

from __future__ import annotations

import json
import random
import time
import timeit
from typing import Any

import httpx

from bench.common import interleaved, machine, median, record
from kalshi_auth import _money, _runtime
from kalshi_client.models import GetMarketsResponse
from tests.contract.operations import sampler

RUNS = 31
MARKETS = 1000


def page(markets: int, seed: int = 15, *, repeats: bool = True) -> bytes:
    """A GetMarkets page: every field filled from the spec, money varied as on a real page.

    Prices are whole cents written with four decimals ("0.5600"); half the counts are "0.00"
    (markets nobody trades), the others anything up to 100,000 contracts. Repeats matter to the
    SDK (it keeps recent texts' Decimals), so the page does not repeat one price everywhere;
    with ``repeats=False`` no money text appears twice (prices to six decimals, every count new),
    the worst case for that cache.
    """
    rng = random.Random(seed)
    market = sampler().sample({"$ref": "#/components/schemas/Market"})
    unique = iter(range(1, 10**9))

    def varied(name: str, value: Any) -> Any:
        if not isinstance(value, str) or not name.endswith(("_dollars", "_fp")):
            return value
        if not repeats:
            return f"0.{next(unique):06d}" if name.endswith("_dollars") else f"{next(unique)}.00"
        if name.endswith("_dollars"):
            return f"0.{rng.randint(1, 99):02d}00"
        return "0.00" if rng.random() < 0.5 else f"{rng.randint(1, 100_000)}.00"

    rows = [{**{k: varied(k, v) for k, v in market.items()}, "ticker": f"M-{n}"} for n in range(markets)]
    return json.dumps({"markets": rows, "cursor": "next"}).encode()


def distinct_share(body: bytes) -> float:
    """Distinct money texts over all money texts of a page."""
    texts = [v for m in json.loads(body)["markets"] for k, v in m.items() if k.endswith(("_dollars", "_fp")) and v]
    return len(set(texts)) / len(texts)


def main() -> None:
    body, worst = page(MARKETS), page(MARKETS, repeats=False)
    request = httpx.Request("GET", "http://unused/markets")
    response, worst_response = httpx.Response(200, content=body, request=request), httpx.Response(200, content=worst)

    # CPU time of this process: on a shared machine, wall time also counts the moments the
    # process waits for a core, which hits whichever measure happens to be running.
    def json_only() -> float:
        return timeit.timeit(lambda: json.loads(body), number=3, timer=time.process_time) / 3

    # Each parse starts with no money text remembered: a page read for the first time.
    def first_read(answer: httpx.Response) -> Any:
        _money.DECIMALS.clear()
        return _runtime.parse(answer, GetMarketsResponse)

    def to_models() -> float:
        return timeit.timeit(lambda: first_read(response), number=3, timer=time.process_time) / 3

    def worst_to_models() -> float:
        return timeit.timeit(lambda: first_read(worst_response), number=3, timer=time.process_time) / 3

    json_times, model_times, worst_times = interleaved(RUNS, json_only, to_models, worst_to_models)
    json_ms, model_ms, worst_ms = (median(times) * 1000 for times in (json_times, model_times, worst_times))
    ratio = model_ms / json_ms
    verdict = "meets the 1.5x target" if ratio <= 1.5 else "misses the 1.5x target"
    text = f"""
Median of {RUNS} runs, interleaved, CPU time; a page of {MARKETS:,} markets, every field filled
({len(body) / 1e6:.1f} MB of JSON, 17 money fields a market: prices in cents, half the counts
zero, {distinct_share(body):.0%} of money texts distinct); {machine()}.

| per page | time |
| --- | --- |
| `json.loads` alone | {json_ms:.1f} ms |
| bytes to `GetMarketsResponse` with 1,000 `Market` models, money as `Decimal` (what `get_markets.sync` does) | {model_ms:.1f} ms |
| ratio | **{ratio:.2f}x** ({verdict}) |
| the same with no money text repeated (worst case) | {worst_ms:.1f} ms ({worst_ms / json_ms:.2f}x) |

The SDK decodes with orjson (about half of `json.loads` here), then runs the generated
`from_dict`: straight-line code reading the decoded dict as given, enums by a dict lookup,
nested models through module-level imports, the fields of a new instance set directly (the
constructor's converters are for what users pass, so nothing is converted twice), and unknown
keys gathered only when there are some. Each parse above starts with no money text
remembered, as a page read for the first time.

Money costs what 17 new objects a market cost: parsing a text is about 70 ns of C, but
allocating and later freeing 17,000 `Decimal`s a page costs more than that (the strings they
replace were the decoded JSON's own). So `kalshi_auth._money.DECIMALS` keeps recent texts'
`Decimal`s (at most {_money.CACHE_SIZE:,}): a repeated price or count costs one dict lookup
and shares one immutable `Decimal`. Real pages repeat a lot (a 200-market page recorded from
Kalshi held 57 distinct money texts in 3,000); a page where no text repeats pays for the
remembering on top (the last row).

Before money was `Decimal` (plain strings), side by side with this tree on the same pages
(the two trees run alternately, three runs of 21 each, `orjson.loads` plus `from_dict`): this
page 1.33-1.47x before, 1.42-1.47x with `Decimal`; the page with no text repeated 1.30-1.36x
before, 2.00-2.05x now. Parsing every money text without remembering any cost 0.4-0.5x more
on the realistic page. Figures move by about 0.1 between runs on this shared machine.
What stands in the way of a lower figure is what Python spends to read 57 keys and
build 18 more objects per market; going lower needs a compiled path (decoding straight into
the classes), which the models' tolerance rules (unset fields, unknown enum values, nulls,
unknown keys) make a project of its own. Before the lean `from_dict` (a dict copy and a
`pop` per key, enums by calling the class, nested models imported and closures defined on
every call, after `json.loads`) the same kind of page took 2.6-2.8x.

Since an adversarial review, every value is checked as it is read: each plain value has its
JSON type (a check by class, with no difference measurable on these pages in interleaved runs),
and each money text read for the first time is money (ASCII, finite, within 40 digits of the
point: about 60 ns more per new text, about 1 ms on the page where no text repeats, 0.15 ms
on the realistic one). Runs of `json.loads` itself, same bytes, measured 5.8 to 7.4 ms on this
machine over the same afternoon.
"""
    print(text)
    record("Parsing", text)


if __name__ == "__main__":
    main()
