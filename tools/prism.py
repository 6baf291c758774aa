"""Prism, the OpenAPI mock server, serving openapi.yaml on loopback for tests and the demo.

Prism answers every operation of the spec with an example or a body built from the
schema, and with ``--errors`` it rejects (422) any request the spec does not allow, or
(401) one without the three KALSHI-ACCESS-* headers. It is pinned in package.json.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
API_PATH = "/trade-api/v2"
STARTUP_SECONDS = 60.0


class PrismUnavailable(RuntimeError):
    """Prism cannot run here; the message says what to install."""


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _served_spec(spec_path: Path, folder: Path) -> Path:
    # Prism routes the spec's paths from its own root and ignores the base path in
    # `servers`, while the SDK (and its signatures) use /trade-api/v2/...: serve a copy
    # whose paths carry that prefix.
    spec = yaml.safe_load(spec_path.read_text())
    spec["paths"] = {API_PATH + path: item for path, item in spec["paths"].items()}
    served = folder / "openapi.json"
    served.write_text(json.dumps(spec))
    return served


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PrismUnavailable(f"Prism exited at start-up:\n{log.read_text()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise PrismUnavailable(f"Prism did not listen within {STARTUP_SECONDS:.0f}s:\n{log.read_text()[-2000:]}")


@contextmanager
def running_prism(spec_path: Path = ROOT / "openapi.yaml", port: int | None = None) -> Iterator[tuple[str, Path]]:
    """Start Prism on loopback (``port``, or a free one); yield (base URL ending in /trade-api/v2, log file)."""
    if shutil.which("node") is None:
        raise PrismUnavailable("Prism needs Node.js (18 or newer) and npm: install them, then run make again.")
    if not PRISM.exists():
        raise PrismUnavailable("Prism is not installed: run 'make test' or 'make demo' (they run npm ci).")
    with tempfile.TemporaryDirectory(prefix="prism-") as folder:
        served = _served_spec(spec_path, Path(folder))
        log = Path(folder) / "prism.log"
        port = port or free_port()
        with log.open("wb") as output:
            process = subprocess.Popen(
                [str(PRISM), "mock", str(served), "--host", "127.0.0.1", "--port", str(port), "--errors"],
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            try:
                _wait_until_listening(process, port, log)
                yield f"http://127.0.0.1:{port}{API_PATH}", log
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
