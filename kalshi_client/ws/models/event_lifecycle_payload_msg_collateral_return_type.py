from enum import StrEnum


class EventLifecyclePayloadMsgCollateralReturnType(StrEnum):
    DIRECNET = "DIRECNET"
    MECNET = "MECNET"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EventLifecyclePayloadMsgCollateralReturnType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
