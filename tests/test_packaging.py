"""The distribution: two packages under their own names, and exactly the dependencies used."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"kalshi_auth", "kalshi_client"}
IMPORT_NAMES = {"httpx-retries": "httpx_retries", "python-dateutil": "dateutil"}


def test_wheel_installs_kalshi_auth_and_kalshi_client_only(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}

    assert top_level == OWN, "auth/ must install as kalshi_auth, never as a bare 'auth'"
    assert "kalshi_auth/py.typed" in names and "kalshi_client/py.typed" in names


def third_party_imports() -> set[str]:
    found: set[str] = set()
    for folder in ("auth", "kalshi_client"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - OWN


def test_runtime_dependencies_are_exactly_what_the_code_imports() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {requirement.split(">")[0].split("=")[0].split("<")[0].strip() for requirement in declared}

    assert {IMPORT_NAMES.get(name, name) for name in names} == third_party_imports()
