"""What changed between two versions of openapi.yaml, and what of it breaks SDK users.

    python -m tools.spec_report OLD_SPEC NEW_SPEC [--old-package DIR --new-package DIR] [--markdown]

prints the changes (operations, their parameters and request bodies; models and their
fields) and, given two generated ``kalshi_client`` packages, the Python-level breaking
changes between them. It exits 1 when anything is breaking, 0 otherwise, so a spec
update that would break users' code can be stopped in CI or called out in the
changelog (``--markdown`` prints an entry for CHANGELOG.md).

The spec comparison reads the documents as plain data: no validator, no generator. The
rules for "breaking" are deliberately simple and err on the side of saying so: anything
removed, anything newly required, any field or parameter whose type changed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeGuard

import yaml

if TYPE_CHECKING:
    import griffe

SUMMARY = "What changed between two versions of openapi.yaml, and what of it breaks SDK users."
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PACKAGE_NAME = "kalshi_client"

Kind = Literal["operation", "parameter", "model", "field", "python"]
Action = Literal["added", "changed", "removed"]
Spec = Mapping[str, Any]
Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    """One change, phrased for a reader of the changelog.

    ``what`` names the thing changed: an operationId (``GetMarkets``), an operation's
    parameter (``GetMarkets.status``), a model (``Market``), a model's field
    (``Market.volume``, ``Outer.items[].inner`` inside inline objects) or a Python object
    (``kalshi_client.api.market.get_markets.sync``). ``action`` picks the changelog
    heading it goes under when it is not breaking.
    """

    kind: Kind
    what: str
    description: str
    breaking: bool
    action: Action = "changed"

    def __str__(self) -> str:
        return f"{self.kind} {self.what}: {self.description}"


@dataclass(frozen=True)
class Report:
    """All changes between two specs (and, optionally, two generated packages)."""

    changes: tuple[Change, ...] = field(default_factory=tuple)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def extended(self, more: Sequence[Change]) -> Report:
        """A report with ``more`` changes appended (the Python-level ones, say)."""
        return Report(self.changes + tuple(more))


# ---------------------------------------------------------------------------------------
# Reading a spec: $refs, types.


def resolve(spec: Spec, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` with local ``$ref``s followed, so a referenced parameter or body compares
    by its content rather than by the name of the component it happens to live in."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/") or ref in seen:
            break
        seen.add(ref)
        target: Any = spec
        try:
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
        except (KeyError, TypeError) as error:
            raise ValueError(f"$ref {ref} points at nothing") from error
        node = target
    return node


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def describe_type(schema: Schema | None) -> str:
    """A short, Python-ish reading of a schema's type: ``integer``, ``string(date-time)``,
    ``list[Market]``, ``Market | null``.

    ``{allOf: [{$ref: X}], nullable: true}`` is how OpenAPI 3.0 writes a nullable
    reference, and the generator reads it as ``X | None``: it reads here as ``X | null``,
    so moving between the two spellings of the same type is not reported. Enum values are
    left out: they are compared on their own, to say which values came and went.
    """
    if not schema:
        return "any"
    text = _describe_base(schema)
    if schema.get("nullable") is True and not text.endswith("| null"):
        text += " | null"
    return text


def _describe_base(schema: Schema) -> str:
    if "$ref" in schema:
        return ref_name(str(schema["$ref"]))
    for combinator, joiner in (("allOf", " & "), ("oneOf", " | "), ("anyOf", " | ")):
        members = schema.get(combinator)
        if members:
            return joiner.join(describe_type(member) for member in members)
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    if kind == "array":
        return f"list[{describe_type(schema.get('items'))}]"
    if kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        return f"dict[str, {describe_type(schema['additionalProperties'])}]"
    if "format" in schema:
        kind += f"({schema['format']})"
    if "enum" in schema:
        kind += " enum"
    return kind


def enum_change(old: Schema | None, new: Schema | None) -> str | None:
    """Which enum values were added and removed, or None when the values are the same."""
    old_values = list((old or {}).get("enum") or [])
    new_values = list((new or {}).get("enum") or [])
    added = [value for value in new_values if value not in old_values]
    removed = [value for value in old_values if value not in new_values]
    parts = []
    if added:
        parts.append("added " + ", ".join(repr(value) for value in added))
    if removed:
        parts.append("removed " + ", ".join(repr(value) for value in removed))
    return "enum values " + "; ".join(parts) if parts else None


def type_changes(what_kind: Kind, what: str, old: Schema | None, new: Schema | None) -> Iterator[Change]:
    """A changed type (or set of enum values) of a parameter, field or model: breaking,
    because code written for the old type (sending it or reading it) may not fit the new."""
    old_type, new_type = describe_type(old), describe_type(new)
    if old_type != new_type:
        yield Change(what_kind, what, f"type changed from {old_type} to {new_type}", breaking=True)
    values = enum_change(old, new)
    if values is not None:
        yield Change(what_kind, what, values, breaking=True)


# ---------------------------------------------------------------------------------------
# Operations.


@dataclass(frozen=True)
class Operation:
    """An operation as the report sees it: its key and the facts it compares."""

    key: str
    method: str
    path: str
    tag: str | None
    parameters: dict[tuple[str, str], Mapping[str, Any]]
    body: Mapping[str, Any] | None

    @property
    def route(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: Spec) -> dict[str, Operation]:
    """Operations by operationId (or ``METHOD path`` when it has none): the generated
    function is named after the operationId, so that is what identifies an operation for
    SDK users, and its method and path are facts that can change under it."""
    found: dict[str, Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method, definition in item.items():
            if method not in HTTP_METHODS:
                continue
            key = str(definition.get("operationId") or f"{method.upper()} {path}")
            tags = definition.get("tags") or [None]
            parameters = _parameters(spec, [*shared, *definition.get("parameters", [])])
            body = resolve(spec, definition["requestBody"]) if "requestBody" in definition else None
            found[key] = Operation(key, method, str(path), tags[0], parameters, body)
    return found


def _parameters(spec: Spec, declared: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Parameters by (location, name); an operation's own override its path's."""
    result: dict[tuple[str, str], Mapping[str, Any]] = {}
    for parameter in declared:
        resolved = resolve(spec, parameter)
        result[(str(resolved["in"]), str(resolved["name"]))] = resolved
    return result


