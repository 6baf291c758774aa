"""Take Kalshi's facts into our openapi.yaml and keep our words.

``sync(ours, theirs)`` edits our file in place (ruamel.yaml's round trip keeps its layout
and comments) until every fact equals Kalshi's (already overlaid) file: keys added,
changed and removed, properties and parameters in Kalshi's order, since that order is the
order of the generated arguments. Wording stays ours wherever an element exists in both
files: ``description``, ``summary``, examples, docs-site markup. An element that is new
comes with Kalshi's wording, mojibake repaired, and is listed so that a maintainer rewrites
it in our words before committing. When the facts already agree, nothing is touched and
the file is written back byte for byte.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import LiteralScalarString

WORDING = frozenset({"description", "summary", "example", "examples", "externalDocs", "x-mint"})
# Keys of these are names (a field, a path, a status), not OpenAPI keywords.
NAME_MAPS = frozenset({
    "paths", "properties", "schemas", "parameters", "responses", "requestBodies", "securitySchemes",
    "headers", "content", "links", "callbacks", "variables", "mapping", "encoding",
})  # fmt: skip
# Lists whose order means nothing to the generated code: ours stays, new items go last.
OUR_ORDER = frozenset({"tags", "servers"})
_CONTINUATION = "".join(sorted({bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)}))
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION) + "]{1,3}")


def round_trip() -> YAML:
    """The YAML reader/writer that gives openapi.yaml back unchanged when nothing changed."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    return yaml


def _null(representer: RoundTripRepresenter, data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _byte(char: str) -> bytes:
    """The byte that cp1252 (or, for the five bytes it leaves undefined, Latin-1) shows as ``char``."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1")


def repair(text: str) -> tuple[str, int, int]:
    """``text`` with UTF-8 read as cp1252 undone (``â€”`` -> ``—``); sequences repaired, left."""
    repaired = left = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal repaired, left
        try:
            fixed = b"".join(_byte(char) for char in match.group()).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            left += 1
            return match.group()
        repaired += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), repaired, left


class Sync:
    """One merge of Kalshi's facts into our document, with what a maintainer must look at."""

    def __init__(self) -> None:
        self.new_wording: list[str] = []
        self.mojibake: list[str] = []

    def notes(self) -> list[str]:
        wording = [f"{where}: new, in Kalshi's words: rewrite them in ours" for where in self.new_wording]
        return wording + self.mojibake

    def mapping(self, ours: CommentedMap, theirs: Mapping[str, Any], where: str, names: bool) -> None:
        for key in [key for key in ours if key not in theirs and (names or key not in WORDING)]:
            del ours[key]
        for key, value in theirs.items():
            if not names and key in WORDING:
                continue
            place = f"{where}.{key}" if where else str(key)
            child_names = not names and key in NAME_MAPS
            if key in ours:
                ours[key] = self.value(ours[key], value, place, child_names, str(key))
            else:
                ours[key] = self.fresh(value, place)
        if key_order_counts(where) and list(ours) != list(theirs):
            for key in theirs:
                ours.move_to_end(key)

    def value(self, ours: Any, theirs: Any, where: str, names: bool, key: str) -> Any:
        if isinstance(ours, CommentedMap) and isinstance(theirs, Mapping):
            self.mapping(ours, theirs, where, names)
            return ours
        if isinstance(ours, CommentedSeq) and isinstance(theirs, list):
            return self.sequence(ours, theirs, where, key)
        if isinstance(ours, bool) == isinstance(theirs, bool) and ours == theirs:
            return ours  # ours keeps its quoting and layout
        return self.fresh(theirs, where)

    def sequence(self, ours: CommentedSeq, theirs: list[Any], where: str, key: str) -> Any:
        mine = {_identity(item): item for item in ours}
        keys = [_identity(item) for item in theirs]
        unique = len(set(keys)) == len(keys) and len(mine) == len(ours)
        if None not in keys and None not in mine and unique:
            order = [k for k in mine if k in keys] + [k for k in keys if k not in mine] if key in OUR_ORDER else keys
            by_key = dict(zip(keys, theirs, strict=True))
            merged = [
                self.value(mine[k], by_key[k], f"{where}[{k}]", False, "")
                if k in mine
                else self.fresh(by_key[k], f"{where}[{k}]")
                for k in order
            ]
        elif len(ours) == len(theirs):
            merged = [
                self.value(a, b, f"{where}[{i}]", False, "") for i, (a, b) in enumerate(zip(ours, theirs, strict=True))
            ]
        else:
            return self.fresh(theirs, where)
        if len(merged) == len(ours) and all(a is b for a, b in zip(merged, ours, strict=True)):
            return ours
        ours[:] = merged
        return ours

    def fresh(self, value: Any, where: str) -> Any:
        """A value new to our file, taken from Kalshi's: its wording listed, mojibake repaired."""
        if isinstance(value, Mapping):
            if any(key in WORDING for key in value) and not self._inside_new(where):
                self.new_wording.append(where)
            return {key: self.fresh(item, f"{where}.{key}") for key, item in value.items()}
        if isinstance(value, list):
            return [self.fresh(item, f"{where}[{index}]") for index, item in enumerate(value)]
        if isinstance(value, str):
            text, repaired, left = repair(value)
            if repaired:
                self.mojibake.append(f"{where}: {repaired} mojibake sequence(s) repaired")
            if left:
                self.mojibake.append(f"{where}: {left} sequence(s) look like mojibake and could not be repaired")
            return LiteralScalarString(text) if "\n" in text.strip() else text
        return value

    def _inside_new(self, where: str) -> bool:
        return any(where == w or where.startswith((w + ".", w + "[")) for w in self.new_wording)


def key_order_counts(where: str) -> bool:
    """Only the order of properties reaches the generated code (constructor arguments);
    elsewhere our order stays."""
    return where.endswith(".properties")


def _identity(item: Any) -> Any:
    """What names a list item across files: a parameter's place, a tag's name, a server's URL."""
    if isinstance(item, Mapping):
        if "$ref" in item and len(item) == 1:
            return ("$ref", item["$ref"])
        if "in" in item and "name" in item:
            return (item["in"], item["name"])
        for key in ("name", "url"):
            if key in item:
                return (key, item[key])
    return None


def merge(ours_path: Path, theirs: dict[str, Any]) -> tuple[str, list[str]]:
    """Our file's text with Kalshi's facts taken in, and the notes for the maintainer."""
    yaml = round_trip()
    ours = yaml.load(ours_path.read_text(encoding="utf-8"))
    sync = Sync()
    sync.mapping(ours, theirs, "", names=False)
    out = io.StringIO()
    yaml.dump(ours, out)
    return out.getvalue(), sync.notes()
