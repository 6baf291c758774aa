"""Building a KalshiClient: keys, environments, from_env(), and clear errors."""

from __future__ import annotations

import base64
import copy
import dataclasses
import logging
import os
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from cryptography.x509.oid import NameOID

from kalshi_auth import (
    ENVIRONMENTS,
    KalshiClient,
    KalshiConfigError,
    KalshiError,
    KalshiRedirectError,
    KalshiSettings,
    NotFoundError,
)
from kalshi_auth.environments import API_PATH
from kalshi_client.api.order_groups import get_order_groups
from kalshi_client.client import AuthenticatedClient
from tests.conftest import KEY_ID, ScriptedClient
from tests.support import Script, has_signature_headers

PASSPHRASE = "correct horse battery staple"


def pem(
    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, *, pkcs1: bool = False, password: str | None = None
) -> bytes:
    encryption = serialization.BestAvailableEncryption(password.encode()) if password else serialization.NoEncryption()
    fmt = serialization.PrivateFormat.TraditionalOpenSSL if pkcs1 else serialization.PrivateFormat.PKCS8
    return key.private_bytes(serialization.Encoding.PEM, fmt, encryption)


def secret_lines(key_pem: bytes) -> list[str]:
    """The base64 lines of a PEM key: none may appear in any message."""
    return [line for line in key_pem.decode().splitlines() if line and not line.startswith("-----")]


def assert_config_error(match: str, secrets: list[str], **kwargs: object) -> KalshiConfigError:
    with pytest.raises(KalshiConfigError, match=match) as raised:
        KalshiClient(**{"key_id": KEY_ID, **kwargs})  # type: ignore[arg-type]
    text = f"{raised.value!s} {raised.value!r} {raised.value.__cause__!r} {raised.value.__context__!r}"
    for secret in secrets:
        assert secret not in text
    return raised.value


# -- what works ---------------------------------------------------------------------------


def test_key_from_a_path_with_tilde(tmp_path: Path, rsa_pem: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "kalshi.key").write_bytes(rsa_pem)

    client = KalshiClient(key_id=KEY_ID, private_key="~/kalshi.key")

    assert client.base_url == ENVIRONMENTS["production"] == "https://external-api.kalshi.com/trade-api/v2"


def test_key_from_pathlike_pem_text_pem_bytes_and_object(
    key_file: Path, rsa_pem: bytes, rsa_key: rsa.RSAPrivateKey
) -> None:
    for source in (key_file, rsa_pem.decode(), rsa_pem, rsa_key):
        assert KalshiClient(key_id=KEY_ID, private_key=source, environment="demo").key_id == KEY_ID


def test_pkcs1_and_encrypted_keys(rsa_key: rsa.RSAPrivateKey) -> None:
    KalshiClient(key_id=KEY_ID, private_key=pem(rsa_key, pkcs1=True))
    encrypted = pem(rsa_key, password=PASSPHRASE)
    KalshiClient(key_id=KEY_ID, private_key=encrypted, passphrase=PASSPHRASE)
    KalshiClient(key_id=KEY_ID, private_key=encrypted, passphrase=PASSPHRASE.encode())


def test_ed25519_key_from_pem(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=pem(ed25519_key))
    assert "Ed25519" in repr(client)


def test_environments_and_base_url() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert KalshiClient(key_id=KEY_ID, private_key=key, environment="demo").base_url == (
        "https://external-api.demo.kalshi.co/trade-api/v2"
    )
    custom = KalshiClient(key_id=KEY_ID, private_key=key, base_url="http://127.0.0.1:4010/trade-api/v2/")
    assert custom.base_url == "http://127.0.0.1:4010/trade-api/v2"


def test_it_is_the_generated_authenticated_client(rsa_key: rsa.RSAPrivateKey) -> None:
    assert isinstance(KalshiClient(key_id=KEY_ID, private_key=rsa_key), AuthenticatedClient)


def test_with_headers_keeps_signing_and_the_key(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, environment="demo")
    derived = client.with_headers({"X-Trace": "1"})

    assert isinstance(derived, KalshiClient)
    assert derived.base_url == client.base_url and derived.key_id == KEY_ID
    assert derived.get_httpx_client().headers["X-Trace"] == "1"


def test_from_env_with_a_key_path(key_file: Path) -> None:
    client = KalshiClient.from_env(
        {"KALSHI_API_KEY_ID": KEY_ID, "KALSHI_PRIVATE_KEY_PATH": str(key_file), "KALSHI_ENV": "demo"}
    )
    assert (client.key_id, client.base_url) == (KEY_ID, ENVIRONMENTS["demo"])


