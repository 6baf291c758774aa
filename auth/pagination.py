"""Walking Kalshi's cursor-paginated lists: one item at a time, across pages.

Kalshi answers a list request with a page of items and a ``cursor``; passing that cursor
back gets the next page, and an empty or missing cursor means the list is done. Which
field of the page holds the items is read from the generated response model: the only
list field, or the one named like the operation (``get_events`` -> ``events``). The
generated module of each such operation says so, typed, in its ``page_items`` function,
so ``paginate(get_markets, ...)`` is an ``Iterator[Market]`` to mypy and pyright. Pass
``items=`` (a field name, or a function of the page, typed too) where the model has
several lists (``get_positions``).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from functools import cache
from types import ModuleType
from typing import Any, Protocol, TypeVar, overload

import attrs

from kalshi_client.client import AuthenticatedClient, Client
from kalshi_client.types import Unset

from .errors import KalshiConfigError, KalshiPaginationError, KalshiResponseError

#: The longest cursor sent back: Kalshi's are a few hundred characters; a server's longer
#: or non-ASCII "cursor" would only fail later, as a URL httpx cannot build.
MAX_CURSOR_LENGTH = 4096
#: Pages in a row with no items (each with a new cursor) after which a walk stops: a
#: server that keeps answering "nothing yet, try this cursor" would otherwise loop forever.
MAX_EMPTY_PAGES = 50

Page_co = TypeVar("Page_co", covariant=True)
Item_co = TypeVar("Item_co", covariant=True)
PageT = TypeVar("PageT")
T = TypeVar("T")


class PagedOperation(Protocol[Page_co]):
    """A generated operation module, such as ``kalshi_client.api.market.get_markets``."""

    @property
    def sync(self) -> Callable[..., Page_co]: ...


class AsyncPagedOperation(Protocol[Page_co]):
    @property
    def asyncio(self) -> Callable[..., Awaitable[Page_co]]: ...


class ListOperation(Protocol[Item_co]):
    """A generated paginated operation that names its list: ``sync`` and ``page_items``."""

    @property
    def sync(self) -> Callable[..., Any]: ...

    @property
    def page_items(self) -> Callable[[Any], Iterable[Item_co] | Unset | None]: ...


class AsyncListOperation(Protocol[Item_co]):
    @property
    def asyncio(self) -> Callable[..., Awaitable[Any]]: ...

    @property
    def page_items(self) -> Callable[[Any], Iterable[Item_co] | Unset | None]: ...


ItemsOf = Callable[[Any], "Iterable[Any] | Unset | None"]


@cache
def _page_fields(operation: ModuleType) -> tuple[str, list[str], str]:
    """(page model name, its list fields, its cursor field), read from the model."""
    name = operation.__name__.rsplit(".", 1)[-1]
    if "cursor" not in inspect.signature(operation.sync_detailed).parameters:
        raise KalshiConfigError(f"{name} takes no cursor: it is not a paginated operation.")
    page_class = typing.get_type_hints(operation.sync_detailed)["return"].__args__[0]
    fields = attrs.fields(page_class)
    cursors = [field.name for field in fields if field.name.endswith("cursor")]
    if len(cursors) != 1:
        raise KalshiConfigError(f"{page_class.__name__} has no single cursor field (found {cursors}).")
    return page_class.__name__, [field.name for field in fields if _is_list(str(field.type))], cursors[0]


def _items_field(operation: ModuleType, items: str | None) -> str:
    page_name, lists, _ = _page_fields(operation)
    if items is not None:
        if items not in lists:
            raise KalshiConfigError(f"{page_name} has no list field {items!r} (its lists: {lists}).")
        return items
    named = [field for field in lists if operation.__name__.endswith(field)]
    if len(lists) == 1:
        return lists[0]
    if len(named) == 1:
        return named[0]
    choices = " or ".join(repr(field) for field in lists)
    raise KalshiConfigError(f"{page_name} has several lists: pass items={choices}.")


def _is_list(annotation: str) -> bool:
    """Whether an annotation such as ``list[Market] | Unset`` admits a list.

    The generated models keep their annotations as strings (their imports live under
    TYPE_CHECKING), so this reads the string: a top-level ``|`` part that is a list.
    """
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return any(part.strip().startswith("list[") for part in parts)


class _Walk:
    """The bookkeeping shared by the sync and async walks: cursor, limits, repeats."""

    def __init__(
        self, operation: ModuleType, items: str | ItemsOf | None, max_pages: int | None, max_items: int | None
    ) -> None:
        self._name = operation.__name__.rsplit(".", 1)[-1]
        self._cursor_field = _page_fields(operation)[2]
        if callable(items):
            self._items: ItemsOf = items
        elif items is None and callable(getattr(operation, "page_items", None)):
            self._items = operation.page_items
        else:
            items_field = _items_field(operation, items)
            self._items = lambda page: getattr(page, items_field)
        self._max_pages, self._max_items = max_pages, max_items
        self._pages = self._taken = self._empty = 0
        self._cursor: str | None = None
        self._seen: set[str] = set()
        self.done = max_pages == 0 or max_items == 0

    def arguments(self, params: dict[str, Any]) -> dict[str, Any]:
        """The call's arguments: the caller's, plus the cursor after the first page."""
        return {**params, "cursor": self._cursor} if self._cursor is not None else params

    def take(self, page: Any) -> list[Any]:
        """The page's items (as many as ``max_items`` still allows); sets ``done`` at the end."""
        self._pages += 1
        found = self._items(page)
        batch = [] if isinstance(found, Unset) or found is None else list(found)
        self._empty = 0 if batch else self._empty + 1
        if self._max_items is not None:
            batch = batch[: self._max_items - self._taken]
        self._taken += len(batch)
        cursor = self._cursor_of(page)
        if cursor in self._seen:
            raise KalshiPaginationError(
                f"The server sent cursor {cursor!r} a second time (page {self._pages}); stopping rather than looping."
            )
        self._cursor = cursor or None
        if self._cursor is not None:
            self._seen.add(self._cursor)
            if self._empty >= MAX_EMPTY_PAGES:
                raise KalshiPaginationError(
                    f"{self._name}: {self._empty} pages in a row had no items but a new cursor; stopping rather "
                    "than walking on forever (narrow the query, or pass max_pages=...)."
                )
        self.done = (
            self._cursor is None
            or (self._max_pages is not None and self._pages >= self._max_pages)
            or (self._max_items is not None and self._taken >= self._max_items)
        )
        return batch

    def _cursor_of(self, page: Any) -> str | None:
        cursor = getattr(page, self._cursor_field, None)
        if cursor is None or isinstance(cursor, Unset):
            return None
        if isinstance(cursor, str) and len(cursor) <= MAX_CURSOR_LENGTH and cursor.isascii() and cursor.isprintable():
            return cursor
        what = (
            f"is a {type(cursor).__name__}, not a string"
            if not isinstance(cursor, str)
            else f"is not a cursor that can be sent back (printable ASCII, at most {MAX_CURSOR_LENGTH:,} characters)"
        )
        raise KalshiResponseError(
            f"{self._name}: the page's {self._cursor_field} {what}: {repr(cursor)[:100]}",
            status_code=200,
            content=b"",
            method="GET",
            path=self._name,
        )


