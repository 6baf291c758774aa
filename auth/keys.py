"""Turning what a user has (a path, PEM text, a key object) into a private key, once.

Every failure is a ``KalshiConfigError`` whose message says what to do. No message, and
no exception chained to one, ever contains the key or the passphrase: parse errors are
raised ``from None`` so cryptography's own exceptions are not attached.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TypeAlias

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa, x448, x25519
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from .errors import KalshiConfigError

PrivateKey: TypeAlias = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
"""The key types Kalshi accepts for API keys."""

KeySource: TypeAlias = str | bytes | os.PathLike[str] | PrivateKey
"""A path (``~`` is expanded), PEM text or bytes, or a cryptography private key."""

MIN_RSA_BITS = 2048
_PEM_MARKER = "-----BEGIN "
_NOT_PRIVATE = {
    b"-----BEGIN PUBLIC KEY": "a public key",
    b"-----BEGIN RSA PUBLIC KEY": "a public key",
    b"-----BEGIN CERTIFICATE": "a certificate",
}
_LONGEST_PATH_SHOWN = 255
#: Base64 or hex text, long enough to be key material rather than a file name.
_KEY_LIKE = re.compile(r"[A-Za-z0-9+/=_-]{32,}")
#: No key file comes near this; a larger file is not read at all.
MAX_KEY_FILE_BYTES = 1024 * 1024
_KEY_NAMES: dict[type, str] = {
    ec.EllipticCurvePrivateKey: "an EC",
    dsa.DSAPrivateKey: "a DSA",
    ed448.Ed448PrivateKey: "an Ed448",
    x25519.X25519PrivateKey: "an X25519",
    x448.X448PrivateKey: "an X448",
}
_KEY_OBJECTS = (rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey, *_KEY_NAMES)


def load_private_key(source: KeySource, passphrase: str | bytes | None = None) -> PrivateKey:
    """Parse ``source`` into an RSA (2048 bits or more) or Ed25519 private key."""
    if isinstance(source, _KEY_OBJECTS):
        return _check_supported(source)
    if isinstance(source, bytes):
        return _parse_pem(source, passphrase, origin="The private_key bytes")
    if isinstance(source, str) and _PEM_MARKER in source:
        return _parse_pem(source.encode(), passphrase, origin="The private_key text")
    if isinstance(source, (str, os.PathLike)):
        path = Path(os.fspath(source)).expanduser()
        return _parse_pem(_read(path, source), passphrase, origin=f"The key file {path}")
    raise KalshiConfigError(
        f"private_key must be a path, PEM text or bytes, or a cryptography RSA/Ed25519 private key, "
        f"not {type(source).__name__}."
    )


def _read(path: Path, source: str | os.PathLike[str]) -> bytes:
    shown = str(path)
    looks_secret = isinstance(source, str) and (
        "\n" in source or len(source) > _LONGEST_PATH_SHOWN or _KEY_LIKE.fullmatch(source.strip()) is not None
    )
    if looks_secret and not _exists(path):
        # Neither PEM nor a plausible path: it may be key material in another form
        # (base64 or hex), so none of it is echoed.
        raise KalshiConfigError(
            "private_key is neither PEM text ('-----BEGIN ... PRIVATE KEY-----') nor a path to a key file "
            "(the value is not shown: it looks like key material)."
        )
    if not _exists(path):
        raise KalshiConfigError(
            f"Private key file not found: {shown}. Pass the path of the .key file Kalshi gave you "
            "when you created the API key, or its PEM text."
        )
    if not path.is_file():
        raise KalshiConfigError(f"Private key path is not a file: {shown}.")
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KalshiConfigError(_too_big(shown))
        with path.open("rb") as file:
            data = file.read(MAX_KEY_FILE_BYTES + 1)  # bounded even if the file grew since stat
    except OSError as exc:
        raise KalshiConfigError(
            f"Private key file {shown} cannot be read ({exc.strerror or type(exc).__name__}); check its permissions."
        ) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KalshiConfigError(_too_big(shown))
    return data


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long to be a file, among others
        return False


def _too_big(shown: str) -> str:
    return f"{shown} is larger than {MAX_KEY_FILE_BYTES} bytes, far more than any key file: is it the right file?"


def _parse_pem(data: bytes, passphrase: str | bytes | None, *, origin: str) -> PrivateKey:
    if b"-----BEGIN" in data and b"\\n" in data and b"\n" not in data.strip():
        raise KalshiConfigError(
            f"{origin} has the two characters '\\n' where its line breaks should be (as an environment "
            "variable or a JSON string often carries it): turn them into real line breaks, e.g. "
            "text.replace('\\\\n', '\\n'), and pass that."
        )
    if b"-----BEGIN OPENSSH PRIVATE KEY" in data:
        raise KalshiConfigError(
            f"{origin} is in OpenSSH format: use the PEM key file Kalshi gave you "
            "(or convert it with 'ssh-keygen -p -m PEM')."
        )
    if b"PRIVATE KEY-----" not in data:
        for marker, what in _NOT_PRIVATE.items():
            if marker in data:
                raise KalshiConfigError(
                    f"{origin} holds {what}, not a private key: pass the private key file Kalshi gave you."
                )
        raise KalshiConfigError(
            f"{origin} is not a PEM private key (it should start with '-----BEGIN PRIVATE KEY-----' "
            "or '-----BEGIN RSA PRIVATE KEY-----')."
        )
    if passphrase is not None and not isinstance(passphrase, str | bytes):
        raise KalshiConfigError(f"passphrase must be a str or bytes, not {type(passphrase).__name__}.")
    password = passphrase.encode() if isinstance(passphrase, str) else passphrase
    try:
        key = load_pem_private_key(data, password=password)
    except TypeError:
        if password is None:
            raise KalshiConfigError(
                f"{origin} is encrypted: pass its passphrase (passphrase=... or KALSHI_PRIVATE_KEY_PASSPHRASE)."
            ) from None
        raise KalshiConfigError(
            f"{origin} is not encrypted, but a passphrase was given: drop the passphrase."
        ) from None
    except ValueError:
        if password is not None:
            raise KalshiConfigError(
                f"{origin} could not be decrypted: the passphrase is wrong, or the file is damaged."
            ) from None
        raise KalshiConfigError(f"{origin} is not a valid PEM private key (the file may be damaged).") from None
    except UnsupportedAlgorithm:
        raise KalshiConfigError(f"{origin} could not be loaded as a private key.") from None
    return _check_supported(key)


def _check_supported(key: object) -> PrivateKey:
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise KalshiConfigError(
                f"The RSA key has {key.key_size} bits; Kalshi requires at least {MIN_RSA_BITS}. "
                "Create a new API key on Kalshi and use its key file."
            )
        return key
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key
    kind = next((name for cls, name in _KEY_NAMES.items() if isinstance(key, cls)), f"a {type(key).__name__}")
    raise KalshiConfigError(f"This is {kind} key; Kalshi API keys are RSA (2048 bits or more) or Ed25519.")
