"""``kaereleder team …``: the team's view beside the leader's own. Parses, calls, renders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kaereleder import content, store
from kaereleder.clihelp import (
    DanishCommand,
    DanishSubGroup,
    Home,
    Publication,
    TextFormat,
    check_text_format,
)
from kaereleder.errors import KaerelederError, TeamError
from kaereleder.team import texts as txt
from kaereleder.visible import echo, echo_json, one_line

if TYPE_CHECKING:
    from kaereleder.team.form import Form

app = typer.Typer(
    name="team",
    help=txt.TEAM_HELP,
    cls=DanishSubGroup,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help, as the root app
    add_completion=False,  # no English --install-completion that edits ~/.bashrc
)


def command(name: str, help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A subcommand: its whole line in the command list (``SHORT_HELP``) and its help."""
    return app.command(name, short_help=txt.SHORT_HELP[name], help=help_text, cls=DanishCommand)


@command("form", txt.TEAM_FORM_HELP)
def form_command(
    publication: Publication = "leder",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=txt.TEAM_OUTPUT_HELP, metavar="MAPPE")
    ] = None,
) -> None:
    from kaereleder.team import form as team_form
    from kaereleder.team import page as team_page

    pub = content.load(publication)
    folder = output or Path()
    form_id = team_form.new_id(datetime.now().astimezone(), store.new_token())
    form = folder / team_form.filename(pub, form_id, "yaml")
    page = folder / team_form.filename(pub, form_id, "html")
    store.write_document(form, team_form.text(pub, form_id), private=False)  # for others
    store.write_document(page, team_page.page(pub, form_id), private=False)
    echo(txt.team_form_written(pub, form, page))


@command("import", txt.TEAM_IMPORT_HELP)
def import_command(
    files: Annotated[list[Path], typer.Argument(help=txt.TEAM_FILES_HELP, metavar="FILER...")],
    name: Annotated[str, typer.Option("--name", help=txt.TEAM_NAME_HELP, metavar="NAVN")],
    replace: Annotated[bool, typer.Option("--replace", help=txt.TEAM_REPLACE_HELP)] = False,
    home: Home = None,
) -> None:
    from kaereleder.team import survey as survey

    folder = store.at(home)
    surveys = survey.existing(folder)
    if survey.check_name(name) in surveys and not replace:
        raise KaerelederError(txt.team_exists(name))
    forms, skipped = survey.read_forms(files)
    for problem in skipped:
        echo(one_line(txt.team_skipped(problem)), err=True)
    if not forms:
        raise TeamError(txt.team_nothing_read(len(skipped)))
    kept, other = survey.one_round(forms)
    for problem in other:
        echo(one_line(txt.team_skipped(problem)), err=True)
    for dropped in (problem for one in kept for problem in one.dropped):
        echo(one_line(txt.team_dropped(dropped)), err=True)
    pub = content.load(kept[0].publication)
    _save(folder, pub, kept, name, replace, len(skipped) + len(other))


def _save(
    folder: store.Store,
    pub: content.Publication,
    kept: list[Form],
    name: str,
    replace: bool,
    skipped: int,
    typed: bool = False,
) -> None:
    """Save the round as the survey ``name`` and say what is shown; ``typed``: the forms
    were typed in (``team tally``), not read from files."""
    from kaereleder.team import survey as survey

    data = survey.save_round(folder, pub, kept, name, replace, datetime.now().astimezone())
    echo(txt.team_imported(pub, name, len(kept), skipped))
    for number, why in survey.withheld(pub, data):
        echo(txt.team_withheld(pub, number, txt.TEAM_HIDDEN[why]))
    echo(
        txt.team_next(name) if survey.shown(data) else txt.team_hidden(pub, name, len(kept), typed)
    )


@command("tally", txt.TEAM_TALLY_HELP)
def tally_command(
    name: Annotated[str, typer.Option("--name", help=txt.TEAM_NAME_HELP, metavar="NAVN")],
    form_id: Annotated[
        str | None, typer.Option("--form-id", help=txt.TEAM_FORM_ID_HELP, metavar="ID")
    ] = None,
    publication: Publication = "leder",
    replace: Annotated[bool, typer.Option("--replace", help=txt.TEAM_REPLACE_HELP)] = False,
    home: Home = None,
) -> None:
    from kaereleder.team import form as team_form
    from kaereleder.team import survey as team_survey
    from kaereleder.team import tally as team_tally

    pub = content.load(publication)
    folder = store.at(home)
    if team_survey.check_name(name) in team_survey.existing(folder) and not replace:
        raise KaerelederError(txt.team_exists(name))
    while form_id is None or not team_form.valid_id(form_id):
        if form_id is not None:
            echo(one_line(txt.tally_bad_id(form_id)), err=True)
        form_id = _line(txt.TALLY_FORM_ID)
        if form_id is None:
            raise TeamError(txt.TALLY_NOTHING)
    try:
        forms = team_tally.session(pub, form_id, _line, _say)
    except KeyboardInterrupt:  # honest: the forms typed are held in memory only
        echo(txt.TALLY_INTERRUPTED, err=True)
        raise
    if not forms:
        raise TeamError(txt.TALLY_NOTHING)
    _save(folder, pub, forms, name, replace, 0, typed=True)


def _say(text: str, problem: bool = False) -> None:
    echo(text, err=problem)


def _line(prompt: str) -> str | None:
    """One typed line after ``prompt``; None when the input has ended (Ctrl-D, Ctrl-Z)."""
    import sys

    echo(prompt, nl=False)
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\r\n")


@command("compare", txt.TEAM_COMPARE_HELP)
def compare_command(
    name: Annotated[
        str | None, typer.Argument(help=txt.TEAM_SURVEY_HELP, metavar="[NAVN]")
    ] = None,
    journal_id: Annotated[
        str | None, typer.Option("--journal", help=txt.TEAM_JOURNAL_HELP, metavar="ID")
    ] = None,
    form: TextFormat = "text",
    home: Home = None,
) -> None:
    from kaereleder.team import compare as team_compare
    from kaereleder.team import survey as team_survey

    check_text_format(form)
    folder = store.at(home)
    data = team_survey.find(folder, name)
    pub = content.load(data["publication"])
    if not team_survey.shown(data):
        reason = txt.team_hidden(pub, data["name"], data["answers"])
        if form == "json":
            echo_json(team_compare.hidden_data(data, reason))
        else:
            echo(reason)
        return
    mine = team_compare.own_reflection(folder, pub, journal_id, data["name"])
    result = team_compare.compare(pub, data, mine)
    if form == "json":
        echo_json(team_compare.as_data(result))
        return
    from kaereleder.render import team as view

    if form == "markdown":
        echo(view.markdown(pub, result), nl=False)
        return
    from kaereleder import render

    render.console().print(view.text(pub, result))
