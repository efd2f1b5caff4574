"""Strict, safe YAML reading shared by content files and journals.

``load`` composes the document with libyaml when available and builds plain Python values
itself, so that it can:

* refuse every tag but the plain YAML ones (no ``!!python/...``),
* refuse duplicate keys, naming both lines,
* refuse anchors/aliases (no shared or exponential structures),
* remember the line of every value by its path (``expectations[2].risks[0]``), so that
  validation errors can name file, place and line.
"""

from __future__ import annotations

from typing import Any


class YamlProblem(Exception):
    """A YAML document is not acceptable; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class Document:
    """A loaded YAML document and the line of each value, by path."""

    def __init__(self, data: Any = None) -> None:
        self.data = data
        self.lines: dict[str, int] = {}

    def line(self, path: str) -> int:
        """The line of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = parent_path(path)
        return self.lines.get("", 0)


def parent_path(path: str) -> str:
    if path.endswith("]"):
        return path[: path.rindex("[")]
    return path.rpartition(".")[0]


def child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def load(text: str) -> Document:
    """Parse ``text`` as one strict YAML document (``yamlparse``; yaml is imported then)."""
    from kaereleder import yamlparse

    return yamlparse.load(text)
