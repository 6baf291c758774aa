from enum import StrEnum


class EventFeeUpdatePayloadMsgFeeTypeOverrideType0(StrEnum):
    FLAT = "flat"
    MARGIN_MARKET_MAKER_PROGRAM_FEES = "margin_market_maker_program_fees"
    QUADRATIC = "quadratic"
    QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EventFeeUpdatePayloadMsgFeeTypeOverrideType0 | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