def is_required(parameter: Mapping[str, Any]) -> bool:
    return parameter.get("in") == "path" or parameter.get("required") is True


def operation_changes(old_spec: Spec, new_spec: Spec) -> Iterator[Change]:
    old, new = operations(old_spec), operations(new_spec)
    for key in new.keys() - old.keys():
        yield Change("operation", key, f"operation added ({new[key].route})", breaking=False, action="added")
    for key in old.keys() - new.keys():
        yield Change("operation", key, f"operation removed (was {old[key].route})", breaking=True, action="removed")
    for key in old.keys() & new.keys():
        yield from _route_changes(old[key], new[key])
        yield from _parameter_changes(old[key], new[key])
        yield from _body_changes(old[key], new[key])


def _route_changes(old: Operation, new: Operation) -> Iterator[Change]:
    """Method and path changes are not breaking for SDK users: the function keeps its name
    and arguments (a renamed path parameter shows up as a parameter change). A new tag is:
    the generated module moves to ``kalshi_client.api.<tag>``."""
    if old.route != new.route:
        yield Change("operation", new.key, f"route changed from {old.route} to {new.route}", breaking=False)
    if old.tag != new.tag:
        description = f"tag changed from {old.tag!r} to {new.tag!r} (its generated module moves)"
        yield Change("operation", new.key, description, breaking=True)


def _parameter_changes(old: Operation, new: Operation) -> Iterator[Change]:
    for location, name in new.parameters.keys() - old.parameters.keys():
        required = is_required(new.parameters[(location, name)])
        description = f"{'required' if required else 'optional'} {location} parameter added"
        yield Change("parameter", f"{new.key}.{name}", description, breaking=required, action="added")
    for location, name in old.parameters.keys() - new.parameters.keys():
        yield Change("parameter", f"{new.key}.{name}", f"{location} parameter removed", breaking=True, action="removed")
    for location, name in old.parameters.keys() & new.parameters.keys():
        before, after = old.parameters[(location, name)], new.parameters[(location, name)]
        what = f"{new.key}.{name}"
        if is_required(after) and not is_required(before):
            yield Change("parameter", what, f"{location} parameter made required", breaking=True)
        if is_required(before) and not is_required(after):
            yield Change("parameter", what, f"{location} parameter made optional", breaking=False)
        yield from type_changes("parameter", what, before.get("schema"), after.get("schema"))


