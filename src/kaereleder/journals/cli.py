"""``kaereleder journal …``: the reflections over time. Parses, calls, renders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer

from kaereleder import content, document_cli, store
from kaereleder.clihelp import (
    DanishCommand,
    Home,
    JournalGroup,
    Publication,
    TextFormat,
    check_text_format,
)
from kaereleder.errors import KaerelederError
from kaereleder.journal import Journal
from kaereleder.journals import texts as txt
from kaereleder.plans.model import Plan
from kaereleder.visible import echo, echo_json

app = typer.Typer(
    name="journal",
    help=txt.JOURNAL_HELP,
    cls=JournalGroup,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help, as the root app: Danish headings, argument help
    add_completion=False,  # no English --install-completion that edits ~/.bashrc
)

JournalId = Annotated[str, typer.Argument(help=txt.JOURNAL_ID_HELP, metavar="ID")]
AsJson = Annotated[bool, typer.Option("--json", help=txt.JSON_HELP)]
# "-1" and "-2" are ids, not options.
ID_SETTINGS: dict[str, Any] = {"ignore_unknown_options": True}


def command(
    name: str, help_text: str, takes_id: bool = False
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A subcommand: its whole line in the command list (``SHORT_HELP``) and its help;
    ``takes_id``: ``-1`` and ``-2`` are ids, not options."""
    return app.command(
        name,
        short_help=txt.SHORT_HELP[name],
        help=help_text,
        cls=DanishCommand,
        context_settings=ID_SETTINGS if takes_id else None,
    )


@command("path", txt.JOURNAL_PATH_HELP)
def path_command(home: Home = None) -> None:
    echo(str(store.at(home).home))


@command("list", txt.JOURNAL_LIST_HELP)
def list_command(home: Home = None, as_json: AsJson = False) -> None:
    from kaereleder.journals import listing

    listing.run(home, as_json)


@command("show", txt.JOURNAL_SHOW_HELP, takes_id=True)
def show_command(journal_id: JournalId, home: Home = None) -> None:
    from kaereleder import render
    from kaereleder.render import journal as view

    folder = store.at(home)
    found = folder.find(journal_id)
    data = folder.read(found.path)
    render.console().print(view.reflection(content.load(data["publication"]), data))


@command("delete", txt.JOURNAL_DELETE_HELP, takes_id=True)
def delete_command(
    journal_id: JournalId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=txt.DELETE_YES_HELP)] = False,
    home: Home = None,
) -> None:
    import sys

    from kaereleder.journals import removal as removal

    if not yes and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise KaerelederError(txt.delete_needs_terminal(journal_id))
    gone = removal.delete(store.at(home), journal_id, (lambda found: True) if yes else _confirm)
    if gone is None:
        typer.echo(txt.DELETE_KEPT, err=True)
        return
    typer.echo(txt.deleted(gone.summary, gone.path.stem), err=True)


def _confirm(found: store.Listed) -> bool:
    """Ask in the terminal, »Nej, behold den« first: Enter alone deletes nothing."""
    from kaereleder.errors import Interrupted
    from kaereleder.reflect import prompts as prompts
    from kaereleder.reflect.session import Choice

    question = txt.delete_question(found.summary, found.path.stem)
    choices = [Choice("keep", txt.DELETE_KEEP), Choice("delete", txt.DELETE_CONFIRM)]
    try:
        with prompts.interrupts():
            return prompts.PromptAsker().choose_one("delete", question, choices) == "delete"
    except KeyboardInterrupt:
        raise Interrupted(txt.DELETE_INTERRUPTED) from None


# --- diff command -------------------------------------------------------------------------


