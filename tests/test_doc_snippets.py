"""The Python in README.md and the docs is code: type-checked and run, so a renamed API breaks a test, not the docs.

Every ```python block of README.md, docs/index.md and docs/guide/*.md is a snippet, and
- it passes ``mypy --strict`` as a module of its own. A snippet may use ``client`` (a
  ``KalshiClient``) without building it; any other name it uses, it defines, unless it is
  marked partial: then the names it takes from elsewhere on the page are declared ``Any`` and
  a ``...`` given as an argument stands for whatever the reader fills in;
- unless marked, it runs, against Prism serving openapi.yaml on loopback (what ``make mock``
  serves): every environment's URL and ``make mock``'s address lead there, ``~/<name>.key`` is
  a throwaway key, ``KALSHI_*`` name it, and any host but loopback is refused.

Markers, an HTML comment on the line before the fence (GitHub and the site do not show it):

    <!-- snippet: partial -->              a fragment of a page: type-checked, not run
    <!-- snippet: not-run (<why>) -->      whole, but it cannot run here (it streams until stopped)

A block whose first line starts with ``>>>`` is a transcript of a session and is left alone.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import inspect
import os
import re
import signal
import socket
import subprocess
import symtable
import sys
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import ENVIRONMENTS, KalshiClient
from tests.support import KEY_ID
from tools.prism import running_prism

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", ROOT / "docs" / "index.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]
MOCK_URL = "http://127.0.0.1:4010/trade-api/v2"
#: Names a snippet may use without defining them: ``client``, and mypy's own ``reveal_type``.
GIVEN = {"client", "reveal_type"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
#: Not a time limit on the code shown: a snippet that never ends would otherwise hang the suite.
HANG_GUARD_SECONDS = 300

FENCE = re.compile(r"^(?P<indent>[ \t]*)```python[ \t]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.MULTILINE | re.DOTALL)
MARKER = re.compile(r"<!--\s*snippet:\s*(?P<kind>partial|not-run\s*\((?P<why>[^)]+)\))\s*-->\s*$")


@dataclass(frozen=True)
class Snippet:
    page: Path
    line: int  # the first line of code, 1-based, in the page
    source: str
    kind: str  # "run", "partial" or "not-run"

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def snippets(page: Path) -> list[Snippet]:
    text = page.read_text()
    found = []
    for fence in FENCE.finditer(text):
        body = "".join(line[len(fence["indent"]) :] + "\n" for line in fence["body"].splitlines())
        if body.lstrip().startswith(">>>"):
            continue
        before = text[: fence.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = MARKER.search(before)
        kind = "run" if marker is None else "partial" if marker["kind"] == "partial" else "not-run"
        found.append(Snippet(page, text.count("\n", 0, fence.start("body")) + 1, body, kind))
    return found


ALL = [snippet for page in PAGES for snippet in snippets(page)]
RUNNABLE = [snippet for snippet in ALL if snippet.kind == "run"]


def free_names(source: str) -> set[str]:
    """Names the snippet reads but never binds at module level (nor are builtins)."""
    table = symtable.symtable(source, "snippet", "exec")
    bound = {symbol.get_name() for symbol in table.get_symbols() if symbol.is_assigned() or symbol.is_imported()}
    read: set[str] = set()
    tables = [table]
    while tables:
        scope = tables.pop()
        tables += scope.get_children()
        read |= {symbol.get_name() for symbol in scope.get_symbols() if symbol.is_global() and symbol.is_referenced()}
    return read - bound - set(dir(builtins))


def awaits_at_top(source: str) -> bool:
    """Whether the snippet awaits outside any function (as in a notebook or ``python -m asyncio``)."""
    todo: list[ast.AST] = [ast.parse(source)]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Await | ast.AsyncFor | ast.AsyncWith):
            return True
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            todo += ast.iter_child_nodes(node)
    return False


# A `...` standing for arguments the reader fills in: first (positional) or as a keyword's value.
PLACEHOLDER_ARGS = re.compile(r"(?<=\()\.\.\.(?=\s*[,)])")
PLACEHOLDER_VALUE = re.compile(r"(?<==)\.\.\.(?=\s*[,)])")


def as_module(snippet: Snippet) -> tuple[str, int]:
    """The snippet as a module mypy can check, and how many lines precede its first one."""
    source = snippet.source
    header = ["import typing as _typing", "import kalshi_auth as _kalshi_auth"]
    header += ["_filled_in: _typing.Any", "_arguments_filled_in: dict[str, _typing.Any]"]
    for name in sorted(free_names(source) - {"reveal_type"}):
        header.append(f"{name}: _kalshi_auth.KalshiClient" if name == "client" else f"{name}: _typing.Any")
    if snippet.kind == "partial":
        source = PLACEHOLDER_VALUE.sub("_filled_in", PLACEHOLDER_ARGS.sub("**_arguments_filled_in", source))
    if awaits_at_top(source):
        header.append("async def _snippet() -> None:")
        source = "".join(f"    {line}\n" if line.strip() else "\n" for line in source.splitlines())
    return "\n".join(header) + "\n" + source, len(header)


def test_the_pages_have_snippets_and_each_is_python() -> None:
    for snippet in ALL:
        try:
            compile(snippet.source, snippet.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        except SyntaxError as exc:
            pytest.fail(f"{snippet.where}: not Python ({exc}); a transcript starts with >>>")

    assert len(RUNNABLE) >= 20 and {snippet.page.name for snippet in ALL} >= {"README.md", "quickstart.md"}


def test_a_snippet_uses_only_what_it_defines_or_is_marked_partial() -> None:
    loose = [
        f"{snippet.where}: {', '.join(sorted(names))}"
        for snippet in ALL
        if snippet.kind != "partial" and (names := free_names(snippet.source) - GIVEN)
    ]

    assert loose == [], "define these names in the snippet, or mark it <!-- snippet: partial -->:\n" + "\n".join(loose)


def test_every_snippet_passes_mypy_strict(tmp_path: Path) -> None:
    origin: dict[str, tuple[Snippet, int]] = {}
    for number, snippet in enumerate(ALL):
        module, header = as_module(snippet)
        path = tmp_path / f"snippet_{number:03d}.py"
        path.write_text(module)
        origin[path.name] = (snippet, header)

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--no-error-summary",
         "--cache-dir", str(tmp_path / ".mypy_cache"), *sorted(origin)],
        cwd=tmp_path, env={**os.environ, "MYPYPATH": str(ROOT)}, capture_output=True, text=True, check=False,
    )  # fmt: skip

    problems = []
    for line in checked.stdout.splitlines():
        found = re.match(r"(snippet_\d+\.py):(\d+): (error|note): (.*)", line)
        if found is None or found[3] != "error":
            continue
        snippet, header = origin[found[1]]
        problems.append(f"{snippet.page.relative_to(ROOT)}:{snippet.line + int(found[2]) - header - 1}: {found[4]}")
    assert checked.returncode in (0, 1) and not checked.stderr, checked.stderr
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_prism() as (base_url, _log):
        yield base_url


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def sandbox(
    mock_url: str, key: rsa.RSAPrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    """Where a snippet runs: the mock for every host it may name, key files at home, no way out."""
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    for name in ("kalshi.key", "kalshi-demo.key"):
        (tmp_path / name).write_bytes(pem)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(tmp_path / "kalshi.key"))
    for variable in ("KALSHI_PRIVATE_KEY", "KALSHI_PRIVATE_KEY_PASSPHRASE", "KALSHI_ENV", "KALSHI_BASE_URL"):
        monkeypatch.delenv(variable, raising=False)
    for environment in ENVIRONMENTS:
        monkeypatch.setitem(ENVIRONMENTS, environment, mock_url)
    resolve = socket.getaddrinfo

    def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        if (host.decode() if isinstance(host, bytes) else str(host)) not in LOOPBACK:
            raise OSError(f"a docs snippet tried to reach {host!r}: the tests never leave loopback")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)
    with KalshiClient(key_id=KEY_ID, private_key=key, base_url=mock_url, max_retries=0) as client:
        yield {"__name__": "__main__", "client": client, "reveal_type": typing.reveal_type}


def hang(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError(f"still running after {HANG_GUARD_SECONDS} s: mark it <!-- snippet: not-run (why) -->")


@pytest.mark.parametrize("snippet", RUNNABLE, ids=[snippet.where for snippet in RUNNABLE])
def test_the_snippet_runs_against_the_mock(snippet: Snippet, sandbox: dict[str, Any], mock_url: str) -> None:
    # Blank lines first, so a traceback names the line of the page.
    source = "\n" * (snippet.line - 1) + snippet.source.replace(MOCK_URL, mock_url)
    code = compile(source, str(snippet.page), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_GUARD_SECONDS)
    try:
        result = eval(code, sandbox)  # the code is ours: the docs
        if inspect.iscoroutine(result):
            asyncio.run(result)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_sandbox_refuses_other_hosts(sandbox: dict[str, Any]) -> None:
    with pytest.raises(OSError, match="never leave loopback"):
        socket.getaddrinfo("external-api.kalshi.com", 443)
    assert os.path.expanduser("~/kalshi.key").startswith(os.environ["HOME"])
