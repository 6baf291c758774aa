from enum import StrEnum


class RestingMarginReservation(StrEnum):
    RESTING_MARGIN_RESERVATION_MAX = "max"
    RESTING_MARGIN_RESERVATION_NONE = "none"
    RESTING_MARGIN_RESERVATION_SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RestingMarginReservation | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
