"""Typed reading of a loaded YAML document, with errors that name file, place and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from kaereleder import yamlio
from kaereleder.errors import KaerelederError

T = TypeVar("T")

_TYPE_NAMES = {
    str: "tekst",
    int: "et heltal",
    float: "et decimaltal",
    bool: "ja/nej (true/false)",
    list: "en liste",
    dict: "en samling af nøgler",
}


def type_name(value: object) -> str:
    if value is None:
        return "tom"
    for kind, name in _TYPE_NAMES.items():
        if type(value) is kind:
            return name
    return type(value).__name__


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
        where = f"{self.source}, linje {line}" if line else self.source
        place = f"{path}: " if path else ""
        raise self.error(f"{where}: {place}{problem}")

    def value(self, data: dict[str, Any], key: str, path: str, kind: type[T]) -> T:
        here = yamlio.child(path, key)
        if key not in data:
            self.fail(path, f"'{key}' mangler")
        value = data[key]
        if type(value) is not kind:
            self.fail(here, f"skal være {_TYPE_NAMES[kind]}, ikke {type_name(value)}")
        return value

    def optional(self, data: dict[str, Any], key: str, path: str, kind: type[T]) -> T | None:
        if data.get(key) is None:
            return None
        return self.value(data, key, path, kind)

    def text(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.value(data, key, path, str)
        if not value.strip():
            self.fail(yamlio.child(path, key), "må ikke være tom")
        return value

    def mapping(self, value: object, path: str) -> dict[str, Any]:
        if type(value) is not dict:
            self.fail(path, f"skal være en samling af nøgler, ikke {type_name(value)}")
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
            self.fail(yamlio.child(path, key), f"'{value}' er ikke en af: {named}")
        return value


def read_file(path: Path, error: type[KaerelederError]) -> Reader:
    """Read the file at ``path`` (UTF-8) and parse it strictly, like ``read_document``."""
    from kaereleder import messages as msg

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(msg.journal_unreadable(path, exc)) from None
    return read_document(text, path, error)


def read_document(text: str, source: Path | str, error: type[KaerelederError]) -> Reader:
    """Parse ``text`` strictly; a YAML problem becomes ``error`` with file, line and column."""
    try:
        doc = yamlio.load(text)
    except yamlio.YamlProblem as exc:
        where = str(source)
        if exc.line:
            where += f", linje {exc.line}"
            if exc.column:
                where += f", kolonne {exc.column}"
        raise error(f"{where}: {exc.message}") from None
    return Reader(doc, source, error)
