from enum import StrEnum


class WithdrawalStatus(StrEnum):
    WITHDRAWAL_STATUS_APPLIED = "applied"
    WITHDRAWAL_STATUS_FAILED = "failed"
    WITHDRAWAL_STATUS_PENDING = "pending"
    WITHDRAWAL_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WithdrawalStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
