"""Real answers (recorded, or our fixtures shaped like them) served to the generated functions.

One answer is a JSON file: the operation, the status, the request that got it (path
parameters and query) and the body, in the format of ``../shared/recorded/`` (see its
README). ``tests/test_recorded.py`` runs Kalshi's recorded answers through the checks
below, ``tests/test_real_shapes.py`` our own fixtures, so both hold the SDK to the same
promises:

- a success body parses to its model and no key of it is lost, at any depth;
- an error body raises the ``KalshiAPIError`` subclass of its status, with code and message;
- a legacy body (from before 2026-03-12, when the integer-cent fields left every answer
  for their ``*_dollars``/``*_fp`` twins) parses the same way, or, when it lacks a
  fixed-point field, raises ``KalshiResponseError`` naming the field.
"""

from __future__ import annotations

import json
import re
import typing
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

import kalshi_client.models
from kalshi_auth import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiClient,
    KalshiResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from tests.contract.operations import Operation, operations, sampler, to_python
from tests.fake_exchange import Answer, FakeExchange

FIXED_POINT_CUTOVER = "2026-03-12"
#: The error class a user catches for each status (5xx: ServerError; any other: KalshiAPIError).
ERRORS_BY_STATUS: dict[int, type[KalshiAPIError]] = dict(
    zip(
        (400, 401, 403, 404, 409, 429),
        (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, RateLimitError),
        strict=True,
    )
)


@dataclass(frozen=True)
class RealAnswer:
    """One answer and the request that got it."""

    name: str
    operation_id: str
    status: int
    path: str
    path_params: dict[str, str]
    query: dict[str, Any]
    recorded: str
    body: Any

    @classmethod
    def read(cls, file: Path) -> RealAnswer:
        data = json.loads(file.read_text(encoding="utf-8"))
        return cls(
            name=file.name,
            operation_id=data["operation_id"],
            status=int(data["status"]),
            path=data["path"],
            path_params=data.get("path_params") or {},
            query=data.get("query") or {},
            recorded=data["recorded"],
            body=data["body"],
        )

    @property
    def kind(self) -> str:
        """``error``, ``legacy`` (a success from before the fixed-point cutover) or ``current``."""
        if self.status >= 400:
            return "error"
        return "legacy" if self.recorded < FIXED_POINT_CUTOVER else "current"

    def operation(self) -> Operation | None:
        return next((op for op in operations() if op.operation_id == self.operation_id), None)

    def schema(self) -> dict[str, Any]:
        operation = self.operation()
        assert operation is not None, self.operation_id
        return operation.responses()[str(self.status)]

    def missing(self) -> list[str]:
        """Where the body lacks a field openapi.yaml requires (``markets[3].ticker``); empty if none."""
        return list(missing_fields(self.schema(), self.body))


def params(files: list[Path], kind: str) -> list[Any]:
    """The answers of one kind, as pytest parameters; those of operations openapi.yaml lacks are skipped."""
    found = []
    for file in files:
        answer = RealAnswer.read(file)
        if answer.kind != kind:
            continue
        marks = []
        if answer.operation() is None:
            reason = f"{answer.operation_id} is not in openapi.yaml: Kalshi's 3.31.0 file no longer has it"
            marks.append(pytest.mark.skip(reason=reason))
        found.append(pytest.param(answer, id=file.stem, marks=marks))
    return found


def lost_keys(sent: Any, kept: Any, where: str = "") -> Iterator[str]:
    """Where a key of ``sent`` is missing from ``kept`` (a model's ``to_dict()``), at any depth.

    A key sent as ``null`` may read as absent (a null list or object that the spec does
    not mark nullable reads as missing), so it does not count as lost. Values are not
    compared: ``to_dict`` writes dates back in its own spelling.
    """
    if isinstance(sent, dict):
        if not isinstance(kept, dict):
            yield f"{where or '$'} (an object became {type(kept).__name__})"
            return
        for key, value in sent.items():
            path = f"{where}.{key}" if where else key
            if key in kept:
                yield from lost_keys(value, kept[key], path)
            elif value is not None:
                yield path
    elif isinstance(sent, list):
        if not isinstance(kept, list) or len(kept) != len(sent):
            yield f"{where or '$'} (a list of {len(sent)} became {kept!r:.40})"
            return
        for index, (item, kept_item) in enumerate(zip(sent, kept, strict=True)):
            yield from lost_keys(item, kept_item, f"{where}[{index}]")


