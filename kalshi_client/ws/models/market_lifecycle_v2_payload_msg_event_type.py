from enum import StrEnum


class MarketLifecycleV2PayloadMsgEventType(StrEnum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    PRICE_LEVEL_STRUCTURE_UPDATED = "price_level_structure_updated"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MarketLifecycleV2PayloadMsgEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
