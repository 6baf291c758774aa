"""Every operation, through KalshiClient, against Prism serving openapi.yaml on loopback.

Prism runs with request validation on (``--errors``): a request the spec does not allow
gets a 422 and a missing KALSHI-ACCESS-* header a 401, so each call must come back 2xx,
parsed into its model, with no violation in Prism's answer or its log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient
from tests.conftest import KEY_ID
from tests.contract.operations import Operation, operations
from tools.prism import running_prism


@pytest.fixture(scope="module")
def prism() -> Iterator[tuple[str, Path]]:
    with running_prism() as running:
        yield running


@pytest.mark.parametrize("operation", operations(), ids=str)
def test_operation_passes_prism_validation(
    operation: Operation, prism: tuple[str, Path], rsa_key: rsa.RSAPrivateKey
) -> None:
    base_url, log = prism
    seen = len(log.read_text())
    args, kwargs = operation.call_arguments()
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=base_url, max_retries=0) as client:
        response = operation.module().sync_detailed(*args, client=client, **kwargs)

    assert 200 <= response.status_code < 300, f"{operation}: HTTP {response.status_code} {response.content!r}"
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.parsed is not None
    new_log = log.read_text()[seen:]
    assert "Violation" not in new_log and "did not pass" not in new_log, new_log
