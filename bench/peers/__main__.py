"""`make bench-peers`: this SDK beside the ones a user would pick instead, in one run.

Every SDK gets the same RSA key and the same loopback server (bench/peers/server.py),
each in its own worker process, measured through its own public call path. First a
check per SDK against a server that verifies every signature (signatures per call,
whether it parses a current page); then ROUNDS interleaved rounds (each measure taken
for every SDK in turn, the order rotating each round) and medians; then the "Peers"
section of BENCHMARKS.md is rewritten. Nothing here is a test: there are no thresholds,
only figures and the targets of issue 15 they are read against.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import IO

from bench.common import record
from bench.peers.drivers import DRIVERS
from bench.peers.processes import Worker, import_probe, loopback_server, server_stats
from bench.peers.report import render
from bench.peers.results import Results

ROUNDS = 11
SYNC_CALLS = 300
ASYNC_CALLS = 320  # 16 lanes of 20
PARSE_REPS = 3
FETCH_REPS = 2
CHECK_CALLS = 16  # one call per lane in the async check


def write_key(folder: Path) -> tuple[str, str]:
    """A throwaway RSA 2048 key: the private PEM for the SDKs, the public one for the server."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private, public = folder / "key.pem", folder / "public.pem"
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return str(private), str(public)


def version(distribution: str | None) -> tuple[str, str]:
    """The installed version, and the Python versions the distribution says it needs."""
    if distribution is None:
        return "", ""
    try:
        return metadata.version(distribution), metadata.metadata(distribution)["Requires-Python"] or ""
    except metadata.PackageNotFoundError:
        return "not installed", ""


def check_all(results: Results, key_path: str, public_path: str, log: IO[str]) -> None:
    """Each SDK once against the verifying server: signatures, the current page."""
    with loopback_server(log, verify=public_path) as root:
        for name in DRIVERS:
            print(f"  checking {name}", flush=True)
            worker = Worker(name, root, key_path, log, check=True)
            server_stats(root)
            answer = worker.ask("check", calls=CHECK_CALLS)
            worker.close()
            results.checks[name] = {**answer, "server": server_stats(root)}


def measure(results: Results, workers: dict[str, Worker], root: str, key_path: str, rounds: int, log: IO[str]) -> None:
    names = list(workers)
    for number in range(rounds):
        started = time.perf_counter()
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            kind = DRIVERS[name]
            if (kind.has_sync or kind.has_async) and not results.failed(name, "import"):
                results.add(name, "import", import_probe(name, kind.imports, root, key_path, log))
        for name in order:
            if DRIVERS[name].has_sync and not results.failed(name, "sync"):
                results.add(name, "sync", workers[name].ask("sync", calls=SYNC_CALLS))
        for name in order:
            if DRIVERS[name].has_async and not results.failed(name, "async"):
                results.add(name, "async", workers[name].ask("async", calls=ASYNC_CALLS))
        for name in order:
            if (page := results.page_for(name)) is not None:
                results.add(name, "parse", workers[name].ask("parse", page=page, reps=PARSE_REPS))
        for name in order:
            if results.page_call_works(name):
                results.add(name, "fetch", workers[name].ask("fetch", reps=FETCH_REPS))
        print(f"  round {number + 1}/{rounds}: {time.perf_counter() - started:.0f} s", flush=True)


def warm_up(results: Results, workers: dict[str, Worker]) -> None:
    """Connections open, lazy imports done, caches filled: then the memory of one parsed page."""
    for name, worker in workers.items():
        kind = DRIVERS[name]
        if kind.has_sync:
            worker.ask("sync", calls=30)
        if kind.has_async:
            worker.ask("async", calls=64)
        if (page := results.page_for(name)) is not None:
            worker.ask("parse", page=page, reps=1)
            results.add(name, "memory", worker.ask("memory", page=page))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    arguments = parser.parse_args()
    started, load = time.perf_counter(), os.getloadavg()[0]
    results = Results({name: version(kind.distribution) for name, kind in DRIVERS.items()})
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as folder:
        log_path = Path(folder) / "log.txt"
        with open(log_path, "w") as log:
            key_path, public_path = write_key(Path(folder))
            print("bench-peers: checking each SDK against a verifying server", flush=True)
            check_all(results, key_path, public_path, log)
            with loopback_server(log) as root:
                print("bench-peers: starting one worker per SDK", flush=True)
                workers = {name: Worker(name, root, key_path, log) for name in DRIVERS}
                for name, worker in workers.items():
                    if worker.broken:
                        results.errors.setdefault(name, {})["start"] = worker.broken
                warm_up(results, workers)
                print(f"bench-peers: {arguments.rounds} interleaved rounds", flush=True)
                try:
                    measure(results, workers, root, key_path, arguments.rounds, log)
                finally:
                    for worker in workers.values():
                        worker.close()
        body = render(results, arguments.rounds, f"{load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
        if any(results.errors.values()):
            print(f"bench-peers: some measures failed; their processes' output:\n{log_path.read_text()[-4000:]}")
    print(body)
    record("Peers", body)
    print(f"bench-peers: done in {time.perf_counter() - started:.0f} s; BENCHMARKS.md, section Peers, rewritten")


if __name__ == "__main__":
    main()
