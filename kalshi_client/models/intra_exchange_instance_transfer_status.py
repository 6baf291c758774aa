from enum import StrEnum


class IntraExchangeInstanceTransferStatus(StrEnum):
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_COMPLETE = "complete"
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IntraExchangeInstanceTransferStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
