"""Models, fields and enums: what changed, and whose code it breaks.

Who breaks depends on the side a schema is on (``walk.Sides``): callers build what is sent,
readers use what comes back. The rules, in one table (``rate``):

- removed or retyped: breaks both sides;
- added as required, or made required: breaks callers (the constructor wants it); new for readers;
- made optional or nullable: breaks readers (they meet ``UNSET``/``None``); nothing for callers;
- enum value removed: breaks callers (the server refuses it) and code naming the member;
  enum value added: new (our enums keep unknown values, so readers do not break);
- ``x-enum-varnames`` changed: the Python member is renamed, which breaks code naming it.

Types are compared as the generator makes them: ``int`` whatever the format, named objects
and enums by class name, a ``$ref`` to a plain schema (``FixedPointDollars``) as what it
stands for (``str``); ``null`` is compared on its own, as nullability. Inline objects get a
class each, so their fields are compared wherever they sit (``inline_changes``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from openapi_python_client.parser.properties import Class
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from tools.spec.change import Breaks, Change, Kind
from tools.spec.walk import Node, Sides, fields, resolve, schema_name

Event = Literal[
    "removed", "retyped", "added required", "made required", "made optional", "made nullable",
    "made not nullable", "enum value removed",
]  # fmt: skip
Side = Literal["sent", "read"]
_BREAKS: dict[Event, tuple[Breaks, Breaks]] = {  # (if sent, if read)
    "removed": ("callers", "readers"),
    "retyped": ("callers", "readers"),
    "added required": ("callers", None),
    "made required": ("callers", None),
    "made optional": (None, "readers"),
    "made nullable": (None, "readers"),
    "made not nullable": ("callers", None),
    "enum value removed": ("callers", "code naming it"),
}
_PLAIN = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}
_FORMATS = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}


def rate(event: Event, sides: frozenset[Side]) -> Breaks:
    """Whose code ``event`` breaks on a schema used on ``sides`` (unused: treated as both)."""
    if_sent, if_read = _BREAKS[event]
    sides = sides or frozenset({"sent", "read"})
    found = [who for side, who in (("sent", if_sent), ("read", if_read)) if side in sides and who]
    if "callers" in found and "readers" in found:
        return "callers and readers"
    return found[0] if found else None


@dataclass(frozen=True)
class Pair:
    """The two specs being compared, with the sides of their schemas."""

    old: Node
    new: Node
    old_sides: Sides
    new_sides: Sides

    @classmethod
    def of(cls, old: Node, new: Node) -> Pair:
        return cls(old, new, Sides.of(old), Sides.of(new))

    def sides(self, name: str) -> frozenset[Side]:
        found: set[Side] = set()
        if name in self.old_sides.sent or name in self.new_sides.sent:
            found.add("sent")
        if name in self.old_sides.read or name in self.new_sides.read:
            found.add("read")
        return frozenset(found)


def describe(spec: Node, schema: Node | None) -> str:
    """The Python type the generator makes of ``schema``, ``null`` left out."""
    if not schema:
        return "any"
    name = schema_name(schema)
    if name is not None:
        target = resolve(spec, schema)
        return name if is_object(target) or "enum" in target else describe(spec, target)
    members = schema.get("allOf") or []
    if len(members) == 1 and not is_object({k: v for k, v in schema.items() if k != "allOf"}):
        return describe(spec, members[0])
    for combinator in ("oneOf", "anyOf"):
        if schema.get(combinator):
            return " | ".join(describe(spec, member) for member in schema[combinator])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if "enum" in schema:
        return f"{_PLAIN.get(str(kind), 'str')} enum"
    if kind == "array":
        return f"list[{describe(spec, schema.get('items'))}]"
    if is_object(schema) or members:
        return "object"
    if kind == "object":
        extra = schema.get("additionalProperties")
        return f"dict[str, {describe(spec, extra if isinstance(extra, Mapping) else None)}]"
    if kind == "string" and schema.get("format") in _FORMATS:
        return _FORMATS[str(schema["format"])]
    return _PLAIN.get(str(kind), "any")


def is_object(schema: Node) -> bool:
    """Whether the generator makes a model class with fields of it (compared field by field)."""
    if "properties" in schema or len(schema.get("allOf") or []) > 1:
        return True
    return schema.get("type") == "object" and "additionalProperties" not in schema and "enum" not in schema


def nullable(spec: Node, schema: Node | None) -> bool:
    if not schema:
        return False
    kind = schema.get("type")
    if schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind):
        return True
    return schema_name(schema) is not None and resolve(spec, schema).get("nullable") is True


def enum_names(schema: Node) -> dict[Any, str]:
    """Each enum value with the name of its Python member, as the generator names it."""
    values = [value for value in schema.get("enum") or [] if value is not None]
    if any(isinstance(value, bool) or not isinstance(value, str | int) for value in values):
        # The generator makes enums of strings or integers only (it refuses the rest, and
        # its namer breaks on them): compare such values as they are written.
        return {json.dumps(value, sort_keys=True): json.dumps(value, sort_keys=True) for value in values}
    varnames = [str(name) for name in schema.get("x-enum-varnames") or []]
    if len(varnames) != len(schema.get("enum") or []):
        varnames = []
    elif None in (schema.get("enum") or []):
        varnames = [n for n, v in zip(varnames, schema["enum"], strict=True) if v is not None]
    owner = Class(name=ClassName("Enum", ""), module_name=PythonIdentifier("enum", ""))
    try:
        names = EnumProperty.values_from_list(values, owner, varnames)
    except ValueError:  # two values with one name: the generator refuses it, the report need not
        return {value: str(value) for value in values}
    return dict(zip(values, names, strict=True))


def enum_changes(kind: Kind, what: str, old: Node, new: Node, sides: frozenset[Side]) -> Iterator[Change]:
    """Values added (new) and removed, and Python members renamed, of one enum."""
    before, after = enum_names(old), enum_names(new)
    added = [value for value in after if value not in before]
    removed = [value for value in before if value not in after]
    if added:
        yield Change(kind, what, "new enum values " + _values(added), None, "added")
    if removed:
        yield Change(
            kind, what, "enum values removed " + _values(removed), rate("enum value removed", sides), "removed"
        )
    for value in before.keys() & after.keys():
        if before[value] != after[value]:
            description = f"Python member {before[value]} renamed {after[value]} (value {value!r})"
            yield Change(kind, what, description, "code naming it")


def _values(values: list[Any]) -> str:
    return ", ".join(repr(value) for value in values)


def site_changes(pair: Pair, kind: Kind, what: str, old: Node, new: Node, sides: frozenset[Side]) -> Iterator[Change]:
    """A field's or parameter's schema: type, nullability, inline fields and enum values."""
    old_type, new_type = describe(pair.old, old), describe(pair.new, new)
    if old_type != new_type:
        yield Change(kind, what, f"type changed from {old_type} to {new_type}", rate("retyped", sides))
    elif _named(old) is None and _named(new) is None:  # a named model is compared once, as a model
        yield from inline_changes(pair, kind, what, old, new, sides)
    if nullable(pair.old, old) != nullable(pair.new, new):
        event: Event = "made nullable" if nullable(pair.new, new) else "made not nullable"
        yield Change(kind, what, event, rate(event, sides))
    old_enum, new_enum = _enum(pair.old, old), _enum(pair.new, new)
    same_model = _named(old) is not None and _named(old) == _named(new)  # compared once, as a model
    if old_enum is not None and new_enum is not None and not same_model:
        yield from enum_changes(kind, what, old_enum, new_enum, sides)


def _named(schema: Node) -> str | None:
    """The component a site names, directly or as the one member of an ``allOf``."""
    members = schema.get("allOf") or []
    return schema_name(schema) or (schema_name(members[0]) if len(members) == 1 else None)


def inline_changes(pair: Pair, kind: Kind, what: str, old: Node, new: Node, sides: frozenset[Side]) -> Iterator[Change]:
    """What changed inside an inline schema whose type reads the same on both sides.

    ``describe`` reads every inline object as just ``object``, so ``list[list[object]]``,
    ``dict[str, object]`` or ``object | str`` look alike however their fields change: each
    inline object is compared field by field wherever it sits (array items, dict values,
    ``oneOf``/``anyOf``/one-member ``allOf`` members), as the generator makes a class of each.
    """
    if is_object(old) and is_object(new):
        yield from object_changes(pair, what, old, new, sides)
        return
    inner: list[tuple[str, Any, Any]] = [("[]", old.get("items"), new.get("items"))]
    if not is_object(old) and not is_object(new):
        inner.append((".additionalProperties", old.get("additionalProperties"), new.get("additionalProperties")))
    for combinator in ("oneOf", "anyOf", "allOf"):
        before, after = old.get(combinator) or [], new.get(combinator) or []
        if len(before) == len(after):
            inner += [(f".{combinator}[{i}]", a, b) for i, (a, b) in enumerate(zip(before, after, strict=True))]
    for suffix, before, after in inner:
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            yield from site_changes(pair, kind, what + suffix, before, after, sides)


def _enum(spec: Node, schema: Node) -> Node | None:
    """The enum a site uses, through ``$ref`` and a one-member ``allOf`` (compared through them)."""
    schema = resolve(spec, schema)
    members = schema.get("allOf") or []
    if len(members) == 1:
        schema = resolve(spec, members[0])
    return schema if "enum" in schema else None


def object_changes(pair: Pair, prefix: str, old: Node, new: Node, sides: frozenset[Side]) -> Iterator[Change]:
    """Field changes of one object schema, descending into inline objects."""
    old_fields, old_required = fields(pair.old, old)
    new_fields, new_required = fields(pair.new, new)
    for name in new_fields.keys() - old_fields.keys():
        required = name in new_required
        breaks = rate("added required", sides) if required else None
        yield Change(
            "field", f"{prefix}.{name}", f"new {'required' if required else 'optional'} field", breaks, "added"
        )
    for name in old_fields.keys() - new_fields.keys():
        yield Change("field", f"{prefix}.{name}", "field removed", rate("removed", sides), "removed")
    for name in old_fields.keys() & new_fields.keys():
        what = f"{prefix}.{name}"
        if (name in new_required) != (name in old_required):
            event: Event = "made required" if name in new_required else "made optional"
            yield Change("field", what, f"field {event}", rate(event, sides))
        yield from site_changes(pair, "field", what, old_fields[name], new_fields[name], sides)
    yield from _extra_changes(pair, prefix, resolve(pair.old, old), resolve(pair.new, new), sides)


def _extra_changes(pair: Pair, prefix: str, old: Node, new: Node, sides: frozenset[Side]) -> Iterator[Change]:
    """A model's extra values (``additionalProperties`` beside its fields): the generator
    types its ``additional_properties`` dict by them, and leaves it out when they are ``false``."""
    what = f"{prefix}.additionalProperties"
    before, after = _extra(old), _extra(new)
    if before is None or after is None:
        if before is not None:
            yield Change("field", what, "extra values no longer allowed", rate("removed", sides), "removed")
        elif after is not None:
            yield Change("field", what, "extra values now allowed", None, "added")
        return
    yield from site_changes(pair, "field", what, before, after, sides)


def _extra(schema: Node) -> Node | None:
    """The schema of an object's extra values (``{}``: anything), None when there may be none."""
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return None
    return extra if isinstance(extra, Mapping) else {}


