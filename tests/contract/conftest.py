"""A KalshiClient whose transport is a function: nothing leaves the process."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import ENVIRONMENTS, KalshiClient
from tests.conftest import KEY_ID

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def offline_client(rsa_key: rsa.RSAPrivateKey) -> Callable[[Handler], KalshiClient]:
    """Build a client that sends to ``handler``, with production's base URL (so the
    request matches the spec's servers) and no retries (so one call is one request)."""

    def build(handler: Handler) -> KalshiClient:
        return KalshiClient(
            key_id=KEY_ID,
            private_key=rsa_key,
            base_url=ENVIRONMENTS["production"],
            max_retries=0,
            httpx_args={"transport": httpx.MockTransport(handler)},
        )

    return build
