"""The distribution as a user gets it: built, checked, installed into a clean venv, offline.

The sdist and the wheel are built from a copy of the tree (setuptools writes build/ and
*.egg-info/ beside the sources, and stale files there would leak into later wheels), the
way a release is: sdist first, the wheel from the sdist. Clean venvs get their
dependencies from wheels repacked out of the project's own .venv, so nothing here needs
the network.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.fake_exchange import Answer, FakeExchange

ROOT = Path(__file__).resolve().parent.parent
OWN = {"kalshi_auth", "kalshi_client"}
IMPORT_NAMES = {"httpx-aiohttp": "httpx_aiohttp", "python-dateutil": "dateutil"}
NOT_SOURCES = (".git", ".venv", "node_modules", "build", "dist", "site", "*.egg-info", "__pycache__", ".*_cache")


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run a command; on failure show what it printed, which is what one needs to see."""
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def pip(*arguments: str | Path) -> str:
    return run(sys.executable, "-m", "pip", "--quiet", *arguments)


def copy_of_the_tree(folder: Path) -> Path:
    """The tree as a clone has it, without what builds and tools leave behind."""
    copy = folder / "kalshi-trade-sdk"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_SOURCES), symlinks=True)
    return copy


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist, and the wheel built from it, as `python -m build` makes them for a release."""
    out, tree = tmp_path_factory.mktemp("dist"), copy_of_the_tree(tmp_path_factory.mktemp("tree"))
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, tree)
    return out


def only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of the runtime dependencies (and setuptools), repacked from this .venv."""
    house = tmp_path_factory.mktemp("wheelhouse")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for name in sorted(dependency_closure([*declared, "setuptools"])):
        repack(importlib.metadata.distribution(name), house)
    return house


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return match.group(0)


def dependency_closure(requirements: list[str]) -> set[str]:
    """Names of the installed distributions these need, extras left out; pip checks versions later."""
    seen: set[str] = set()
    todo = [requirement_name(requirement) for requirement in requirements]
    while todo:
        name = todo.pop()
        try:
            found = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a dependency for another Python or platform: pip will say if it is needed
        if found.name.lower() in seen:
            continue
        seen.add(found.name.lower())
        todo += [requirement_name(r) for r in found.requires or [] if "extra ==" not in r.replace('"', "'")]
    return seen


def repack(installed: importlib.metadata.Distribution, house: Path) -> None:
    """Write a wheel holding exactly the files an installed distribution's RECORD lists."""
    info = next(Path(str(file)).parts[0] for file in installed.files or [] if str(file).endswith("METADATA"))
    wheel_file = (installed.read_text("WHEEL") or "").splitlines()
    tags = [line.split(": ", 1)[1] for line in wheel_file if line.startswith("Tag:")]
    python, abi, platform = (".".join(sorted({tag.split("-")[i] for tag in tags})) for i in range(3))
    name = re.sub(r"[-_.]+", "_", installed.metadata["Name"]).lower()
    wheel = house / f"{name}-{installed.version}-{python}-{abi}-{platform}.whl"
    skipped = {f"{info}/{name}" for name in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json")}
    record: list[str] = []
    with zipfile.ZipFile(wheel, "w") as archive:
        for file in installed.files or []:
            path = str(file)
            if path.startswith("..") or "__pycache__" in path or path in skipped:
                continue
            content = Path(str(file.locate())).read_bytes()
            archive.writestr(path, content)
            digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            record.append(f"{path},sha256={digest},{len(content)}")
        record.append(f"{info}/RECORD,,")
        archive.writestr(f"{info}/RECORD", "\n".join(record) + "\n")


def new_venv(folder: Path) -> Path:
    """A venv with nothing in it, not even pip: this .venv's pip installs into it (--python)."""
    run(sys.executable, "-m", "venv", "--without-pip", folder)
    return folder / "bin" / "python"


def clean_environment(**extra: str) -> dict[str, str]:
    kept = {name: value for name, value in os.environ.items() if not name.startswith(("PYTHON", "KALSHI_", "VIRTUAL"))}
    return {**kept, **extra}


def test_wheel_installs_kalshi_auth_and_kalshi_client_only(dist: Path) -> None:
    names = zipfile.ZipFile(only(dist, "*.whl")).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}

    assert top_level == OWN, "auth/ must install as kalshi_auth, never as a bare 'auth'"
    assert "kalshi_auth/py.typed" in names and "kalshi_client/py.typed" in names


