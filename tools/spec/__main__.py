"""Command line of the spec tools; see ``tools/spec/__init__.py`` and CONTRIBUTING.md.

    python -m tools.spec report OLD NEW [--markdown]
    python -m tools.spec update SPEC [--allow-breaking]

Exit codes: 0 no breaking change, 1 breaking changes, 2 a file cannot be used (or a usage
error), 3 the tool itself failed (a bug: the traceback follows). Nothing here exits 1 but a
breaking change, so CI can trust it.
"""

from __future__ import annotations

import argparse
import signal
import sys
import traceback
from collections.abc import Sequence

from tools.spec import update

INTERNAL_ERROR = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spec", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("report", help="what changes from OLD to NEW, and whose code it breaks")
    compare.add_argument("old", help="the spec before: a path or an http(s) URL")
    compare.add_argument("new", help="the spec after")
    compare.add_argument("--markdown", action="store_true", help="print a CHANGELOG.md entry instead of plain text")
    take = commands.add_parser("update", help="take a spec Kalshi published into openapi.yaml and kalshi_client/")
    take.add_argument("spec", help="a path or an http(s) URL")
    take.add_argument("--allow-breaking", action="store_true", help="take it even if it breaks users' code")
    args = parser.parse_args(argv)
    # SIGTERM (a CI timeout, `kill`) ends the run as Ctrl-C does: through the cleanup of the
    # scratch folders and of the swap, instead of at once, leaving them behind.
    signal.signal(signal.SIGTERM, _terminated)
    try:
        if args.command == "report":
            return update.report(args.old, args.new, markdown=args.markdown)
        return update.update(args.spec, args.allow_breaking)
    except Exception:  # noqa: BLE001 - a bug must not read as "breaking" (1) nor as "unusable input" (2)
        traceback.print_exc()
        print("python -m tools.spec: internal error (the traceback above): please report it", file=sys.stderr)
        return INTERNAL_ERROR


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    sys.exit(main())
