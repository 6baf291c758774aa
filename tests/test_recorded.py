"""Answers recorded from Kalshi's real servers, served on loopback to the generated functions.

The recordings (``../shared/recorded/``, see its README) are third-party data: CI has them
beside the project, a user's clone does not, and then these tests skip and say why;
``tests/test_real_shapes.py`` holds the SDK to the same promises on fixtures of our own.
The promises (current bodies parse whole, errors are typed, legacy bodies parse or name
the missing field) are spelled out in ``tests/real_answers.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kalshi_auth import KalshiClient, KalshiResponseError
from tests.fake_exchange import FakeExchange
from tests.real_answers import RealAnswer, check_error, check_legacy, check_parses_whole, params, serve_and_call

ROOT = Path(__file__).resolve().parents[1]
RECORDED = ROOT.parent / "shared" / "recorded"
ABSENT = f"{RECORDED} is absent: the recorded answers sit beside the project in CI, not in a clone"
OVERLAY = ROOT / "overlays" / "20-real-exchange.yaml"


def recorded(kind: str) -> list[Any]:
    if not RECORDED.is_dir():
        return [pytest.param(None, id="no-recordings", marks=pytest.mark.skip(reason=ABSENT))]
    return params(sorted(RECORDED.glob("*.json")), kind)


@pytest.mark.parametrize("answer", recorded("current"))
def test_a_current_answer_parses_and_keeps_every_key(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_parses_whole(answer, client, exchange)


@pytest.mark.parametrize("answer", recorded("error"))
def test_an_error_answer_raises_its_typed_error(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_error(answer, client, exchange)


@pytest.mark.parametrize("answer", recorded("legacy"))
def test_a_legacy_answer_parses_or_names_the_missing_field(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_legacy(answer, client, exchange)


def failing_legacy() -> list[Any]:
    """The legacy recordings that lack a required field (or the skipped placeholder)."""
    return [
        param
        for param in recorded("legacy")
        if param.values[0] is None or (param.values[0].operation() is not None and param.values[0].missing())
    ]


@pytest.mark.parametrize("answer", failing_legacy())
def test_a_legacy_answer_says_where_the_field_is_missing(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    with pytest.raises(KalshiResponseError) as raised:
        serve_and_call(answer, client, exchange)

    assert any(path in str(raised.value) for path in answer.missing()), str(raised.value)


def test_every_correction_cites_recordings_that_exist() -> None:
    if not RECORDED.is_dir():
        pytest.skip(ABSENT)
    actions = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["actions"]

    cited = {name for action in actions for name in action["x-evidence"]}

    assert all(action["x-evidence"] for action in actions)
    assert cited <= {file.name for file in RECORDED.glob("*.json")}
