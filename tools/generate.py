"""The one recipe that turns an OpenAPI file into the kalshi_client package.

Used by `make generate`, `make check-generated`, `make update-spec` and `make
spec-report`, so that they cannot drift apart: validate the file, run the pinned
openapi-python-client with our config and templates (warnings are errors), mark the
package typed.

    python -m tools.generate SPEC OUT_DIR      # writes OUT_DIR/kalshi_client
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "kalshi_client"
ASYNCAPI = ROOT / "asyncapi.yaml"


class SpecError(Exception):
    """The file is not a valid OpenAPI document, or the generator refused it."""


def load_and_validate(spec: Path) -> dict[str, Any]:
    try:
        document: Any = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SpecError(f"{spec}: cannot be read as YAML ({exc})") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{spec}: not an OpenAPI document")
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{spec}: not valid OpenAPI: {exc.message}") from exc
    return document


def generate(spec: Path, out_dir: Path, streams: bool = True) -> Path:
    """Validate ``spec`` and generate ``out_dir/kalshi_client``; return that folder.

    With ``streams``, ``kalshi_client/ws`` (the WebSocket message models) is generated too, from the
    project's asyncapi.yaml, so that every caller gets the whole package.
    """
    load_and_validate(spec)
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
        raise SpecError(f"openapi-python-client could not generate from {spec}:\n{done.stdout}{done.stderr}")
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
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
