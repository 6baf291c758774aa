"""Lists the order-group operations the SDK generates (a real walk-through comes later)."""

import importlib
import pkgutil

from kalshi_client.api import order_groups


def main() -> None:
    print("kalshi_client.api.order_groups:")
    for module_info in pkgutil.iter_modules(order_groups.__path__):
        module = importlib.import_module(f"{order_groups.__name__}.{module_info.name}")
        summary = (module.sync_detailed.__doc__ or "").strip().splitlines()[0]
        print(f"  {module_info.name:<26} {summary}")


if __name__ == "__main__":
    main()
