"""tools.spec.load: files are read as YAML 1.2, and an unusable one is refused in one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spec.crafted import base, model, write
from tools.generate import load_and_validate
from tools.spec.load import SpecError, read

ORDERBOOK = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Orderbook:
      type: object
      required: [yes, no]
      properties:
        yes: {type: string}
        no: {type: string}
"""


def test_unquoted_yes_and_no_stay_strings_as_in_yaml_1_2(tmp_path: Path) -> None:
    path = tmp_path / "orderbook.yaml"
    path.write_text(ORDERBOOK)

    orderbook = read(path)["components"]["schemas"]["Orderbook"]

    assert orderbook["required"] == ["yes", "no"]
    assert list(orderbook["properties"]) == ["yes", "no"]


def test_a_ref_to_nothing_is_named_with_where_it_is(tmp_path: Path) -> None:
    spec = base()
    model(spec, "Market")["properties"]["status"]["allOf"][0]["$ref"] = "#/components/schemas/Nope"
    path = write(tmp_path, "dangling", spec)

    with pytest.raises(SpecError) as raised:
        read(path, "specs/dangling.json")

    assert str(raised.value) == (
        "specs/dangling.json: $ref '#/components/schemas/Nope' at "
        "components.schemas.Market.properties.status.allOf[0] points at nothing"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"a: [1\n", "not YAML or JSON: expected ',' or ']', but got '<stream end>' at line 2, column 1"),
        (b"- just\n- a list\n", "not an OpenAPI description (no paths or components at the top level)"),
        (b"\xff\xfe", "not UTF-8 text (invalid start byte at byte 0)"),
    ],
)
def test_a_file_that_is_no_spec_is_refused_in_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)

    with pytest.raises(SpecError, match="^") as raised:
        read(path, "bad.yaml")

    assert str(raised.value) == f"bad.yaml: {reason}"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        read(tmp_path / "nowhere.yaml", "nowhere.yaml")

    assert str(raised.value) == "nowhere.yaml: no such file"


@pytest.mark.parametrize(
    "ref",
    [
        "http://127.0.0.1:9/remote.yaml#/Remote",  # port 9: nothing listens; refused before any fetch
        "file:///etc/hostname",
        "../elsewhere.yaml#/components/schemas/Market",
        "other.yaml",
    ],
)
def test_a_ref_outside_the_file_is_refused_before_anything_reads_it(tmp_path: Path, ref: str) -> None:
    spec = base()
    model(spec, "Market")["properties"]["remote"] = {"$ref": ref}
    path = write(tmp_path, "external", spec)

    with pytest.raises(SpecError) as raised:
        read(path, "external.json")

    assert str(raised.value) == (
        f"external.json: $ref {ref!r} at components.schemas.Market.properties.remote is not local: "
        "only '#/...' references are followed"
    )


HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
SELF = HEAD + "components:\n  schemas:\n    A: &a\n      type: object\n      properties:\n        self: *a\n"
LAUGHS = (
    HEAD
    + "x-lol:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"  a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 5))
)  # 10^5 nodes here (fast to walk before the fix); nine levels made 10^9, which hung the tool


@pytest.mark.parametrize(
    ("text", "alias"), [(SELF, "*a at line 9, column 15"), (LAUGHS, "*a0 at line 6, column 12")], ids=["self", "laughs"]
)
def test_yaml_aliases_are_refused_in_one_line(tmp_path: Path, text: str, alias: str) -> None:
    """Red-team findings 7 (a self-referencing alias: RecursionError, exit 3) and 8 (a billion
    laughs in 612 bytes: the tool hung). None of Kalshi's files has an alias."""
    path = tmp_path / "aliases.yaml"
    path.write_text(text)

    with pytest.raises(SpecError) as raised:
        read(path, "aliases.yaml")

    assert str(raised.value) == f"aliases.yaml: YAML alias {alias}: aliases are not accepted, use a $ref"


def test_a_loop_of_bare_refs_is_refused_and_a_recursive_model_is_not(tmp_path: Path) -> None:
    """Red-team finding 6: A: {$ref: B}, B: {$ref: A} sent the validator into RecursionError
    (exit 3). A model with a field of its own type is legal OpenAPI, and stays accepted."""
    spec = base()
    spec["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
    spec["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
    model(spec, "Market")["properties"]["loop"] = {"$ref": "#/components/schemas/A"}
    model(spec, "Market")["properties"]["similar"] = {"type": "array", "items": {"$ref": "#/components/schemas/Market"}}

    with pytest.raises(SpecError) as raised:
        read(write(tmp_path, "loop", spec), "loop.json")

    assert str(raised.value) == (
        "loop.json: $ref '#/components/schemas/A' at components.schemas.Market.properties.loop leads into a loop "
        "of $refs "
        "that never reaches a schema"
    )
    del (
        spec["components"]["schemas"]["A"],
        spec["components"]["schemas"]["B"],
        model(spec, "Market")["properties"]["loop"],
    )
    assert "similar" in model(load_and_validate(write(tmp_path, "recursive", spec)), "Market")["properties"]
