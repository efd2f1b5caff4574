"""``kaereleder plan …``: the current development plan, what is due, done, in the calendar.

The commands read the clock once (``reflection.now``) and pass the day on: ``show``,
``done``, ``undo`` and ``write_ics`` take it, so tests run them on any day they choose.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from kaereleder import content, store
from kaereleder import messages as msg
from kaereleder.clihelp import DanishCommand, DanishSubGroup, Home, OptionalPublication
from kaereleder.errors import Interrupted, JournalError, KaerelederError, UsageError
from kaereleder.plans import cli_texts as txt
from kaereleder.plans import current as plan_store
from kaereleder.plans import texts as words
from kaereleder.plans.model import Item, iso_day
from kaereleder.visible import say


class PlanGroup(DanishSubGroup):
    words = msg.COMMAND_WORDS["plan"]


app = typer.Typer(
    name="plan",
    help=txt.PLAN_HELP,
    cls=PlanGroup,
    no_args_is_help=False,  # `kaereleder plan` alone shows the plan
    rich_markup_mode=None,  # plain help, as the root app
    add_completion=False,
)
Number = Annotated[int, typer.Argument(help=txt.NUMBER_HELP, metavar="N")]
Note = Annotated[str | None, typer.Option("--note", help=txt.NOTE_HELP, metavar="TEKST")]


def _today() -> date:
    from kaereleder.reflect.reflection import now  # the one clock, at the command's edge

    return now().date()


# --- the library the commands call with today ---------------------------------------------


def show(journals: store.Store, publication: str | None, today: date) -> None:
    """Print the current plan as due on ``today``, or one line on how to make one."""
    found = plan_store.find(journals, publication)
    if found is None:
        say(plan_store.no_plan(journals, publication))
        return
    from kaereleder import render
    from kaereleder.render import plan as view

    shown = found.journal["publication"]
    title = content.load(shown).source.title
    render.console().print(view.plan(title, found.journal["started"], found.items, today))
    if publication is None:  # the newest plan of either: say where the other one is
        other = next(name for name in content.PUBLICATIONS if name != shown)
        with contextlib.suppress(JournalError):  # a broken file: no hint, the plan shown
            if plan_store.find(journals, other) is not None:
                say(txt.other_plan(content.load(other).source.title, other))


def done(
    journals: store.Store,
    number: int,
    note: str | None,
    today: date,
    publication: str | None,
    ask: Callable[[Item], str] | None = None,
) -> None:
    """Mark item ``number`` done ``today``; say what was done. Without ``note``, ``ask``
    asks for one."""
    before, after = plan_store.mark(journals, number, today, note, publication, ask)
    if before.done is None:
        say(txt.marked(number, words.item_title(after), today))
    elif after != before:
        say(txt.note_updated(number))
    else:
        say(txt.already_done(number, iso_day(before.done["day"])))


def undo(journals: store.Store, number: int, publication: str | None) -> None:
    before, _ = plan_store.reopen(journals, number, publication)
    if before.done is None:
        say(txt.not_done(number))
        return
    say(txt.reopened(number, words.item_title(before)))


def write_ics(
    journals: store.Store,
    publication: str | None,
    output: Path,
    details: bool,
    stamp: datetime,
) -> None:
    """Write the current plan's calendar file to ``output`` (0600; ``-``: stdout)."""
    from kaereleder.plans import ics

    if str(output) != "-":
        if output.suffix.lower() != ".ics":  # what a calendar, and Windows, opens as one
            raise UsageError(txt.ics_not_ics(output))
        if journals.owns(output):
            raise KaerelederError(txt.ics_into_journals(output))
    found = plan_store.required(journals, publication)
    count = sum(item.due is not None for item in found.items)
    if not count:
        raise KaerelederError(txt.ics_nothing_dated())
    data = ics.calendar(found, stamp, details)
    if str(output) == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    store.write_document(output, data.decode("utf-8"), private=True)
    undated = [item.number for item in found.items if item.due is None]
    say(txt.ics_written(output.absolute(), count, undated), err=True)


# --- the commands ------------------------------------------------------------------------


@app.callback(invoke_without_command=True)
def plan_command(
    ctx: typer.Context,
    publication: OptionalPublication = None,
    ics: Annotated[bool, typer.Option("--ics", help=txt.ICS_HELP)] = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=txt.OUTPUT_HELP, metavar="FIL")
    ] = None,
    details: Annotated[bool, typer.Option("--details", help=txt.DETAILS_HELP)] = False,
    home: Home = None,
) -> None:
    if ctx.invoked_subcommand is not None:
        if ics or output is not None or details:
            raise UsageError(txt.ics_with_command(ctx.invoked_subcommand))
        ctx.obj = (publication, home)  # `plan -p chef done 2` is `plan done 2 -p chef`
        return
    journals = store.at(home)
    if ics or output is not None or details:
        from kaereleder.reflect.reflection import now

        write_ics(journals, publication, output or Path(txt.DEFAULT_ICS), details, now())
        return
    show(journals, publication, _today())


def _inherited(
    ctx: typer.Context, publication: str | None, home: Path | None
) -> tuple[str | None, store.Store]:
    outer_publication, outer_home = ctx.obj or (None, None)
    return publication or outer_publication, store.at(home or outer_home)


def command(name: str, help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A subcommand: its whole line in the command list (``SHORT_HELP``) and its help."""
    return app.command(name, short_help=txt.SHORT_HELP[name], help=help_text, cls=DanishCommand)


@command("done", txt.DONE_HELP)
def done_command(
    ctx: typer.Context,
    number: Number,
    note: Annotated[
        str | None, typer.Option("--note", help=txt.NOTE_HELP, metavar="TEKST")
    ] = None,
    publication: OptionalPublication = None,
    home: Home = None,
) -> None:
    publication, journals = _inherited(ctx, publication, home)
    done(journals, number, note, _today(), publication, _ask_note)


@command("undo", txt.UNDO_HELP)
def undo_command(
    ctx: typer.Context,
    number: Number,
    publication: OptionalPublication = None,
    home: Home = None,
) -> None:
    publication, journals = _inherited(ctx, publication, home)
    undo(journals, number, publication)


def _ask_note(item: Item) -> str:
    """»Hvordan gik det?« on a terminal (Enter skips); without one, no note."""
    import sys

    question = txt.note_question(item.number, words.item_title(item))
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return ""
    from kaereleder.reflect import prompts as prompts

    try:
        with prompts.interrupts():
            asker = prompts.PromptAsker()
            asker.hinted = True  # the one-line hint: Enter saves, an empty note skips
            return asker.text("note", question).strip()
    except KeyboardInterrupt:
        raise Interrupted(txt.NOTE_INTERRUPTED) from None