def test_wheel_holds_every_module_of_the_tree_and_nothing_else(dist: Path) -> None:
    in_tree = {
        path.relative_to(ROOT).as_posix().replace("auth/", "kalshi_auth/", 1)
        for folder in ("auth", "kalshi_client")
        for path in (ROOT / folder).rglob("*.py")
    }
    in_wheel = {name for name in zipfile.ZipFile(only(dist, "*.whl")).namelist() if name.endswith(".py")}

    assert in_wheel == in_tree


def test_wheel_metadata_names_license_urls_and_classifiers(dist: Path) -> None:
    wheel = zipfile.ZipFile(only(dist, "*.whl"))
    info = next(name.split("/")[0] for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
    metadata = Parser().parsestr(wheel.read(f"{info}/METADATA").decode())

    assert metadata["License-Expression"] == "MIT"
    assert f"{info}/licenses/LICENSE" in wheel.namelist()
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL", []))
    assert {"Homepage", "Documentation", "Repository", "Issues", "Changelog"} <= urls.keys()


def test_sdist_carries_the_sources_the_spec_and_the_license(dist: Path) -> None:
    with tarfile.open(only(dist, "*.tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}

    assert {"LICENSE", "README.md", "openapi.yaml", "pyproject.toml", "setup.py"} <= names
    assert {"auth/__init__.py", "auth/py.typed", "kalshi_client/__init__.py", "kalshi_client/py.typed"} <= names
    assert not [name for name in names if name.startswith("tests/")]


def test_wheel_and_sdist_pass_twine_check(dist: Path) -> None:
    output = run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()))

    assert output.count("PASSED") == 2


def test_wheel_in_a_clean_venv_runs_an_example_offline(
    dist: Path, wheelhouse: Path, tmp_path: Path, exchange: FakeExchange, key_file: Path
) -> None:
    python = new_venv(tmp_path / "venv")
    pip("--python", python, "install", "--no-index", "--find-links", wheelhouse, only(dist, "*.whl"))
    pip("--python", python, "check")
    exchange.answer(
        Answer(201, {"order_group_id": "og-1", "subaccount": 0}),
        Answer(200, {"is_auto_cancel_enabled": False, "orders": []}),
        Answer(200, {"order_groups": []}),
        Answer(200, {}),
    )

    output = run(
        python,
        "-I",
        ROOT / "examples" / "order_groups.py",
        cwd=tmp_path,
        env=clean_environment(
            KALSHI_API_KEY_ID="key-id", KALSHI_PRIVATE_KEY_PATH=str(key_file), KALSHI_BASE_URL=exchange.base_url
        ),
    )

    assert "'og-1'" in output  # the id the exchange gave, as the example prints it
    assert len(exchange.received) == 7 and all(request.signature_valid for request in exchange.received)


def test_editable_install_maps_auth_to_kalshi_auth(wheelhouse: Path, tmp_path: Path) -> None:
    source = copy_of_the_tree(tmp_path)
    python = new_venv(tmp_path / "venv")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pip("--python", python, "install", "--no-index", "--find-links", wheelhouse, "setuptools", *declared)
    pip("--python", python, "install", "--no-deps", "--no-build-isolation", "-e", source)
    (source / "auth" / "added_after_install.py").write_text("WHERE = 'auth/'\n")

    shown = run(
        python,
        "-I",
        "-c",
        "import importlib.util, kalshi_auth, kalshi_client, kalshi_auth.added_after_install as added;"
        "print(kalshi_auth.__file__, kalshi_client.__file__, added.WHERE, importlib.util.find_spec('auth'))",
        cwd=tmp_path,
        env=clean_environment(),
    ).split()

    assert shown == [
        str(source / "auth" / "__init__.py"),
        str(source / "kalshi_client" / "__init__.py"),
        "auth/",
        "None",
    ]


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
