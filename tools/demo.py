"""`make demo`: run examples/order_groups.py against Prism, or against Kalshi's demo exchange.

With no KALSHI_API_KEY_ID in the environment it starts Prism on openapi.yaml, makes a
throwaway RSA key, and runs the example through KalshiClient, all on loopback. With
KALSHI_API_KEY_ID, a key (KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY) and
KALSHI_ENV=demo, it runs the same example on Kalshi's demo exchange; it refuses to run
against production, since it creates and deletes an order group.
"""

from __future__ import annotations

import os
import sys

from cryptography.hazmat.primitives.asymmetric import rsa

from examples import order_groups
from kalshi_auth import KalshiClient
from tools.prism import PrismUnavailable, running_prism


def main() -> int:
    if os.environ.get("KALSHI_API_KEY_ID"):
        if os.environ.get("KALSHI_ENV") != "demo":
            print("The demo trades: set KALSHI_ENV=demo to run it on Kalshi's demo exchange.", file=sys.stderr)
            return 2
        with KalshiClient.from_env() as client:
            print(f"Running against Kalshi's demo exchange ({client.base_url})")
            order_groups.run(client)
        return 0
    try:
        with running_prism() as (base_url, _log):
            print(f"Running against Prism mocking openapi.yaml at {base_url} (throwaway key; answers are its examples)")
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            with KalshiClient(key_id="demo-key-id", private_key=key, base_url=base_url) as client:
                order_groups.run(client)
    except PrismUnavailable as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
