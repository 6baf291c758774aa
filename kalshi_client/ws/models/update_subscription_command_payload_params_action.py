from enum import StrEnum


class UpdateSubscriptionCommandPayloadParamsAction(StrEnum):
    ADD_MARKETS = "add_markets"
    DELETE_MARKETS = "delete_markets"
    GET_SNAPSHOT = "get_snapshot"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "UpdateSubscriptionCommandPayloadParamsAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
