from enum import StrEnum


class SubscribeCommandPayloadParamsChannelsItem(StrEnum):
    CFBENCHMARKS_VALUE = "cfbenchmarks_value"
    CFBENCHMARKS_VALUE_5HZ = "cfbenchmarks_value_5hz"
    COMMUNICATIONS = "communications"
    FILL = "fill"
    MARKET_LIFECYCLE_V2 = "market_lifecycle_v2"
    MARKET_POSITIONS = "market_positions"
    MULTIVARIATE_MARKET_LIFECYCLE = "multivariate_market_lifecycle"
    ORDERBOOK_DELTA = "orderbook_delta"
    ORDER_GROUP_UPDATES = "order_group_updates"
    PYTH_VALUE = "pyth_value"
    TICKER = "ticker"
    TRADE = "trade"
    USER_ORDERS = "user_orders"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "SubscribeCommandPayloadParamsChannelsItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
