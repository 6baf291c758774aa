"""Every operation sends a request that openapi.yaml allows: method, path, parameters,
body, content type and the three signature headers."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest

from kalshi_auth import KalshiClient
from tests.contract.conftest import Handler
from tests.contract.openapi_adapter import OpenAPIRequest, openapi
from tests.contract.operations import PATH_SAMPLE, Operation, operations, sampler

AUTH_HEADERS = ("KALSHI-ACCESS-KEY", "KALSHI-ACCESS-TIMESTAMP", "KALSHI-ACCESS-SIGNATURE")


def success_answer(operation: Operation) -> httpx.Response:
    status, schema = next((code, schema) for code, schema in operation.responses().items() if code.startswith("2"))
    if not schema:
        return httpx.Response(int(status))
    return httpx.Response(int(status), json=sampler().sample(schema))


def test_every_operation_has_a_generated_module() -> None:
    missing = []
    for operation in operations():
        try:
            module = operation.module()
        except ImportError:
            missing.append(f"{operation} ({operation.module_name})")
            continue
        if not all(hasattr(module, name) for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")):
            missing.append(f"{operation} ({operation.module_name} lacks a function)")
    assert not missing, "operations in openapi.yaml without generated functions: " + ", ".join(missing)


@pytest.mark.parametrize("operation", operations(), ids=str)
def test_request_matches_the_spec(operation: Operation, offline_client: Callable[[Handler], KalshiClient]) -> None:
    sent: list[httpx.Request] = []

    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return success_answer(operation)

    args, kwargs = operation.call_arguments()
    operation.module().sync_detailed(*args, client=offline_client(exchange), **kwargs)

    (request,) = sent
    openapi().validate_request(OpenAPIRequest(request))
    assert request.method == operation.method.upper()
    assert request.url.path == "/trade-api/v2" + operation.path.format_map(
        {p: PATH_SAMPLE for p in _path_names(operation)}
    )
    query = parse_qs(request.url.query.decode())
    for parameter in operation.parameters():
        if parameter["in"] == "query":
            assert parameter["name"] in query, f"{operation} did not send query parameter {parameter['name']}"
    if operation.json_body_schema() is not None:
        assert request.headers["Content-Type"] == "application/json"
    for header in AUTH_HEADERS:
        assert request.headers.get(header), f"{operation} sent no {header}"


def _path_names(operation: Operation) -> list[str]:
    return [p["name"] for p in operation.parameters() if p["in"] == "path"]