@command("diff", txt.JOURNAL_DIFF_HELP, takes_id=True)
def diff_command(
    old: Annotated[str | None, typer.Argument(help=txt.DIFF_OLD_HELP, metavar="[FØR]")] = None,
    new: Annotated[str | None, typer.Argument(help=txt.DIFF_NEW_HELP, metavar="[NU]")] = None,
    show_all: Annotated[bool, typer.Option("--all", help=txt.DIFF_ALL_HELP)] = False,
    form: TextFormat = "text",
    home: Home = None,
) -> None:
    from kaereleder.journals import diff as diff

    check_text_format(form)
    folder = store.at(home)
    first, second = store.pick_pair(folder, old, new)
    before, after = folder.read(first.path), folder.read(second.path)
    result = diff.compare(content.load(after["publication"]), before, after)
    if form == "json":
        echo_json(diff.as_data(result))
        return
    from kaereleder import render
    from kaereleder.render import diff as view

    pub = content.load(result.publication)
    if form == "markdown":
        echo(view.markdown(pub, result, show_all), nl=False)
        return
    render.page(view.text(pub, result, show_all))


# --- trend and export commands ------------------------------------------------------------


@command("trend", txt.JOURNAL_TREND_HELP)
def trend_command(
    publication: Publication = "leder",
    as_json: AsJson = False,
    home: Home = None,
) -> None:
    from kaereleder.journals import trend as trend

    pub = content.load(publication)
    folder = store.at(home)
    data = trend.build(pub, (item.summary for item in folder.listing()))
    if as_json:
        echo_json(trend.as_json(data))
        return
    if not data.points:
        echo(txt.no_trend(pub, folder.home), err=True)
        return
    from kaereleder import render
    from kaereleder.render import trend as view

    render.console().print(view.chart(pub, data))


@command("export", txt.JOURNAL_EXPORT_HELP, takes_id=True)
def export_command(
    journal_id: JournalId,
    form: document_cli.Format = None,
    output: document_cli.Output = None,
    lus: Annotated[bool, typer.Option("--lus", help=txt.EXPORT_LUS_HELP)] = False,
    home: Home = None,
) -> None:
    from kaereleder.journals import export as export

    folder = store.at(home)
    if output is not None and folder.owns(output):
        raise KaerelederError(txt.export_into_journals(output))
    chosen_format = document_cli.chosen_format(form, output)
    data = folder.read(folder.find(journal_id).path)
    pub = content.load(data["publication"])
    reviewed = _reviewed_plan(folder, data)
    if lus:
        text = _lus_pack(folder, pub, data, chosen_format, reviewed)
        if text is None:
            echo(txt.LUS_NOTHING, err=True)
            return
        document_cli.deliver(text, output, txt.lus_written)
        return
    text = export.render(chosen_format, pub, data, reviewed)
    document_cli.deliver(text, output, txt.exported_to)


def _reviewed_plan(folder: store.Store, data: Journal) -> Plan | None:
    """The plan the reflection's review looks back on, for its goals' words; None if there
    is no review, or its reflection is gone or cannot be read."""
    reviewed = (data.get("review") or {}).get("plan")
    if not reviewed:
        return None
    try:
        return folder.read(folder.find(reviewed).path).get("plan")
    except KaerelederError:
        return None


def _lus_pack(
    folder: store.Store,
    pub: content.Publication,
    data: Journal,
    chosen_format: str,
    reviewed: Plan | None,
) -> str | None:
    """The pack for the talk with the chef: on a terminal the leader ticks what goes in;
    without one, only the defaults, and a line on stderr says what was left out. None if
    nothing is chosen."""
    import sys

    from kaereleder.journals import lus as lus_pack
    from kaereleder.journals import lus_team
    from kaereleder.reflect.reflection import now

    team = lus_team.team_for(folder, pub, data)
    offered = lus_pack.offers(pub, data, team)
    if sys.stdin.isatty() and sys.stdout.isatty():
        from kaereleder.errors import Interrupted
        from kaereleder.reflect import prompts as prompts

        try:
            with prompts.interrupts():
                chosen = lus_pack.choose(prompts.PromptAsker(), pub, offered)
        except KeyboardInterrupt:
            raise Interrupted(txt.LUS_INTERRUPTED) from None
    else:
        chosen = lus_pack.defaults(offered)
        left_out = lus_pack.left_out(pub, offered, chosen)
        if left_out:
            echo(left_out, err=True)
    if not chosen:
        return None
    return lus_pack.render(chosen_format, pub, data, chosen, team, now().date(), reviewed)
