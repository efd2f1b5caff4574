"""The console script's start: ``show``, ``list``, ``reflect``, ``journal list`` and
``--version`` without the Typer app.

Building the Typer app imports typer and click, which costs more than all that ``show``
does. For the few command lines that need no parser, this module recognises them itself
and calls the very functions the Typer commands call (``views``, ``reflection.run``) —
``reflect`` then reaches its first prompt sooner — through the same exit
point (``exitpoint``). Anything else — help, an option it does not know, a number that is
not plain digits, an error of any kind in the command line — goes to ``cli`` untouched,
so every message about the command line comes from the one definition there.
``tests/test_quick.py`` proves, for every option of these commands, that both starts
print the same and exit with the same code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from kaereleder.views import PUBLICATION_OPTION

# The options each quick command takes, by every name click knows them by: what it keeps.
# ``value`` keeps the last value, ``numbers`` every value (plain digits), ``flag`` True.
OPTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "list": dict.fromkeys(PUBLICATION_OPTION, ("publication", "value")),
    "show": dict.fromkeys(PUBLICATION_OPTION, ("publication", "value")),
    "reflect": {
        **dict.fromkeys(PUBLICATION_OPTION, ("publication", "value")),
        **dict.fromkeys(("-e", "--expectation"), ("numbers", "numbers")),
        "--resume": ("resume", "flag"),
        "--answers": ("answers", "value"),
        "--home": ("home", "value"),
    },
    "journal list": {"--home": ("home", "value"), "--json": ("as_json", "flag")},
}
POSITIONAL = {"list": 0, "show": 1, "reflect": 0, "journal list": 0}


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse(command: str, args: Sequence[str]) -> tuple[list[str], dict[str, Any]] | None:
    """The positional arguments and options of ``command``, as click would give them; None
    for anything this small parser does not know for certain (help, errors, ``--``)."""
    known = OPTIONS[command]
    positional: list[str] = []
    found: dict[str, Any] = {}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, value = arg, None
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
        elif arg[:1] == "-" and arg[1:2] != "-" and len(arg) > 2 and arg[:2] in known:
            name, value = arg[:2], arg[2:]  # -pchef, -e3
        if not arg.startswith("-"):
            positional.append(arg)
            continue
        if name not in known:
            return None
        dest, kind = known[name]
        if kind == "flag":
            if value is not None:
                return None
            found[dest] = True
            continue
        if value is None:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if kind == "numbers":
            if not _digits(value):
                return None
            found.setdefault(dest, []).append(int(value))
        elif not value and dest != "publication":
            return None  # an empty path: left to click
        else:
            found[dest] = value
    if len(positional) != POSITIONAL[command]:
        return None
    return positional, found


def recognise(args: Sequence[str]) -> Callable[[], None] | None:
    """What to run for ``args`` without the Typer app, or None: leave it to ``cli``."""
    if list(args) == ["--version"]:
        return _version
    words = 2 if args[:1] == ["journal"] else 1
    command = " ".join(args[:words])
    if command not in OPTIONS:
        return None
    parsed = parse(command, args[words:])
    if parsed is None:
        return None
    positional, found = parsed
    publication = found.get("publication")
    if command == "reflect":
        return lambda: _reflect(found)
    if command == "journal list":
        return lambda: _journal_list(found)
    from kaereleder import views

    if args[0] == "list":
        return lambda: views.list_publications(publication)
    number = positional[0]
    if not _digits(number):
        return None
    return lambda: views.show(
        number, views.DEFAULT_PUBLICATION if publication is None else publication
    )


def _journal_list(found: dict[str, Any]) -> None:
    from pathlib import Path

    from kaereleder.journals import listing

    home = found.get("home")
    listing.run(None if home is None else Path(home), found.get("as_json", False))


def _reflect(found: dict[str, Any]) -> None:
    from pathlib import Path

    from kaereleder.reflect import reflection as reflection

    answers, home = found.get("answers"), found.get("home")
    reflection.run(
        found.get("publication"),
        found.get("numbers", ()),
        found.get("resume", False),
        None if answers is None else Path(answers),
        None if home is None else Path(home),
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
