"""Our deliberate deviations from Kalshi's file, as OpenAPI Overlay 1.0.0 documents.

``overlays/*.yaml`` are applied in file-name order (``10-deliberate.yaml``, then
``20-real-exchange.yaml``, ...). Each action has a ``target`` (JSONPath, see ``jsonpath``)
and either ``update`` (merged into each object it selects; lists are appended to, except
items already there, so applying twice changes nothing) or ``remove: true``. An action may
carry ``description`` and ``x-evidence`` (recordings or a reason); the applier ignores them.

Applying also tells which actions no longer apply: a target that matches nothing, or an
update that changes nothing because Kalshi's file already says it. Those are the
deviations to drop from the overlay, and the report lists them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tools.spec.jsonpath import PathError, select
from tools.spec.load import SpecError, read_yaml

OVERLAY_VERSION = "1.0.0"


def files(folder: Path) -> list[Path]:
    """The overlay documents of ``folder``, in the order they apply."""
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def apply_all(document: dict[str, Any], overlays: Iterable[Path]) -> tuple[dict[str, Any], list[str]]:
    """``document`` with every overlay applied in turn, and the notes on stale actions."""
    notes: list[str] = []
    for path in overlays:
        document, stale = apply(document, read_yaml(path), path.name)
        notes.extend(stale)
    return document, notes


def apply(document: dict[str, Any], overlay: Any, name: str) -> tuple[dict[str, Any], list[str]]:
    """``document`` (a copy) with one overlay applied, and one note per action that no longer applies."""
    actions = check(overlay, name)
    document = copy.deepcopy(document)
    notes = []
    for number, action in enumerate(actions, 1):
        where = f"{name} action {number} ({action['target']})"
        try:
            locations = select(document, str(action["target"]))
        except PathError as exc:
            raise SpecError(f"{where}: {exc}") from None
        if not locations:
            notes.append(f"{where}: no longer applies, its target matches nothing")
        elif action.get("remove") is True:
            for parent, key in reversed(locations):
                del parent[key]
        elif not _update(document, locations, action.get("update")):
            notes.append(f"{where}: no longer applies, Kalshi's file already says it")
    return document, notes


def check(overlay: Any, name: str) -> list[dict[str, Any]]:
    """The actions of an Overlay 1.0.0 document; SpecError (naming the file) for anything else."""
    if not isinstance(overlay, dict) or str(overlay.get("overlay", "")) != OVERLAY_VERSION:
        raise SpecError(f"{name}: not an OpenAPI Overlay {OVERLAY_VERSION} document (overlay: {OVERLAY_VERSION})")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(f"{name}: an overlay needs a non-empty list of actions")
    for number, action in enumerate(actions, 1):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(f"{name} action {number}: needs a target (a JSONPath)")
        if (action.get("remove") is True) == ("update" in action):
            raise SpecError(f"{name} action {number}: needs exactly one of update or remove: true")
    return actions


def _update(document: dict[str, Any], locations: list[tuple[Any, Any]], update: Any) -> bool:
    """Merge ``update`` into each location; whether anything changed."""
    changed = False
    for parent, key in locations:
        node = document if parent is None else parent[key]
        merged = merge(node, update)
        if merged != node:
            changed = True
            if parent is None:
                document.clear()
                document.update(merged)
            else:
                parent[key] = merged
    return changed


def merge(node: Any, update: Any) -> Any:
    """Overlay merge: objects key by key, lists appended to (no repeats), anything else replaced."""
    if isinstance(node, dict) and isinstance(update, dict):
        result = dict(node)
        for key, value in update.items():
            result[key] = merge(node[key], value) if key in node else copy.deepcopy(value)
        return result
    if isinstance(node, list):
        additions = update if isinstance(update, list) else [update]
        return node + [copy.deepcopy(item) for item in additions if item not in node]
    return copy.deepcopy(update)
