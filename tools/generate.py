"""The one recipe that turns an OpenAPI file into the kalshi_client package.

Used by `make generate`, `make check-generated` and the spec tools (`python -m tools.spec`),
so that they cannot drift apart: read the file as YAML 1.2 (as OpenAPI and the generator
do), validate it, run the pinned openapi-python-client with our config and templates
(warnings are errors), mark the package typed.

    python -m tools.generate SPEC OUT_DIR      # writes OUT_DIR/kalshi_client

A file that cannot be used gives one line naming it and saying why (exit 2): the dangling
``$ref`` and where it is, the validator's objection, or the generator's and its schema.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError, ValidatorDetectError

from tools.spec.load import SpecError, read

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "kalshi_client"
ASYNCAPI = ROOT / "asyncapi.yaml"
__all__ = ["PACKAGE", "ROOT", "SpecError", "generate", "load_and_validate"]


def load_and_validate(spec: Path, shown: str | None = None) -> dict[str, Any]:
    """The document at ``spec``, valid OpenAPI, or a SpecError naming ``shown`` (default: the path)."""
    name = shown or str(spec)
    document = read(spec, name)
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = ".".join(str(part) for part in exc.path) or "the top level"
        raise SpecError(f"{name}: not valid OpenAPI: {_short(exc.message)} (at {where})") from None
    except ValidatorDetectError:
        raise SpecError(f"{name}: not an OpenAPI description (no 'openapi: 3.x' version at the top level)") from None
    return document


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def objection(output: str) -> str:
    """The generator's reason, in one line, from its output: the first schema it could not
    parse (everything after is a consequence), else its first warning."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        schema = re.match(r"Unable to (?:parse|process) schema (\S+?):?$", line)
        if schema and index + 1 < len(lines):
            reason = lines[index + 1].split(": : ", 1)[-1]
            return f"schema {schema.group(1)}: {_short(reason)}"
    for index, line in enumerate(lines):
        if line.startswith("WARNING") and index + 1 < len(lines):
            reason = re.sub(r"<[^>]* object at 0x[0-9a-f]+>", "?", lines[index + 1])
            return f"{line.removeprefix('WARNING ').rstrip('.')}: {_short(reason)}"
    chatter = ("Generating", "Error(s) encountered", "Warning(s) encountered", "Unable to generate", "If you believe")
    return _short(" ".join(line for line in lines if not line.startswith(chatter)) or "no reason given")


def generate(spec: Path, out_dir: Path, streams: bool = True, shown: str | None = None) -> Path:
    """Validate ``spec`` and generate ``out_dir/kalshi_client``; return that folder.

    With ``streams``, ``kalshi_client/ws`` (the WebSocket message models) is generated too, from the
    project's asyncapi.yaml, so that every caller gets the whole package. ``shown`` names the
    file in messages (the path the user gave, not a temporary copy).
    """
    name = shown or str(spec)
    load_and_validate(spec, name)
    target = out_dir / PACKAGE
    tools = Path(sys.executable).parent  # ruff, for the generator's post hooks
    command = [
        sys.executable, str(ROOT / "tools" / "run_generator.py"), "generate",
        "--path", str(spec.resolve()),
        "--config", str(ROOT / "generator-config.yaml"),
        "--custom-template-path", str(ROOT / "templates"),
        "--meta", "none", "--fail-on-warning",
        "--output-path", str(target),
    ]  # fmt: skip
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0 or not (target / "__init__.py").exists():
        reason = objection(done.stdout + done.stderr)
        raise SpecError(f"{name}: the generator (openapi-python-client) refuses it: {reason}")
    (target / "py.typed").touch()
    if streams and ASYNCAPI.exists():
        from tools.asyncapi_models import generate_stream_models

        generate_stream_models(ASYNCAPI, target / "ws")
    return target


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python -m tools.generate SPEC OUT_DIR", file=sys.stderr)
        return 2
    try:
        generate(Path(sys.argv[1]), Path(sys.argv[2]))
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
