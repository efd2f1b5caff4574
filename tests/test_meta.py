"""Meta-tests over the project itself: every command has Danish help, content loads."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
import typer
from typer.testing import CliRunner

from kaereleder import content
from kaereleder.cli import app

ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this message", "[required]",
           "[default", "[OPTIONS]", "COMMAND", "Use arrow")  # fmt: skip


def commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name)


ALL = list(commands(typer.main.get_command(app)))  # type: ignore[arg-type]


def test_the_commands_the_issues_name_exist() -> None:
    for command in (("show",), ("list",), ("reflect",), ("journal", "list"), ("journal", "diff"),
                    ("journal", "show"), ("journal", "path")):  # fmt: skip
        assert command in ALL


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "kaereleder")
def test_every_command_has_danish_help(runner: CliRunner, path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(" ".join(("Brug: kaereleder", *path)) + " ")
    for english in ENGLISH:
        assert english not in out, english
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    assert command.help, "a description"
    for param in command.params:
        assert getattr(param, "help", None), f"help for {param.name}"
        assert " ".join(param.help.split()) in " ".join(out.split())


@pytest.mark.parametrize("name", content.PUBLICATIONS)
def test_every_content_file_loads(name: str) -> None:
    assert content.load(name).id == name