def test_from_env_with_pem_text_passphrase_and_base_url(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient.from_env(
        {
            "KALSHI_API_KEY_ID": KEY_ID,
            "KALSHI_PRIVATE_KEY": pem(rsa_key, password=PASSPHRASE).decode(),
            "KALSHI_PRIVATE_KEY_PASSPHRASE": PASSPHRASE,
            "KALSHI_BASE_URL": "http://127.0.0.1:9/trade-api/v2",
        }
    )
    assert client.base_url == "http://127.0.0.1:9/trade-api/v2"


def test_from_env_reads_os_environ(key_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(key_file))
    monkeypatch.delenv("KALSHI_PRIVATE_KEY", raising=False)
    assert KalshiClient.from_env(max_retries=0).key_id == KEY_ID


# -- what fails, and how ------------------------------------------------------------------


def test_missing_key_id(rsa_pem: bytes) -> None:
    for key_id in ("", "   "):
        with pytest.raises(KalshiConfigError, match="key_id is missing"):
            KalshiClient(key_id=key_id, private_key=rsa_pem)


def test_missing_key_file(tmp_path: Path) -> None:
    assert_config_error("Private key file not found: .*nope.key", [], private_key=str(tmp_path / "nope.key"))


def test_unreadable_key_file(key_file: Path) -> None:
    if os.geteuid() == 0:
        assert_config_error("not a file", [], private_key=key_file.parent)
        return
    key_file.chmod(0)
    assert_config_error("cannot be read", [], private_key=key_file)


def test_a_directory_is_not_a_key_file(tmp_path: Path) -> None:
    assert_config_error("not a file", [], private_key=tmp_path)


def test_not_pem(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    der = rsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = tmp_path / "key.der"
    path.write_bytes(der)
    assert_config_error("is not a PEM private key", [], private_key=path)
    assert_config_error("is not a PEM private key", [], private_key=der)


def test_raw_key_material_in_a_string_is_not_echoed(rsa_pem: bytes) -> None:
    body = "".join(secret_lines(rsa_pem))
    assert_config_error("neither PEM text", [body[:40], body[-40:]], private_key=body)


def test_public_key_instead_of_private(rsa_key: rsa.RSAPrivateKey) -> None:
    public = rsa_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert_config_error("holds a public key", secret_lines(public), private_key=public)


def test_certificate_instead_of_private_key(rsa_key: rsa.RSAPrivateKey) -> None:
    import datetime

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kalshi-test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(rsa_key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(rsa_key, hashes.SHA256())
    )
    assert_config_error("holds a certificate", [], private_key=cert.public_bytes(serialization.Encoding.PEM))


def test_encrypted_key_without_passphrase(rsa_key: rsa.RSAPrivateKey) -> None:
    encrypted = pem(rsa_key, password=PASSPHRASE)
    assert_config_error("is encrypted: pass its passphrase", secret_lines(encrypted), private_key=encrypted)


def test_wrong_passphrase(rsa_key: rsa.RSAPrivateKey) -> None:
    encrypted = pem(rsa_key, password=PASSPHRASE)
    error = assert_config_error(
        "passphrase is wrong", [*secret_lines(encrypted), "hunter2"], private_key=encrypted, passphrase="hunter2"
    )
    assert PASSPHRASE not in str(error)


def test_passphrase_for_an_unencrypted_key(rsa_pem: bytes) -> None:
    assert_config_error("not encrypted", secret_lines(rsa_pem), private_key=rsa_pem, passphrase="x")


def test_unsupported_key_types() -> None:
    ec_key = ec.generate_private_key(ec.SECP256R1())
    ec_pem = ec_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert_config_error("an EC key", secret_lines(ec_pem), private_key=ec_pem)
    assert_config_error("an EC key", [], private_key=ec_key)
    dsa_key = dsa.generate_private_key(key_size=2048)
    assert_config_error("a DSA key", [], private_key=dsa_key)


def test_rsa_under_2048_bits() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    small_pem = pem(small)
    assert_config_error("1024 bits; Kalshi requires at least 2048", secret_lines(small_pem), private_key=small_pem)


def test_wrong_type_of_private_key() -> None:
    assert_config_error("private_key must be", [], private_key=12345)


def test_unknown_environment(rsa_pem: bytes) -> None:
    assert_config_error("Unknown environment 'staging'", [], private_key=rsa_pem, environment="staging")


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://example.com/trade-api/v2",
        "http://127.0.0.1:4010",
        "https://api.example.com/v2",
        "not a url",
        "https://x/trade-api/v2?a=1",
        "https://x/trade-api/v2?",  # an empty query would carry every operation's path
        "https://x/trade-api/v2#",
    ],
)
def test_bad_base_url(rsa_pem: bytes, base_url: str) -> None:
    assert_config_error("base_url", [], private_key=rsa_pem, base_url=base_url)


