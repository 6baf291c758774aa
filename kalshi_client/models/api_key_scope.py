from enum import StrEnum


class ApiKeyScope(StrEnum):
    API_KEY_SCOPE_READ = "read"
    API_KEY_SCOPE_READ_BLOCK_TRADE_ACCEPT = "read::block_trade_accept"
    API_KEY_SCOPE_READ_PORTFOLIO_BALANCE = "read::portfolio_balance"
    API_KEY_SCOPE_WRITE = "write"
    API_KEY_SCOPE_WRITE_BLOCK_TRADE_ACCEPT = "write::block_trade_accept"
    API_KEY_SCOPE_WRITE_FCM_RISK = "write::fcm_risk"
    API_KEY_SCOPE_WRITE_TRADE = "write::trade"
    API_KEY_SCOPE_WRITE_TRANSFER = "write::transfer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApiKeyScope | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
