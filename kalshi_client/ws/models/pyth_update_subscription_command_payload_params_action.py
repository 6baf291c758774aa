from enum import StrEnum


class PythUpdateSubscriptionCommandPayloadParamsAction(StrEnum):
    SUBSCRIBE_UNDERLYINGS = "subscribe_underlyings"
    UNDERLYING_LIST = "underlying_list"
    UNSUBSCRIBE_UNDERLYINGS = "unsubscribe_underlyings"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "PythUpdateSubscriptionCommandPayloadParamsAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
