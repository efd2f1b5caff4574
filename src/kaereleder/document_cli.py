"""What the commands that write a document share (``journal export``, ``dialog``): the
``--format`` and ``-o`` options, and the document to stdout or to a private file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from kaereleder import messages as msg
from kaereleder.errors import UsageError

Format = Annotated[
    str, typer.Option("--format", help=msg.EXPORT_FORMAT_HELP, metavar="markdown|html")
]
Output = Annotated[
    Path | None, typer.Option("-o", "--output", help=msg.EXPORT_OUTPUT_HELP, metavar="FIL")
]


def check_format(name: str) -> None:
    if name not in msg.EXPORT_FORMATS:
        raise UsageError(msg.unknown_format(name))


def deliver(text: str, output: Path | None, written: Callable[[Path], str]) -> None:
    """``text`` to stdout; or to ``output`` (0600), saying on stderr where it was written.
    Control characters from answers are made visible in both: a file is shown later."""
    from kaereleder.visible import echo, visible

    if output is None:
        echo(text, nl=False)
        return
    from kaereleder import store

    store.write_private(output, visible(text))
    echo(written(output.absolute()), err=True)
