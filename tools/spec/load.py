"""Read an OpenAPI file the way the generator and the standard do, or say in one line why not.

OpenAPI files are YAML 1.2 (JSON is a subset): unquoted ``yes``/``no`` are strings there,
while PyYAML reads YAML 1.1 and turns them into booleans (Kalshi's 3.3.0 ``Orderbook`` has
``required: [yes, no]``). So everything here reads with ruamel.yaml's YAML 1.2 loader.

Every refusal is a ``SpecError`` whose message starts with the path the user gave, so a
command can print it as is and exit 2: the file is unusable, which is not "breaking".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

Spec = dict[str, Any]


class SpecError(Exception):
    """A file that cannot be used as an OpenAPI description; the message is one line."""


class AliasRefused(MarkedYAMLError):
    """A YAML alias (``*name``): refused, see ``parse``."""


class _NoAliases(Composer):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.get_event()
            raise AliasRefused(None, None, f"YAML alias *{event.anchor}", event.start_mark)
        return super().compose_node(parent, index)


def parse(text: str) -> Any:
    """YAML 1.2 (or JSON) text as plain dicts, lists and scalars.

    YAML aliases (``*name``) are refused: OpenAPI reuses by ``$ref``, none of Kalshi's files
    has one, and they can make a file that refers to itself (endless walks) or a few hundred
    bytes that expand to billions of nodes.
    """
    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _NoAliases
    return yaml.load(text)


def read_yaml(path: Path, shown: str | None = None) -> Any:
    """Any YAML 1.2 or JSON file (a spec, an overlay), or a one-line SpecError naming it."""
    name = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(f"{name}: no such file") from None
    except UnicodeDecodeError as exc:
        raise SpecError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise SpecError(f"{name}: cannot be read ({exc.strerror})") from None
    try:
        return parse(text)
    except AliasRefused as exc:
        raise SpecError(f"{name}: {_yaml_problem(exc)}: aliases are not accepted, use a $ref") from None
    except YAMLError as exc:
        raise SpecError(f"{name}: not YAML or JSON: {_yaml_problem(exc)}") from None


def read(path: Path, shown: str | None = None) -> Spec:
    """The document at ``path``, checked to be a mapping whose ``$ref``s are all local and resolve.

    A ``$ref`` to another file or a URL is refused before anything reads it: the validator
    would fetch it (a report must not reach the network, nor open files the spec names), and
    openapi.yaml is one self-contained file.

    ``shown`` is how the user named the file (a URL, a relative path); messages use it
    rather than the temporary copy a command may be reading.
    """
    name = shown or str(path)
    document = read_yaml(path, name)
    if not isinstance(document, dict) or "paths" not in document and "components" not in document:
        raise SpecError(f"{name}: not an OpenAPI description (no paths or components at the top level)")
    for ref, where in refs(document):
        if not ref.startswith("#/"):  # the validator would fetch it: a URL, or any file on disk
            raise SpecError(f"{name}: $ref {ref!r} at {where} is not local: only '#/...' references are followed")
    for ref, where in refs(document):
        if _leads_back(document, ref):  # the validator recursed until RecursionError on these
            raise SpecError(f"{name}: $ref {ref!r} at {where} leads into a loop of $refs that never reaches a schema")
    dangling = list(dangling_refs(document))
    if dangling:
        ref, where = dangling[0]
        more = f" (and {len(dangling) - 1} more)" if len(dangling) > 1 else ""
        raise SpecError(f"{name}: $ref {ref!r} at {where} points at nothing{more}")
    return document


def _yaml_problem(exc: YAMLError) -> str:
    if isinstance(exc, MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        return f"{exc.problem} at line {mark.line + 1}, column {mark.column + 1}"
    return str(exc).splitlines()[0]


def pointer(ref: str) -> list[str]:
    """The keys of a local JSON pointer (``#/components/schemas/A~1B`` -> components, schemas, A/B)."""
    return [part.replace("~1", "/").replace("~0", "~") for part in ref.removeprefix("#/").split("/")]


def target(spec: Mapping[str, Any], ref: str) -> Any:
    """What a local ``$ref`` points at; KeyError when nothing."""
    node: Any = spec
    for part in pointer(ref):
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def _leads_back(spec: Mapping[str, Any], ref: str) -> bool:
    """Whether following ``ref`` meets only bare ``$ref``s until one repeats: a schema that is
    nothing but itself. (A recursive schema, a field of a model naming the model, is fine.)"""
    seen: set[str] = set()
    while ref not in seen:
        seen.add(ref)
        try:
            found = target(spec, ref)
        except KeyError:
            return False
        if not isinstance(found, Mapping) or not isinstance(found.get("$ref"), str):
            return False
        ref = found["$ref"]
    return True


def dangling_refs(spec: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Each local ``$ref`` that points at nothing, with where it is (a dotted path)."""
    for ref, where in refs(spec):
        if ref.startswith("#/"):
            try:
                target(spec, ref)
            except KeyError:
                yield ref, where


def refs(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every ``$ref`` string under ``node``, with its dotted location."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value, where or "the top level"
            else:
                yield from refs(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from refs(value, f"{where}[{index}]")
