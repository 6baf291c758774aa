"""Where the spec tests find Kalshi's files, and one folder of generated packages per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
KALSHI_SPECS = SHARED / "kalshi-specs"
REFERENCE = SHARED / "reference" / "kalshi-trade-api-v2-3.31.0.yaml"


def kalshi_files() -> list[Path]:
    """Kalshi's published files in ../shared/kalshi-specs (none where ../shared is absent)."""
    return sorted(path for path in KALSHI_SPECS.glob("kalshi-*") if path.suffix in (".yaml", ".json"))


@pytest.fixture
def reference() -> Path:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is absent: Kalshi's 3.31.0 file is third-party data beside the project, not in it")
    return REFERENCE


@pytest.fixture(scope="session")
def package_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where each spec is generated once for the whole run (keyed by content), shared
    by pytest-xdist's workers: under xdist each worker's base folder sits in one common one."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "generated-specs"
    folder.mkdir(exist_ok=True)
    return folder
