"""Where the spec tests find Kalshi's files, and one folder of generated packages per session."""

from __future__ import annotations

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
    """A folder where each spec is generated once for the whole session (keyed by content)."""
    return tmp_path_factory.mktemp("generated")
