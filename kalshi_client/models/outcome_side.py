from enum import StrEnum


class OutcomeSide(StrEnum):
    OUTCOME_SIDE_NO = "no"
    OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OutcomeSide | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
