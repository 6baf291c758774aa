"""Turn asyncapi.yaml (Kalshi's WebSocket protocol, in our words) into the models of ``kalshi_client.ws``.

openapi-python-client reads OpenAPI, not AsyncAPI, but the message payloads of an AsyncAPI 3 file are
JSON Schema under ``components.schemas``, the same place OpenAPI 3.1 keeps them. So the conversion is a
repackaging: the schemas go unchanged into an OpenAPI 3.1 document with no paths, and the pinned generator
makes attrs models of them with the project's config and templates, exactly as for the REST models (same
tolerant enums, same handling of nulls, same ``Decimal`` money: see ``money_refs``). Only ``models/`` of its output is kept; beside it this module
writes ``messages.py``, the tables the handwritten ``kalshi_auth.ws`` needs: which model reads each message
``type``, Kalshi's error codes, which channels number their messages.

    python -m tools.asyncapi_models asyncapi.yaml OUT.yaml   # the OpenAPI document, for the spec report
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName

ROOT = Path(__file__).resolve().parent.parent


class AsyncAPIError(Exception):
    """asyncapi.yaml cannot be read, or is not the AsyncAPI 3 document this tool expects."""


def load(path: Path) -> dict[str, Any]:
    try:
        document: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise AsyncAPIError(f"{path}: cannot be read as YAML ({exc})") from exc
    if not isinstance(document, dict) or not str(document.get("asyncapi", "")).startswith("3."):
        raise AsyncAPIError(f"{path}: not an AsyncAPI 3 document")
    if not isinstance(document.get("components", {}).get("schemas"), dict):
        raise AsyncAPIError(f"{path}: has no components.schemas")
    return document


def to_openapi(document: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.1 document holding the AsyncAPI file's schemas, and nothing else to generate."""
    info = document.get("info", {})
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{info.get('title', 'WebSocket')} (message schemas)",
            "version": str(info.get("version", "0")),
        },
        "paths": {},
        "components": {"schemas": {**MONEY_SCHEMAS, **money_refs(copy.deepcopy(document["components"]["schemas"]))}},
    }


#: The REST spec's fixed-point schemas: a property referring to one is ``decimal.Decimal`` in the models
#: (tools/run_generator.py recognises them by name).
MONEY_SCHEMAS: dict[str, Any] = {
    "FixedPointDollars": {"type": "string", "description": "US dollars as a fixed-point decimal string."},
    "FixedPointCount": {"type": "string", "description": "A number of contracts as a fixed-point decimal string."},
}
_MONEY_SUFFIXES = {"_dollars": "FixedPointDollars", "_fp": "FixedPointCount"}


def money_refs(node: Any) -> Any:
    """``node`` with each plain string property named ``*_dollars`` / ``*_fp`` referring to a money schema.

    Kalshi's AsyncAPI file writes prices and counts as inline strings, where its OpenAPI file refers to
    ``FixedPointDollars`` / ``FixedPointCount``; its naming is consistent (every such name is a fixed-point
    string, ``tests/ws/test_asyncapi.py`` checks), so the suffix says which. Streams then read money as
    ``Decimal``, like REST answers.
    """
    if isinstance(node, list):
        return [money_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: money_refs(value) for key, value in node.items()}
    for name, schema in (found.get("properties") or {}).items():
        money = next((ref for suffix, ref in _MONEY_SUFFIXES.items() if name.endswith(suffix)), None)
        if (
            money
            and isinstance(schema, dict)
            and schema.get("type") == "string"
            and not schema.keys() & {"enum", "format"}
        ):
            text = {"description": schema["description"]} if "description" in schema else {}
            found["properties"][name] = {"allOf": [{"$ref": f"#/components/schemas/{money}"}], **text}
    return found


def _schema_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise AsyncAPIError(f"message payload {ref!r} is not a reference to components.schemas")
    return ref[len(prefix) :]


def _consts_in_msg(schema: dict[str, Any]) -> int:
    """How many fields of ``msg`` are pinned by ``const``: a model that pins more is tried first."""
    msg = schema.get("properties", {}).get("msg", {})
    return sum("const" in field for field in msg.get("properties", {}).values())


