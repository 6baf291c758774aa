"""Names of a package loaded on first use (PEP 562), shared by ``kalshi_auth`` and ``kalshi_auth.ws``.

Importing ``kalshi_auth`` must not load ``cryptography``, the client's transports or ``websockets``:
the generated code imports ``kalshi_auth._runtime``, which runs the package's ``__init__``. Each
package keeps a table of public name -> module, and its ``__getattr__``/``__dir__`` call these.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any


def load(namespace: dict[str, Any], table: Mapping[str, str], name: str) -> Any:
    """``name`` imported from the module ``table`` gives it, then kept in ``namespace`` for later lookups."""
    package = namespace["__name__"]
    try:
        module = table[name]
    except KeyError:
        raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, package), name)
    namespace[name] = value  # later lookups skip __getattr__
    return value


def names(namespace: Mapping[str, Any], table: Mapping[str, str]) -> list[str]:
    """What ``dir()`` lists: what is loaded, and what can be."""
    return sorted({*namespace, *table})
