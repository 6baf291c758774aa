from enum import StrEnum


class MarketStatus(StrEnum):
    ACTIVE = "active"
    AMENDED = "amended"
    CLOSED = "closed"
    DETERMINED = "determined"
    DISPUTED = "disputed"
    FINALIZED = "finalized"
    INACTIVE = "inactive"
    INITIALIZED = "initialized"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MarketStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
