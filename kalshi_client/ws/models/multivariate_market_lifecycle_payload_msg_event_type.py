from enum import StrEnum


class MultivariateMarketLifecyclePayloadMsgEventType(StrEnum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "MultivariateMarketLifecyclePayloadMsgEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