def _body_schema(body: Mapping[str, Any]) -> Schema | None:
    for media in (body.get("content") or {}).values():
        schema = media.get("schema")
        if isinstance(schema, Mapping):
            return schema
    return None


def _body_changes(old: Operation, new: Operation) -> Iterator[Change]:
    """A request body is the ``body`` argument of the generated functions: removing it, or
    requiring it, breaks calls written for the old spec."""
    if old.body is None and new.body is not None:
        required = new.body.get("required") is True
        description = f"{'required' if required else 'optional'} request body added"
        yield Change("operation", new.key, description, breaking=required, action="added")
    elif old.body is not None and new.body is None:
        yield Change("operation", new.key, "request body removed", breaking=True, action="removed")
    elif old.body is not None and new.body is not None:
        if new.body.get("required") is True and old.body.get("required") is not True:
            yield Change("operation", new.key, "request body made required", breaking=True)
        if old.body.get("required") is True and new.body.get("required") is not True:
            yield Change("operation", new.key, "request body made optional", breaking=False)
        old_type, new_type = describe_type(_body_schema(old.body)), describe_type(_body_schema(new.body))
        if old_type != new_type:
            description = f"request body type changed from {old_type} to {new_type}"
            yield Change("operation", new.key, description, breaking=True)


# ---------------------------------------------------------------------------------------
# Models and fields.


def schemas(spec: Spec) -> dict[str, Schema]:
    return dict((spec.get("components") or {}).get("schemas") or {})


def fields_of(spec: Spec, schema: Schema) -> tuple[dict[str, Schema], set[str]]:
    """Properties and required names of an object schema, merged across ``allOf`` members
    (resolving $refs), which is how a model that extends another one is written."""
    properties: dict[str, Schema] = dict(schema.get("properties") or {})
    required: set[str] = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        member_properties, member_required = fields_of(spec, resolve(spec, member))
        properties.update(member_properties)
        required |= member_required
    return properties, required


def is_object(schema: Schema) -> bool:
    """Whether the schema becomes a model class with fields (compared field by field), as
    opposed to an enum, a dict or a plain type (compared as a whole)."""
    if "properties" in schema or "allOf" in schema:
        return True
    return schema.get("type") == "object" and "additionalProperties" not in schema


def model_changes(old_spec: Spec, new_spec: Spec) -> Iterator[Change]:
    old, new = schemas(old_spec), schemas(new_spec)
    for name in new.keys() - old.keys():
        yield Change("model", name, "model added", breaking=False, action="added")
    for name in old.keys() - new.keys():
        yield Change("model", name, "model removed", breaking=True, action="removed")
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        if is_object(before) and is_object(after):
            yield from field_changes(old_spec, new_spec, name, before, after)
        else:
            yield from type_changes("model", name, before, after)


def field_changes(old_spec: Spec, new_spec: Spec, prefix: str, old: Schema, new: Schema) -> Iterator[Change]:
    """Field changes of one object schema, descending into inline objects (and lists of
    them), which the generator turns into models of their own.

    A field that is new and required, or newly required, is breaking: the generated
    model's constructor then needs it (a request-side view; for a response model it only
    means the server promises more, but keeping one rule keeps the report predictable).
    """
    old_fields, old_required = fields_of(old_spec, old)
    new_fields, new_required = fields_of(new_spec, new)
    for name in new_fields.keys() - old_fields.keys():
        required = name in new_required
        description = f"{'required' if required else 'optional'} field added"
        yield Change("field", f"{prefix}.{name}", description, breaking=required, action="added")
    for name in old_fields.keys() - new_fields.keys():
        yield Change("field", f"{prefix}.{name}", "field removed", breaking=True, action="removed")
    for name in old_fields.keys() & new_fields.keys():
        what = f"{prefix}.{name}"
        if name in new_required and name not in old_required:
            yield Change("field", what, "field made required", breaking=True)
        if name in old_required and name not in new_required:
            yield Change("field", what, "field made optional", breaking=False)
        yield from _field_type_changes(old_spec, new_spec, what, old_fields[name], new_fields[name])


