from enum import StrEnum


class MarketStrikeType(StrEnum):
    BETWEEN = "between"
    CUSTOM = "custom"
    FUNCTIONAL = "functional"
    GREATER = "greater"
    GREATER_OR_EQUAL = "greater_or_equal"
    LESS = "less"
    LESS_OR_EQUAL = "less_or_equal"
    STRUCTURED = "structured"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MarketStrikeType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
