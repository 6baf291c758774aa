"""Our example values, checked against the schemas they illustrate.

Examples are our wording (``wording`` keeps them when Kalshi's file comes in), but unlike
prose they can be wrong: Prism answers ``make mock`` and ``make demo`` with them, the docs
show them, and a field Kalshi retypes can leave ours stale. So each ``example`` (and each
``examples`` entry's ``value``) must validate against its schema as OpenAPI 3.0 reads it
(``nullable``, formats such as ``date-time``), and an object example may only name fields
its schema declares, which catches a misspelt or dropped field that validation alone lets
through (our schemas leave ``additionalProperties`` open, as answers may grow).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tools.spec.walk import resolve
from tools.spec.wording import NAME_MAPS

_BASE = "urn:openapi"


@dataclass(frozen=True)
class Example:
    """One example value, where it is (dotted, for people) and its schema (a JSON pointer)."""

    where: str
    value: Any
    schema_pointer: str


def located(spec: Mapping[str, Any]) -> Iterator[Example]:
    """Every example in ``spec``: on a schema, or on a parameter, media type or header (for its ``schema``)."""
    yield from _walk(spec, "", "", names=False)


def _walk(node: Any, where: str, pointer: str, names: bool) -> Iterator[Example]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{where}[{index}]", f"{pointer}/{index}", names=False)
        return
    if not isinstance(node, Mapping):
        return
    if not names:
        yield from _own_examples(node, where, pointer)
    for key, value in node.items():
        if not names and key in ("example", "examples"):
            continue  # data, not description
        place = f"{where}.{key}" if where else str(key)
        yield from _walk(value, place, f"{pointer}/{_escape(key)}", names=not names and key in NAME_MAPS)


def _own_examples(node: Mapping[str, Any], where: str, pointer: str) -> Iterator[Example]:
    # A parameter, media type or header illustrates its `schema`; a schema illustrates itself.
    schema = f"{pointer}/schema" if isinstance(node.get("schema"), Mapping) else pointer
    if "example" in node:
        yield Example(f"{where}.example" if where else "example", node["example"], schema)
    entries = node.get("examples")
    if schema != pointer and isinstance(entries, Mapping):
        for name, entry in entries.items():
            if isinstance(entry, Mapping) and "value" in entry:
                yield Example(f"{where}.examples.{name}.value", entry["value"], schema)


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def misfits(spec: Mapping[str, Any]) -> list[str]:
    """One line per example that does not fit its schema: where it is, and why."""
    registry: Registry[Any] = Registry().with_resource(
        _BASE, Resource.from_contents(spec, default_specification=DRAFT4)
    )
    lines = []
    for example in located(spec):
        validator = OAS30Validator(
            {"$ref": f"{_BASE}#{example.schema_pointer}"}, registry=registry, format_checker=oas30_format_checker
        )
        problems = [_problem(error.absolute_path, error.message) for error in validator.iter_errors(example.value)]
        schema = _target(spec, example.schema_pointer)
        problems += [f"{field}: not a field of the schema" for field in _undeclared(spec, schema, example.value, "")]
        lines += [f"{example.where}: does not fit its schema ({problem}): rewrite it" for problem in sorted(problems)]
    return lines


def _problem(path: Any, message: str) -> str:
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
    return f"{where}: {message}" if where else message


def _target(spec: Mapping[str, Any], pointer: str) -> Any:
    node: Any = spec
    for part in pointer.lstrip("/").split("/") if pointer else []:
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else _get(node, key)
    return node


def _get(node: Mapping[Any, Any], key: str) -> Any:
    # YAML may read a status code key as an int.
    return node[key] if key in node else next(value for name, value in node.items() if str(name) == key)


def _undeclared(spec: Mapping[str, Any], schema: Any, value: Any, where: str) -> Iterator[str]:
    """Fields of ``value`` (recursively) that the object schemas it is checked against do not declare."""
    if not isinstance(schema, Mapping):
        return
    parts = _parts(spec, schema)
    if isinstance(value, Mapping):
        declared: dict[str, Any] = {}
        for part in parts:
            declared.update(part.get("properties") or {})
        closed = any("properties" in part for part in parts) and not any(
            part.get("additionalProperties") for part in parts
        )
        for key, item in value.items():
            place = f"{where}.{key}" if where else str(key)
            if key in declared:
                yield from _undeclared(spec, declared[key], item, place)
            elif closed:
                yield place
    elif isinstance(value, list):
        items = next((part["items"] for part in parts if "items" in part), None)
        for index, item in enumerate(value):
            yield from _undeclared(spec, items, item, f"{where}[{index}]")


def _parts(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """``schema`` and, recursively, what its ``allOf`` brings in, ``$ref``s followed."""
    schema = resolve(spec, schema)
    parts = [schema]
    for member in schema.get("allOf") or []:
        if isinstance(member, Mapping):
            parts += _parts(spec, member)
    return parts
