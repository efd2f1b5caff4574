"""``kaereleder journal …``: the reflections over time. Parses, calls, renders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from kaereleder import content, store
from kaereleder import messages as msg
from kaereleder.clihelp import DanishCommand, DanishSubGroup

app = typer.Typer(name="journal", help=msg.JOURNAL_HELP, cls=DanishSubGroup, no_args_is_help=True)

Home = Annotated[Path | None, typer.Option("--home", help=msg.HOME_HELP, metavar="MAPPE")]
JournalId = Annotated[str, typer.Argument(help=msg.JOURNAL_ID_HELP, metavar="ID")]
AsJson = Annotated[bool, typer.Option("--json", help=msg.JSON_HELP)]
# "-1" and "-2" are ids, not options.
ID_SETTINGS: dict[str, Any] = {"ignore_unknown_options": True}


def journals(home: Path | None) -> store.Store:
    return store.Store(home or store.default_home())


def numbers() -> dict[str, dict[str, int]]:
    """Expectation numbers by publication and id, for short display."""
    return {
        name: {e.id: e.number for e in content.load(name).expectations}
        for name in content.PUBLICATIONS
    }


@app.command("path", help=msg.JOURNAL_PATH_HELP, cls=DanishCommand)
def path_command(home: Home = None) -> None:
    typer.echo(str(journals(home).home))


@app.command("list", help=msg.JOURNAL_LIST_HELP, cls=DanishCommand)
def list_command(home: Home = None, as_json: AsJson = False) -> None:
    items = journals(home).listing()[::-1]
    if as_json:
        rows = [
            {"path": str(i.path), **i.summary}
            if i.summary
            else {"path": str(i.path), "error": i.error}
            for i in items
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from kaereleder import render
    from kaereleder.render import journal as view

    if not items:
        typer.echo(msg.no_journals(journals(home).home), err=True)
        return
    render.console().print(view.listing(items, numbers()))


@app.command("show", help=msg.JOURNAL_SHOW_HELP, cls=DanishCommand, context_settings=ID_SETTINGS)
def show_command(journal_id: JournalId, home: Home = None) -> None:
    from kaereleder import render
    from kaereleder.render import journal as view

    folder = journals(home)
    found = folder.find(journal_id)
    data = folder.read(found.path)
    render.console().print(view.reflection(content.load(data["publication"]), data))


# --- diff command -------------------------------------------------------------------------


# --- trend and export commands ------------------------------------------------------------
