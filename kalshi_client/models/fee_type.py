from enum import StrEnum


class FeeType(StrEnum):
    FEE_TYPE_FLAT = "flat"
    FEE_TYPE_QUADRATIC = "quadratic"
    FEE_TYPE_QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    FEE_TYPE_QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FeeType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
