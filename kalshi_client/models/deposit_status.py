from enum import StrEnum


class DepositStatus(StrEnum):
    DEPOSIT_STATUS_APPLIED = "applied"
    DEPOSIT_STATUS_FAILED = "failed"
    DEPOSIT_STATUS_PENDING = "pending"
    DEPOSIT_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DepositStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
