"""tools.spec.update: a new spec is overlaid, merged into our words, generated and reported before it lands."""

from __future__ import annotations

import hashlib
import os
import signal
from pathlib import Path

import pytest

from tests.spec.crafted import BASE, PAIRS, base, model, operation, write
from tools.generate import generate
from tools.spec.load import parse
from tools.spec.update import update

OVERLAY = """\
overlay: 1.0.0
info: {title: ours, version: '1'}
actions:
  - target: $.components.schemas.Market.properties
    update:
      service: {type: string}
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose openapi.yaml is base.yaml plus one deliberate field kept by an overlay."""
    root = tmp_path / "project"
    (root / "overlays").mkdir(parents=True)
    (root / "overlays" / "10-deliberate.yaml").write_text(OVERLAY)
    ours = BASE.read_text().replace(
        "          nullable: true\n",
        "          nullable: true\n        service:\n          type: string\n          description: Ours.\n",
    )
    (root / "openapi.yaml").write_text(ours)
    generate(root / "openapi.yaml", root)
    return root


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def kalshi(tmp_path: Path, rule: str) -> Path:
    """Kalshi's side of a crafted pair: without our deliberate field, in Kalshi's words."""
    spec = PAIRS[rule].new()
    model(spec, "Market")["description"] = "Kalshi's words."
    return write(tmp_path, rule.replace(" ", "-"), spec)