def message_models(document: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Wire ``type`` -> the model classes that may read it, most specific first.

    Two messages can share a ``type`` (a market's lifecycle event and its metadata update both say
    ``market_lifecycle_v2``); the one whose ``msg`` pins a field with ``const`` is tried first.
    """
    schemas = document["components"]["schemas"]
    found: dict[str, list[str]] = {}
    for message in document["components"].get("messages", {}).values():
        ref = message.get("payload", {}).get("$ref")
        if not ref:
            continue  # ping and pong: frames, not JSON
        name = _schema_name(ref)
        wire_type = schemas[name].get("properties", {}).get("type", {}).get("const")
        if wire_type is None:
            continue  # commands: they carry "cmd", the client sends them
        names = found.setdefault(wire_type, [])
        if name not in names:
            names.append(name)
    return {
        wire_type: tuple(ClassName(name, "") for name in sorted(names, key=lambda n: -_consts_in_msg(schemas[n])))
        for wire_type, names in sorted(found.items())
    }


def _channels_where(document: dict[str, Any], flag: str) -> list[str]:
    return sorted(name for name, channel in document.get("channels", {}).items() if channel.get(flag) is True)


def _text(value: str) -> str:
    """A Python string literal in double quotes (JSON's escaping is valid Python)."""
    return json.dumps(value)


def messages_module(document: dict[str, Any]) -> str:
    """The source of ``kalshi_client/ws/messages.py``."""
    models = message_models(document)
    codes = {int(entry["code"]): str(entry["name"]) for entry in document.get("x-error-codes", [])}
    lines = [
        '"""Tables from asyncapi.yaml for kalshi_auth.ws. Generated by tools/asyncapi_models.py: do not edit."""',
        "",
        f"ASYNCAPI_VERSION = {_text(str(document.get('info', {}).get('version', '')))}",
        "",
        "#: Wire ``type`` -> the models (in ``kalshi_client.ws.models``) that may read it, most specific first.",
        "MESSAGE_MODELS: dict[str, tuple[str, ...]] = {",
        *(f"    {_text(wire_type)}: ({', '.join(_text(n) for n in names)},)," for wire_type, names in models.items()),
        "}",
        "",
        "#: Kalshi's error codes and what each means.",
        "ERROR_CODES: dict[int, str] = {",
        *(f"    {code}: {_text(name)}," for code, name in sorted(codes.items())),
        "}",
        "",
        "#: Channels whose messages carry ``seq``, counting from 1 per subscription.",
        f"SEQUENCED_CHANNELS: frozenset[str] = frozenset({json.dumps(_channels_where(document, 'x-sequenced'))})",
        "",
        "#: Channels that need an API key allowed to read them (beyond the signed connection).",
        f"AUTHORIZED_CHANNELS: frozenset[str] = frozenset({json.dumps(_channels_where(document, 'x-authorization'))})",
        "",
    ]
    return "\n".join(lines)


PACKAGE_INIT = '''"""Models of Kalshi's Trade API WebSocket messages, generated from asyncapi.yaml.

Generated by ``make generate`` (tools/asyncapi_models.py): do not edit. ``kalshi_auth.ws`` parses each
message with the model ``messages.MESSAGE_MODELS`` names for its ``type``.
"""
'''

TYPES_MODULE = '''"""The models share the REST package's types, so ``UNSET`` is one object everywhere."""

from ..types import *  # noqa: F403
from ..types import __all__ as __all__
'''


def generate_stream_models(asyncapi: Path, target: Path) -> Path:
    """Generate ``target`` (``.../kalshi_client/ws``) from ``asyncapi``; return it."""
    from tools.generate import generate  # the one generation recipe; imported here, it imports this module

    document = load(asyncapi)
    with tempfile.TemporaryDirectory(prefix="asyncapi-") as folder:
        scratch = Path(folder)
        spec = scratch / "asyncapi-schemas.yaml"
        spec.write_text(yaml.safe_dump(to_openapi(document), sort_keys=False), encoding="utf-8")
        package = generate(spec, scratch / "out", streams=False)
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copytree(package / "models", target / "models")
    shutil.rmtree(target / "models" / "__pycache__", ignore_errors=True)
    (target / "__init__.py").write_text(PACKAGE_INIT, encoding="utf-8")
    (target / "types.py").write_text(TYPES_MODULE, encoding="utf-8")
    (target / "messages.py").write_text(messages_module(document), encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"  # formatted as the generator's post hooks format the rest
    subprocess.run([str(ruff), "format", str(target), "--isolated", "--no-cache", "--quiet"], check=True)
    return target


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python -m tools.asyncapi_models ASYNCAPI_YAML OUT_YAML", file=sys.stderr)
        return 2
    try:
        converted = to_openapi(load(Path(sys.argv[1])))
    except AsyncAPIError as exc:
        print(exc, file=sys.stderr)
        return 1
    Path(sys.argv[2]).write_text(yaml.safe_dump(converted, sort_keys=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
