from enum import StrEnum


class IncentiveProgramIncentiveType(StrEnum):
    LIQUIDITY = "liquidity"
    MARGIN_MAKER_VOLUME = "margin_maker_volume"
    MARGIN_TAKER_VOLUME = "margin_taker_volume"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IncentiveProgramIncentiveType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
