"""Put the files ``update`` made in place: openapi.yaml, kalshi_client/ and CHANGELOG.md
together, or none of them.

A tree with the new spec but the old package (or without its CHANGELOG.md entry) is worse
than either: ``make check-generated`` fails and the release notes lie. So everything is
copied beside its target first (``.NAME.new``), which may fail or be interrupted freely;
then each target is renamed to ``.NAME.old`` and its copy renamed into place, with SIGINT
and SIGTERM held back for those few renames, and any failure renames everything back.
Only a crash (SIGKILL, power loss) can leave a ``.NAME.old`` behind; ``leftovers`` finds
it, and ``update`` refuses to run until a maintainer has looked.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

Replacement = Path | str  # a file or folder to copy, or the text of a file


def staged(root: Path, name: str) -> Path:
    return root / f".{name}.new"


def backup(root: Path, name: str) -> Path:
    return root / f".{name}.old"


def leftovers(root: Path, names: tuple[str, ...]) -> list[Path]:
    """The backups an interrupted swap left: the tree may hold some new files and some old."""
    return [backup(root, name) for name in names if _exists(backup(root, name))]


def swap_in(root: Path, replacements: Mapping[str, Replacement]) -> None:
    """Replace each ``root/NAME`` by its replacement, all of them or none (see the module)."""
    copies: dict[str, Path] = {}
    try:
        for name, new in replacements.items():
            copies[name] = staged(root, name)
            _remove(copies[name])
            if isinstance(new, str):
                copies[name].write_text(new, encoding="utf-8")
            elif new.is_dir():
                shutil.copytree(new, copies[name])
            else:
                shutil.copyfile(new, copies[name])
        with _signals_held():
            _rename_all(root, copies)
    finally:
        for copy in copies.values():
            _remove(copy)


def _rename_all(root: Path, copies: Mapping[str, Path]) -> None:
    moved: list[str] = []  # targets now at their backup
    placed: list[str] = []  # copies now at their target
    try:
        for name, copy in copies.items():
            if _exists(root / name):
                os.rename(root / name, backup(root, name))
                moved.append(name)
            os.rename(copy, root / name)
            placed.append(name)
    except BaseException:
        for name in reversed(placed):
            _remove(root / name)
        for name in reversed(moved):
            os.rename(backup(root, name), root / name)
        raise
    for name in moved:
        _remove(backup(root, name))


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the renames are done (or undone), then act as usual.

    Their handlers are swapped for one that notes them, rather than masked: a signal sent to
    the process may be delivered to any thread, and Python runs handlers in the main thread
    anyway. Only the main thread can set handlers; elsewhere nothing is held.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {held_one: signal.signal(held_one, lambda number, frame: noted.append(number)) for held_one in held}
    try:
        yield
    finally:
        for held_one, handler in before.items():
            signal.signal(held_one, signal.SIG_DFL if handler is None else handler)
        for number in noted:
            signal.raise_signal(number)


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif _exists(path):
        path.unlink()
