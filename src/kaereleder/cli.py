"""The command line: parses, calls the library, renders, and maps errors to exit codes.

``main`` is the one exit point: a ``KaerelederError`` becomes one Danish line on stderr
and its exit code; a usage error exit 2; an interrupt exit 130.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from kaereleder import __version__, content, document_cli, views
from kaereleder import messages as msg
from kaereleder.clihelp import (
    DanishCommand,
    DanishHelp,
    DanishWords,
    Home,
    OptionalPublication,
    Publication,
)
from kaereleder.errors import EXIT_INTERRUPTED, EXIT_USAGE
from kaereleder.exitpoint import exit_code, fail

# Sub-apps imported only when used: `show` and `reflect` never pay for them at start-up.
LAZY_GROUPS = {
    "journal": "kaereleder.journals.cli",
    "plan": "kaereleder.plans.cli",
    "team": "kaereleder.team.cli",
}


class DanishGroup(DanishWords, DanishHelp, TyperGroup):
    """The root command; its ``main`` is the one exit point (also under ``CliRunner``)."""

    words = msg.COMMAND_WORDS[""]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_GROUPS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_GROUPS:
            from importlib import import_module

            group = typer.main.get_command(import_module(LAZY_GROUPS[cmd_name]).app)
            group.short_help = short_help(cmd_name)
            return group
        return super().get_command(ctx, cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # the parser consumes ``args``
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            raise _option_before_command(self, ctx, given, exc) from None

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = exit_code(
            lambda: super(DanishGroup, self).main(
                args, prog_name, complete_var, standalone_mode=False, **extra
            ),
            _usage,
        )
        if standalone_mode:
            sys.exit(code)
        return code


def _option_before_command(
    group: click.Group, ctx: click.Context, args: list[str], exc: click.NoSuchOption
) -> click.UsageError:
    """``kaereleder -p chef show 3``: an option of the command, written before it. The line
    with the option moved after the command; the parser's own error otherwise."""
    at = next((i for i, word in enumerate(args) if group.get_command(ctx, word)), None)
    if at is None:
        return exc
    found = group.get_command(ctx, args[at])
    words = args[at : at + 1]
    if isinstance(found, click.Group) and at + 1 < len(args):  # journal list, team import
        found = found.get_command(ctx, args[at + 1])
        words = args[at : at + 2]
    options = found.params if found is not None else []
    if not any(exc.option_name in p.opts for p in options if isinstance(p, click.Option)):
        return exc
    moved = [*words, *args[at + len(words) :], *args[:at]]
    line = " ".join(["kaereleder", *(f'"{a}"' if " " in a else a for a in moved)])
    return click.UsageError(msg.option_after_command(exc.option_name, line), ctx)


app = typer.Typer(
    name="kaereleder",
    help=msg.APP_HELP,
    cls=DanishGroup,
    add_completion=False,
    no_args_is_help=False,  # `kaereleder` alone: the first screen (see _root)
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help", "--hjælp"]},
)


def short_help(name: str) -> str:
    """A root command's line in the command list: its line on the first screen."""
    return next(t for usage, t in msg.FIRST_SCREEN_COMMANDS.items() if usage.split()[0] == name)


def command(name: str, help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return app.command(name, help=help_text, short_help=short_help(name), cls=DanishCommand)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kaereleder {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", help=msg.VERSION_HELP, callback=_version, is_eager=True),
    ] = False,
) -> None:
    if ctx.invoked_subcommand is None:  # `kaereleder` alone: a few lines on where to start
        from kaereleder import firstscreen, store

        typer.echo(firstscreen.text(str(store.default_home())), nl=False)


@command("list", msg.LIST_HELP)
def list_command(
    publication: Annotated[
        str | None,
        typer.Option(
            *views.PUBLICATION_OPTION, help=msg.LIST_PUBLICATION_HELP, metavar="leder|chef"
        ),
    ] = None,
) -> None:
    views.list_publications(publication)


@command("show", msg.SHOW_HELP)
def show_command(
    number: Annotated[str, typer.Argument(help=msg.NUMBER_HELP, metavar="N")],
    publication: Publication = views.DEFAULT_PUBLICATION,
) -> None:
    views.show(number, publication)


@command("om", msg.ABOUT_HELP)
def about_command(publication: Publication = views.DEFAULT_PUBLICATION) -> None:
    from kaereleder import render

    render.page(render.about(content.load(publication)))


@command("reflect", msg.REFLECT_HELP)
def reflect_command(
    publication: OptionalPublication = None,
    expectation: Annotated[
        list[int] | None,
        typer.Option("-e", "--expectation", help=msg.EXPECTATION_OPTION_HELP, metavar="N"),
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help=msg.RESUME_HELP)] = False,
    answers: Annotated[
        Path | None, typer.Option("--answers", help=msg.ANSWERS_HELP, metavar="FIL")
    ] = None,
    home: Home = None,
) -> None:
    from kaereleder.reflect import reflection as reflection

    reflection.run(publication, expectation or (), resume, answers, home)


# --- dialog command ------------------------------------------------------------------------


@command("dialog", msg.DIALOG_HELP)
def dialog_command(
    publication: Publication = "leder",
    expectation: Annotated[
        list[int] | None,
        typer.Option("-e", "--expectation", help=msg.DIALOG_EXPECTATION_HELP, metavar="N"),
    ] = None,
    form: document_cli.Format = None,
    output: document_cli.SharedOutput = None,
) -> None:
    from kaereleder import dialog

    chosen_format = document_cli.chosen_format(form, output)
    pub = content.load(publication)
    text = dialog.render(chosen_format, pub, dialog.chosen(pub, expectation or ()))
    document_cli.deliver(text, output, msg.dialog_written, private=False)  # meant for others


@command("vejledning", msg.GUIDE_HELP)
def guide_command(
    topic: Annotated[
        str | None, typer.Argument(help=msg.GUIDE_TOPIC_HELP, metavar="EMNE", show_default=False)
    ] = None,
) -> None:
    from kaereleder import guide

    guide.show(guide.text(topic))


# --- the one exit point ------------------------------------------------------------------


def _usage(exc: Exception) -> int | None:
    """The exit code of click's exceptions about the command line; None for others."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):  # `kaereleder journal` alone
        sys.stdout.write(exc.ctx.get_help() + "\n" if exc.ctx else "")
        return 0
    if isinstance(exc, click.exceptions.UsageError):
        command = exc.ctx.command_path if exc.ctx else "kaereleder"
        text = msg.translate_usage(exc.format_message())
        return fail(msg.usage_error(text, command), EXIT_USAGE)
    if isinstance(exc, click.exceptions.Abort):
        return EXIT_INTERRUPTED
    return None


def main() -> None:
    """The whole command line (the console script starts in ``quick``, which calls this)."""
    app(prog_name="kaereleder")
