"""``kaereleder vejledning``: the Danish guide and the file formats, shipped in the wheel.

Shown through a pager on a terminal (``less`` or ``more``, or ``$PAGER``), plainly when
piped, and plainly on Windows, whose ``more`` cannot show UTF-8 text.
"""

from __future__ import annotations

import os
import sys

from kaereleder import messages as msg
from kaereleder import shipped
from kaereleder.errors import ContentError, NotFoundError

GUIDE = "brugervejledning.md"
# Topic -> the file in docs/.
TOPICS = {"format": "journal-format.md", "team": "team-format.md"}


def text(topic: str | None) -> str:
    """The guide (no topic) or the description of one file format."""
    if topic is None:
        name = GUIDE
    elif topic in TOPICS:
        name = TOPICS[topic]
    else:
        raise NotFoundError(msg.no_such_topic(topic, list(TOPICS)))
    path = shipped.folder("docs") / name
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(msg.guide_unreadable(path, exc)) from None


def show(document: str) -> None:
    """Through a pager where one can be used, else plainly on stdout."""
    import click

    if sys.stdout.isatty() and sys.stdin.isatty() and sys.platform != "win32":
        os.environ.setdefault("LESSCHARSET", "utf-8")  # æøå, whatever the locale says
        click.echo_via_pager(msg.PAGER_KEYS + "\n\n" + document)
    else:
        click.echo(document, nl=False)