def test_from_env_needs_exactly_one_key_variable(key_file: Path, rsa_pem: bytes) -> None:
    with pytest.raises(KalshiConfigError, match="Both KALSHI_PRIVATE_KEY_PATH and KALSHI_PRIVATE_KEY"):
        KalshiClient.from_env(
            {
                "KALSHI_API_KEY_ID": KEY_ID,
                "KALSHI_PRIVATE_KEY_PATH": str(key_file),
                "KALSHI_PRIVATE_KEY": rsa_pem.decode(),
            }
        )
    with pytest.raises(KalshiConfigError, match="No private key in the environment"):
        KalshiClient.from_env({"KALSHI_API_KEY_ID": KEY_ID})
    with pytest.raises(KalshiConfigError, match="key_id is missing.*KALSHI_API_KEY_ID"):
        KalshiClient.from_env({"KALSHI_PRIVATE_KEY_PATH": str(key_file)})


def test_config_errors_are_kalshi_errors() -> None:
    assert issubclass(KalshiConfigError, KalshiError)


# -- secrets ------------------------------------------------------------------------------


def test_repr_str_and_logs_hold_no_secrets(rsa_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture) -> None:
    encrypted = pem(rsa_key, password=PASSPHRASE)
    with caplog.at_level(logging.DEBUG):
        client = KalshiClient(key_id=KEY_ID, private_key=encrypted, passphrase=PASSPHRASE)
    texts = [repr(client), str(client), repr(client._signer), *(r.getMessage() for r in caplog.records)]
    for text in texts:
        assert PASSPHRASE not in text
        assert not any(line in text for line in secret_lines(encrypted))
        assert "PRIVATE KEY" not in text
    assert KEY_ID in repr(client)


def test_an_unsigned_httpx_client_cannot_be_swapped_in(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key)
    with pytest.raises(KalshiConfigError, match="every request is signed"):
        client.set_httpx_client(httpx.Client())
    with pytest.raises(KalshiConfigError, match="every request is signed"):
        client.set_async_httpx_client(httpx.AsyncClient())


# -- hostile or mistaken input ------------------------------------------------------------


def test_key_material_given_as_base64_or_hex_text_is_never_echoed(rsa_key: rsa.RSAPrivateKey) -> None:
    der = rsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    raw = ed25519.Ed25519PrivateKey.generate().private_bytes_raw()
    for text in (base64.b64encode(der).decode(), base64.b64encode(raw).decode(), raw.hex(), der.hex()[:200]):
        assert_config_error("neither PEM text .* nor a path", [text[:16], text[-16:], text[8:24]], private_key=text)


@pytest.mark.parametrize("key_id", ["abc\r\nX-Evil: 1", "abc def", "ключ", "abc\x00", "tab\there"])
def test_a_key_id_must_be_printable_ascii_without_spaces(rsa_pem: bytes, key_id: str) -> None:
    with pytest.raises(KalshiConfigError, match="printable ASCII") as raised:
        KalshiClient(key_id=key_id, private_key=rsa_pem)
    assert key_id not in str(raised.value)


def test_a_key_id_read_with_its_line_break_is_trimmed(rsa_key: rsa.RSAPrivateKey) -> None:
    assert KalshiClient(key_id=f"  {KEY_ID}\n", private_key=rsa_key).key_id == KEY_ID


def test_pem_text_with_literal_backslash_n_gets_a_hint(rsa_pem: bytes) -> None:
    flattened = rsa_pem.decode().strip().replace("\n", "\\n")
    error = assert_config_error(r"'\\n' where its line breaks should be", secret_lines(rsa_pem), private_key=flattened)
    assert "replace" in str(error)


def test_a_huge_key_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.key"
    with huge.open("wb") as file:
        file.truncate(1024 * 1024 * 1024)  # sparse: 1 GiB that takes no room

    assert_config_error("larger than 1048576 bytes", [], private_key=huge)


def test_repr_never_raises_on_a_half_built_or_copied_client(rsa_key: rsa.RSAPrivateKey) -> None:
    half_built = KalshiClient.__new__(KalshiClient)
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key)

    assert repr(half_built) == "KalshiClient(<not configured>)"
    for copied in (copy.copy(client), copy.deepcopy(client)):
        assert str(copied) == repr(copied) == repr(client)
        assert copied.settings == client.settings


# -- settings -----------------------------------------------------------------------------


def test_settings_are_one_frozen_typed_object(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, headers={"X-A": "1"}, timeout=3, rate_limit="basic")
    settings = client.settings

    assert isinstance(settings, KalshiSettings)
    assert settings.timeout == httpx.Timeout(3) and settings.deadline == 30.0 and settings.max_retries == 2
    assert settings.max_response_bytes == 64 * 1024 * 1024
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.max_retries = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.headers["X-B"] = "2"  # type: ignore[index]
    assert "private_key" not in repr(settings) and "PRIVATE" not in repr(settings)