def _field_type_changes(old_spec: Spec, new_spec: Spec, what: str, old: Schema, new: Schema) -> Iterator[Change]:
    for inline_old, inline_new, suffix in ((old, new, ""), (old.get("items"), new.get("items"), "[]")):
        if _is_inline_object(inline_old) and _is_inline_object(inline_new):
            yield from field_changes(old_spec, new_spec, what + suffix, inline_old, inline_new)
            old, new = _without_inline_object(old, suffix), _without_inline_object(new, suffix)
    yield from type_changes("field", what, old, new)


def _is_inline_object(schema: Any) -> TypeGuard[Schema]:
    return isinstance(schema, Mapping) and "properties" in schema


def _without_inline_object(schema: Schema, suffix: str) -> Schema:
    """The schema with the inline object already compared field by field taken out, so
    that its fields' changes are not reported a second time as a type change."""
    if suffix:
        return {**schema, "items": {"type": "object"}}
    return {key: value for key, value in schema.items() if key not in ("properties", "required")}


# ---------------------------------------------------------------------------------------
# The report.

_ORDER: dict[Kind, int] = {"operation": 0, "parameter": 1, "model": 2, "field": 3, "python": 4}


def _sorted(changes: Iterator[Change]) -> tuple[Change, ...]:
    """Stable order (set differences are unordered): by kind, then name."""
    return tuple(sorted(changes, key=lambda change: (_ORDER[change.kind], change.what, change.description)))


def compare_specs(old: Spec, new: Spec) -> Report:
    """Every change from spec ``old`` to spec ``new`` (both parsed YAML/JSON documents)."""
    return Report(_sorted(operation_changes(old, new)) + _sorted(model_changes(old, new)))


def compare_packages(old_dir: Path, new_dir: Path) -> list[Change]:
    """Python-level breaking changes between two generated ``kalshi_client`` packages.

    ``old_dir`` and ``new_dir`` are either the package folders themselves or folders that
    contain ``kalshi_client/``. We use griffe rather than an AST diff of our own: it is
    maintained, knows Python APIs (parameter kinds, defaults, aliases, public names) and
    is what mkdocstrings and many projects rely on for exactly this check. It parses the
    sources statically, so neither package is imported (or needs its dependencies).
    """
    import griffe

    old_package, new_package = _load_package(old_dir), _load_package(new_dir)
    changes = (_python_change(breakage) for breakage in griffe.find_breaking_changes(old_package, new_package))
    return list(_sorted(changes))


def _load_package(folder: Path) -> griffe.Object | griffe.Alias:
    import griffe

    folder = folder.resolve()
    search_path, name = (folder.parent, folder.name) if (folder / "__init__.py").is_file() else (folder, PACKAGE_NAME)
    if not (search_path / name / "__init__.py").is_file():
        raise FileNotFoundError(f"no {name} package in {folder}")
    # search_paths replaces sys.path, so an installed kalshi_client is never picked up, and
    # try_relative_path=False keeps griffe from taking ./kalshi_client of the working folder.
    return griffe.load(
        name, search_paths=[search_path], try_relative_path=False, allow_inspection=False, store_source=False
    )


def _python_change(breakage: griffe.Breakage) -> Change:
    from griffe import BreakageKind

    removals = (BreakageKind.OBJECT_REMOVED, BreakageKind.PARAMETER_REMOVED)
    action: Action = "removed" if breakage.kind in removals else "changed"
    return Change("python", breakage.obj.path, _describe_breakage(breakage), breaking=True, action=action)


