from enum import IntEnum


class GetMarketCandlesticksPeriodInterval(IntEnum):
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1 = 1
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N60 = 60
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1440 = 1440

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetMarketCandlesticksPeriodInterval | None":
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
