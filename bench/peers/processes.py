"""The processes of a `make bench-peers` run: the loopback servers, one worker per SDK,
and fresh interpreters for the import probe.

Workers and probes start with `python -P` and put the repository at the END of
sys.path: the SDKs, ours included, then come from the bench venv's site-packages (ours
installed like a user's `pip install`, not the source tree), and only `bench` from here.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
ANSWER_SECONDS = 300.0  # a worker silent for this long is stuck: it is ended and reported
LAUNCH = "import sys; sys.path.append({root!r}); from bench.peers.{module} import main; main()"


def python(module: str, *arguments: str) -> list[str]:
    return [sys.executable, "-P", "-c", LAUNCH.format(root=str(ROOT), module=module), *arguments]


@contextmanager
def loopback_server(log: IO[str], verify: str | None = None) -> Iterator[str]:
    """The server of bench/peers/server.py in its own process; yields its root URL."""
    command = python("server") + (["--verify", verify] if verify else [])
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        assert process.stdout is not None
        ready, port = process.stdout.readline().split()
        assert ready == "ready", "the loopback server did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait()


def server_stats(root: str) -> dict[str, int]:
    """Requests, signed requests and valid signatures since the last look (the verifying server)."""
    with urllib.request.urlopen(f"{root}/_bench/stats", timeout=10) as answer:
        stats: dict[str, int] = json.load(answer)
    return stats


class Worker:
    """A bench/peers/worker.py process for one SDK: one JSON line out, one back."""

    def __init__(self, sdk: str, root: str, key_path: str, log: IO[str], check: bool = False) -> None:
        command = python("worker", sdk, root, key_path, *(["--check"] if check else []))
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True)
        self.broken: str | None = None
        hello = self.read()
        if "error" in hello:
            self.broken = hello["error"]

    def ask(self, op: str, **arguments: Any) -> dict[str, Any]:
        if self.broken is not None:
            return {"error": self.broken}
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            self.broken = "the worker process died"
            return {"error": self.broken}
        return self.read()

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], ANSWER_SECONDS)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.broken = "no answer (timed out or crashed; see the log)"
            self.close()
            return {"error": self.broken}
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


PROBE = """
import time
start = time.process_time()
exec({imports!r})
elapsed = time.process_time() - start
import sys
sys.path.append({root!r})
from bench.peers.probe import finish
finish({sdk!r}, elapsed, {server!r}, {key_path!r})
"""


def import_probe(sdk: str, imports: str, server: str, key_path: str, log: IO[str]) -> dict[str, Any]:
    """A fresh interpreter: the SDK's import lines timed (CPU time: on an idle machine the same as
    the wall clock, on a shared one much steadier), then its client and one call, then its peak RSS."""
    code = PROBE.format(imports=imports, root=str(ROOT), sdk=sdk, server=server, key_path=key_path)
    try:
        done = subprocess.run(
            [sys.executable, "-P", "-c", code], check=False, capture_output=True, text=True, timeout=ANSWER_SECONDS
        )
    except subprocess.TimeoutExpired:
        return {"error": "the import probe timed out"}
    log.write(done.stderr)
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": f"the import probe failed: {last[0][:200]}"}
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer
