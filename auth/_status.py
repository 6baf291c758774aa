"""A non-2xx answer as the matching ``KalshiAPIError``, whatever shape its body has.

Used by ``_runtime`` on the error path; a leaf like it (stdlib, httpx, orjson, errors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
import orjson

from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .retry_after import parse_retry_after

if TYPE_CHECKING:
    from kalshi_client.models.error_response import ErrorResponse

_ERROR_FIELDS = ("code", "message", "details", "service")
_ERRORS_BY_STATUS: dict[int, type[KalshiAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def api_error(response: httpx.Response) -> KalshiAPIError:
    """The ``KalshiAPIError`` subclass that matches a non-2xx answer."""
    status = response.status_code
    error_class = _ERRORS_BY_STATUS.get(status, ServerError if status >= 500 else KalshiAPIError)
    return error_class(
        status_code=status,
        error=error_response(response),
        content=response.content,
        headers=response.headers,
        method=response.request.method,
        path=response.request.url.path,
        retry_after=retry_after_seconds(response.headers),
        hint=_UNSIGNED_HINT if status == 401 and "kalshi-access-key" not in response.request.headers else None,
    )


#: A 401 to a request that carried no signature: the usual advice (key id, key, clock) does not apply.
_UNSIGNED_HINT = (
    "this request was not signed (the client has no key, as KalshiClient.public() does); "
    "this operation needs KalshiClient(key_id=..., private_key=...)"
)


def error_response(response: httpx.Response) -> ErrorResponse:
    """The ``ErrorResponse`` a non-2xx answer carries, whatever shape the server used.

    Kalshi servers have sent ``{"error": {...}}``, a flat ``{"code": ..., "message": ...}``
    and a bare ``{"msg": ...}``; a proxy in front of them may send HTML or nothing.
    """
    from kalshi_client.models.error_response import ErrorResponse

    status = response.status_code
    try:
        body: Any = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        what = "an empty body" if not response.content else "a body that is not JSON"
        return ErrorResponse(message=f"The server answered HTTP {status} with {what}.")
    if not isinstance(body, dict):
        return ErrorResponse(message=f"The server answered HTTP {status} with JSON that is not an object.")
    if isinstance(body.get("error"), dict):
        body = body["error"]
    elif isinstance(body.get("error"), str) and "message" not in body:
        body = {**body, "message": body["error"]}
    if "message" not in body and "msg" in body:
        body = {**body, "message": body["msg"]}
    fields = {name: _as_text(body[name]) for name in _ERROR_FIELDS if body.get(name) is not None}
    extras = {key: value for key, value in body.items() if key not in _ERROR_FIELDS}
    return ErrorResponse.from_dict({**extras, **fields})


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    try:
        return orjson.dumps(value).decode()
    except (TypeError, orjson.JSONEncodeError):  # nested deeper than orjson writes (it reads deeper)
        return f"(a JSON {type(value).__name__} nested too deeply to show)"


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """``Retry-After`` in seconds (a number or an HTTP date), or None when absent or unusable."""
    return parse_retry_after(headers.get("Retry-After"))
