"""tools.spec.jsonpath: the JSONPath overlay targets are written in."""

from __future__ import annotations

from typing import Any

import pytest

from tools.spec.jsonpath import PathError, select

DOC: dict[str, Any] = {
    "tags": [{"name": "market"}, {"name": "markets"}],
    "required": ["ticker", "title"],
    "components": {
        "schemas": {
            "Order": {"properties": {"fee": {"$ref": "#/X", "nullable": True}, "x-go-type": {"type": "string"}}},
            "Fill": {"properties": {"fee": {"$ref": "#/X"}}, "x-go-type": "*int"},
        }
    },
}


def found(path: str) -> list[Any]:
    return [DOC if parent is None else parent[key] for parent, key in select(DOC, path)]


def test_names_wildcards_and_indexes() -> None:
    assert found("$") == [DOC]
    assert found("$.tags[0].name") == ["market"]
    assert found("$.components.schemas[*].properties.fee['$ref']") == ["#/X", "#/X"]
    assert found("$.components.schemas['Order', 'Fill'].properties.fee.nullable") == [True]


def test_filters_compare_children_with_literals() -> None:
    assert found("$.tags[?(@.name == 'markets')]") == [{"name": "markets"}]
    assert select(DOC, "$.required[?(@ == 'title')]") == [(DOC["required"], 1)]
    assert found("$.tags[?@.name != 'markets'].name") == ["market"]
    assert found("$..[?(@.nullable == true && @['$ref'])]") == [{"$ref": "#/X", "nullable": True}]
    assert found("$..[?(!@.nullable && @['$ref'] == '#/X')]") == [{"$ref": "#/X"}]


def test_descendants_find_every_key_of_that_name() -> None:
    assert found("$..['x-go-type']") == [{"type": "string"}, "*int"]
    assert found("$.components.schemas.Fill..x-go-type") == ["*int"]


@pytest.mark.parametrize("path", ["tags", "$.tags[", "$.tags[?(@.name = 'x')]", "$.tags.[0]"])
def test_a_path_it_cannot_read_is_refused(path: str) -> None:
    with pytest.raises(PathError, match="JSONPath"):
        select(DOC, path)
