"""The operations of openapi.yaml, and calls to their generated functions built from it.

Nothing here lists operations by hand: adding one to openapi.yaml adds its tests.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

from kalshi_client.types import Unset
from tests.contract.samples import Sampler
from tools.spec import walk
from tools.spec.load import read

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
PATH_SAMPLE = "id-1"


@cache
def spec() -> dict[str, Any]:
    return read(SPEC_PATH)


@cache
def sampler() -> Sampler:
    return Sampler(spec())


@dataclass(frozen=True)
class Operation:
    """An operation of openapi.yaml (tools.spec.walk reads it) and its generated functions."""

    walked: walk.Operation

    def __str__(self) -> str:
        return self.operation_id

    @property
    def method(self) -> str:
        return self.walked.method

    @property
    def path(self) -> str:
        return self.walked.path

    @property
    def operation_id(self) -> str:
        return self.walked.operation_id

    @property
    def tag(self) -> str:
        return self.walked.tag

    @property
    def module_name(self) -> str:
        return f"kalshi_client.api.{snake_case(self.tag)}.{snake_case(self.operation_id)}"

    def module(self) -> types.ModuleType:
        return importlib.import_module(self.module_name)

    def parameters(self) -> list[dict[str, Any]]:
        return [dict(parameter) for parameter in self.walked.parameters]

    def json_body_schema(self) -> dict[str, Any] | None:
        schema = walk.json_schema(spec(), self.walked.definition.get("requestBody"))
        return dict(schema) if schema is not None else None

    def responses(self) -> dict[str, dict[str, Any]]:
        """Status code -> JSON schema of the documented body ({} when it has none)."""
        responses = self.walked.definition["responses"]
        return {str(status): dict(walk.json_schema(spec(), responses[status]) or {}) for status in responses}

    def call_arguments(self) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for the generated functions, every parameter given."""
        function = self.module().sync_detailed
        hints = typing.get_type_hints(function)
        signature = inspect.signature(function)
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for parameter in self.parameters():
            python_name = PythonIdentifier(parameter["name"], prefix="field_")
            assert python_name in signature.parameters, f"{self}: no argument for parameter {parameter['name']!r}"
            if parameter["in"] == "path":
                args.append(PATH_SAMPLE)
            else:
                value = sampler().sample(parameter.get("schema", {}), "full", depth=1)
                kwargs[python_name] = to_python(value, hints[python_name])
        body_schema = self.json_body_schema()
        if body_schema is not None:
            kwargs["body"] = to_python(sampler().sample(body_schema), hints["body"])
        return args, kwargs


def to_python(value: Any, annotation: Any) -> Any:
    """The value of the type the generated function expects for JSON ``value``."""
    candidates = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))] or [annotation]
    for candidate in candidates:
        origin = typing.get_origin(candidate)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(candidate) or (Any,)
            return [to_python(element, item) for element in value]
        if not isinstance(candidate, type):
            continue
        if issubclass(candidate, enum.Enum):
            return candidate(value)
        if candidate is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
        if candidate is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        from_dict: Callable[[Any], Any] | None = getattr(candidate, "from_dict", None)
        if from_dict is not None and isinstance(value, dict):
            return from_dict(value)
    return value


@cache
def operations() -> tuple[Operation, ...]:
    return tuple(Operation(operation) for operation in walk.operations(spec()))