def test_a_compatible_spec_lands_in_our_words_with_a_changelog_entry(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = PAIRS["operation added"].new()
    spec["info"]["version"] = "1.1.0"
    operation(spec, "/events")["description"] = "Kalshi's words for events."

    assert update(str(write(tmp_path, "kalshi", spec)), allow_breaking=False, root=project) == 0

    ours = parse((project / "openapi.yaml").read_text())
    assert model(ours, "Market")["description"] == "A market, as read back."
    assert model(ours, "Market")["properties"]["service"] == {"type": "string", "description": "Ours."}
    assert (project / "kalshi_client" / "api" / "events" / "get_events.py").exists()
    assert "## openapi.yaml 1.0.0 -> 1.1.0" in (project / "CHANGELOG.md").read_text()
    out = capsys.readouterr().out
    assert "operation GetEvents: new operation" in out
    assert "paths./events.get: new, in Kalshi's words: rewrite them in ours" in out


def test_a_breaking_spec_is_refused_and_nothing_changes(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)

    assert update(str(kalshi(tmp_path, "response field made optional")), allow_breaking=False, root=project) == 1

    assert snapshot(project) == before
    captured = capsys.readouterr()
    assert "field Market.title: field made optional" in captured.out
    assert "--allow-breaking" in captured.err


def test_allow_breaking_lets_it_land(project: Path, tmp_path: Path) -> None:
    assert update(str(kalshi(tmp_path, "operation removed")), allow_breaking=True, root=project) == 0

    assert not (project / "kalshi_client" / "api" / "market" / "get_market.py").exists()
    assert "### Breaks callers" in (project / "CHANGELOG.md").read_text()


def test_the_same_facts_change_nothing(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(project)

    assert update(str(kalshi(tmp_path, "nothing")), allow_breaking=False, root=project) == 0

    assert snapshot(project) == before
    assert "Nothing to do" in capsys.readouterr().out


def test_a_deviation_kalshi_took_over_is_reported(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = base()
    model(spec, "Market")["properties"]["service"] = {"type": "string"}

    assert update(str(write(tmp_path, "kalshi", spec)), allow_breaking=False, root=project) == 0

    assert (
        "10-deliberate.yaml action 1 ($.components.schemas.Market.properties): no longer applies, "
        "Kalshi's file already says it"
    ) in capsys.readouterr().out


UNUSABLE = {
    "dangling.json": "$ref '#/components/schemas/Nope' at paths./markets.get.responses.200.content."
    "application/json.schema points at nothing",
    "invalid.json": "not valid OpenAPI:",
    "ungeneratable.json": "the generator (openapi-python-client) refuses it: schema /components/schemas/Level: "
    "type array must have items or prefixItems defined",
    "missing.yaml": "no such file",
}


def unusable(folder: Path, name: str) -> Path:
    spec = base()
    if name == "dangling.json":
        operation(spec, "/markets")["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = (
            "#/components/schemas/Nope"
        )
    elif name == "invalid.json":
        spec["paths"]["/markets/{ticker}"]["get"]["parameters"] = []
    elif name == "ungeneratable.json":
        spec["components"]["schemas"]["Level"] = {"type": "array", "minItems": 2}
        model(spec, "Market")["properties"]["level"] = {"$ref": "#/components/schemas/Level"}
    else:
        return folder / name
    return write(folder, name.removesuffix(".json"), spec)


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_an_unusable_spec_is_named_in_one_line_and_the_tree_stays(
    project: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)
    path = unusable(tmp_path, name)

    assert update(str(path), allow_breaking=True, root=project) == 2

    assert snapshot(project) == before
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"Nothing changed: {path}")
    assert UNUSABLE[name] in err


def test_a_changelog_that_cannot_be_read_changes_nothing(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "CHANGELOG.md").mkdir()  # red-team finding 2: the swap ran before the changelog write
    (project / "CHANGELOG.md" / "kept").write_text("")
    before = snapshot(project)

    assert update(str(kalshi(tmp_path, "operation added")), allow_breaking=False, root=project) == 2

    assert snapshot(project) == before
    err = capsys.readouterr().err
    assert err == f"Nothing changed: {project / 'CHANGELOG.md'}: cannot be read or written (Is a directory)\n"


@pytest.mark.parametrize("failure", [PermissionError(1, "Operation not permitted"), KeyboardInterrupt()])
def test_a_failure_or_interrupt_while_swapping_puts_everything_back(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    (project / "CHANGELOG.md").write_text("# Changelog\n")
    before = snapshot(project)
    rename, failed = os.rename, list[str]()

    def refuse_the_changelog(source: Path, target: Path) -> None:
        """Once, as an immutable CHANGELOG.md (chattr +i) or a Ctrl-C would, after the other two moved."""
        if Path(target).name == "CHANGELOG.md" and not failed:
            failed.append(str(target))
            raise failure
        rename(source, target)

    monkeypatch.setattr(os, "rename", refuse_the_changelog)
    spec = str(kalshi(tmp_path, "operation added"))

    if isinstance(failure, OSError):
        assert update(spec, allow_breaking=False, root=project) == 2
    else:
        with pytest.raises(KeyboardInterrupt):
            update(spec, allow_breaking=False, root=project)

    assert snapshot(project) == before  # leftovers (.kalshi_client.old, ...) would show here too


def test_a_leftover_of_an_interrupted_swap_is_named_and_nothing_changes(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".kalshi_client.old").mkdir()
    (project / ".kalshi_client.old" / "__init__.py").write_text("")
    before = snapshot(project)

    assert update(str(kalshi(tmp_path, "operation added")), allow_breaking=False, root=project) == 2

    assert snapshot(project) == before
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"Nothing changed: {project / '.kalshi_client.old'}: left by an update that was interrupted")


def test_ctrl_c_during_the_renames_waits_until_all_three_are_in_place(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rename = os.rename

    def interrupted(source: Path, target: Path) -> None:
        if Path(target).name == "kalshi_client":
            os.kill(os.getpid(), signal.SIGINT)  # held back until the swap is whole
        rename(source, target)

    monkeypatch.setattr(os, "rename", interrupted)

    with pytest.raises(KeyboardInterrupt):
        update(str(kalshi(tmp_path, "operation added")), allow_breaking=False, root=project)

    assert (project / "kalshi_client" / "api" / "events" / "get_events.py").exists()
    assert "GetEvents" in (project / "openapi.yaml").read_text()
    assert "GetEvents" in (project / "CHANGELOG.md").read_text()
    assert not [path.name for path in project.iterdir() if path.name.startswith(".")]
