from enum import StrEnum


class ApiKeyType(StrEnum):
    API_KEY_TYPE_ED_25519 = "ed25519"
    API_KEY_TYPE_RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApiKeyType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
