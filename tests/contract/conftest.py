"""A KalshiClient whose transport is a function: nothing leaves the process."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient
from tests.support import Script, scripted_client

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def offline_client(rsa_key: rsa.RSAPrivateKey) -> Callable[[Handler], KalshiClient]:
    """Build a client that answers with ``handler`` (the shared scripted client, see tests/support.py)."""

    def build(handler: Handler) -> KalshiClient:
        return scripted_client(Script([handler]), rsa_key)

    return build
