"""The answers the loopback server gives: a 1,000-market GetMarkets page and a balance.

Built here, from a fixed seed, in the shape Kalshi's servers send today (autumn 2026):
prices and counts as fixed-point strings (`"0.4500"`, `"1520.00"`), no integer-cent
fields, keys in alphabetical order, timestamps with and without microseconds, and the
mix of market kinds a real listing has (sports games with a `custom_strike`, ranges with
floor and cap, thresholds with a floor, multivariate combos with their legs, settled
markets). No recorded answer is copied: only the field names and kinds of value are
Kalshi's. A realistic page matters because SDKs that still require fields the servers
stopped sending fail on it, and its size (about 2.3 KB a market) sets the parse cost.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

MARKETS = 1000
SEED = 15
BASE = datetime(2026, 10, 20, 16, 0, tzinfo=UTC)
TEAMS = ["Harbor City", "Northfield", "Lakeside", "Red Mesa", "Pine Valley", "Granite Falls", "Westport", "Oak Ridge"]
SPORTS = [("KXFOOTBALL", "football", "pro football"), ("KXBASEBALL", "baseball", "professional baseball")]


def _stamp(moment: datetime, micro: bool = False) -> str:
    """RFC 3339 in UTC; fractions of a second as the servers write them: trailing zeros cut."""
    if not micro:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".") + "Z"


def _now_ish(rng: random.Random, seconds: int) -> datetime:
    return BASE - timedelta(seconds=rng.randint(0, seconds), microseconds=rng.randint(0, 999_999))


def _dollars(cents: float) -> str:
    return f"{cents / 100:.4f}"


def _count(value: float) -> str:
    return f"{value:.2f}"


def _market(rng: random.Random, n: int) -> dict[str, Any]:
    """One market: the fields every market has, then the ones its kind adds."""
    opened = BASE - timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 1439))
    closes = BASE + timedelta(days=rng.randint(1, 30), minutes=5 * rng.randint(0, 287))
    bid = rng.randint(1, 97)
    ask = bid + rng.randint(1, 3)
    last = rng.randint(bid, ask)
    settled = rng.random() < 0.1
    kind = rng.choices(["game", "range", "threshold", "combo"], weights=[40, 30, 25, 5])[0]
    market: dict[str, Any] = {
        "can_close_early": kind in ("game", "combo"),
        "close_time": _stamp(closes),
        "created_time": _stamp(_now_ish(rng, 1_700_000), micro=True),
        "early_close_condition": (
            "This market will close and expire early once the outcome is known."
            if kind in ("game", "combo")
            else "This market will close and expire early if the event occurs."
        ),
        "exchange_index": 0,
        "expected_expiration_time": _stamp(closes + timedelta(hours=3)),
        "expiration_time": _stamp(closes + timedelta(days=7)),
        "expiration_value": "",
        "last_price_dollars": _dollars(last),
        "latest_expiration_time": _stamp(closes + timedelta(days=7)),
        "market_type": "binary",
        "no_ask_dollars": _dollars(100 - bid),
        "no_bid_dollars": _dollars(100 - ask),
        "notional_value_dollars": "1.0000",
        "open_interest_fp": _count(rng.uniform(0, 500_000)),
        "open_time": _stamp(opened),
        "previous_price_dollars": _dollars(max(1, last - rng.randint(-3, 3))),
        "previous_yes_ask_dollars": _dollars(ask),
        "previous_yes_bid_dollars": _dollars(bid),
        "price_level_structure": "linear_cent",
        "price_ranges": [{"end": "1.0000", "start": "0.0000", "step": "0.0100"}],
        "result": "",
        "settlement_bounds_type": "default",
        "settlement_timer_seconds": rng.choice([60, 300, 1800]),
        "status": "active",
        "updated_time": _stamp(_now_ish(rng, 86_400), micro=True),
        "volume_24h_fp": _count(rng.uniform(0, 250_000)),
        "volume_fp": _count(rng.uniform(0, 2_000_000)),
        "yes_ask_dollars": _dollars(ask),
        "yes_ask_size_fp": _count(rng.uniform(0, 400_000)),
        "yes_bid_dollars": _dollars(bid),
        "yes_bid_size_fp": _count(rng.uniform(0, 400_000)),
    }
    market.update(_KINDS[kind](rng, n, closes))
    if settled:
        outcome = rng.choice(["yes", "no"])
        market.update(
            status="finalized",
            result=outcome,
            settlement_value_dollars="1.0000" if outcome == "yes" else "0.0000",
            settlement_ts=_stamp(closes + timedelta(hours=4, microseconds=rng.randint(0, 999_999)), micro=True),
        )
    return dict(sorted(market.items()))


def _game(rng: random.Random, n: int, closes: datetime) -> dict[str, Any]:
    prefix, sport, league = rng.choice(SPORTS)
    home, away = rng.sample(TEAMS, 2)
    winner = rng.choice([home, away])
    event = f"{prefix}GAME-26{closes:%b%d}{home[:3]}{away[:3]}{n}".upper().replace(" ", "")
    when = f"{closes:%b} {closes.day}, {closes:%Y} at {closes:%I:%M %p} ET"
    return {
        "custom_strike": {f"{sport}_team": str(uuid.UUID(int=rng.getrandbits(128)))},
        "event_ticker": event,
        "no_sub_title": winner,
        "occurrence_datetime": _stamp(closes - timedelta(hours=3)),
        "rules_primary": (
            f"If {winner} wins the {away} vs {home} {league} game originally scheduled for {when}, "
            "then the market resolves to Yes."
        ),
        "rules_secondary": (
            f"This market is about which team wins the {away} vs {home} {league} game. If the game is "
            "postponed, it stays open until the game is played, up to two weeks after the original date; "
            "if it is not played by then, the market resolves at the last traded price before the original "
            "start. A tie resolves the market to No. Results come from the league's official record, and "
            "statistics corrections made after the market settles do not change its result."
        ),
        "strike_type": "structured",
        "ticker": f"{event}-{winner[:3].upper()}",
        "title": f"{away} vs {home} Winner?",
        "yes_sub_title": winner,
    }


def _range(rng: random.Random, n: int, closes: datetime) -> dict[str, Any]:
    floor = rng.randint(40, 95)
    event = f"KXHIGHTEMP-26{closes:%b%d}".upper() + f"C{n}"
    return {
        "cap_strike": floor + 1,
        "event_ticker": event,
        "floor_strike": floor,
        "no_sub_title": f"{floor}° to {floor + 1}°",
        "rules_primary": (
            f"If the highest temperature recorded at the city's main weather station on {closes:%b %d, %Y} "
            f"is between {floor}° and {floor + 1}°, then the market resolves to Yes."
        ),
        "rules_secondary": (
            "The temperature is read from the weather service's final daily climate report for the station; "
            "preliminary readings, hourly observations and other stations do not count. If the report is late, "
            "the market waits for it, and the value first published is final even when later revised. Readings "
            "are whole degrees Fahrenheit as the report gives them; no rounding or conversion is applied. If "
            "the station does not report for the day, the market resolves from the nearest station the "
            "weather service names as its backup, and if neither reports within a week, at the last traded "
            "price. Daylight saving time does not change the local day that the report covers."
        ),
        "strike_type": "between",
        "ticker": f"{event}-B{floor}.5",
        "title": f"Highest temperature on {closes:%b %d, %Y}?",
        "yes_sub_title": f"{floor}° to {floor + 1}°",
    }


def _threshold(rng: random.Random, n: int, closes: datetime) -> dict[str, Any]:
    floor = round(rng.uniform(60_000, 140_000), 2)
    event = f"KXBTCD-26{closes:%b%d%H}".upper() + f"X{n}"
    return {
        "event_ticker": event,
        "floor_strike": floor,
        "no_sub_title": f"${floor:,.2f} or below",
        "rules_primary": (
            f"If the reference average price of one bitcoin is above {floor:,.2f} at {closes:%I %p} ET on "
            f"{closes:%b %d, %Y}, then the market resolves to Yes."
        ),
        "rules_secondary": (
            "The reference price is the simple average over the sixty seconds before the stated time of the "
            "index the contract names, as its administrator publishes it, in US dollars to two decimals. If the "
            "index is not published for part of that minute, the average covers the seconds that were "
            "published; if none were, the market resolves from the first full minute published afterwards. "
            "Prices from any single exchange, futures prices and prices in other currencies do not count. "
            "Corrections the administrator publishes after the market settles do not change its result, and "
            "the stated time is Eastern Time whether or not daylight saving time applies."
        ),
        "strike_type": "greater",
        "ticker": f"{event}-T{floor:.2f}",
        "title": f"Bitcoin price on {closes:%b %d, %Y} at {closes:%I %p} ET?",
        "yes_sub_title": f"${floor:,.2f} or above",
    }


def _combo(rng: random.Random, n: int, closes: datetime) -> dict[str, Any]:
    legs = []
    for leg in range(rng.randint(2, 4)):
        event = f"KXCOMBOLEG-26{closes:%b%d}".upper() + f"L{n}{leg}"
        legs.append({"event_ticker": event, "market_ticker": f"{event}-{rng.choice(TEAMS)[:3].upper()}", "side": "yes"})
    names = ", ".join(f"yes {leg['market_ticker']}" for leg in legs)
    collection = "KXMVECOMBOS-R2026A1B2C3D4"
    return {
        "custom_strike": {"Associated Markets": ",".join(leg["market_ticker"] for leg in legs)},
        "event_ticker": f"{collection}-{n:011X}",
        "mve_collection_ticker": collection,
        "mve_selected_legs": legs,
        "no_sub_title": names,
        "rules_primary": "If every leg of this combination resolves as chosen, then the market resolves to Yes.",
        "rules_secondary": (
            "Each leg follows the rules of its own market and settles when that market settles; the combination "
            "settles when its last leg does. A leg whose market is voided or cancelled is left out and the "
            "combination is judged on the legs that remain; if every leg is voided, the market resolves at the "
            "price paid. Legs on the same game are judged on the final official result of that game."
        ),
        "strike_type": "custom",
        "ticker": f"{collection}-{n:011X}-{rng.getrandbits(40):010X}",
        "title": names,
        "yes_sub_title": names,
    }


_KINDS = {"game": _game, "range": _range, "threshold": _threshold, "combo": _combo}


def markets_page(count: int = MARKETS) -> bytes:
    """The body of a GetMarkets answer with ``count`` markets, compact as the servers send it."""
    rng = random.Random(SEED)
    page = {"cursor": "CgsIwJiC0AYQ6I", "markets": [_market(rng, n) for n in range(count)]}
    return json.dumps(page, separators=(",", ":"), ensure_ascii=False).encode()


def balance() -> bytes:
    """The body of a GetBalance answer: cents and dollars, as the servers send both."""
    body = {
        "balance": 1_234_567,
        "balance_breakdown": [{"balance": "12345.6700", "exchange_index": 0}],
        "balance_dollars": "12345.6700",
        "portfolio_value": 98_765,
        "updated_ts": 1_792_512_000,
    }
    return json.dumps(body, separators=(",", ":")).encode()
