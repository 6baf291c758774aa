"""The public Python API of a generated ``kalshi_client``, read with griffe, and its changes.

griffe reads the sources without importing them (neither package, nor its dependencies,
needs to be importable) and knows Python's rules for parameters. Its own breakage check
leaves out return types and reads enum members as plain attributes, so this module builds
its own map of the API, ``api(folder)``: one line per public object, enum members with their
values. Two packages with equal maps offer the same API; ``changes`` rates the differences.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import griffe

from tools.spec.change import Breaks, Change

PACKAGE = "kalshi_client"
_PARAMETER_BREAKAGES = {
    griffe.BreakageKind.PARAMETER_MOVED, griffe.BreakageKind.PARAMETER_REMOVED,
    griffe.BreakageKind.PARAMETER_CHANGED_KIND, griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT,
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED, griffe.BreakageKind.PARAMETER_ADDED_REQUIRED,
}  # fmt: skip


def load(folder: Path) -> griffe.Module:
    """The package in ``folder`` (the package itself, or a folder holding ``kalshi_client/``)."""
    folder = folder.resolve()
    search_path, name = (folder.parent, folder.name) if (folder / "__init__.py").is_file() else (folder, PACKAGE)
    if not (search_path / name / "__init__.py").is_file():
        raise FileNotFoundError(f"no {name} package in {folder}")
    # search_paths replaces sys.path, so an installed kalshi_client is never picked up, and
    # try_relative_path=False keeps griffe from taking ./kalshi_client of the working folder.
    module = griffe.load(
        name, search_paths=[search_path], try_relative_path=False, allow_inspection=False, store_source=False
    )
    assert isinstance(module, griffe.Module)
    return module


def api(package: griffe.Module) -> dict[str, str]:
    """Each public object's path and a one-line reading of it (signature, type, value)."""
    found: dict[str, str] = {}
    _walk(package, found)
    return found


def _walk(obj: griffe.Object, found: dict[str, str]) -> None:
    for name, member in sorted(obj.members.items()):
        if name.startswith("_") and name != "__init__":
            continue
        path = f"{obj.path}.{name}"
        if isinstance(member, griffe.Alias):
            # A package's __init__ re-exports (``kalshi_client.models.Market``); a leaf
            # module's imports (httpx, typing, ...) are no part of the API.
            if isinstance(obj, griffe.Module) and obj.is_init_module and member.target_path.startswith(PACKAGE):
                found[path] = f"= {member.target_path}"
            continue
        found[path] = _read(member, enum=_is_enum(obj))
        if isinstance(member, griffe.Module | griffe.Class):
            _walk(member, found)


def _is_enum(obj: griffe.Object) -> bool:
    return isinstance(obj, griffe.Class) and any(str(base).endswith("Enum") for base in obj.bases)


def _read(obj: griffe.Object, enum: bool) -> str:
    if isinstance(obj, griffe.Function):
        parameters = ", ".join(_parameter(parameter) for parameter in obj.parameters)
        return f"def ({parameters}) -> {obj.returns}"
    if isinstance(obj, griffe.Class):
        return f"class ({', '.join(str(base) for base in obj.bases)})"
    if isinstance(obj, griffe.Attribute):
        if enum:
            return f"member = {obj.value}"
        return f"{obj.annotation}" + (f" = {obj.value}" if obj.value is not None else "")
    return str(obj.kind.value)


def _parameter(parameter: griffe.Parameter) -> str:
    kind = parameter.kind.value if parameter.kind is not None else "parameter"
    text = f"{kind} {parameter.name}: {parameter.annotation}"
    return text + (f" = {parameter.default}" if parameter.default is not None else "")


def changes(old_folder: Path, new_folder: Path) -> Iterator[Change]:
    """What users' code loses: public objects removed (enum members renamed, when a member's
    value stays under another name), return types changed, parameters broken (griffe)."""
    old_package, new_package = load(old_folder), load(new_folder)
    old, new = api(old_package), api(new_package)
    removed = sorted(path for path in old.keys() - new.keys() if path.rsplit(".", 1)[0] not in old.keys() - new.keys())
    for path in removed:
        renamed = _renamed_member(path, old, new)
        if renamed:
            yield Change("python", path, f"enum member renamed {renamed}", "code naming it")
        else:
            yield Change("python", path, f"{_kind(old[path])} removed", "code naming it", "removed")
    for path in sorted(old.keys() & new.keys()):
        if old[path].startswith("def ") and new[path].startswith("def "):
            before, after = old[path].rsplit(" -> ", 1)[1], new[path].rsplit(" -> ", 1)[1]
            if before != after:
                yield Change("python", path, f"returns {after} instead of {before}", "readers")
    # Parameters matter where users call: the endpoint functions (models are compared field
    # by field in the spec, with who-breaks ratings griffe cannot know).
    if "api" in old_package.members and "api" in new_package.members:
        for breakage in griffe.find_breaking_changes(old_package["api"], new_package["api"]):
            if breakage.kind in _PARAMETER_BREAKAGES:
                yield _parameter_change(breakage)


def _renamed_member(path: str, old: dict[str, str], new: dict[str, str]) -> str | None:
    owner = path.rsplit(".", 1)[0]
    if not old[path].startswith("member = "):
        return None
    for other, reading in new.items():
        if other.rsplit(".", 1)[0] == owner and reading == old[path] and other not in old:
            return other.rsplit(".", 1)[1]
    return None


def _kind(reading: str) -> str:
    if reading.startswith("def "):
        return "function"
    if reading.startswith("class "):
        return "class"
    if reading.startswith("member = "):
        return "enum member"
    if reading.startswith("= "):
        return "name"
    return "module" if reading == "module" else "attribute"


def _parameter_change(breakage: griffe.Breakage) -> Change:
    parameter = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
    phrase = str(breakage.kind.value).lower().replace("positional parameter", "parameter")
    breaks: Breaks = "callers"
    return Change("python", breakage.obj.path, f"{phrase}: {parameter}", breaks)
