"""The docs site builds with --strict, documents every operation and model, and takes new guide pages;
the README stays a front page whose commands, paths and links are real.

One build, of a copy of docs/ with one extra guide page, so the test also shows that a page
dropped into docs/guide/ joins the site with no edit to mkdocs.yml. The code and the specs are
linked into the copy, not copied: the reference is generated from them at build time.
(tests/test_doc_snippets.py checks the code shown in the pages.)
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
GUIDE_PAGES = (
    "install",
    "quickstart",
    "calls",
    "authentication",
    "environments",
    "errors-and-retries",
    "pagination",
    "money",
    "rate-limits",
    "safety",
    "streaming",
    "testing-offline",
    "real-exchange",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("docs-project")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "docs", project / "docs")
    for shared in ("kalshi_client", "auth", "openapi.yaml", "asyncapi.yaml"):
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


def guide_nav(site: Path) -> list[str]:
    """The guide pages in the order the site's navigation lists them."""
    found = re.findall(r'href="guide/([^"/#]+)\.html"', (site / "index.html").read_text())
    return list(dict.fromkeys(found))


def test_every_guide_page_is_in_the_nav_including_one_mkdocs_yml_does_not_name(site: Path) -> None:
    assert {*GUIDE_PAGES, "a-new-topic"} <= set(guide_nav(site))
    assert "nav" not in yaml.safe_load((ROOT / "mkdocs.yml").read_text())


def test_the_guide_reads_in_the_order_nav_yml_sets(site: Path) -> None:
    nav = guide_nav(site)

    assert [page for page in nav if page in GUIDE_PAGES] == list(GUIDE_PAGES)
    assert nav[-1] == "a-new-topic"


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


def test_every_websocket_message_model_is_documented_once(site: Path) -> None:
    documented = [anchor for page in (site / "reference" / "ws").glob("*.html") for anchor in anchors(page)]
    models: set[str] = set()
    for path in (ROOT / "kalshi_client" / "ws" / "models").glob("*.py"):
        classes = [node.name for node in ast.parse(path.read_text()).body if isinstance(node, ast.ClassDef)]
        models.update(f"kalshi_client.ws.models.{path.stem}.{name}" for name in classes)

    assert models and sorted(anchor for anchor in documented if anchor in models) == sorted(models)


def test_the_streaming_classes_are_in_the_reference(site: Path) -> None:
    documented = anchors(site / "reference" / "kalshi_auth" / "ws.html")

    for name in ("KalshiWebSocket", "Subscription", "OrderBook", "Message", "Level"):
        assert f"kalshi_auth.ws.{name}" in documented, name


def sections(page: Path) -> dict[str, str]:
    """Each ``## `` section of a Markdown page, by heading."""
    parts = re.split(r"^## (.+)$", page.read_text(), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def slug(heading: str) -> str:
    """The anchor GitHub and the site give a heading: lower case, punctuation dropped, spaces as dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_readme_opens_with_the_two_commands_a_newcomer_runs() -> None:
    first_block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)

    assert first_block is not None
    assert [line.split()[:2] for line in first_block[1].splitlines()] == [["make", "demo"], ["make", "test"]]
    targets = re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert {"demo", "test"} <= set(targets)


def test_every_path_in_the_readme_layout_table_exists() -> None:
    rows = [row.split("|")[1:3] for row in sections(ROOT / "README.md")["Layout"].splitlines() if row.startswith("| `")]

    assert rows
    for paths, what in rows:
        for path in re.findall(r"`([^`]+)`", paths):
            assert (ROOT / path).exists(), path
        # Paths named in the description are inside the row's folder, or at the top.
        folder = ROOT / re.findall(r"`([^`]+)`", paths)[0]
        for named in re.findall(r"`([\w./-]+(?:/|\.py|\.md|\.ya?ml))`", what):
            assert (folder / named).exists() or (ROOT / named).exists(), f"{named} (row {paths.strip()})"


def test_the_readme_layout_table_names_every_top_level_folder() -> None:
    table = sections(ROOT / "README.md")["Layout"]
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False).stdout
    if not tracked:
        pytest.skip("not a git checkout: the tracked folders are unknown")
    # Hidden folders (.ci/, .github/) hold machinery, not the project a reader looks for.
    top = {line.split("/")[0] for line in tracked.splitlines() if "/" in line and not line.startswith(".")}

    assert {folder for folder in top if f"`{folder}/" not in table} == set()


def test_every_relative_link_in_the_readme_and_contributing_leads_somewhere() -> None:
    for page in (ROOT / "README.md", ROOT / "CONTRIBUTING.md"):
        prose = re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", page.read_text(), flags=re.DOTALL))
        for target in re.findall(r"\]\(([^)\s]+)\)", prose):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            file = page.parent / path if path else page
            assert file.exists(), f"{page.name}: {target}"
            if anchor and file.suffix == ".md":
                headings = re.findall(r"^#+ (.+)$", file.read_text(), re.MULTILINE)
                assert anchor in {slug(heading) for heading in headings}, f"{page.name}: {target}"
