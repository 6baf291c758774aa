"""python -m tools.spec: exit 0 when nothing breaks, 1 when something does, 2 when a file cannot be used."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spec.conftest import ROOT
from tests.spec.crafted import BASE, PAIRS, write
from tools.spec.update import report, update


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command as a maintainer types it, from the repository root."""
    command = [sys.executable, "-m", "tools.spec", *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("rule", sorted(PAIRS))
def test_every_crafted_pair_exits_1_exactly_when_something_breaks(
    rule: str, tmp_path: Path, package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = PAIRS[rule]
    new = write(tmp_path, "new", pair.new())

    code = report(str(pair.old_file(tmp_path)), str(new), workdir=package_cache)

    out = capsys.readouterr().out
    assert code == (1 if any("[breaks" in line for line in pair.lines) else 0), out
    for line in pair.lines:
        assert f"  {line.split(' [breaks ')[0]}\n" in out


def test_the_command_line_gives_0_1_and_2(tmp_path: Path) -> None:
    breaking = write(tmp_path, "breaking", PAIRS["response field made optional"].new())
    dangling = tmp_path / "dangling.yaml"
    dangling.write_text(BASE.read_text().replace("schemas/Market'", "schemas/Nope'"))

    same, breaks, unusable = run("report", BASE, BASE), run("report", BASE, breaking), run("report", BASE, dangling)

    assert (same.returncode, same.stdout, same.stderr) == (0, "No changes.\n", "")
    assert breaks.returncode == 1
    assert breaks.stdout.startswith("Breaks readers (1):\n  field Market.title: field made optional\n")
    assert (unusable.returncode, unusable.stdout) == (2, "")
    assert unusable.stderr == (
        f"{dangling}: $ref '#/components/schemas/Nope' at "
        "components.schemas.GetMarketsResponse.properties.markets.items points at nothing (and 1 more)\n"
    )


def test_a_usage_error_exits_2() -> None:
    result = run("report", BASE)

    assert result.returncode == 2
    assert "usage: python -m tools.spec" in result.stderr


def test_markdown_prints_a_changelog_entry(tmp_path: Path) -> None:
    new = write(tmp_path, "new", PAIRS["operation removed"].new())

    result = run("report", BASE, new, "--markdown")

    assert result.stdout.startswith("### Breaks callers\n\n- operation `GetMarket`: operation removed")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not logged: the test reads what the tool prints."""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """tmp_path over HTTP on loopback, for as long as the test runs."""
    handler = functools.partial(Quiet, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_specs_can_be_given_as_urls(
    tmp_path: Path, served: str, package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "old", PAIRS["nothing"].new())
    write(tmp_path, "new", PAIRS["operation removed"].new())

    assert report(f"{served}/old.json", f"{served}/new.json", workdir=package_cache) == 1
    assert "operation GetMarket: operation removed" in capsys.readouterr().out

    assert report(f"{served}/old.json", f"{served}/gone.json", workdir=package_cache) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"{served}/gone.json: could not be downloaded (Client error '404 File not found' for url '{served}/gone.json')\n"
    )


@pytest.mark.parametrize("command", ["report", "update"])
def test_a_ref_outside_the_file_exits_2_before_any_fetch(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Red-team findings 3 and 4: the validator fetched URLs and opened files a $ref named (or
    crashed, exit 3, when there was nothing there). Port 9 on loopback: nothing listens.
    ``update`` runs in process on an empty project folder, so the real tree is never at stake."""
    spec = PAIRS["nothing"].new()
    spec["components"]["schemas"]["Market"]["properties"]["remote"] = {"$ref": "http://127.0.0.1:9/remote.yaml#/R"}
    external = write(tmp_path, "external", spec)

    if command == "report":
        result = run(command, BASE, external)
        code, err = result.returncode, result.stderr
    else:
        code, err = update(str(external), allow_breaking=False, root=tmp_path / "project"), capsys.readouterr().err

    assert code == 2
    assert err.count("\n") == 1
    assert "$ref 'http://127.0.0.1:9/remote.yaml#/R' at components.schemas.Market.properties.remote is not local" in err


def _malformed(name: str) -> dict[str, object]:
    spec = PAIRS["nothing"].new()
    if name == "paths a list":
        spec["paths"] = [1]
    elif name == "schemas a list":
        spec["paths"], spec["components"]["schemas"] = {}, ["a", "b"]
    elif name == "no openapi version":
        del spec["openapi"]
    else:
        spec["components"]["schemas"]["MarketStatus"] = {"type": "object", "enum": [{"a": 1}, {"a": 2}]}
    return spec


MALFORMED = {
    "paths a list": "not valid OpenAPI: [1] is not of type 'object' (at paths)",
    "schemas a list": "not valid OpenAPI: ['a', 'b'] is not of type 'object' (at components.schemas)",
    "no openapi version": "not an OpenAPI description (no 'openapi: 3.x' version at the top level)",
    "enum of objects": "the generator (openapi-python-client) refuses it",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_exits_2_naming_it_never_3(
    name: str, tmp_path: Path, package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Red-team finding 5: the differs ran on a file nothing had validated, and crashed."""
    bad = write(tmp_path, "bad", _malformed(name))

    assert report(str(BASE), str(bad), workdir=package_cache) == 2

    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert f"{bad}: {MALFORMED[name]}" in err


def test_sigterm_ends_a_run_through_its_cleanup(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    breaking = write(tmp_path, "breaking", PAIRS["response field made optional"].new())
    command = [sys.executable, "-m", "tools.spec", "report", str(BASE), str(breaking)]
    running = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, "TMPDIR": str(scratch)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    for _ in range(6000):  # until its scratch folder exists (generation runs there for seconds)
        if any(scratch.iterdir()) or running.poll() is not None:
            break
        time.sleep(0.01)
    running.terminate()  # SIGTERM, as a CI timeout or `kill` sends it
    running.communicate(timeout=60)

    assert running.returncode in (143, 1)  # 1 only if the report was done before the signal came
    assert list(scratch.iterdir()) == []
