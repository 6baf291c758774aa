"""What every generated endpoint function calls: build the request, send it, turn the answer into a result.

A generated module keeps only what differs per operation: ``_get_kwargs`` (its arguments
as method, path, query and body) and one ``Operation`` (its name, and the model a 2xx
carries). Its four public functions are each one call into here, so the rules live once,
in handwritten and tested code:

- a path parameter is one encoded segment, or ``KalshiPathError`` before anything is sent;
- every request carries ``extensions={"kalshi_operation": <operationId>}`` for transports;
- httpx's network errors become ``KalshiConnectionError`` / ``KalshiTimeoutError``;
- a 2xx body becomes its model, or ``KalshiResponseError`` naming where it did not fit;
- any other status becomes the matching ``KalshiAPIError`` (``call``/``acall``), or a
  ``Response`` with that status (``call_detailed``/``acall_detailed``).

It is a leaf: stdlib, httpx, orjson, ``kalshi_auth.errors``, ``kalshi_client.types``,
``_path`` (ids in the path), ``_status`` (non-2xx answers) and ``deadline`` (how errors name
a request), leaves of the same kind;
``ErrorResponse`` and the mismatch finder (``_mismatch``) load on the error path only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Generic, Protocol, TypeVar, cast
from urllib.parse import urlencode

import httpx
import orjson

from kalshi_client.types import Response

from ._path import path
from ._status import api_error
from .deadline import where
from .errors import (
    KalshiArgumentError,
    KalshiConnectionError,
    KalshiError,
    KalshiResponseError,
    KalshiTimeoutError,
    cause,
)

T = TypeVar("T")

__all__ = ["Operation", "acall", "acall_detailed", "asend", "call", "call_detailed", "parse", "path", "send"]


class SyncClient(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


class AsyncClient(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


class Operation(Generic[T]):
    """One operation as data: its ``operationId`` and the model each 2xx status carries.

    ``models`` maps a status to its model class, or to None for a status documented
    without a body. One documented model also covers an undocumented 2xx (servers answer
    200 where the spec says 201); with several, an undocumented 2xx is None when some
    status is documented as empty, and a ``KalshiResponseError`` from ``call`` otherwise.
    """

    __slots__ = ("empty_ok", "extensions", "fallback", "models", "name")

    def __init__(self, name: str, models: Mapping[int, type[Model] | None]) -> None:
        self.name = name
        self.extensions: dict[str, Any] = {"kalshi_operation": name}
        self.models: dict[int, type[Model] | None] = dict(models)
        kinds = set(self.models.values())
        self.fallback = next(iter(kinds)) if len(kinds) == 1 else None
        self.empty_ok = None in kinds


# --- building the request ---------------------------------------------------------------


def _primitive(value: Any) -> str:
    """A query value as httpx writes it: true/false for booleans, '' for None."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def _query(params: Mapping[str, Any]) -> str:
    items: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, list | tuple):
            items.extend((key, _primitive(item)) for item in value)
        else:
            items.append((key, _primitive(value)))
    return urlencode(items)


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}
_URL_CACHE_SIZE = 512
_EXCERPT = 200
_urls: dict[str, httpx.URL] = {}
_last_base: tuple[object, str] = (None, "")


def _prepare(
    http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], operation: Operation[Any]
) -> dict[str, Any]:
    """``kwargs`` for ``http.request``: an absolute URL (parsed once per distinct URL), the
    query encoded into it, and the operation's name in the extensions.

    httpx would otherwise parse the relative URL, merge it with the base URL and merge an
    empty query into it on every call, the largest share of the SDK's per-call cost.
    """
    global _last_base
    base = http.base_url
    last = _last_base
    if last[0] is base:
        prefix = last[1]
    else:
        prefix = str(base) if base.is_absolute_url else ""  # httpx keeps a trailing "/"
        _last_base = (base, prefix)
    params = kwargs.pop("params", None)
    if prefix:
        text = prefix + kwargs["url"].lstrip("/")
        if params:
            text += "?" + _query(params)
        url = _urls.get(text)
        if url is None:
            if len(_urls) >= _URL_CACHE_SIZE:
                _urls.clear()
            url = _urls[text] = httpx.URL(text)
        kwargs["url"] = url
    elif params:
        kwargs["params"] = params
    kwargs["extensions"] = operation.extensions
    return kwargs


# --- sending ----------------------------------------------------------------------------


def send(client: SyncClient, kwargs: dict[str, Any], operation: Operation[Any]) -> httpx.Response:
    """Send one request, with httpx's network errors as this SDK's (httpx's as the cause)."""
    http = client.get_httpx_client()
    try:
        return http.request(**_prepare(http, kwargs, operation))
    except KalshiError:
        raise
    except httpx.RequestError as exc:
        raise _network_error(exc) from exc
    except (UnicodeEncodeError, httpx.InvalidURL) as exc:
        raise _argument_error(exc) from exc