def missing_fields(schema: dict[str, Any], value: Any, where: str = "") -> Iterator[str]:
    """Where ``value`` lacks a field that ``schema`` (of openapi.yaml) requires."""
    schema = sampler().merged(schema)
    if isinstance(value, dict):
        properties: dict[str, Any] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                yield f"{where}.{name}" if where else name
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            inner = properties.get(key, extra if isinstance(extra, dict) else None)
            if inner is not None:
                yield from missing_fields(inner, item, f"{where}.{key}" if where else key)
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from missing_fields(schema["items"], item, f"{where}[{index}]")


def _query_value(value: Any, schema: dict[str, Any]) -> Any:
    """A query value as the URL had it, as its schema's JSON type."""
    kind = sampler().merged(schema).get("type")
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if kind == "string" and isinstance(value, list):
        return ",".join(map(str, value))
    if kind == "array" and not isinstance(value, list):
        return str(value).split(",")
    return value


def call(answer: RealAnswer, client: KalshiClient) -> Any:
    """The generated ``sync`` function of the answer's operation, called as a user would."""
    operation = answer.operation()
    assert operation is not None, answer.operation_id
    function = operation.module().sync
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {}
    for parameter in operation.parameters():
        name, schema = parameter["name"], parameter.get("schema", {})
        python_name = PythonIdentifier(name, prefix="field_")
        if parameter["in"] == "path":
            kwargs[python_name] = answer.path_params[name]
        elif name in answer.query:
            kwargs[python_name] = to_python(_query_value(answer.query[name], schema), hints[python_name])
        elif parameter.get("required"):
            kwargs[python_name] = to_python(sampler().sample(schema, "full", depth=1), hints[python_name])
    body_schema = operation.json_body_schema()
    if body_schema is not None:
        kwargs["body"] = to_python(sampler().sample(body_schema), hints["body"])
    return function(client=client, **kwargs)


def serve_and_call(answer: RealAnswer, client: KalshiClient, exchange: FakeExchange) -> Any:
    """Have the exchange send ``answer`` to the user's call, check the call asked for the right path."""
    exchange.answer(Answer(answer.status, answer.body))
    try:
        return call(answer, client)
    finally:
        (request,) = exchange.received
        operation = answer.operation()
        assert operation is not None
        expected = answer.path
        for name, value in answer.path_params.items():
            expected = expected.replace(f"{{{name}}}", value)
        assert request.method == operation.method.upper()
        assert urllib.parse.unquote(request.path) == f"/trade-api/v2{expected}"


def check_parses_whole(answer: RealAnswer, client: KalshiClient, exchange: FakeExchange) -> Any:
    """The body parses to the operation's model, keeping every key; returns the model."""
    parsed = serve_and_call(answer, client, exchange)
    model = getattr(kalshi_client.models, answer.schema()["$ref"].rsplit("/", 1)[-1])
    assert isinstance(parsed, model)
    lost = list(lost_keys(answer.body, parsed.to_dict()))
    assert not lost, f"{answer.name}: keys the model dropped: {lost[:10]}"
    return parsed


def check_error(answer: RealAnswer, client: KalshiClient, exchange: FakeExchange) -> KalshiAPIError:
    """The body raises the typed error of its status, with its code and message; returns it."""
    with pytest.raises(KalshiAPIError) as raised:
        serve_and_call(answer, client, exchange)
    error = raised.value
    assert type(error) is ERRORS_BY_STATUS.get(answer.status, ServerError if answer.status >= 500 else KalshiAPIError)
    body = answer.body
    sent = body["error"] if isinstance(body.get("error"), dict) else body
    message = sent.get("message", sent.get("msg", sent.get("error")))
    assert (error.error.code or None) == sent.get("code")
    assert error.error.message == message
    assert json.loads(error.content) == body
    return error


def field_names(paths: list[str]) -> set[str]:
    return {path.rsplit(".", 1)[-1] for path in paths}


def check_legacy(answer: RealAnswer, client: KalshiClient, exchange: FakeExchange) -> KalshiResponseError | None:
    """A legacy body parses whole, or (lacking a fixed-point field) raises KalshiResponseError naming it."""
    missing = answer.missing()
    if not missing:
        check_parses_whole(answer, client, exchange)
        return None
    names = field_names(missing)
    assert any(name.endswith(("_fp", "_dollars")) for name in names), f"not an integer-cent shape: {missing}"
    with pytest.raises(KalshiResponseError) as raised:
        serve_and_call(answer, client, exchange)
    message = str(raised.value)
    assert any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", message) for name in names), message
    assert json.loads(raised.value.content) == answer.body
    return raised.value