def _describe_breakage(breakage: griffe.Breakage) -> str:
    """One plain phrase per kind of breakage: griffe's own explanations carry file
    locations and colours, which do not belong in a changelog."""
    from griffe import BreakageKind

    kind, old, new = breakage.kind, breakage.old_value, breakage.new_value
    parameter = getattr(old, "name", None) or getattr(new, "name", None)
    phrases: dict[BreakageKind, str] = {
        BreakageKind.PARAMETER_MOVED: f"parameter '{parameter}' moved",
        BreakageKind.PARAMETER_REMOVED: f"parameter '{parameter}' removed",
        BreakageKind.PARAMETER_CHANGED_KIND: f"parameter '{parameter}' changed kind",
        BreakageKind.PARAMETER_CHANGED_DEFAULT: f"parameter '{parameter}' default changed",
        BreakageKind.PARAMETER_CHANGED_REQUIRED: f"parameter '{parameter}' made required",
        BreakageKind.PARAMETER_ADDED_REQUIRED: f"required parameter '{parameter}' added",
        BreakageKind.RETURN_CHANGED_TYPE: f"return type changed from {old} to {new}",
        BreakageKind.OBJECT_REMOVED: f"{_object_kind(breakage.obj)} removed",
        BreakageKind.OBJECT_CHANGED_KIND: f"changed from {_value(old)} to {_value(new)}",
        BreakageKind.ATTRIBUTE_CHANGED_TYPE: f"type changed from {old} to {new}",
        BreakageKind.CLASS_REMOVED_BASE: f"base class removed (bases were {old}, now {new})",
    }
    return phrases.get(kind, f"{str(kind.value).lower()}: {old} -> {new}")


def _object_kind(obj: griffe.Object | griffe.Alias) -> str:
    """'module', 'class', 'function', 'attribute'; 'name' for a re-export griffe cannot
    follow (its target was in the old package only)."""
    from griffe import AliasResolutionError, CyclicAliasError

    try:
        return str(obj.kind.value)
    except (AliasResolutionError, CyclicAliasError):
        return "name"


def _value(value: Any) -> str:
    return str(getattr(value, "value", value))


def render(report: Report) -> str:
    """Plain text for a terminal: breaking changes first, as they need acting on."""
    if not report.changes:
        return "No changes."
    lines: list[str] = []
    others = [change for change in report.changes if not change.breaking]
    for title, changes in (("Breaking changes", report.breaking), ("Other changes", others)):
        if changes:
            lines.append(f"{title} ({len(changes)}):")
            lines.extend(f"  {change}" for change in changes)
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    """A CHANGELOG.md entry body: ``### Breaking`` first, then Added, Changed, Removed.

    A breaking change is listed under Breaking only, not again under its action, so each
    change is read once; empty sections are left out.
    """
    if not report.changes:
        return "No changes to the API.\n"
    sections: list[tuple[str, list[Change]]] = [("Breaking", list(report.breaking))]
    for action in ("added", "changed", "removed"):
        changes = [change for change in report.changes if not change.breaking and change.action == action]
        sections.append((action.capitalize(), changes))
    blocks = [
        f"### {title}\n\n" + "\n".join(f"- {change.kind} `{change.what}`: {change.description}" for change in changes)
        for title, changes in sections
        if changes
    ]
    return "\n\n".join(blocks) + "\n"


def load_spec(path: Path) -> dict[str, Any]:
    loaded: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict):
        raise TypeError(f"{path}: not an OpenAPI document (a YAML or JSON mapping)")
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spec_report", description=SUMMARY)
    parser.add_argument("old_spec", type=Path, help="the spec before (YAML or JSON)")
    parser.add_argument("new_spec", type=Path, help="the spec after")
    parser.add_argument("--old-package", type=Path, help="kalshi_client generated from the old spec (or its parent)")
    parser.add_argument("--new-package", type=Path, help="kalshi_client generated from the new spec (or its parent)")
    parser.add_argument("--markdown", action="store_true", help="print a CHANGELOG.md entry instead of plain text")
    args = parser.parse_args(argv)
    if (args.old_package is None) != (args.new_package is None):
        parser.error("--old-package and --new-package go together")
    # Exit status 1 means "breaking": an unreadable input must not look like one.
    try:
        report = compare_specs(load_spec(args.old_spec), load_spec(args.new_spec))
        if args.old_package is not None:
            report = report.extended(compare_packages(args.old_package, args.new_package))
    except (OSError, ValueError, TypeError, yaml.YAMLError) as error:
        parser.error(str(error))
    print((render_markdown if args.markdown else render)(report).rstrip("\n"))
    return 1 if report.has_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