def changes(pair: Pair) -> Iterator[Change]:
    """Every model change from ``pair.old`` to ``pair.new``; a model whose content reappears
    under another name is reported as renamed (its class and module move)."""
    old = dict((pair.old.get("components") or {}).get("schemas") or {})
    new = dict((pair.new.get("components") or {}).get("schemas") or {})
    added, removed = new.keys() - old.keys(), old.keys() - new.keys()
    renamed = {name: other for name in removed for other in added if _same(old[name], new[other])}
    for name in added - set(renamed.values()):
        yield Change("model", name, "new model", None, "added")
    for name in removed:
        if name in renamed:
            yield Change("model", name, f"model renamed {renamed[name]}", "code naming it")
        else:
            yield Change("model", name, "model removed", "code naming it", "removed")
    for name in old.keys() & new.keys():
        yield from model_changes(pair, name, old[name], new[name])


def model_changes(pair: Pair, name: str, old: Node, new: Node) -> Iterator[Change]:
    sides = pair.sides(name)
    if "enum" in old and "enum" in new:
        yield from enum_changes("enum", name, old, new, sides)
    elif is_object(old) and is_object(new):
        yield from object_changes(pair, name, old, new, sides)
    else:
        yield from site_changes(pair, "model", name, old, new, sides)


def _same(old: Any, new: Any) -> bool:
    """Equal but for wording (descriptions, examples)."""
    return bool(_content(old) == _content(new))


def _content(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {k: _content(v) for k, v in node.items() if k not in ("description", "example", "examples", "title")}
    if isinstance(node, list):
        return [_content(v) for v in node]
    return node
