from enum import StrEnum


class ApiKeyType(StrEnum):
    ED25519 = "ed25519"
    RSA = "rsa"

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
