from enum import StrEnum


class LastUpdateReason(StrEnum):
    AMEND = "Amend"
    CLOSECANCEL = "CloseCancel"
    DECREASE = "Decrease"
    EXPIRYCANCEL = "ExpiryCancel"
    HALTCANCEL = "HaltCancel"
    MARGINCANCEL = "MarginCancel"
    POSTONLYCROSSCANCEL = "PostOnlyCrossCancel"
    REDUCEONLYCANCEL = "ReduceOnlyCancel"
    SELFTRADECANCEL = "SelfTradeCancel"
    SETTLEMENTBOUNDSCANCEL = "SettlementBoundsCancel"
    TRADE = "Trade"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LastUpdateReason | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