async def asend(client: AsyncClient, kwargs: dict[str, Any], operation: Operation[Any]) -> httpx.Response:
    """``send`` for the async client."""
    http = client.get_async_httpx_client()
    try:
        return await http.request(**_prepare(http, kwargs, operation))
    except KalshiError:
        raise
    except httpx.RequestError as exc:
        raise _network_error(exc) from exc
    except (UnicodeEncodeError, httpx.InvalidURL) as exc:
        raise _argument_error(exc) from exc


def _argument_error(exc: Exception) -> KalshiArgumentError:
    return KalshiArgumentError(f"The request cannot be sent as given ({cause(exc)}): nothing was sent.")


def _network_error(exc: httpx.RequestError) -> KalshiError:
    try:
        named = where(exc.request)
    except RuntimeError:  # httpx raises this when no request is attached
        named = "The request"
    if isinstance(exc, httpx.TimeoutException):
        return KalshiTimeoutError(f"{named} timed out ({type(exc).__name__}).")
    return KalshiConnectionError(f"{named} failed: {type(exc).__name__}: {exc}")


# --- reading the answer -----------------------------------------------------------------


def result(response: httpx.Response, operation: Operation[T]) -> T:
    """The model of a 2xx answer; a typed error for any other."""
    status = response.status_code
    if 200 <= status < 300:
        model = operation.models.get(status, operation.fallback)
        if model is not None:
            return cast(T, parse(response, model))
        if operation.empty_ok:
            return cast(T, None)
        raise response_error(response, "is not one the spec documents for this status")
    raise api_error(response)


def detailed(response: httpx.Response, operation: Operation[T]) -> Response[T]:
    """The answer as a ``Response``, whatever its status; a 2xx body is parsed."""
    status = response.status_code
    parsed = None
    if 200 <= status < 300:
        model = operation.models.get(status, operation.fallback)
        if model is not None:
            parsed = parse(response, model)
    return Response(
        status_code=_STATUSES.get(status, status), content=response.content, headers=response.headers, parsed=parsed
    )


def parse(response: httpx.Response, model: type[Model]) -> Any:
    """A 2xx body as ``model``, or a ``KalshiResponseError`` that says where it did not fit.

    orjson decodes (about twice json's speed, and it refuses nesting deeper than 1,024
    levels instead of overflowing the stack); json is the fallback for the rare body orjson
    is stricter about. The try blocks cost nothing while nothing is raised.
    """
    content = response.content
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as exc:
        data = _loads_leniently(response, exc)
    if not isinstance(data, dict):
        raise response_error(response, f"is JSON {type(data).__name__}, not the object {model.__name__}")
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError, RecursionError) as exc:
        from ._mismatch import describe  # error path only

        raise response_error(response, f"does not match the documented model: {describe(model, data, exc)}") from exc


def _loads_leniently(response: httpx.Response, orjson_error: orjson.JSONDecodeError) -> Any:
    if "depth" not in str(orjson_error):
        try:
            return json.loads(response.content, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            pass
    raise response_error(response, f"is not valid JSON ({orjson_error})") from orjson_error


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # json reads NaN and Infinity; orjson, and JSON, do not


def response_error(response: httpx.Response, problem: str) -> KalshiResponseError:
    """A ``KalshiResponseError`` for a 2xx answer, with the start of its body and all of it kept."""
    content = response.content
    excerpt = content[:_EXCERPT].decode("utf-8", errors="replace") + ("..." if len(content) > _EXCERPT else "")
    method, where = response.request.method, response.request.url.path
    return KalshiResponseError(
        f"HTTP {response.status_code} body for {method} {where} {problem}: {excerpt!r}",
        status_code=response.status_code,
        content=content,
        method=method,
        path=where,
    )


# --- the four calls a generated module makes --------------------------------------------


def call(client: SyncClient, kwargs: dict[str, Any], operation: Operation[T]) -> T:
    return result(send(client, kwargs, operation), operation)


def call_detailed(client: SyncClient, kwargs: dict[str, Any], operation: Operation[T]) -> Response[T]:
    return detailed(send(client, kwargs, operation), operation)


async def acall(client: AsyncClient, kwargs: dict[str, Any], operation: Operation[T]) -> T:
    return result(await asend(client, kwargs, operation), operation)


async def acall_detailed(client: AsyncClient, kwargs: dict[str, Any], operation: Operation[T]) -> Response[T]:
    return detailed(await asend(client, kwargs, operation), operation)
