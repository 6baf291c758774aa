"""Bodies are counted after decompression and cut at max_response_bytes, never inflated whole."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from kalshi_auth import KalshiClient, KalshiResponseError, KalshiResponseTooLargeError
from kalshi_client.api.order_groups import get_order_groups
from tests.conftest import ScriptedClient
from tests.fake_exchange import Answer, FakeExchange
from tests.support import Script, encoded

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
GROUPS = {"order_groups": [{"id": "og-1", "contracts_limit": 5, "is_auto_cancel_enabled": False}]}


def gzip_bomb(size: int, encoding: str = "gzip") -> bytes:
    """``size`` bytes of spaces, compressed a MiB at a time (never held whole here either)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    chunk = b" " * MiB
    parts = [packer.compress(chunk) for _ in range(size // MiB)]
    return b"".join([*parts, packer.flush()])


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_body_over_the_limit_raises_and_keeps_only_a_prefix(
    scripted: ScriptedClient, script: Script, encoding: str
) -> None:
    script.then(encoded(200, gzip_bomb(64 * MiB, encoding), encoding))

    with pytest.raises(KalshiResponseTooLargeError) as raised:
        get_order_groups.sync(client=scripted(max_response_bytes=MiB))

    assert raised.value.limit == MiB and len(raised.value.content) <= 1024
    assert "max_response_bytes" in str(raised.value)
    assert isinstance(raised.value, KalshiResponseError)


def test_a_compressed_body_within_the_limit_is_decoded_once(scripted: ScriptedClient, script: Script) -> None:
    body = json.dumps(GROUPS).encode()
    script.then(encoded(200, gzip.compress(body), "gzip"))

    response = get_order_groups.sync_detailed(client=scripted())

    assert response.content == body
    assert "content-encoding" not in response.headers
    assert response.parsed is not None


def test_the_limit_counts_decoded_bytes_exactly(scripted: ScriptedClient, script: Script) -> None:
    body = json.dumps(GROUPS).encode()
    script.then(encoded(200, gzip.compress(body), "gzip"))
    get_order_groups.sync(client=scripted(max_response_bytes=len(body)))

    with pytest.raises(KalshiResponseTooLargeError):
        get_order_groups.sync(client=scripted(max_response_bytes=len(body) - 1))


def test_a_plain_body_over_the_limit_is_refused_by_its_content_length(
    exchange: FakeExchange, client: KalshiClient
) -> None:
    exchange.answer(Answer(200, b"[" + b" " * (2 * MiB) + b"]"))

    with pytest.raises(KalshiResponseTooLargeError):
        get_order_groups.sync(client=client.with_options(max_response_bytes=MiB))


@pytest.mark.parametrize(
    ("encoding", "content", "says"),
    [("br", b"...", "'br'"), ("gzip", b"not gzip at all", "damaged"), ("zstd", b"...", "'zstd'")],
)
def test_undecodable_bodies_are_response_errors(
    scripted: ScriptedClient, script: Script, encoding: str, content: bytes, says: str
) -> None:
    script.then(encoded(200, content, encoding))

    with pytest.raises(KalshiResponseError, match=says):
        get_order_groups.sync(client=scripted())


def test_the_client_asks_only_for_encodings_it_can_bound(scripted: ScriptedClient, script: Script) -> None:
    get_order_groups.sync_detailed(client=scripted())

    assert script.sent[0].headers["Accept-Encoding"] == "gzip, deflate"


PEAK_MEMORY = """
import resource, sys
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric import ed25519
from kalshi_auth import KalshiClient, KalshiResponseTooLargeError
from kalshi_client.api.order_groups import get_order_groups
from tests.fake_exchange import Answer, running_exchange

bomb = Path(sys.argv[1]).read_bytes()
with running_exchange() as exchange:
    exchange.answer(Answer(200, bomb, {"Content-Encoding": "gzip"}))
    client = KalshiClient(key_id="k", private_key=ed25519.Ed25519PrivateKey.generate(), base_url=exchange.base_url)
    for limit in (1024, None):  # the first call warms up: imports, pools, a connection
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            get_order_groups.sync(client=client.with_options(max_response_bytes=limit) if limit else client)
        except KalshiResponseTooLargeError:
            pass
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) // 1024)
"""


def test_a_512_mib_gzip_bomb_never_inflates_whole(tmp_path: Path) -> None:
    """In a fresh process, so the peak resident memory is the call's alone."""
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip_bomb(512 * MiB))
    assert bomb.stat().st_size < MiB

    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PEAK_MEMORY), str(bomb)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    peak_mib = int(done.stdout.strip())

    # The default limit is 64 MiB: the peak grows by about that, nowhere near 512 MiB.
    assert peak_mib < 200, f"peak memory grew by {peak_mib} MiB"
