from enum import StrEnum


class UserOrderPayloadMsgSelfTradePreventionType(StrEnum):
    MAKER = "maker"
    TAKER_AT_CROSS = "taker_at_cross"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "UserOrderPayloadMsgSelfTradePreventionType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
