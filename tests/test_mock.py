"""`make mock`: the README's base URL, http://127.0.0.1:<port>/trade-api/v2, answers the SDK.

The mock runs as `make mock` runs it (`python -m tools.mock`), on a free port, and stops on
the signal a terminal's Ctrl-C or a supervisor sends, taking Prism down with it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient
from kalshi_client.api.exchange import get_exchange_status
from kalshi_client.models import ExchangeStatus
from tests.conftest import KEY_ID
from tools.prism import free_port

ROOT = Path(__file__).resolve().parent.parent
STOP_SECONDS = 30


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def mock() -> Iterator[tuple[subprocess.Popen[str], str]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tools.mock", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    first_line = process.stdout.readline()  # printed once Prism listens, or the reason it cannot
    try:
        assert first_line.startswith("Mock of the Kalshi Trade API"), first_line + process.stdout.read()
        yield process, f"http://127.0.0.1:{port}/trade-api/v2"
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
        process.stdout.close()


def test_the_sdk_calls_the_mock_at_the_readme_base_url(
    mock: tuple[subprocess.Popen[str], str], rsa_key: rsa.RSAPrivateKey
) -> None:
    _, base_url = mock

    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=base_url, max_retries=0) as client:
        status = get_exchange_status.sync(client=client)

    assert isinstance(status, ExchangeStatus)


def test_ctrl_c_stops_the_mock_and_prism(mock: tuple[subprocess.Popen[str], str]) -> None:
    process, base_url = mock
    port = int(base_url.split(":")[2].split("/")[0])

    process.send_signal(signal.SIGINT)

    assert process.wait(timeout=STOP_SECONDS) == 0
    assert not listening(port)


def test_the_mock_ends_when_prism_dies_instead_of_hanging(mock: tuple[subprocess.Popen[str], str]) -> None:
    process, _ = mock
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if not children.exists():
        pytest.skip("needs Linux's /proc to find Prism's process")
    (prism,) = map(int, children.read_text().split())

    os.kill(prism, signal.SIGKILL)

    assert process.wait(timeout=STOP_SECONDS) == 1
    assert process.stdout is not None and "Prism stopped by itself" in process.stdout.read()


def test_a_taken_port_is_refused_with_what_to_do() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "tools.mock", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    assert done.returncode == 1
    assert f"Port {port} is taken" in done.stderr and "MOCK_PORT" in done.stderr