def test_with_options_changes_only_what_it_names(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, environment="demo", max_retries=1)
    derived = client.with_options(deadline=5, max_response_bytes=1024)

    assert (derived.settings.deadline, derived.settings.max_response_bytes) == (5.0, 1024)
    assert derived.settings.max_retries == 1 and derived.base_url == client.base_url
    assert derived.key_id == KEY_ID and client.settings.deadline == 30.0
    assert client.with_options(environment="production").base_url == ENVIRONMENTS["production"]
    with pytest.raises(KalshiConfigError, match="max_retries"):
        client.with_options(max_retries=-1)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("max_retries", True, "max_retries"),
        ("max_response_bytes", 0, "max_response_bytes"),
        ("timeout", "10", "timeout"),
        ("headers", {"X": 1}, "headers"),
        ("colour", "blue", "Unknown option"),
    ],
)
def test_bad_options_are_config_errors(rsa_key: rsa.RSAPrivateKey, option: str, value: object, says: str) -> None:
    with pytest.raises(KalshiConfigError, match=says):
        KalshiClient(key_id=KEY_ID, private_key=rsa_key, **{option: value})  # type: ignore[arg-type]


def test_the_api_root_is_one_constant() -> None:
    assert all(url.endswith(API_PATH) for url in ENVIRONMENTS.values())


# -- the public client ----------------------------------------------------------------------


def test_a_public_client_sends_no_signature(scripted: ScriptedClient, script: Script) -> None:
    script.then(httpx.Response(200, json={"order_groups": []}))
    client = scripted(public=True)

    get_order_groups.sync(client=client)

    assert not has_signature_headers(script.sent[0].headers)
    assert client.key_id is None and repr(client).startswith("KalshiClient.public(")


def test_a_public_client_has_environments_retries_and_typed_errors(scripted: ScriptedClient, script: Script) -> None:
    assert KalshiClient.public(environment="demo").base_url == ENVIRONMENTS["demo"]
    script.then(httpx.Response(503), httpx.Response(404, json={"code": "not_found", "message": "gone"}))

    with pytest.raises(NotFoundError, match="gone"):
        get_order_groups.sync(client=scripted(public=True, max_retries=1, rate_limit="basic"))

    assert len(script.sent) == 2


def test_a_public_client_refuses_other_origins_too(scripted: ScriptedClient, script: Script) -> None:
    with pytest.raises(KalshiRedirectError):
        scripted(public=True).get_httpx_client().get("https://elsewhere.example/trade-api/v2/markets")
    assert script.sent == []


def test_a_key_id_or_passphrase_of_the_wrong_type_is_named(rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes) -> None:
    with pytest.raises(KalshiConfigError, match="key_id must be a str"):
        KalshiClient(key_id=5, private_key=rsa_pem)  # type: ignore[arg-type]
    with pytest.raises(KalshiConfigError, match="passphrase must be a str or bytes, not int"):
        KalshiClient(key_id=KEY_ID, private_key=rsa_pem, passphrase=123)  # type: ignore[arg-type]


def test_a_password_in_base_url_is_refused_and_never_shown(rsa_pem: bytes) -> None:
    assert_config_error(
        "must not carry a user name or password",
        ["Hunter2Secret"],
        private_key=rsa_pem,
        base_url="https://trader:Hunter2Secret@x.test/trade-api/v2",
    )


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"timeout": httpx.Timeout(-1)}, "timeout.connect must be a positive number"),
        ({"timeout": httpx.Timeout(float("nan"))}, "timeout.connect must be a positive number"),
        ({"timeout": 1e10}, "timeout must be a positive number of seconds up to"),  # past what a socket holds
        ({"deadline": 1e10}, "deadline must be a positive number of seconds up to"),
        ({"headers": {"X-Desk": "\u00e9"}}, "headers must be printable ASCII"),  # HTTP headers are ASCII
    ],
    ids=["negative Timeout", "NaN Timeout", "huge timeout", "huge deadline", "non-ASCII header"],
)
def test_options_a_call_could_not_use_are_refused_when_the_client_is_built(
    rsa_pem: bytes, options: dict[str, object], says: str
) -> None:
    assert_config_error(says, [], private_key=rsa_pem, **options)


@pytest.mark.parametrize(
    "httpx_args",
    [{"limits": "many"}, {"auth": 5}, {"proxy": "not a proxy"}],
    ids=["limits", "auth", "proxy"],
)
def test_httpx_args_httpx_refuses_on_first_use_are_a_config_error(
    rsa_pem: bytes, httpx_args: dict[str, object]
) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_pem, httpx_args=httpx_args)

    with pytest.raises(KalshiConfigError, match="cannot be set up from its settings"):
        get_order_groups.sync(client=client)
