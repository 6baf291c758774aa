"""`make mock`: a mock of the whole API at http://127.0.0.1:4010/trade-api/v2, until Ctrl-C.

Started the plain way, Prism serves a spec's paths from its own root and ignores the base
path in `servers`: `/trade-api/v2/markets` is a 404 there, and the SDK, whose requests (and
signatures) carry that prefix, cannot use it. `tools.prism` serves a copy of openapi.yaml whose
paths carry the prefix; this wraps it for a person at a terminal: the port the README names,
what to paste into Python, and Prism's log of each request (with any validation error) as it
comes.
"""

from __future__ import annotations

import argparse
import io
import signal
import socket
import sys
import time
from pathlib import Path
from types import FrameType

from tools.prism import PrismUnavailable, running_prism

DEFAULT_PORT = 4010
POLL_SECONDS = 0.2


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def follow(log: Path, port: int) -> None:
    """Print what Prism writes to its log from now on (not its list of routes), until it stops."""
    with log.open("rb") as lines:
        lines.seek(0, io.SEEK_END)
        while True:
            chunk = lines.read()
            if chunk:
                sys.stdout.write(chunk.decode(errors="replace"))
                sys.stdout.flush()
            elif not listening(port):
                return
            else:
                time.sleep(POLL_SECONDS)


def usage(base_url: str) -> str:
    return f"""Mock of the Kalshi Trade API (openapi.yaml, served by Prism) at {base_url}
Any key works: the mock checks that requests are signed, not by whom.

    from cryptography.hazmat.primitives.asymmetric import rsa
    from kalshi_auth import KalshiClient
    from kalshi_client.api.exchange import get_exchange_status

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with KalshiClient(key_id="any", private_key=key, base_url="{base_url}") as client:
        print(get_exchange_status.sync(client=client))

Ctrl-C stops it. Prism's log of each request follows.
"""


def stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends the mock like Ctrl-C does, so Prism is stopped with it.

    Installed for SIGINT too: a process started in the background inherits SIGINT as
    ignored, and Python then never raises KeyboardInterrupt for it.
    """
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make mock", description="Serve openapi.yaml on loopback with Prism.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"loopback port (default {DEFAULT_PORT})")
    port = parser.parse_args(argv).port
    if not port_is_free(port):
        print(
            f"Port {port} is taken (a mock already running?): stop it, or run make mock MOCK_PORT=<port>.",
            file=sys.stderr,
        )
        return 1
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        with running_prism(port=port) as (base_url, log):
            print(usage(base_url), flush=True)
            follow(log, port)
        print("Prism stopped by itself (its log above may say why).", file=sys.stderr)
        return 1
    except PrismUnavailable as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Mock stopped.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
