"""The JSONPath (RFC 9535) that overlay targets use, over plain dicts and lists.

Supported: ``$``; ``.name`` and ``['name']`` (also ``['a', 'b']``, ``.*``, ``[*]``, ``[0]``);
``..`` before any of them (every descendant); filters ``[?(...)]`` or ``[?...]`` over each
child ``@``, with ``@``, ``@.key``, ``@['key']``, string, number, ``true``/``false``/``null``
literals, ``==``, ``!=``, existence (``@.allOf``), ``!``, ``&&``, ``||`` and parentheses.
A name after a dot may contain ``-`` (``.x-enum-varnames``), as people write it.

``select`` returns locations (parent, key), so a caller can replace or delete what it found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r"""\s*(?:(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?P<number>-?\d+(?:\.\d+)?)"""
    r"""|(?P<op>\.\.|==|!=|&&|\|\||\[\?|[$@.\[\]()*,!?])|(?P<name>[A-Za-z_][\w-]*))"""
)
Location = tuple[Any, Any]  # (parent, key): parent[key] is the node; (None, None) is the root
Selector = Callable[[Any], Iterator[Location]]
Test = Callable[[Any], bool]
_MISSING = object()


class PathError(ValueError):
    """A JSONPath this module cannot read; the message says where."""


@dataclass
class _Parser:
    path: str
    tokens: list[tuple[str, str]]
    at: int = 0

    @classmethod
    def of(cls, path: str) -> _Parser:
        tokens, position = [], 0
        while position < len(path.rstrip()):
            match = _TOKEN.match(path, position)
            if not match or match.end() == position:
                raise PathError(f"JSONPath {path!r}: cannot read it from {path[position:]!r}")
            kind = match.lastgroup or ""
            tokens.append((kind, match.group(kind)))
            position = match.end()
        return cls(path, tokens)

    def peek(self) -> str:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.at >= len(self.tokens) or expected is not None and self.tokens[self.at][1] != expected:
            raise PathError(f"JSONPath {self.path!r}: expected {expected or 'more'} at token {self.at + 1}")
        self.at += 1
        return self.tokens[self.at - 1]

    def segments(self, root: str) -> list[Selector]:
        self.take(root)
        found: list[Selector] = []
        while self.peek() in (".", "..", "[", "[?"):
            token = self.take()[1]
            if token == "..":
                inner = self.bracket() if self.peek() in ("[", "[?") else self.dotted()
                found.append(_descendants(inner))
            elif token == ".":
                found.append(self.dotted())
            else:
                self.at -= 1
                found.append(self.bracket())
        return found

    def dotted(self) -> Selector:
        kind, value = self.take()
        if value == "*":
            return _children
        if kind != "name":
            raise PathError(f"JSONPath {self.path!r}: a name must follow '.'")
        return _names([value])

    def bracket(self) -> Selector:
        if self.take()[1] == "[?":
            test = self.expression()
            self.take("]")
            return _filtered(test)
        if self.peek() == "*":
            self.take()
            self.take("]")
            return _children
        keys: list[Any] = []
        while True:
            kind, value = self.take()
            keys.append(json.loads(value) if kind == "number" else _unquote(value) if kind == "string" else None)
            if keys[-1] is None:
                raise PathError(f"JSONPath {self.path!r}: a quoted name or an index must follow '['")
            if self.take()[1] == "]":
                return _names(keys)

    def expression(self) -> Test:
        terms = [self.conjunction()]
        while self.peek() == "||":
            self.take()
            terms.append(self.conjunction())
        return lambda node: any(term(node) for term in terms)

    def conjunction(self) -> Test:
        terms = [self.unary()]
        while self.peek() == "&&":
            self.take()
            terms.append(self.unary())
        return lambda node: all(term(node) for term in terms)

    def unary(self) -> Test:
        if self.peek() == "!":
            self.take()
            inner = self.unary()
            return lambda node: not inner(node)
        if self.peek() == "(":
            self.take()
            inner = self.expression()
            self.take(")")
            return inner
        left = self.value()
        if self.peek() not in ("==", "!="):
            return lambda node: left(node) is not _MISSING
        negate = self.take()[1] == "!="
        right = self.value()
        return lambda node: (left(node) == right(node) and left(node) is not _MISSING) != negate

    def value(self) -> Callable[[Any], Any]:
        kind, token = self.take()
        if kind == "string":
            text = _unquote(token)
            return lambda node: text
        if kind == "number":
            number = json.loads(token)
            return lambda node: number
        if token in ("true", "false", "null"):
            literal = json.loads(token)
            return lambda node: literal
        if token != "@":
            raise PathError(f"JSONPath {self.path!r}: a filter compares @-paths and literals, not {token!r}")
        steps = self.segments_after_at()
        return lambda node: _follow(node, steps)

    def segments_after_at(self) -> list[Any]:
        steps: list[Any] = []
        while self.peek() in (".", "["):
            if self.take()[1] == ".":
                steps.append(self.take()[1])
            else:
                kind, value = self.take()
                steps.append(json.loads(value) if kind == "number" else _unquote(value))
                self.take("]")
        return steps


def _unquote(token: str) -> str:
    return str(json.loads('"' + token[1:-1].replace('\\"', '"').replace('"', '\\"') + '"'))


def _follow(node: Any, steps: list[Any]) -> Any:
    for step in steps:
        if (
            isinstance(node, dict)
            and step in node
            or isinstance(node, list)
            and isinstance(step, int)
            and -len(node) <= step < len(node)
        ):
            node = node[step]
        else:
            return _MISSING
    return node


def _entries(node: Any) -> Iterator[Location]:
    if isinstance(node, dict):
        yield from ((node, key) for key in node)
    elif isinstance(node, list):
        yield from ((node, index) for index in range(len(node)))


def _children(node: Any) -> Iterator[Location]:
    yield from _entries(node)


def _names(keys: list[Any]) -> Selector:
    def select(node: Any) -> Iterator[Location]:
        for key in keys:
            if isinstance(node, dict) and key in node:
                yield node, key
            elif isinstance(node, list) and isinstance(key, int) and -len(node) <= key < len(node):
                yield node, key % len(node)

    return select


def _filtered(test: Test) -> Selector:
    return lambda node: ((parent, key) for parent, key in _entries(node) if test(parent[key]))


def _descendants(inner: Selector) -> Selector:
    def select(node: Any) -> Iterator[Location]:
        yield from inner(node)
        for parent, key in list(_entries(node)):
            yield from select(parent[key])

    return select


def compile_path(path: str) -> list[Selector]:
    parser = _Parser.of(path)
    segments = parser.segments("$")
    if parser.at != len(parser.tokens):
        raise PathError(f"JSONPath {path!r}: cannot read it from token {parser.at + 1} ({parser.peek()!r})")
    return segments


def select(document: Any, path: str) -> list[Location]:
    """The locations ``path`` selects in ``document``, in document order, without repeats."""
    locations: list[Location] = [(None, None)]
    for segment in compile_path(path):
        found: list[Location] = []
        for parent, key in locations:
            node = document if parent is None else parent[key]
            found.extend(location for location in segment(node) if not _has(found, location))
        locations = found
    return locations


def _has(found: list[Location], location: Location) -> bool:
    return any(parent is location[0] and key == location[1] for parent, key in found)
