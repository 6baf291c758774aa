from enum import StrEnum


class QuoteStatus(StrEnum):
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    EXECUTED = "executed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "QuoteStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
