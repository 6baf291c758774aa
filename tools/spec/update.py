"""The two workflows: ``report`` (what changes between two files) and ``update`` (take one in).

``report OLD NEW`` compares the files as they are: operations, models and fields
(``operations``, ``schemas``), then the Python API of what each generates (``python_api``).

``update SPEC`` takes a file Kalshi published: it applies ``overlays/*.yaml`` (our
deliberate deviations), takes its facts into our openapi.yaml keeping our wording
(``wording``), validates and generates the result, and reports against the committed
openapi.yaml and kalshi_client/. Only when all of that worked, and nothing breaks users'
code (or ``--allow-breaking`` says so), does it swap in both and a CHANGELOG.md with the
entry, all three or none (``swap``).

Both return the exit code: 0 no breaking change, 1 breaking, 2 a file cannot be used.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx

from tools.generate import ROOT, SpecError, generate, load_and_validate
from tools.spec import examples, operations, overlay, python_api, render, schemas, swap, wording
from tools.spec.change import Report
from tools.spec.load import parse, read

CHANGELOG_HEAD = "# Changelog\n\nEntries are written by `python -m tools.spec update` from its change report.\n"


def fetch(source: str, into: Path) -> Path:
    """The file as a local path: the path itself, or a download of an http(s) URL."""
    if not source.startswith(("http://", "https://")):
        return Path(source)
    target = into / f"downloaded-{hashlib.sha256(source.encode()).hexdigest()[:12]}.yaml"
    try:
        response = httpx.get(source, follow_redirects=True, timeout=30)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise SpecError(f"{source}: could not be downloaded ({reason})") from None
    target.write_bytes(response.content)
    return target


def compare(old: dict[str, Any], new: dict[str, Any], old_package: Path | None, new_package: Path | None) -> Report:
    """Every change from ``old`` to ``new``; the Python API too when both packages are given."""
    pair = schemas.Pair.of(old, new)
    changes = [*operations.changes(pair), *schemas.changes(pair)]
    if old_package is not None and new_package is not None:
        changes += python_api.changes(old_package, new_package)
    return Report.of(changes)


def generated(spec: Path, shown: str, workdir: Path) -> Path:
    """kalshi_client generated from ``spec`` under ``workdir``, reused when the same file
    was generated there before (a test session comparing many pairs, in several processes).

    Without the WebSocket models: both sides of a report would get the same ones, from our
    asyncapi.yaml. Generated beside the folder and renamed into place, so a process never
    reads a half-written package another one is making.
    """
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()[:16]
    folder = workdir / digest
    if not (folder / python_api.PACKAGE / "py.typed").exists():
        scratch = workdir / f".{digest}-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        generate(spec, scratch, streams=False, shown=shown)
        try:
            scratch.rename(folder)
        except OSError:  # made meanwhile by another process, or a broken leftover
            if not (folder / python_api.PACKAGE / "py.typed").exists():
                shutil.rmtree(folder, ignore_errors=True)
                scratch.rename(folder)
            shutil.rmtree(scratch, ignore_errors=True)
    return folder / python_api.PACKAGE


def report(old_source: str, new_source: str, markdown: bool = False, workdir: Path | None = None) -> int:
    """Print what changes from OLD to NEW, touching nothing; the exit code."""
    with tempfile.TemporaryDirectory(prefix="spec-report-") as scratch:
        try:
            old_path, new_path = fetch(old_source, Path(scratch)), fetch(new_source, Path(scratch))
            # Validated before anything compares them: the differs trust a file's shape.
            old, new = load_and_validate(old_path, old_source), load_and_validate(new_path, new_source)
        except SpecError as exc:
            print(exc, file=sys.stderr)
            return 2
        folder = workdir or Path(scratch)
        try:
            packages = generated(old_path, old_source, folder), generated(new_path, new_source, folder)
        except SpecError as exc:
            print((render.markdown if markdown else render.text)(compare(old, new, None, None)).rstrip("\n"))
            print(f"\nPython API not compared: {exc}", file=sys.stderr)
            return 2
        result = compare(old, new, *packages)
    print((render.markdown if markdown else render.text)(result).rstrip("\n"))
    return 1 if result.has_breaking else 0


def prepare(spec: Path, shown: str, root: Path) -> tuple[str, list[str]]:
    """Kalshi's file with our overlays applied and our wording kept: the text of the new
    openapi.yaml, and the notes for the maintainer."""
    theirs = read(spec, shown)
    theirs, notes = overlay.apply_all(theirs, overlay.files(root / "overlays"))
    text, wording_notes = wording.merge(root / "openapi.yaml", theirs)
    merged = parse(text)
    loose = [
        f"{where}: nullable beside a $ref is ignored by OpenAPI 3.0 and the generator; add it to the nullable-ref actions of overlays/10-deliberate.yaml"
        for where in _nullable_refs(merged)
    ]
    # Our examples stay as our wording does; a field Kalshi retyped may leave one stale.
    return text, notes + wording_notes + loose + examples.misfits(merged)


def _nullable_refs(node: Any, where: str = "") -> Iterator[str]:
    if isinstance(node, Mapping):
        if "$ref" in node and node.get("nullable") is True:
            yield where
        for key, value in node.items():
            yield from _nullable_refs(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nullable_refs(value, f"{where}[{index}]")


SWAPPED = ("openapi.yaml", python_api.PACKAGE, "CHANGELOG.md")


def update(source: str, allow_breaking: bool, root: Path = ROOT) -> int:
    """Take SPEC in; the exit code (nothing is written unless it is 0)."""
    with tempfile.TemporaryDirectory(prefix="update-spec-") as folder:
        scratch = Path(folder)
        new_spec = scratch / "openapi.yaml"
        try:
            for leftover in swap.leftovers(root, SWAPPED):
                raise SpecError(
                    f"{leftover}: left by an update that was interrupted while putting files in place; "
                    "check `git status`, restore or keep what it changed, remove it and run again"
                )
            text, notes = prepare(fetch(source, scratch), source, root)
            new_spec.write_text(text, encoding="utf-8")
            shown = f"{source} with overlays/ applied"
            new = load_and_validate(new_spec, shown)
            new_package = generate(new_spec, scratch / "generated", shown=shown)
            old = load_and_validate(root / "openapi.yaml")
        except SpecError as exc:
            print(f"Nothing changed: {exc}", file=sys.stderr)
            return 2
        result = compare(old, new, root / python_api.PACKAGE, new_package).extended(notes=notes)
        print(render.text(result))
        if text == (root / "openapi.yaml").read_text(encoding="utf-8"):
            print(f"\nNothing to do: openapi.yaml already says what {source} says.")
            return 0
        if result.has_breaking and not allow_breaking:
            print(
                "\nNothing changed: the new spec breaks users' code (above). If that is intended, "
                "run again with --allow-breaking (make: ALLOW_BREAKING=1) and say so in the release.",
                file=sys.stderr,
            )
            return 1
        versions = str(old["info"]["version"]), str(new["info"]["version"])
        try:  # all three or none: see tools/spec/swap.py
            changelog = with_entry(root, changelog_entry(*versions, result))
            swap.swap_in(root, {"openapi.yaml": new_spec, python_api.PACKAGE: new_package, "CHANGELOG.md": changelog})
        except OSError as exc:
            print(f"Nothing changed: {exc.filename}: cannot be read or written ({exc.strerror})", file=sys.stderr)
            return 2
    print(f"\nopenapi.yaml and kalshi_client/ updated ({versions[0]} -> {versions[1]}); CHANGELOG.md has the entry.")
    if notes:
        print("Before committing, see the notes above (wording to rewrite, deviations to drop).")
    return 0


def changelog_entry(old_version: str, new_version: str, report: Report) -> str:
    today = datetime.date.today().isoformat()
    return f"## openapi.yaml {old_version} -> {new_version} ({today})\n\n{render.markdown(report)}"


def with_entry(root: Path, entry: str) -> str:
    """The text of CHANGELOG.md with ``entry`` first (made before anything is written)."""
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEAD
    head, _, rest = text.partition("\n## ")
    return f"{head.rstrip()}\n\n{entry.rstrip()}\n" + (f"\n## {rest}" if rest else "")
