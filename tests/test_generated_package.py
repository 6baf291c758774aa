"""kalshi_client/ is what openapi.yaml generates, and the seed endpoints behave exactly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kalshi_auth import KalshiClient, NotFoundError
from kalshi_client.api.order_groups import delete_order_group, reset_order_group, trigger_order_group
from kalshi_client.models.empty_response import EmptyResponse
from kalshi_client.models.error_response import ErrorResponse
from tests.fake_exchange import Answer, FakeExchange

ROOT = Path(__file__).resolve().parent.parent
# That every operation has a module with sync/sync_detailed/asyncio/asyncio_detailed is
# checked, for whatever openapi.yaml holds, by tests/contract/test_requests.py.


@pytest.mark.parametrize("status", [401, 404, 500])
def test_seed_error_bodies_parse_into_error_response_with_four_strings(
    client: KalshiClient, exchange: FakeExchange, status: int
) -> None:
    body = {"code": "not_found", "message": "no such group", "details": "og-1", "service": "order-groups"}
    exchange.answer(Answer(status, body))

    with pytest.raises(Exception) as raised:
        reset_order_group.sync("og-1", client=client)

    error = raised.value.error  # type: ignore[attr-defined]
    assert isinstance(error, ErrorResponse)
    assert (error.code, error.message, error.details, error.service) == (
        "not_found",
        "no such group",
        "og-1",
        "order-groups",
    )
    assert all(isinstance(value, str) for value in (error.code, error.message, error.details, error.service))


def test_error_response_model_reads_the_four_fields() -> None:
    error = ErrorResponse.from_dict({"code": "c", "message": "m", "details": "d", "service": "s"})
    assert (error.code, error.message, error.details, error.service) == ("c", "m", "d", "s")


def test_empty_object_parses_into_empty_response(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, {}))

    assert isinstance(delete_order_group.sync("og-1", client=client), EmptyResponse)
    assert EmptyResponse.from_dict({}).to_dict() == {}


def test_reset_and_delete_go_to_the_seed_paths(client: KalshiClient, exchange: FakeExchange) -> None:
    reset_order_group.sync("og-1", client=client)
    delete_order_group.sync("og-1", client=client)

    assert [(r.method, r.path) for r in exchange.received] == [
        ("PUT", "/trade-api/v2/portfolio/order_groups/og-1/reset"),
        ("DELETE", "/trade-api/v2/portfolio/order_groups/og-1"),
    ]


def test_reset_and_trigger_send_an_empty_json_object_by_default(client: KalshiClient, exchange: FakeExchange) -> None:
    reset_order_group.sync("og-1", client=client)
    trigger_order_group.sync("og-1", client=client)
    delete_order_group.sync("og-1", client=client)

    reset, trigger, delete = exchange.received
    for put in (reset, trigger):
        assert put.headers["content-type"] == "application/json"
        assert put.body == b"{}"
    assert delete.body == b""


def test_path_parameter_is_percent_encoded(client: KalshiClient, exchange: FakeExchange) -> None:
    reset_order_group.sync("og/1 x", client=client)

    assert exchange.received[0].path == "/trade-api/v2/portfolio/order_groups/og%2F1%20x/reset"


def test_404_raises_not_found(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(404, {"code": "not_found", "message": "order group not found"}))

    with pytest.raises(NotFoundError):
        delete_order_group.sync("missing", client=client)


def test_check_generated_fails_on_a_hand_edit(tmp_path: Path) -> None:
    """`make check-generated` in a copy of the project, after editing a generated file."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("openapi.yaml", "asyncapi.yaml", "generator-config.yaml", "Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, copy / name)
    for folder in ("templates", "kalshi_client", "auth", "tools"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    venv = Path(sys.prefix)  # the environment running these tests, wherever it lives

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["make", "--no-print-directory", "check-generated", f"VENV={venv}"],
            check=False,
            cwd=copy,
            capture_output=True,
            text=True,
            timeout=300,
        )

    clean = check()
    assert clean.returncode == 0, clean.stdout + clean.stderr

    edited = copy / "kalshi_client" / "api" / "order_groups" / "reset_order_group.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    dirty = check()

    assert dirty.returncode != 0
    assert "reset_order_group.py" in dirty.stdout + dirty.stderr
