"""Every operation, through KalshiClient, against Prism serving openapi.yaml on loopback.

Prism runs with request validation on (``--errors``): a request the spec does not allow
gets an error status and a missing KALSHI-ACCESS-* header a 401, so each call must come
back 2xx, parsed into its model, with no error-level violation in Prism's answer or its
log. (Warnings, such as for a deprecated parameter we send on purpose, are allowed.)
"""

from __future__ import annotations

import json
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
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    errors = [violation for violation in violations if violation.get("severity") == "Error"]
    assert not errors, errors
    documents_a_body = any(schema for code, schema in operation.responses().items() if code.startswith("2"))
    assert (response.parsed is not None) == documents_a_body
    new_log = log.read_text()[seen:]
    assert "\u2716" not in new_log, new_log  # Prism marks errors with a heavy X
