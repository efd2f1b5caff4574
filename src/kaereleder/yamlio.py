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

import yaml

from kaereleder import messages as msg

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_SCALAR_TAGS = {_STR, _TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"}
_MAP = _TAG + "map"
_SEQ = _TAG + "seq"
# Timestamps stay text: journals keep times as ISO strings, and a hand-edited unquoted
# time must not turn into another type.
_AS_TEXT = {_TAG + "timestamp"}

_constructor = yaml.constructor.SafeConstructor()


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
    """Parse ``text`` as one strict YAML document."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        problem = msg.short(msg.yaml_problem(str(exc.problem or exc.context)))
        raise YamlProblem(msg.yaml_invalid(problem), line, column) from None
    except yaml.reader.ReaderError as exc:  # a control character in the file itself
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        line = text.count("\n", 0, max(text.find(chr(code)), 0)) + 1  # its first place
        raise YamlProblem(msg.yaml_bad_character(code), line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(msg.yaml_invalid(msg.short(exc))) from None
    doc = Document()
    if node is None:
        return doc
    doc.data = _build(node, "", doc.lines, set())
    return doc


def _build(node: yaml.Node, path: str, lines: dict[str, int], seen: set[int], at: int = 0) -> Any:
    """``at``: the line of the key ``node`` is the value of, where an alias stands."""
    line = node.start_mark.line + 1
    # An alias is the node it names, met again: refused for scalars too, or a file of
    # aliases to one long text would grow to gigabytes when read.
    if id(node) in seen:
        raise YamlProblem(msg.YAML_NO_ALIASES, at or line)
    lines[path] = line
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, line)
    if isinstance(node, yaml.SequenceNode):
        _check_tag(node.tag, _SEQ, line)
        return [_build(item, child(path, i), lines, seen) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.MappingNode)
    _check_tag(node.tag, _MAP, line)
    result: dict[Any, Any] = {}
    key_lines: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlProblem(msg.YAML_KEY_NOT_SCALAR, key_line)
        if key_node.tag == _TAG + "merge":
            raise YamlProblem(msg.YAML_NO_MERGE, key_line)
        key = _scalar(key_node, key_line)
        if isinstance(key, (list, dict)) or key is None:
            raise YamlProblem(msg.YAML_KEY_NOT_TEXT, key_line)
        if key in key_lines:
            raise YamlProblem(msg.yaml_duplicate_key(key, key_lines[key], key_line), key_line)
        key_lines[key] = key_line
        result[key] = _build(value_node, child(path, str(key)), lines, seen, key_line)
    return result


def _check_tag(tag: str, expected: str, line: int) -> None:
    if tag != expected:
        raise YamlProblem(msg.yaml_tag_refused(tag), line)


def _scalar(node: yaml.ScalarNode, line: int) -> Any:
    tag = node.tag
    if tag in _AS_TEXT:
        return node.value
    if tag not in _SCALAR_TAGS:
        raise YamlProblem(msg.yaml_tag_refused(tag), line)
    if tag == _STR:
        return node.value
    try:
        return _constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as exc:
        raise YamlProblem(msg.yaml_bad_value(exc), line) from None
