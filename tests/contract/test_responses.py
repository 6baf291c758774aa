"""Every documented answer of every operation is understood: a 2xx becomes the declared
model with its fields filled; an error status raises KalshiAPIError with ``error`` filled."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kalshi_auth import KalshiAPIError, KalshiClient
from tests.contract.conftest import Handler
from tests.contract.openapi_adapter import OpenAPIRequest, OpenAPIResponse, openapi
from tests.contract.operations import Operation, operations, sampler
from tests.contract.samples import VARIANTS, Variant


def cases() -> list[Any]:
    found = []
    for operation in operations():
        for status, schema in operation.responses().items():
            bodies: list[str] = []
            for variant in VARIANTS:
                body = json.dumps(sampler().sample(schema, variant) if schema else None)
                if body not in bodies:  # a variant that adds nothing new is skipped
                    bodies.append(body)
                    found.append(pytest.param(operation, status, variant, id=f"{operation}-{status}-{variant}"))
    return found


@pytest.mark.parametrize(("operation", "status", "variant"), cases())
def test_documented_answer_is_understood(
    operation: Operation, status: str, variant: Variant, offline_client: Callable[[Handler], KalshiClient]
) -> None:
    schema = operation.responses()[status]
    body = sampler().sample(schema, variant) if schema else None
    content = json.dumps(body).encode() if schema else b""
    sent: list[httpx.Request] = []

    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(int(status), content=content, headers={"Content-Type": "application/json"})

    client = offline_client(exchange)
    args, kwargs = operation.call_arguments()
    if status.startswith("2"):
        result = operation.module().sync(*args, client=client, **kwargs)
        if body is None:
            assert result is None, f"{operation} documents no body, yet returned {type(result).__name__}"
        else:
            assert hasattr(result, "to_dict"), f"{operation} returned {type(result).__name__}"
            assert result.to_dict() == body
    else:
        with pytest.raises(KalshiAPIError) as raised:
            operation.module().sync(*args, client=client, **kwargs)
        assert raised.value.status_code == int(status)
        assert raised.value.content == content
        if sampler().resolve(schema) is sampler().resolve({"$ref": "#/components/schemas/ErrorResponse"}):
            assert isinstance(body, dict)
            for field in ("code", "message", "details", "service"):
                assert getattr(raised.value.error, field) == body.get(field, getattr(raised.value.error, field))
            if "message" in body:
                assert body["message"] in str(raised.value)
    # The sample itself must be valid for the spec, or the test proves nothing. Not for the
    # "nulls" variant: OpenAPI 3.0.3 honours `nullable` only beside a `type`, so strict
    # validators reject null for `allOf: [$ref] + nullable`, which the spec uses (as
    # Kalshi's does) for fields that servers do send as null, and the models accept.
    if variant != "nulls":
        openapi().validate_response(OpenAPIRequest(sent[0]), OpenAPIResponse(int(status), content))
