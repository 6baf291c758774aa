"""Counting signatures on the client side: how many times an SDK signs per request.

The server sees only the headers that went out, so an SDK that signs twice and sends the
second signature looks the same there as one that signs once. Every SDK here loads its
key with `cryptography`'s `load_pem_private_key`; `install()` (called before any SDK is
imported, in the checking worker only, never in a timed one) makes that return the same
key inside a wrapper that counts `sign` calls and hands every other use through.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

signatures = 0


class CountingKey(rsa.RSAPrivateKey):
    """An RSA private key that counts its signatures (isinstance checks still pass)."""

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self._key = key

    def sign(self, data: bytes, padding: Any, algorithm: Any) -> bytes:
        global signatures
        signatures += 1
        return self._key.sign(data, padding, algorithm)

    def decrypt(self, ciphertext: bytes, padding: Any) -> bytes:
        return self._key.decrypt(ciphertext, padding)

    @property
    def key_size(self) -> int:
        return self._key.key_size

    def public_key(self) -> rsa.RSAPublicKey:
        return self._key.public_key()

    def private_numbers(self) -> rsa.RSAPrivateNumbers:
        return self._key.private_numbers()

    def private_bytes(self, encoding: Any, format: Any, encryption_algorithm: Any) -> bytes:
        return self._key.private_bytes(encoding, format, encryption_algorithm)

    def __copy__(self) -> CountingKey:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> CountingKey:
        return self


def install() -> None:
    original = serialization.load_pem_private_key

    def counting_loader(data: bytes, password: bytes | None, *args: Any, **kwargs: Any) -> Any:
        key = original(data, password, *args, **kwargs)
        return CountingKey(key) if isinstance(key, rsa.RSAPrivateKey) else key

    serialization.load_pem_private_key = counting_loader  # type: ignore[assignment]
