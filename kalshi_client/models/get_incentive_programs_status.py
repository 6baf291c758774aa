from enum import StrEnum


class GetIncentiveProgramsStatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    CLOSED = "closed"
    PAID_OUT = "paid_out"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetIncentiveProgramsStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
