"""`make demo` against Prism shows openapi.yaml's example values, not Prism's placeholders."""

from __future__ import annotations

import pytest

from tools import demo


def test_the_demo_walks_an_order_group_with_realistic_values(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KALSHI_API_KEY_ID", raising=False)

    assert demo.main() == 0

    out = capsys.readouterr().out
    assert "1. created order group '4556fdc1-431c-454a-9931-ddb6a80c9470' for subaccount 0" in out
    assert "2. read it: limit 10.00 contracts / 15 s, auto-cancel True, 2 order(s) in it" in out
    assert "   order 5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924" in out
    assert "7. deleted it" in out
    assert "string" not in out  # Prism's placeholder for a string with no example
