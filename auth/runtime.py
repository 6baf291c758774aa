"""What the generated endpoint functions call to turn an HTTP exchange into a result.

The custom templates in ``templates/`` make every generated ``sync``/``asyncio`` call go
through here, so that the rules live once, in handwritten and tested code: a 2xx body
becomes a model or a ``KalshiResponseError``; any other status becomes a
``KalshiAPIError`` subclass; httpx's network errors become ``KalshiConnectionError`` or
``KalshiTimeoutError``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiConnectionError,
    KalshiError,
    KalshiResponseError,
    KalshiTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

if TYPE_CHECKING:
    from kalshi_client.models.error_response import ErrorResponse

T = TypeVar("T")

#: What generated ``from_dict`` code and ``Response.json()`` raise on a body that does not
#: fit: JSONDecodeError is a ValueError; a missing field is a KeyError; a wrong type shows
#: up as TypeError, ValueError or AttributeError.
MODEL_ERRORS: tuple[type[Exception], ...] = (ValueError, KeyError, TypeError, AttributeError)

_ERROR_FIELDS = ("code", "message", "details", "service")
_ERRORS_BY_STATUS: dict[int, type[KalshiAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
_EXCERPT = 200


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)``, or the plain int for a code the standard list lacks (520...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _where(response: httpx.Response) -> tuple[str, str]:
    return response.request.method, response.request.url.path


def _excerpt(content: bytes) -> str:
    text = content[:_EXCERPT].decode("utf-8", errors="replace")
    return text + ("..." if len(content) > _EXCERPT else "")


@contextmanager
def transport_errors() -> Iterator[None]:
    """Re-raise httpx's request errors as this SDK's, keeping httpx's as the cause."""
    try:
        yield
    except KalshiError:
        raise
    except httpx.TimeoutException as exc:
        raise KalshiTimeoutError(f"{_describe(exc)} timed out ({type(exc).__name__}).") from exc
    except httpx.RequestError as exc:
        raise KalshiConnectionError(f"{_describe(exc)} failed: {type(exc).__name__}: {exc}") from exc


def _describe(exc: httpx.RequestError) -> str:
    try:
        request = exc.request
    except RuntimeError:  # httpx raises this when no request is attached
        return "The request"
    return f"{request.method} {request.url.copy_with(query=None)}"


def error_response(response: httpx.Response) -> ErrorResponse:
    """The ``ErrorResponse`` a non-2xx answer carries, whatever shape the server used.

    Kalshi servers have sent ``{"error": {...}}``, a flat ``{"code": ..., "message": ...}``
    and a bare ``{"msg": ...}``; a proxy in front of them may send HTML or nothing.
    """
    from kalshi_client.models.error_response import ErrorResponse

    status = response.status_code
    try:
        body: Any = response.json()
    except ValueError:
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
    return value if isinstance(value, str) else json.dumps(value)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """``Retry-After`` in seconds (it may be a number or an HTTP date), or None."""
    value = headers.get("Retry-After")
    if not value:
        return None
    from httpx_retries import Retry  # only on this error path (see client.py)

    try:
        return Retry().parse_retry_after(value)
    except ValueError:
        return None


def api_error(response: httpx.Response) -> KalshiAPIError:
    """The ``KalshiAPIError`` subclass that matches a non-2xx answer."""
    status = response.status_code
    error_class = _ERRORS_BY_STATUS.get(status, ServerError if status >= 500 else KalshiAPIError)
    method, path = _where(response)
    return error_class(
        status_code=status,
        error=error_response(response),
        content=response.content,
        headers=response.headers,
        method=method,
        path=path,
        retry_after=retry_after_seconds(response.headers),
    )


def _response_error(response: httpx.Response, problem: str) -> KalshiResponseError:
    method, path = _where(response)
    return KalshiResponseError(
        f"HTTP {response.status_code} body for {method} {path} {problem}",
        status_code=response.status_code,
        content=response.content,
        method=method,
        path=path,
    )


def response_error(response: httpx.Response, cause: Exception) -> KalshiResponseError:
    """A ``KalshiResponseError`` for a 2xx body that could not be turned into its model."""
    if isinstance(cause, json.JSONDecodeError):
        problem = "is not valid JSON"
    else:
        problem = f"does not match the documented model ({type(cause).__name__}: {cause})"
    return _response_error(response, f"{problem}: {_excerpt(response.content)!r}")


def raise_for_status(response: httpx.Response) -> None:
    """Raise the matching ``KalshiAPIError`` unless the answer was a 2xx."""
    if not response.is_success:
        raise api_error(response)


def expect_success(response: httpx.Response, parsed: T | None) -> T:
    """``parsed`` if the answer was a 2xx that carried a model; otherwise raise."""
    raise_for_status(response)
    if parsed is None:
        raise _response_error(response, "is not one the spec documents for this status.")
    return parsed
