from enum import StrEnum


class OrderGroupUpdatesPayloadMsgEventType(StrEnum):
    CREATED = "created"
    DELETED = "deleted"
    LIMIT_UPDATED = "limit_updated"
    RESET = "reset"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderGroupUpdatesPayloadMsgEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
