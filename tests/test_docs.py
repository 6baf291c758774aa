"""The docs site builds with --strict, documents every operation and model, and takes new guide pages.

One build, of a copy of docs/ with one extra guide page, so the test also shows that a page
dropped into docs/guide/ joins the site with no edit to mkdocs.yml. The code and the spec are
linked into the copy, not copied: the reference is generated from them at build time.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GUIDE_PAGES = ("install", "quickstart", "errors-and-retries", "pagination")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("docs-project")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "docs", project / "docs")
    for shared in ("kalshi_client", "auth", "openapi.yaml"):
        (project / shared).symlink_to(ROOT / shared)
    (project / "docs" / "guide" / "a-new-topic.md").write_text("# A new topic\n\nWritten after mkdocs.yml.\n")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}

    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )

    assert build.returncode == 0, build.stdout + build.stderr
    return project / "site"


def anchors(page: Path) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', page.read_text()))


def test_every_guide_page_is_in_the_nav_including_one_mkdocs_yml_does_not_name(site: Path) -> None:
    links = set(re.findall(r'href="guide/([^"/]+)\.html"', (site / "index.html").read_text()))

    assert {*GUIDE_PAGES, "a-new-topic"} <= links
    assert "nav" not in yaml.safe_load((ROOT / "mkdocs.yml").read_text())


def test_every_operation_has_its_sync_and_asyncio_on_its_area_page(site: Path) -> None:
    api = ROOT / "kalshi_client" / "api"
    for area in sorted(path for path in api.iterdir() if (path / "__init__.py").exists()):
        documented = anchors(site / "reference" / "operations" / f"{area.name}.html")
        for operation in sorted(path.stem for path in area.glob("*.py") if path.stem != "__init__"):
            prefix = f"kalshi_client.api.{area.name}.{operation}"
            assert {f"{prefix}.sync", f"{prefix}.asyncio"} <= documented, prefix


def test_every_model_is_documented_once(site: Path) -> None:
    documented = [anchor for page in (site / "reference" / "models").glob("*.html") for anchor in anchors(page)]
    models: set[str] = set()
    for path in (ROOT / "kalshi_client" / "models").glob("*.py"):
        classes = [node.name for node in ast.parse(path.read_text()).body if isinstance(node, ast.ClassDef)]
        models.update(f"kalshi_client.models.{path.stem}.{name}" for name in classes)

    assert models and sorted(anchor for anchor in documented if anchor in models) == sorted(models)


def test_kalshi_auth_has_a_page_per_public_module(site: Path) -> None:
    modules = {path.stem for path in (ROOT / "auth").glob("*.py") if not path.stem.startswith("_")}

    for module in modules:
        assert f"kalshi_auth.{module}" in anchors(site / "reference" / "kalshi_auth" / f"{module}.html")
