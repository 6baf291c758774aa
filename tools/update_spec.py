"""Take a new OpenAPI description into the project, or just report what it would change.

    python -m tools.update_spec update SPEC [--allow-breaking]   # make update-spec SPEC=...
    python -m tools.update_spec report OLD NEW                    # make spec-report OLD=... NEW=...

``update`` validates SPEC (a path or an http(s) URL), generates kalshi_client from it in
a temporary folder, and reports the changes against the committed openapi.yaml and
kalshi_client/: operations, models and fields (tools.spec_report), and the Python API
(griffe). With breaking changes it stops (exit 1) unless allowed. Only when everything
succeeded does it swap in the new openapi.yaml and kalshi_client/ and add an entry to
CHANGELOG.md; an invalid file or a failed generation leaves the tree as it was.
``report`` prints the same report for two files without touching anything.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
from pathlib import Path

import httpx

from tools.generate import ROOT, SpecError, generate, load_and_validate
from tools.spec_report import Report, compare_packages, compare_specs, render, render_markdown

CHANGELOG_HEAD = "# Changelog\n\nEntries are written by `make update-spec` from its change report.\n"


def fetch(source: str, into: Path) -> Path:
    """The new spec as a local file: copied from a path, or downloaded from a URL."""
    target = into / "openapi.yaml"
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, follow_redirects=True, timeout=30)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SpecError(f"{source}: could not be downloaded ({exc})") from exc
        target.write_bytes(response.content)
    else:
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            raise SpecError(f"{source}: cannot be read ({exc.strerror})") from exc
    return target


def full_report(old_spec: Path, new_spec: Path, old_package: Path, new_package: Path) -> Report:
    old, new = load_and_validate(old_spec), load_and_validate(new_spec)
    return compare_specs(old, new).extended(compare_packages(old_package, new_package))


def changelog_entry(old_version: str, new_version: str, report: Report) -> str:
    today = datetime.date.today().isoformat()
    return f"## openapi.yaml {old_version} -> {new_version} ({today})\n\n{render_markdown(report)}"


def add_to_changelog(root: Path, entry: str) -> None:
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEAD
    head, _, rest = text.partition("\n## ")
    updated = f"{head.rstrip()}\n\n{entry.rstrip()}\n" + (f"\n## {rest}" if rest else "")
    path.write_text(updated, encoding="utf-8")


def swap_in(root: Path, new_spec: Path, new_package: Path) -> None:
    """Replace openapi.yaml and kalshi_client/ by renames, after copying next to them."""
    staged_spec, staged_package = root / ".openapi.yaml.new", root / ".kalshi_client.new"
    old_package = root / ".kalshi_client.old"
    shutil.rmtree(staged_package, ignore_errors=True)
    shutil.rmtree(old_package, ignore_errors=True)
    shutil.copyfile(new_spec, staged_spec)
    shutil.copytree(new_package, staged_package)
    os.replace(staged_spec, root / "openapi.yaml")
    os.rename(root / "kalshi_client", old_package)
    os.rename(staged_package, root / "kalshi_client")
    shutil.rmtree(old_package)


def update(source: str, allow_breaking: bool, root: Path = ROOT) -> int:
    with tempfile.TemporaryDirectory(prefix="update-spec-") as folder:
        scratch = Path(folder)
        try:
            new_spec = fetch(source, scratch)
            new_package = generate(new_spec, scratch / "generated")
            report = full_report(root / "openapi.yaml", new_spec, root / "kalshi_client", new_package)
        except SpecError as exc:
            print(f"Nothing changed: {exc}", file=sys.stderr)
            return 2
        print(render(report))
        if report.has_breaking and not allow_breaking:
            print(
                "\nNothing changed: the new spec breaks users' code (above). "
                "If that is intended, run again with ALLOW_BREAKING=1 and say so in the release.",
                file=sys.stderr,
            )
            return 1
        old_version = str(load_and_validate(root / "openapi.yaml")["info"]["version"])
        new_version = str(load_and_validate(new_spec)["info"]["version"])
        swap_in(root, new_spec, new_package)
        add_to_changelog(root, changelog_entry(old_version, new_version, report))
    print(f"\nopenapi.yaml and kalshi_client/ updated ({old_version} -> {new_version}); CHANGELOG.md has the entry.")
    return 0


def report(old_source: str, new_source: str) -> int:
    with tempfile.TemporaryDirectory(prefix="spec-report-") as folder:
        scratch = Path(folder)
        try:
            (scratch / "old").mkdir()
            (scratch / "new").mkdir()
            old_spec, new_spec = fetch(old_source, scratch / "old"), fetch(new_source, scratch / "new")
            packages = generate(old_spec, scratch / "old"), generate(new_spec, scratch / "new")
            result = full_report(old_spec, new_spec, *packages)
        except SpecError as exc:
            print(exc, file=sys.stderr)
            return 2
    print(render(result))
    return 1 if result.has_breaking else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.update_spec", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("update", help="take a new spec into the project")
    take.add_argument("spec", help="path or http(s) URL of the new openapi.yaml")
    take.add_argument("--allow-breaking", action="store_true")
    compare = commands.add_parser("report", help="report the changes between two specs")
    compare.add_argument("old")
    compare.add_argument("new")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.spec, args.allow_breaking)
    return report(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