@overload
def paginate(
    operation: PagedOperation[PageT],
    *,
    client: AuthenticatedClient | Client,
    items: Callable[[PageT], Iterable[T] | Unset | None],
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[T]: ...


@overload
def paginate(
    operation: ListOperation[T],
    *,
    client: AuthenticatedClient | Client,
    items: None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[T]: ...


@overload
def paginate(
    operation: PagedOperation[Any],
    *,
    client: AuthenticatedClient | Client,
    items: str | None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]: ...


def paginate(
    operation: Any,
    *,
    client: AuthenticatedClient | Client,
    items: Any = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Yield every item of a paginated list, fetching pages as needed.

    ``params`` go to each call (``limit``, filters); errors propagate as the operation
    raises them (``KalshiAPIError`` and friends).
    """
    walk = _Walk(operation, items, max_pages, max_items)
    while not walk.done:
        yield from walk.take(operation.sync(client=client, **walk.arguments(params)))


@overload
def apaginate(
    operation: AsyncPagedOperation[PageT],
    *,
    client: AuthenticatedClient | Client,
    items: Callable[[PageT], Iterable[T] | Unset | None],
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[T]: ...


@overload
def apaginate(
    operation: AsyncListOperation[T],
    *,
    client: AuthenticatedClient | Client,
    items: None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[T]: ...


@overload
def apaginate(
    operation: AsyncPagedOperation[Any],
    *,
    client: AuthenticatedClient | Client,
    items: str | None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]: ...


async def apaginate(
    operation: Any,
    *,
    client: AuthenticatedClient | Client,
    items: Any = None,
    max_pages: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """The async twin of ``paginate``: ``async for market in apaginate(get_markets, ...)``."""
    walk = _Walk(operation, items, max_pages, max_items)
    while not walk.done:
        for item in walk.take(await operation.asyncio(client=client, **walk.arguments(params))):
            yield item
