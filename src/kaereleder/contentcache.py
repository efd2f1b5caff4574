"""A cache of the parsed, validated content, so that a start does not import yaml.

Parsing and validating a content file costs more than the rest of ``show`` together
(importing yaml alone takes longer than rendering). The cache keeps the validated model in
``marshal`` form, next to what it was made from: the content file's bytes, the bytes of the
module that defines the model, the package version and the interpreter. A hit needs all
of them to be equal byte for byte, so a changed content file, a changed model or another
Python never gets a stale model; a miss parses as before and writes the cache anew.

The cache lives beside the content files in ``__pycache__`` (as Python keeps its own
``.pyc`` files), or in ``KAERELEDER_CACHE`` when that is set; ``KAERELEDER_CACHE=""``
turns it off. Every failure to read or write it is silent: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

ENV_CACHE = "KAERELEDER_CACHE"
FORMAT = 1


def folder(content_dir: Path) -> Path | None:
    """Where the cache files go, or None when the cache is turned off."""
    override = os.environ.get(ENV_CACHE)
    if override is None:
        return content_dir / "__pycache__"
    return Path(override) if override else None


def fingerprint(model_source: Path) -> tuple[Any, ...]:
    """What the cached model depends on besides the content file."""
    from kaereleder import __version__

    return (FORMAT, __version__, sys.version, model_source.read_bytes())


def get(path: Path | None, source: bytes, depends: tuple[Any, ...]) -> Any | None:
    """The cached model for ``source``, or None (no cache, stale, unreadable)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            stored = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(stored, tuple) and len(stored) == 3):
        return None
    cached_depends, cached_source, model = stored
    if cached_depends != depends or cached_source != source:
        return None
    return model


def put(path: Path | None, source: bytes, depends: tuple[Any, ...], model: Any) -> None:
    """Write the cache atomically; give up silently where that is not possible."""
    if path is None:
        return
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "wb") as f:
            marshal.dump((depends, source, model), f)
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temp.unlink()


# --- NamedTuple trees in marshal's plain types -------------------------------------------

_TAG = "\0"  # a tuple whose first item starts with it is a NamedTuple: (tag + class, *fields)


def encode(value: Any) -> Any:
    """A tree of NamedTuples, tuples and scalars as tuples, lists and scalars."""
    if isinstance(value, tuple):
        items = [encode(item) for item in value]
        if hasattr(value, "_fields"):
            return (_TAG + type(value).__name__, *items)
        return items
    return value


def decode(value: Any, classes: dict[str, type[NamedTuple]]) -> Any:
    """The inverse of ``encode``; raises KeyError or TypeError for a tree it did not make."""
    if isinstance(value, list):
        return tuple(decode(item, classes) for item in value)
    if isinstance(value, tuple):
        cls = classes[value[0][len(_TAG) :]]
        return cls(*(decode(item, classes) for item in value[1:]))
    return value
