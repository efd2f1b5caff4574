"""What the commands that write a document share (``journal export``, ``dialog``): the
``--format`` and ``-o`` options, the format taken from the file's extension, and the
document to stdout or to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from kaereleder import messages as msg
from kaereleder.errors import UsageError

Format = Annotated[
    str | None, typer.Option("--format", help=msg.EXPORT_FORMAT_HELP, metavar="markdown|html")
]
Output = Annotated[  # a private document: an export of a reflection
    Path | None, typer.Option("-o", "--output", help=msg.EXPORT_OUTPUT_HELP, metavar="FIL")
]
SharedOutput = Annotated[  # a document meant for others: the meeting guide
    Path | None, typer.Option("-o", "--output", help=msg.SHARED_OUTPUT_HELP, metavar="FIL")
]
DEFAULT = "markdown"
# The format a file's extension names (what a browser or an editor will take it for).
BY_EXTENSION = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}
# Named by the extension, but not written by these commands: refused, never Markdown in a
# file a program would open as something else.
BY_EXTENSION_ALSO = {
    ".json": "json",
    ".pdf": "pdf",
    ".doc": "word",
    ".docx": "word",
    ".odt": "odt",
    ".rtf": "rtf",
}


def check_format(name: str) -> None:
    if name not in msg.EXPORT_FORMATS:
        raise UsageError(msg.unknown_format(name))


def chosen_format(form: str | None, output: Path | None) -> str:
    """``--format`` if given; else the one ``-o FILE``'s extension names; else Markdown.
    A ``--format`` the extension contradicts, or an extension of a format not offered, is
    one Danish line: the file would open as something it is not."""
    if form is not None:
        check_format(form)
    if output is None:
        return form or DEFAULT
    named = {**BY_EXTENSION, **BY_EXTENSION_ALSO}.get(output.suffix.lower())
    if named is not None and named not in msg.EXPORT_FORMATS:
        raise UsageError(msg.format_not_offered(output, named))
    if form is not None and named is not None and named != form:
        raise UsageError(msg.format_mismatch(output, form, named))
    return form or named or DEFAULT


def deliver(
    text: str, output: Path | None, written: Callable[[Path], str], private: bool = True
) -> None:
    """``text`` to stdout; or to ``output`` (0600 if ``private``, else the usual
    permissions), saying on stderr where it was written. A missing folder is created.
    Control characters from answers are made visible in both: a file is shown later."""
    from kaereleder.visible import echo, say, visible

    if output is None:
        echo(text, nl=False)
        return
    from kaereleder import store

    store.write_document(output, visible(text), private)
    say(written(output.absolute()), err=True)
