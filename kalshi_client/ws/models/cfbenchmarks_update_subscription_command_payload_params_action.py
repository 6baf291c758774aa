from enum import StrEnum


class CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction(StrEnum):
    INDEXLIST = "indexlist"
    SUBSCRIBE_INDICES = "subscribe_indices"
    UNSUBSCRIBE_INDICES = "unsubscribe_indices"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
