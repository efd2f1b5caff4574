"""Files shipped with the package (the content and the guides), wherever it runs from."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def folder(name: str) -> Path:
    """The shipped folder ``name``: inside the installed package, or the source tree."""
    # Installed: the wheel puts content/ and docs/ inside the package (plain files, no zip).
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    # An editable install runs from the source tree, where they are at the top.
    return _PACKAGE.parents[1] / name
