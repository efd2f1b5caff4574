"""The console script's start: ``show``, ``list`` and ``--version`` without the Typer app.

Building the Typer app imports typer and click, which costs more than all that ``show``
does. For the few command lines that need no parser, this module recognises them itself
and calls the very functions the Typer commands call (``views``), through the same exit
point (``exitpoint``). Anything else — help, an option it does not know, a number that is
not plain digits, an error of any kind in the command line — goes to ``cli`` untouched,
so every message about the command line comes from the one definition there.
``tests/test_quick.py`` proves, for every option of these commands, that both starts
print the same and exit with the same code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from kaereleder.views import PUBLICATION_OPTION

_SHORT, _LONG = PUBLICATION_OPTION


def _publication(args: Sequence[str]) -> tuple[list[str], str | None] | None:
    """The positional arguments and the last ``-p`` value; None if anything else is there."""
    positional: list[str] = []
    publication: str | None = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in (_SHORT, _LONG):
            if not rest or rest[0].startswith("-"):
                return None
            publication = rest.pop(0)
        elif arg.startswith(_LONG + "="):
            publication = arg[len(_LONG) + 1 :]
        elif arg.startswith(_SHORT) and not arg.startswith("--") and len(arg) > len(_SHORT):
            publication = arg[len(_SHORT) :]
        elif arg.startswith("-"):
            return None
        else:
            positional.append(arg)
    return positional, publication


def recognise(args: Sequence[str]) -> Callable[[], None] | None:
    """What to run for ``args`` without the Typer app, or None: leave it to ``cli``."""
    if list(args) == ["--version"]:
        return _version
    if not args or args[0] not in ("show", "list"):
        return None
    parsed = _publication(args[1:])
    if parsed is None:
        return None
    positional, publication = parsed
    from kaereleder import views

    if args[0] == "list":
        return None if positional else lambda: views.list_publications(publication)
    if len(positional) != 1 or not (positional[0].isascii() and positional[0].isdigit()):
        return None
    number = positional[0]
    return lambda: views.show(
        number, views.DEFAULT_PUBLICATION if publication is None else publication
    )


def _version() -> None:
    from kaereleder import __version__

    sys.stdout.write(f"kaereleder {__version__}\n")


def utf8_when_redirected() -> None:
    """Output to a pipe or a file is UTF-8, as every file the tool writes.

    On Windows, Python writes redirected output in the ANSI code page (cp1252), which has
    no »─« or »→«: `kaereleder show 3 > fil.txt` would fail. A terminal keeps its own.
    """
    import io

    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or stream.isatty():
            continue
        if stream.encoding.lower().replace("-", "").replace("_", "") != "utf8":
            stream.reconfigure(encoding="utf-8")


def main() -> None:
    """The console script: ``kaereleder``."""
    utf8_when_redirected()
    run = recognise(sys.argv[1:])
    if run is None:
        from kaereleder import cli

        cli.main()
        return
    from kaereleder.exitpoint import exit_code

    sys.exit(exit_code(run))
