"""Danish help for the Typer commands, and the options several commands share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperCommand, TyperGroup

from kaereleder import messages as msg
from kaereleder.views import PUBLICATION_OPTION


class _DanishFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for english, danish in msg.USAGE_WORDS.items():
            args = args.replace(english, danish)
        super().write_usage(prog, args, prefix=msg.HELP_HEADINGS["Usage: "])

    def write_heading(self, heading: str) -> None:
        super().write_heading(msg.HELP_HEADINGS.get(heading, heading))

    def write_dl(self, rows: Iterable[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _danish_markers(text)) for term, text in rows], *args, **kwargs)


def _danish_markers(text: str) -> str:
    for english, danish in msg.HELP_MARKERS.items():
        text = text.replace(english, danish)
    return text


class _DanishContext(click.Context):
    formatter_class = _DanishFormatter


class DanishHelp:
    """Mix-in for a Typer command or group: Danish help."""

    context_class: type[click.Context] = _DanishContext

    def get_help_option(self, ctx: click.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = msg.HELP_HELP
        return option


class DanishCommand(DanishHelp, TyperCommand):
    pass


_PLAIN_ARG = re.compile(r"^[\w.:-]+$")  # repeated in a suggestion only if it needs no quotes


class DanishWords:
    """Mix-in for a group: a Danish word for one of its commands (``vis``, ``slet``) gets
    »Mente du …?« with the real command (``words``: ``msg.COMMAND_WORDS`` for the group)."""

    words: dict[str, str] = {}

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.list_commands(ctx):  # type: ignore[attr-defined]
            meant = self.words.get(args[0].lower())
            if meant is not None:
                rest = args[1:] if all(_PLAIN_ARG.match(a) for a in args[1:]) else []
                line = " ".join([ctx.command_path, meant, *rest])
                raise click.UsageError(msg.did_you_mean(args[0], line), ctx)
        return super().resolve_command(ctx, args)  # type: ignore[misc, no-any-return]


class DanishSubGroup(DanishWords, DanishHelp, TyperGroup):
    pass


class JournalGroup(DanishSubGroup):
    words = msg.COMMAND_WORDS["journal"]


def _publication_key(value: str | None) -> str | None:
    """``-p Chef`` is ``-p chef``: the key, or one Danish line for an unknown name."""
    from kaereleder import content

    return None if value is None else content.check_name(value)


# -p/--publication, required (with a default) and optional.
_PUBLICATION = typer.Option(
    *PUBLICATION_OPTION,
    help=msg.PUBLICATION_HELP,
    metavar="leder|chef",
    callback=_publication_key,
)
Publication = Annotated[str, _PUBLICATION]
OptionalPublication = Annotated[str | None, _PUBLICATION]
# --home: the journal folder.
Home = Annotated[Path | None, typer.Option("--home", help=msg.HOME_HELP, metavar="MAPPE")]
# --format of journal diff and team compare.
TextFormat = Annotated[
    str, typer.Option("--format", help=msg.DIFF_FORMAT_HELP, metavar="text|markdown|json")
]


def check_text_format(name: str) -> None:
    """``--format`` of ``journal diff`` and ``team compare``: text, markdown or json."""
    if name not in msg.DIFF_FORMATS:
        from kaereleder.errors import UsageError

        raise UsageError(msg.diff_bad_format(name))
