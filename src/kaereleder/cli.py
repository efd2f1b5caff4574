"""The command line: parses, calls the library, renders, and maps errors to exit codes.

``main`` is the one exit point: a ``KaerelederError`` becomes one Danish line on stderr
and its exit code; a usage error exit 2; an interrupt exit 130.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from kaereleder import __version__, content, document_cli
from kaereleder import messages as msg
from kaereleder.clihelp import (
    DanishCommand,
    DanishHelp,
    Home,
    OptionalPublication,
    Publication,
)
from kaereleder.errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    Interrupted,
    KaerelederError,
)

# Sub-apps imported only when used: `show` and `reflect` never pay for them at start-up.
LAZY_GROUPS = {"journal": "kaereleder.journal_cli", "team": "kaereleder.team_cli"}


class DanishGroup(DanishHelp, TyperGroup):
    """The root command; its ``main`` is the one exit point (also under ``CliRunner``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_GROUPS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_GROUPS:
            from importlib import import_module

            sub_app = import_module(LAZY_GROUPS[cmd_name]).app
            return typer.main.get_command(sub_app)
        return super().get_command(ctx, cmd_name)

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = _exit_code(
            lambda: super(DanishGroup, self).main(
                args, prog_name, complete_var, standalone_mode=False, **extra
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="kaereleder",
    help=msg.APP_HELP,
    cls=DanishGroup,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command(name: str, help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return app.command(name, help=help_text, cls=DanishCommand)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kaereleder {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help=msg.VERSION_HELP, callback=_version, is_eager=True),
    ] = False,
) -> None:
    pass


@command("list", msg.LIST_HELP)
def list_command(
    publication: Annotated[
        str | None,
        typer.Option("-p", "--publication", help=msg.LIST_PUBLICATION_HELP, metavar="leder|chef"),
    ] = None,
) -> None:
    from kaereleder import render

    names = content.PUBLICATIONS if publication is None else (content.check_name(publication),)
    render.console().print(render.listing(content.load(name) for name in names))


@command("show", msg.SHOW_HELP)
def show_command(
    number: Annotated[int, typer.Argument(help=msg.NUMBER_HELP, metavar="N")],
    publication: Publication = "leder",
) -> None:
    from kaereleder import render

    pub = content.load(publication)
    render.console().print(render.expectation(pub, pub.expectation(number)))


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
    from kaereleder import journal, reflection, render, store
    from kaereleder.session import Asker

    if publication is not None:
        content.check_name(publication)
    journals = store.Store(home or store.default_home())
    asker: Asker
    if answers is not None:
        from kaereleder import answers as answers_file

        name = publication or answers_file.publication_of(answers)
        if resume and name is None:
            draft = journals.latest(journal.DRAFT)
            name = draft.journal["publication"] if draft else None
        name = name or "leder"
        asker = answers_file.ScriptedAsker(answers_file.load(answers, content.load(name)))
        outcome = reflection.reflect(
            journals,
            asker,
            publication=publication if resume else name,
            numbers=expectation or (),
            resume=resume,
            warn=_warn,
        )
    else:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):  # answering needs to see it
            raise KaerelederError(msg.NEEDS_TERMINAL)
        from kaereleder import prompts

        outcome = reflection.reflect(
            journals,
            prompts.PromptAsker(),
            publication=publication,
            numbers=expectation or (),
            resume=resume,
            guard=prompts.interrupts,
            retry_saves=True,
            warn=_warn,
            offer_draft=not resume,
        )
    out = render.console(reading=True)
    out.print(render.summary(outcome.publication, outcome.journal))
    out.print(render.saved(str(outcome.path)), soft_wrap=True)  # never wrapped: copyable
    if answers is None:  # a person, not a script: how to take it to a coach or the chef
        out.print(render.para(msg.EXPORT_HINT))
        out.print("  " + msg.EXPORT_COMMAND, soft_wrap=True)  # never wrapped: copyable


def _warn(text: str) -> None:
    sys.stderr.write(text + "\n")


# --- dialog command ------------------------------------------------------------------------


@command("dialog", msg.DIALOG_HELP)
def dialog_command(
    publication: Publication = "leder",
    expectation: Annotated[
        list[int] | None,
        typer.Option("-e", "--expectation", help=msg.DIALOG_EXPECTATION_HELP, metavar="N"),
    ] = None,
    form: document_cli.Format = "markdown",
    output: document_cli.Output = None,
) -> None:
    from kaereleder import dialog

    document_cli.check_format(form)
    pub = content.load(publication)
    text = dialog.render(form, pub, dialog.chosen(pub, expectation or ()))
    document_cli.deliver(text, output, msg.dialog_written)


# --- the one exit point ------------------------------------------------------------------

DEBUG = "KAERELEDER_DEBUG"  # set it to see the traceback of an unexpected error


def _fail(message: str, code: int) -> int:
    sys.stderr.write(msg.ERROR_PREFIX + message + "\n")
    return code


def _exit_code(invoke: Callable[[], Any]) -> int:
    """Run the command line and return its exit code; the user's errors never raise."""
    try:
        result = invoke()
    except Interrupted as exc:  # a deliberate stop, not an error
        text = msg.at_words(exc.message) if sys.stderr.isatty() else exc.message
        sys.stderr.write(text + "\n")
        return exc.exit_code
    except KaerelederError as exc:
        return _fail(exc.message, exc.exit_code)
    except click.exceptions.NoArgsIsHelpError as exc:  # `kaereleder` alone: its help
        sys.stdout.write(exc.ctx.get_help() + "\n" if exc.ctx else "")
        return 0
    except click.exceptions.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "kaereleder"
        text = msg.translate_usage(exc.format_message())
        return _fail(msg.usage_error(text, command), EXIT_USAGE)
    except (click.exceptions.Abort, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one Danish line, no traceback with private answers
        if os.environ.get(DEBUG):
            raise
        return _fail(msg.unexpected(type(exc).__name__), EXIT_ERROR)
    return result if isinstance(result, int) else 0


def main() -> None:
    """The console script: ``kaereleder``."""
    app(prog_name="kaereleder")
