"""Where a 2xx body did not fit its model, found again after the generated parser failed.

The generated ``from_dict`` code stays lean: no per-field bookkeeping on the hot path.
When it raises, ``_runtime`` calls ``describe``, which walks the same body against the
models' annotations and follows the rules the generated code follows (a required field
must be there; a null list or optional object reads as absent; timestamps, dates, enums,
nested objects and their lists are converted; money is read as a decimal, null or not;
plain values must have their JSON type, a null for an optional one reading as absent; a field
of one type or null holds that type or null; unions of several types pass through), and names
the first place that breaks them, such as
``markets[3].settlement_bounds_type``. This runs only on the error path.
"""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import cause as quoted

_MISSING = object()
_PASSED_THROUGH = frozenset({"Any", "File", "UUID"})
#: The JSON types plain fields take, tested as the generated ``from_dict`` tests them.
_PLAIN = {
    "str": lambda value: value.__class__ is str,
    "int": lambda value: value.__class__ is int,
    "float": lambda value: value.__class__ is float or value.__class__ is int,
    "bool": lambda value: value is True or value is False,
}
_DEPTH_LIMIT = 64


@dataclass(frozen=True)
class Problem:
    where: str
    model: str
    field: str
    what: str


def describe(model: type[Any], data: Any, cause: BaseException) -> str:
    """``model``'s mismatch with ``data`` in words: where, which model's field, what is wrong."""
    problem = find(model, data)
    because = quoted(cause)
    if problem is None:
        return f"{model.__name__} ({because})"
    return f"{problem.where} {problem.what} ({problem.model}.{problem.field}; {because})"


def find(model: type[Any], data: Any, where: str = "", depth: int = 0) -> Problem | None:
    """The first field of ``data`` (in the model's field order) the parser could not convert."""
    if depth > _DEPTH_LIMIT or not isinstance(data, Mapping):
        return None
    for field, json_name, annotation in _fields(model):
        here = f"{where}.{json_name}" if where else json_name
        value = data.get(json_name, _MISSING)
        parts = _split(annotation)
        if value is _MISSING:
            if "Unset" not in parts:
                return Problem(here, model.__name__, field, "is missing")
            continue
        what: Problem | str | None
        if parts - {"None", "Unset"} == {"Decimal"}:
            what = None if value is None and parts != {"Decimal"} else _money(value)  # null reads as absent
        elif "None" in parts and len(parts - {"None", "Unset"}) == 1:
            (core,) = parts - {"None", "Unset"}  # one type or null: the type is tested
            what = None if value is None else _check(core, value, here, "Unset" in parts, depth)
        elif "None" in parts or len(parts - {"Unset"}) != 1:
            continue  # unions of several types fall back to the raw value: they never fail
        else:
            (core,) = parts - {"Unset"}
            what = _check(core, value, here, "Unset" in parts, depth)
        if isinstance(what, Problem):
            return what if what.field else Problem(what.where, model.__name__, field, what.what)
        if what is not None:
            return Problem(here, model.__name__, field, what)
    return None


def _check(core: str, value: Any, where: str, optional: bool, depth: int) -> Problem | str | None:
    """What is wrong with ``value`` for the annotation ``core`` (a Problem deeper down), or None."""
    if core == "Decimal":
        return None if value is None and optional else _money(value)
    if core in _PLAIN:
        if _PLAIN[core](value) or (value is None and optional):  # a null reads as absent
            return None
        return f"is {_kind(value)}, not {'an' if core == 'int' else 'a'} {core}"
    if core.startswith("list[") and core.endswith("]"):
        if value is None:
            return None  # read as an empty list, or as absent
        if value.__class__ is not list:
            return f"is {_kind(value)}, not a list"
        inner = core[5:-1]
        if not _converted(inner):
            return None
        for index, item in enumerate(value):
            found = _check(inner, item, f"{where}[{index}]", False, depth + 1)
            if isinstance(found, Problem):
                return found
            if found is not None:
                return Problem(f"{where}[{index}]", "", "", found)
        return None
    if core in ("datetime.datetime", "datetime.date"):
        kind = datetime.datetime if core == "datetime.datetime" else datetime.date
        try:
            kind.fromisoformat(value)
        except (TypeError, ValueError):
            return f"is {_kind(value)}, not an ISO 8601 {kind.__name__}"
        return None
    target = _resolve(core)
    if isinstance(target, type) and issubclass(target, enum.Enum):
        try:
            target(value)
        except (TypeError, ValueError):
            return f"is {_kind(value)}, not one of {target.__name__}"
        return None
    if isinstance(target, type) and hasattr(target, "from_dict"):
        if value is None and optional:
            return None  # read as absent
        if not isinstance(value, Mapping):
            return f"is {_kind(value)}, not an object ({target.__name__})"
        return find(target, value, where, depth + 1)
    return None


def _money(value: Any) -> str | None:
    """What is wrong with ``value`` as money text, read the way ``from_dict`` reads it."""
    from ._money import parse

    try:
        parse(value)
    except (TypeError, ValueError, ArithmeticError):
        return f"is {_kind(value)}, not a decimal string such as '0.5600'"
    return None


def _converted(annotation: str) -> bool:
    """Whether the generated code converts (or tests) the items of a list of this annotation."""
    return not (annotation in _PASSED_THROUGH or annotation in _PLAIN or annotation.startswith("dict["))


def _fields(model: type[Any]) -> Iterator[tuple[str, str, str]]:
    """(attribute, JSON name, annotation) per field, from the model and its module's ``_JSON_NAMES``."""
    names = getattr(sys.modules.get(model.__module__), "_JSON_NAMES", ())
    annotations = [(name, text) for name, text in vars(model).get("__annotations__", {}).items()]
    annotations = [(name, text) for name, text in annotations if name != "additional_properties"]
    for (field, annotation), json_name in zip(annotations, names, strict=False):
        yield field, json_name, str(annotation)


def _split(annotation: str) -> frozenset[str]:
    """The top-level members of a union annotation such as ``list[A | B] | None | Unset``."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return frozenset(parts)


def _resolve(name: str) -> Any:
    import kalshi_client.models

    return getattr(kalshi_client.models, name, None)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}{'...' if len(text) > 40 else ''}"
