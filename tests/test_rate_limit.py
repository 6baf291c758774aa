"""rate_limit=: requests spaced to stay under Kalshi's per-second limits (on a fake clock)."""

from __future__ import annotations

import itertools
import threading

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import TIERS, KalshiClient, KalshiConfigError, RateLimit, RateLimiter
from kalshi_auth.rate_limit import TokenBucket
from kalshi_client.api.order_groups import get_order_groups, reset_order_group
from tests.conftest import KEY_ID


class FakeClock:
    """Time that moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Sent(list[tuple[float, str]]):
    """(fake time, method) of each request as it reached the exchange."""


def client_on(clock: FakeClock, limit: RateLimit | str, sent: Sent, key: rsa.RSAPrivateKey) -> KalshiClient:
    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append((clock.now, request.method))
        return httpx.Response(200, json={})

    limiter = RateLimiter(
        TIERS[limit] if isinstance(limit, str) else limit, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep
    )
    return KalshiClient(
        key_id=KEY_ID,
        private_key=key,
        base_url="http://exchange.test/trade-api/v2",
        rate_limit=limiter,
        httpx_args={"transport": httpx.MockTransport(exchange)},
    )


def test_a_burst_of_reads_is_spread_at_the_read_rate(rsa_key: rsa.RSAPrivateKey) -> None:
    clock, sent = FakeClock(), Sent()
    client = client_on(clock, "basic", sent, rsa_key)  # 20 reads/s, 10 writes/s

    for _ in range(60):
        get_order_groups.sync_detailed(client=client)

    times = [at for at, _ in sent]
    assert times[:20] == [0.0] * 20  # a second's worth goes at once
    gaps = [later - earlier for earlier, later in itertools.pairwise(times[20:])]
    assert all(gap == pytest.approx(1 / 20) for gap in gaps)
    assert times[-1] == pytest.approx(2.0)  # 40 more at 20 a second
    assert sum(1 for at in times if at < 1.0) <= 40


def test_writes_have_their_own_slower_bucket(rsa_key: rsa.RSAPrivateKey) -> None:
    clock, sent = FakeClock(), Sent()
    client = client_on(clock, "basic", sent, rsa_key)

    for _ in range(30):
        reset_order_group.sync_detailed("og-1", client=client)
    get_order_groups.sync_detailed(client=client)

    write_times = [at for at, method in sent if method == "PUT"]
    assert write_times[-1] == pytest.approx(2.0)  # 10 at once, then 20 more at 10 a second
    assert sent[-1][1] == "GET"  # reads were never spent on writes


@pytest.mark.anyio
async def test_async_tasks_wait_without_blocking(rsa_key: rsa.RSAPrivateKey) -> None:
    clock, sent = FakeClock(), Sent()
    client = client_on(clock, RateLimit(reads_per_second=5, writes_per_second=5), sent, rsa_key)

    for _ in range(15):
        await get_order_groups.asyncio_detailed(client=client)

    assert [at for at, _ in sent][-1] == pytest.approx(2.0)


def test_threads_share_one_bucket() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, capacity=10, clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            wait = bucket.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(waits) == pytest.approx([0.0] * 10 + [n / 10 for n in range(1, 31)])


def test_derived_clients_share_the_limiter(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, rate_limit="premier")
    assert client.with_headers({"X": "1"}).settings.rate_limit is client.settings.rate_limit


def test_rate_limit_is_off_by_default(rsa_key: rsa.RSAPrivateKey) -> None:
    assert KalshiClient(key_id=KEY_ID, private_key=rsa_key).settings.rate_limit is None


@pytest.mark.parametrize("setting", ["platinum", 20])
def test_bad_settings_are_config_errors(rsa_key: rsa.RSAPrivateKey, setting: object) -> None:
    with pytest.raises(KalshiConfigError, match="rate_limit must be a tier"):
        KalshiClient(key_id=KEY_ID, private_key=rsa_key, rate_limit=setting)  # type: ignore[arg-type]
    with pytest.raises(KalshiConfigError, match="positive"):
        RateLimit(reads_per_second=0, writes_per_second=1)
