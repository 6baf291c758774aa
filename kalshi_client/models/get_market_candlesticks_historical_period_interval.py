from enum import IntEnum


class GetMarketCandlesticksHistoricalPeriodInterval(IntEnum):
    VALUE_1 = 1
    VALUE_60 = 60
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "GetMarketCandlesticksHistoricalPeriodInterval | None":
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
