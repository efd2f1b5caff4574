"""Typed reading of a loaded YAML document, with errors that name file, place and line."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, NoReturn, TypeVar

from kaereleder import messages as msg
from kaereleder import yamlio
from kaereleder.errors import KaerelederError

T = TypeVar("T")


class Reader:
    """Reads values out of a ``yamlio.Document``; every failure raises ``error``."""

    def __init__(
        self,
        doc: yamlio.Document,
        source: Path | str,
        error: type[KaerelederError],
    ) -> None:
        self.doc = doc
        self.source = str(source)
        self.error = error

    def fail(self, path: str, problem: str) -> NoReturn:
        line = self.doc.line(path)
        where = msg.place(self.source, line)
        place = f"{msg.short(path)}: " if path else ""  # a key in it may be 50 MB long
        raise self.error(f"{where}: {place}{problem}")

    def value(self, data: dict[str, Any], key: str, path: str, kind: type[T]) -> T:
        here = yamlio.child(path, key)
        if key not in data:
            self.fail(path, msg.missing(key))
        value = data[key]
        if type(value) is not kind:
            self.fail(here, msg.must_be(kind, value))
        return value

    def optional(self, data: dict[str, Any], key: str, path: str, kind: type[T]) -> T | None:
        if data.get(key) is None:
            return None
        return self.value(data, key, path, kind)

    def answer_text(self, value: object, path: str) -> str:
        """A free-text answer: text, or empty where it was emptied by hand (null)."""
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(path, msg.journal_not_text(value))
        return value

    def text(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.value(data, key, path, str)
        if not value.strip():
            self.fail(yamlio.child(path, key), msg.MUST_NOT_BE_EMPTY)
        return value

    def mapping(self, value: object, path: str) -> dict[str, Any]:
        if type(value) is not dict:
            self.fail(path, msg.must_be(dict, value))
        return value

    def items(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        build: Callable[[dict[str, Any], str], T],
    ) -> tuple[T, ...]:
        """A list of mappings under ``key``, each turned into a ``T`` by ``build``."""
        values = self.value(data, key, path, list)
        here = yamlio.child(path, key)
        return tuple(
            build(self.mapping(item, yamlio.child(here, i)), yamlio.child(here, i))
            for i, item in enumerate(values)
        )

    def choice(self, data: dict[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> str:
        value = self.value(data, key, path, str)
        if value not in allowed:
            named = ", ".join(a for a in allowed if a) + (" eller tom" if "" in allowed else "")
            self.fail(yamlio.child(path, key), msg.not_one_of(value, named))
        return value


# Every file kaereleder reads from a user (journal, answers file, form, survey) is at most
# this big: a real journal is about 20 KiB. A bigger file, or one that is not a regular file
# (a FIFO, a device, a link to /dev/zero), is refused before it is read.
MAX_BYTES = 1024 * 1024
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class Read(NamedTuple):
    """A file's text and which file it was (device and inode, as ``os.fstat`` saw them)."""

    text: str
    device: int
    inode: int


def read_text(path: Path, error: type[KaerelederError], limit: int | None = None) -> Read:
    """The UTF-8 text of the regular file at ``path``, at most ``limit`` (``MAX_BYTES``)
    bytes, with universal newlines as ``Path.read_text``. A FIFO or device is never opened
    for a blocking read."""
    limit = MAX_BYTES if limit is None else limit
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # not even opened: a device may react
            raise error(msg.not_a_regular_file(path))
        fd = os.open(path, _READ_FLAGS)
        try:
            info = os.fstat(fd)  # the file opened, whatever was swapped in since the stat
            if not stat.S_ISREG(info.st_mode):
                raise error(msg.not_a_regular_file(path))
            data = _read_at_most(fd, limit + 1, info.st_size)
        finally:
            os.close(fd)
        if len(data) > limit:
            raise error(msg.file_too_big(path, limit))
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(msg.journal_unreadable(path, exc)) from None
    if "\r" in text:  # a quick look first: replacing scans 5 MB (the index) slowly
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Read(text, info.st_dev, info.st_ino)


def _read_at_most(fd: int, limit: int, expected: int) -> bytes:
    """Up to ``limit`` bytes, to the end of the file; ``expected``: its size as it was
    (each read asks for what is left of that and a little more, not for ``limit``: a read
    of 256 MiB allocates them, however small the file)."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, min(limit - size, max(expected - size, 0) + 65536))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_file(path: Path, error: type[KaerelederError]) -> Reader:
    """Read the file at ``path`` (see ``read_text``) and parse it strictly."""
    return read_document(read_text(path, error).text, path, error)


def read_document(text: str, source: Path | str, error: type[KaerelederError]) -> Reader:
    """Parse ``text`` strictly; a YAML problem becomes ``error`` with file, line and column."""
    try:
        doc = yamlio.load(text)
    except yamlio.YamlProblem as exc:
        where = msg.place(str(source), exc.line, exc.column)
        raise error(f"{where}: {exc.message}") from None
    return Reader(doc, source, error)
