"""Where ours loses time, read off the figures of a run (so it stays true as the code changes)."""

from __future__ import annotations

import json

from bench.peers.page import markets_page
from bench.peers.results import OURS, Results, ms, us
from kalshi_auth._money import CACHE_SIZE


def gaps(results: Results) -> list[str]:
    found = []
    ours, floor = results.median(OURS, "sync", "cpu"), results.median("httpx", "sync", "cpu")
    if ours is not None and floor is not None:
        more = "more" if ours >= floor else "less"
        found.append(
            f"- sync: ours spends {us(abs(ours - floor))} {more} client CPU per call than the floor "
            f"({us(ours)} against {us(floor)}); both sign once, so that is the SDK's own path."
        )
    ours, httpx, aiohttp = (results.median(name, "async", "cpu") for name in (OURS, "httpx", "aiohttp"))
    if ours is not None and httpx is not None and aiohttp is not None:
        found.append(
            f"- async, 16 concurrent: client CPU per call is {us(ours)} for ours, {us(httpx)} for bare httpx "
            f"and {us(aiohttp)} for bare aiohttp: bare aiohttp + one signature is {httpx / aiohttp:.1f}× "
            f"cheaper than bare httpx + one signature, so the HTTP client under an SDK sets its ceiling here."
        )
    models, plain = results.median(OURS, "parse", "models"), results.median(OURS, "parse", "json")
    if models is not None and plain is not None:
        found.append(
            f"- page: ours takes {ms(models)} from bytes to models where `json.loads` alone takes {ms(plain)}: "
            f"{ms(models - plain)} more, for its decoding and the 1,000 models it builds. "
            f"{money_texts()} The Parsing section above times the same code on a page with realistic repeats and on one with none."
        )
    return found


def money_texts() -> str:
    """How many money texts of the page repeat: a repeated one costs ours a dict lookup, a new one a `Decimal`."""
    page = json.loads(markets_page())
    texts = [value for market in page["markets"] for key, value in market.items() if key.endswith(("_dollars", "_fp"))]
    return (
        f"Its prices and counts are {len(texts):,} texts, {len(set(texts)):,} distinct (counts drawn at random, "
        f"more than the {CACHE_SIZE:,} `Decimal`s `kalshi_auth._money` remembers), each read as a `Decimal`, "
        "times as `datetime`, with the garbage collector on."
    )
