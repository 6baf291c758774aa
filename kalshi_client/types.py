"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


M = TypeVar("M")


def as_subclass(cls: type[M], instance: Any) -> M:
    """``instance`` (a generated model) rebuilt as ``cls``, a subclass of its class."""
    values = {
        field.alias: getattr(instance, field.name)
        for field in fields(type(instance))
        if field.init
    }
    rebuilt = cls(**values)
    if hasattr(instance, "additional_properties"):
        rebuilt.additional_properties = instance.additional_properties  # type: ignore[attr-defined]
    return rebuilt


def wrong_type(value: object) -> NoReturn:
    """Refuse a value whose JSON type is not the field's."""
    raise TypeError(f"a JSON value of the wrong type ({type(value).__name__})")


E = TypeVar("E", bound=Enum)


def enum_member(kind: type[E], value: object, name: str) -> E:
    """``kind(value)``, or ``KalshiArgumentError`` saying which values ``name`` takes."""
    try:
        return kind(value)
    except ValueError:
        from kalshi_auth.errors import KalshiArgumentError  # the error path only

        allowed = ", ".join(repr(member.value) for member in kind)
        raise KalshiArgumentError(
            f"{name} must be one of {allowed} ({kind.__name__}), not {value!r:.60}."
        ) from None


def enum_value(kind: type[Enum], value: object, name: str) -> Any:
    """The JSON value of ``enum_member(kind, value, name)``."""
    return enum_member(kind, value, name).value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_subclass",
    "enum_member",
    "enum_value",
    "wrong_type",
]
