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


def run(client: KalshiClient) -> None:
    created = create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=10))
    group_id = created.order_group_id
    print(f"1. created order group {group_id!r} (subaccount {created.subaccount}), limit 10 contracts / 15 s")

    group = get_order_group.sync(group_id, client=client)
    print(f"2. read it: auto-cancel {group.is_auto_cancel_enabled}, {len(group.orders)} order(s) in it")

    listed = get_order_groups.sync(client=client)
    print(f"3. listed the account's order groups: {len(listed.order_groups or [])} found")

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
