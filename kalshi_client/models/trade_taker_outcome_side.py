from enum import StrEnum


class TradeTakerOutcomeSide(StrEnum):
    TRADE_TAKER_OUTCOME_SIDE_NO = "no"
    TRADE_TAKER_OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TradeTakerOutcomeSide | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
