"""Walking a spec: ``$ref``s, operations, parameters, bodies and fields.

The one place these rules live: the differs use them, and so do tests/contract (which
calls every operation of openapi.yaml) and the overlay and update steps. Nothing here
validates; ``load.read`` has already refused files whose ``$ref``s point at nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tools.spec.load import target

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMAS_PREFIX = "#/components/schemas/"
Node = Mapping[str, Any]


def resolve(spec: Node, node: Node) -> Node:
    """``node`` with local ``$ref``s followed (a cycle stops at the last new node)."""
    seen: set[str] = set()
    while "$ref" in node and str(node["$ref"]).startswith("#/") and node["$ref"] not in seen:
        seen.add(str(node["$ref"]))
        found = target(spec, str(node["$ref"]))
        if not isinstance(found, Mapping):
            break
        node = found
    return node


def ref_name(ref: str) -> str:
    """``#/components/schemas/Market`` -> ``Market``."""
    return ref.rsplit("/", 1)[-1]


def schema_name(node: Any) -> str | None:
    """The component schema a node names by ``$ref`` (None for inline schemas)."""
    if isinstance(node, Mapping) and str(node.get("$ref", "")).startswith(SCHEMAS_PREFIX):
        return ref_name(str(node["$ref"]))
    return None


def json_schema(spec: Node, holder: Node | None) -> Node | None:
    """The schema of a request body or response: its JSON media type's (or the first one's)."""
    if holder is None:
        return None
    content = resolve(spec, holder).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    schema = media.get("schema") if isinstance(media, Mapping) else None
    return schema if isinstance(schema, Mapping) else None


@dataclass(frozen=True)
class Operation:
    """One operation: its identity for SDK users (operationId, tag) and its definition."""

    method: str
    path: str
    operation_id: str
    tag: str
    definition: Node
    parameters: tuple[Node, ...] = field(default=())

    def __str__(self) -> str:
        return self.operation_id

    @property
    def route(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: Node) -> tuple[Operation, ...]:
    """Every operation in file order, parameters resolved (an operation's own override its path's).

    The key is the operationId (``METHOD path`` when it has none): the generated function is
    named after it and lives in ``kalshi_client.api.<first tag>``.
    """
    found = []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method, definition in item.items():
            if method not in HTTP_METHODS or not isinstance(definition, Mapping):
                continue
            key = str(definition.get("operationId") or f"{method.upper()} {path}")
            tag = str((definition.get("tags") or ["default"])[0])
            declared = [*(item.get("parameters") or []), *(definition.get("parameters") or [])]
            by_place = {_place(resolve(spec, p)): resolve(spec, p) for p in declared if isinstance(p, Mapping)}
            found.append(Operation(method, str(path), key, tag, definition, tuple(by_place.values())))
    return tuple(found)


def _place(parameter: Node) -> tuple[str, str]:
    return str(parameter.get("in")), str(parameter.get("name"))


def success(spec: Node, operation: Operation) -> tuple[str, Node | None] | None:
    """The first documented 2xx status and its body schema (None: no body), or None."""
    responses = operation.definition.get("responses") or {}
    for status in sorted(responses, key=str):
        if str(status).startswith("2"):
            return str(status), json_schema(spec, responses[status])
    return None


def fields(spec: Node, schema: Node) -> tuple[dict[str, Node], set[str]]:
    """Properties and required names of an object schema, merged across ``allOf`` members
    (following ``$ref``s), which is how a model that extends another one is written."""
    schema = resolve(spec, schema)
    properties: dict[str, Node] = {}
    required: set[str] = set()
    for member in schema.get("allOf") or []:
        member_properties, member_required = fields(spec, member)
        properties.update(member_properties)
        required |= member_required
    properties.update(schema.get("properties") or {})
    required |= set(schema.get("required") or [])
    return properties, required


def referenced_schemas(spec: Node, roots: Iterator[Any]) -> set[str]:
    """Names of the component schemas reachable from ``roots`` through ``$ref``s."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                if ref.startswith(SCHEMAS_PREFIX):
                    if ref_name(ref) in seen:
                        continue
                    seen.add(ref_name(ref))
                stack.append(target(spec, ref))
            stack.extend(value for key, value in node.items() if key != "$ref")
        elif isinstance(node, list):
            stack.extend(node)
    return seen


@dataclass(frozen=True)
class Sides:
    """Which component schemas users send (request side) and which they read (response side).

    Who a change breaks depends on it: a field made optional breaks readers, a field added
    as required breaks callers. A schema on both sides gets both ratings.
    """

    sent: frozenset[str]
    read: frozenset[str]

    @classmethod
    def of(cls, spec: Node) -> Sides:
        sent: list[Any] = []
        read: list[Any] = []
        for operation in operations(spec):
            sent.extend(operation.parameters)
            sent.append(operation.definition.get("requestBody"))
            read.extend((operation.definition.get("responses") or {}).values())
        return cls(frozenset(referenced_schemas(spec, iter(sent))), frozenset(referenced_schemas(spec, iter(read))))
