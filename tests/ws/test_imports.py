"""websockets loads only when a WebSocket is used: `import kalshi_auth` stays as cheap as before."""

from __future__ import annotations

import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return set(done.stdout.split())


def test_importing_kalshi_auth_does_not_load_websockets() -> None:
    assert "websockets" not in loaded_after("import kalshi_auth; from kalshi_auth.ws import websocket_url")


def test_opening_a_websocket_session_does() -> None:
    assert "websockets" in loaded_after("from kalshi_auth.ws import KalshiWebSocket")
