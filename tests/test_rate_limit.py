"""rate_limit=: requests paced by Kalshi's token buckets (on a fake clock)."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import TIERS, KalshiClient, KalshiConfigError, KalshiTimeoutError, RateLimit, RateLimiter
from kalshi_auth.errors import RequestTooCostlyError
from kalshi_auth.rate_limit import Budget, TokenBucket
from kalshi_client.api.market import get_markets
from kalshi_client.api.order_groups import reset_order_group
from kalshi_client.api.orders import batch_create_orders_v2, get_order
from kalshi_client.models import BatchCreateOrdersV2Request
from tests.conftest import KEY_ID
from tests.rate_limit_helpers import ORDER, FakeClock, client_on, fitting_answer, limiter_on

BASIC = TIERS["basic"]


def test_the_five_published_tiers() -> None:
    budgets = {name: (t.read.refill_rate, t.write.refill_rate) for name, t in TIERS.items()}
    assert budgets == {
        "basic": (200, 100),
        "advanced": (300, 300),
        "premier": (1000, 1000),
        "paragon": (2000, 2000),
        "prime": (4000, 4000),
    }
    # A read bucket holds one second of budget, a write bucket two, except on Basic.
    assert all(t.read.refill_seconds == 1 for t in TIERS.values())
    assert [t.write.refill_seconds for t in TIERS.values()] == [1, 2, 2, 2, 2]
    assert RateLimiter.of("Paragon").limit == TIERS["paragon"]


def test_a_burst_of_reads_goes_at_once_then_one_every_cost_over_rate(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)  # 200 tokens/s, 10 a call

    for _ in range(40):
        get_markets.sync_detailed(client=client)

    times = sent.times()
    assert times[:19] == [0.0] * 19  # the bucket, less its 5% reserve
    assert times[19:] == [round(0.05 * n, 6) for n in range(1, 22)]


def test_cheaper_operations_go_further(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)

    for _ in range(100):
        get_order.sync_detailed("ord-1", client=client)  # 2 tokens

    assert sent.times()[:95] == [0.0] * 95
    assert sent.times()[95:] == [0.01, 0.02, 0.03, 0.04, 0.05]


def test_writes_have_their_own_bucket(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)

    for _ in range(19):
        reset_order_group.sync_detailed("og-1", client=client)  # a write: 10 of 100 tokens/s
    get_markets.sync_detailed(client=client)

    assert sent.times("PUT") == [0.0] * 9 + [round(0.05 + 0.1 * n, 6) for n in range(10)]  # 10 tokens/0.1 s
    assert sent.times("GET") == [0.95]  # no wait: reads were never spent on writes


def test_a_batch_costs_each_of_its_items(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)
    five = BatchCreateOrdersV2Request(orders=[ORDER] * 5)

    for _ in range(3):
        batch_create_orders_v2.sync_detailed(client=client, body=five)  # 50 tokens each

    assert sent.times() == [0.0, 0.05, 0.55]


def test_a_batch_as_big_as_the_bucket_waits_for_it_to_be_full(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)
    ten = BatchCreateOrdersV2Request(orders=[ORDER] * 10)  # 100 tokens: all of Basic's write bucket

    for _ in range(2):
        batch_create_orders_v2.sync_detailed(client=client, body=ten)

    assert sent.times() == [0.05, 1.05]  # the 5 tokens of reserve are its to use


def test_a_batch_no_bucket_could_ever_cover_is_refused_before_sending(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)

    with pytest.raises(RequestTooCostlyError, match="costs 110 rate-limit tokens.*holds at most 100"):
        batch_create_orders_v2.sync_detailed(client=client, body=BatchCreateOrdersV2Request(orders=[ORDER] * 11))
    assert sent == []


@pytest.mark.anyio
async def test_async_tasks_wait_their_turn_too(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key)

    for _ in range(21):
        await get_markets.asyncio_detailed(client=client)

    assert sent.times()[-3:] == [0.0, 0.05, 0.1]


@pytest.mark.anyio
async def test_cancelled_waiters_give_their_tokens_back() -> None:
    clock = FakeClock()
    never = asyncio.Event()

    async def sleep_forever(seconds: float) -> None:
        await never.wait()

    limiter = RateLimiter(BASIC, clock=clock, async_sleep=sleep_forever)
    request = httpx.Request("GET", "https://exchange.test/trade-api/v2/markets")
    charge = limiter.charge(request)
    waiters = [asyncio.create_task(limiter.acquire_async(charge, request)) for _ in range(19 + 50)]
    await asyncio.sleep(0)  # 19 go at once, 50 queue up for 2.5 s
    assert limiter.bucket("read").tokens == -500

    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)

    assert limiter.bucket("read").tokens == 0  # the next caller waits 0.05 s, not 2.55 s


def test_a_thread_interrupted_while_waiting_gives_its_tokens_back() -> None:
    clock = FakeClock()

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    limiter = RateLimiter(BASIC, clock=clock, sleep=interrupted)
    request = httpx.Request("GET", "https://exchange.test/trade-api/v2/markets")
    charge = limiter.charge(request)
    for _ in range(19):
        limiter.acquire(charge, request)

    with pytest.raises(KeyboardInterrupt):
        limiter.acquire(charge, request)
    assert limiter.bucket("read").tokens == 0


def test_a_wait_longer_than_the_deadline_ends_the_call_at_once(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, BASIC)
    client, sent = client_on(clock, limiter, rsa_key, deadline=1.0)
    for _ in range(19):
        get_markets.sync_detailed(client=client)
    limiter.bucket("read").take(400)  # someone else queued 2 s of reads

    with pytest.raises(
        KalshiTimeoutError,
        match="would wait 2.05 s for its turn under the rate limit, more than the 1.00 s left of its 1 s deadline",
    ):
        get_markets.sync_detailed(client=client)
    assert len(sent) == 19 and clock.now == 0  # nothing sent, no sleep
    assert limiter.bucket("read").tokens == -400  # its tokens went back


def test_tokens_in_flight_stay_counted_until_answered() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=200, capacity=200, clock=clock)
    burst = [bucket.take(10) for _ in range(19)]  # sent, no answer yet
    late = bucket.take(10)

    clock.sleep(2.0)  # the burst has not reached the exchange, as far as we know

    assert bucket.tokens == -10 and bucket.remaining(late) == pytest.approx(0.05)  # no refill meanwhile
    for ticket in burst:
        bucket.finished(ticket, 200)
    clock.sleep(0.05)
    assert bucket.remaining(late) == 0  # its turn came 0.05 s after the burst was answered


def test_waiters_are_served_first_come_first_served_threads_and_tasks_alike() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, capacity=100, clock=clock)
    for _ in range(9):
        bucket.take(10)  # 90 of the 95 tokens handed out
    order: list[tuple[str, float]] = []

    def thread(name: str) -> None:
        ticket = bucket.take(10)
        order.append((name, round(bucket.remaining(ticket), 6)))

    async def task(name: str) -> None:
        ticket = bucket.take(10)
        order.append((name, round(bucket.remaining(ticket), 6)))

    for name in ("thread-1", "task-1", "thread-2", "task-2"):
        if name.startswith("thread"):
            worker = threading.Thread(target=thread, args=(name,))
            worker.start()
            worker.join()
        else:
            asyncio.run(task(name))

    assert order == [("thread-1", 0.05), ("task-1", 0.15), ("thread-2", 0.25), ("task-2", 0.35)]


def test_a_waiter_that_leaves_lets_those_behind_it_move_up() -> None:
    bucket = TokenBucket(rate=100, capacity=100, clock=FakeClock())
    for _ in range(9):
        bucket.take(10)
    first, second, third = (bucket.take(10) for _ in range(3))

    bucket.give_back(second)

    assert bucket.remaining(first) == pytest.approx(0.05) and bucket.remaining(third) == pytest.approx(0.15)


def test_a_429_pauses_the_bucket_until_the_exchange_has_refilled(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = FakeClock()
    answers = iter([httpx.Response(429, json={"error": "too many requests"})] * 2)
    client, sent = client_on(clock, limiter_on(clock, BASIC), rsa_key, lambda r: next(answers, fitting_answer(r)))

    for _ in range(3):
        get_markets.sync_detailed(client=client)

    # Refused at 0: paused one refill time (1 s), then 0.05 s for its own tokens; refused
    # again: paused twice as long.
    assert sent.times() == [0.0, 1.05, 3.1]


def test_the_pause_is_jittered_and_honours_a_longer_retry_after() -> None:
    bucket = TokenBucket(rate=200, capacity=200, clock=FakeClock())

    assert bucket.finished(bucket.take(10), 429, jitter=1.0) == 1.25
    assert bucket.finished(bucket.take(10), 429, jitter=0.0, retry_after=30.0) == 30.0
    assert bucket.finished(bucket.take(10), 429, jitter=0.0, retry_after=1e9) == 60.0
    assert bucket.finished(bucket.take(10), 200) == 0.0


def test_waiters_queued_before_a_429_take_a_new_place_after_the_pause() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=200, capacity=200, clock=clock)
    first = [bucket.take(10) for _ in range(19)]
    queued = bucket.take(10)
    assert bucket.remaining(queued) == pytest.approx(0.05)

    bucket.finished(first[0], 429)

    assert bucket.remaining(queued) == pytest.approx(1.05)


def test_derived_clients_share_the_limiter(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, rate_limit="premier")
    assert client.with_headers({"X": "1"}).settings.rate_limit is client.settings.rate_limit


def test_rate_limit_is_off_by_default(rsa_key: rsa.RSAPrivateKey) -> None:
    assert KalshiClient(key_id=KEY_ID, private_key=rsa_key).settings.rate_limit is None


def test_a_limits_object_of_your_own(rsa_key: rsa.RSAPrivateKey) -> None:
    mine = RateLimit(read=Budget(refill_rate=500), write=Budget(refill_rate=250, bucket_capacity=500))
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, rate_limit=mine)
    limiter = client.settings.rate_limit
    assert isinstance(limiter, RateLimiter) and limiter.bucket("read").capacity == 500


@pytest.mark.parametrize("setting", ["platinum", 20, None])
def test_bad_settings_are_config_errors(rsa_key: rsa.RSAPrivateKey, setting: object) -> None:
    with pytest.raises(KalshiConfigError, match="rate_limit must be a tier"):
        RateLimiter.of(setting)  # type: ignore[arg-type]
    with pytest.raises(KalshiConfigError, match="positive"):
        Budget(refill_rate=0)
