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

import yaml
from openapi_python_client.strings import PythonIdentifier, snake_case

from kalshi_client.types import Unset
from tests.contract.samples import Sampler

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PATH_SAMPLE = "id-1"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@cache
def sampler() -> Sampler:
    return Sampler(spec())


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    definition: dict[str, Any]

    def __str__(self) -> str:
        return self.operation_id

    @property
    def module_name(self) -> str:
        return f"kalshi_client.api.{snake_case(self.tag)}.{snake_case(self.operation_id)}"

    def module(self) -> types.ModuleType:
        return importlib.import_module(self.module_name)

    def parameters(self) -> list[dict[str, Any]]:
        declared = spec()["paths"][self.path].get("parameters", []) + self.definition.get("parameters", [])
        return [sampler().resolve(parameter) for parameter in declared]

    def json_body_schema(self) -> dict[str, Any] | None:
        body = self.definition.get("requestBody")
        if body is None:
            return None
        content = sampler().resolve(body).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def responses(self) -> dict[str, dict[str, Any]]:
        """Status code -> JSON schema of the documented body ({} when it has none)."""
        result: dict[str, dict[str, Any]] = {}
        for status, response in self.definition["responses"].items():
            content = sampler().resolve(response).get("content", {})
            result[str(status)] = content.get("application/json", {}).get("schema", {})
        return result

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
    found = []
    for path, item in spec()["paths"].items():
        for method, definition in item.items():
            if method in HTTP_METHODS:
                tag = definition.get("tags", ["default"])[0]
                found.append(Operation(method, path, definition["operationId"], tag, definition))
    return tuple(found)
