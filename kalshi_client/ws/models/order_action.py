from enum import StrEnum


class OrderAction(StrEnum):
    BUY = "buy"
    SELL = "sell"
    SELL_PARTIAL = "sell_partial"
    SELL_TO_CLOSE = "sell_to_close"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
