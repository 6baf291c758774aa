"""One decoded WebSocket message, typed by the models ``make generate`` builds from asyncapi.yaml.

Every message has the same envelope (``type``, ``sid``, ``seq``, ``msg``), but Kalshi's channels differ in
which of them they send (ticker has no ``seq``): ``Message`` gives all of them, ``None`` where absent, and
``msg`` is the generated model of that type's payload (``TickerPayloadMsg``...). A type the models do not
know, or a payload they cannot read, still arrives, with ``msg`` the plain decoded dict and ``problem``
saying why, so one odd message never costs the ones after it. Unknown fields are kept by the models
(``msg.msg.additional_properties``).
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from typing import Any

Frame = dict[str, Any]
#: What a generated ``from_dict`` raises for a payload it cannot read (``decimal.InvalidOperation``, for money that
#: is not a number, is an ``ArithmeticError``).
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, ArithmeticError)
_models: dict[str, type[Any]] = {}


@dataclass(frozen=True, slots=True)
class Message:
    """A message of a subscription: ``msg`` is the typed payload, or a dict when ``problem`` is set."""

    type: str
    sid: int | None
    seq: int | None
    msg: Any
    id: int | None = None
    sending_ts_ms: int | None = None
    problem: str | None = None

    @property
    def known(self) -> bool:
        """Whether ``msg`` is a typed model (False for an unknown type or an unreadable payload)."""
        return self.problem is None


def decode(data: str | bytes) -> Frame:
    """A frame's JSON object; ``ValueError`` (not JSON) or ``TypeError`` (not an object) otherwise."""
    frame = json.loads(data)
    if not isinstance(frame, dict):
        raise TypeError(f"a WebSocket frame that is not a JSON object: {str(data)[:100]!r}")
    return frame


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _model(name: str) -> type[Any]:
    model = _models.get(name)
    if model is None:
        model = getattr(importlib.import_module("kalshi_client.ws.models"), name)
        _models[name] = model
    return model


def parse(frame: Frame) -> Message:
    """The ``Message`` for a decoded frame; never raises."""
    from kalshi_client.ws.messages import MESSAGE_MODELS

    kind = frame.get("type")
    kind = kind if isinstance(kind, str) else ""
    sid, seq, id_, sent = (_int(frame.get(key)) for key in ("sid", "seq", "id", "sending_ts_ms"))
    names = MESSAGE_MODELS.get(kind)
    if not names:
        return Message(kind, sid, seq, frame.get("msg"), id_, sent, f"unknown message type {kind!r}")
    failures = []
    for name in names:
        try:
            parsed = _model(name).from_dict(frame)
        except _PARSE_ERRORS as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        return Message(kind, sid, seq, parsed.msg, id_, sent)
    return Message(kind, sid, seq, frame.get("msg"), id_, sent, "; ".join(failures))
