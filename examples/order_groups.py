"""Order groups from start to end: create, read, list, change the limit, trigger, reset, delete.

Run it with `make demo` (offline, against a mock of the API), or against Kalshi's demo
exchange with your own key:

    KALSHI_API_KEY_ID=... KALSHI_PRIVATE_KEY_PATH=~/kalshi-demo.key KALSHI_ENV=demo make demo
"""

from __future__ import annotations

from kalshi_auth import KalshiClient
from kalshi_client.api.order_groups import (
    create_order_group,
    delete_order_group,
    get_order_group,
    get_order_groups,
    reset_order_group,
    trigger_order_group,
    update_order_group_limit,
)
from kalshi_client.models import CreateOrderGroupRequest, UpdateOrderGroupLimitRequest
from kalshi_client.types import Unset


def limit(contracts: object) -> str:
    """A group's limit as the exchange states it (a decimal count), when the answer gives it."""
    return f"limit {contracts} contracts / 15 s" if contracts else "limit not stated"


def run(client: KalshiClient) -> None:
    created = create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=10))
    group_id = created.order_group_id
    owner = "" if isinstance(created.subaccount, Unset) else f" for subaccount {created.subaccount}"
    print(f"1. created order group {group_id!r}{owner}, limit 10 contracts / 15 s")

    group = get_order_group.sync(group_id, client=client)
    orders = "".join(f"\n   order {order_id}" for order_id in group.orders)
    print(
        f"2. read it: {limit(group.contracts_limit_fp)}, auto-cancel {group.is_auto_cancel_enabled},"
        f" {len(group.orders)} order(s) in it{orders}"
    )

    groups = get_order_groups.sync(client=client).order_groups or []
    found = "".join(f"\n   group {each.id!r}: {limit(each.contracts_limit_fp)}" for each in groups)
    print(f"3. listed the account's order groups: {len(groups)} found{found}")

    update_order_group_limit.sync(group_id, client=client, body=UpdateOrderGroupLimitRequest(contracts_limit=25))
    print("4. raised its limit to 25 contracts / 15 s")

    trigger_order_group.sync(group_id, client=client)
    print("5. triggered it: its orders are cancelled and it takes no new ones")

    reset_order_group.sync(group_id, client=client)
    print("6. reset it: it takes orders again")

    delete_order_group.sync(group_id, client=client)
    print("7. deleted it")


if __name__ == "__main__":
    with KalshiClient.from_env() as kalshi:
        run(kalshi)
