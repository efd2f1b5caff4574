"""Meta-tests over the project itself: every command has Danish help, content loads."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import click
import pytest
import typer
from typer.testing import CliRunner

from conftest import imported_with
from kaereleder import content
from kaereleder import messages as msg
from kaereleder.cli import app

ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this message", "[required]",
           "[default", "[OPTIONS]", "COMMAND", "Use arrow", "completion",
           "Did you mean")  # fmt: skip


ROOT = typer.main.get_command(app)
CTX = click.Context(ROOT)


def lookup(path: tuple[str, ...]) -> click.Command:
    command = ROOT
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(CTX, name)
        assert found is not None
        command = found
    return command


def commands(path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    group = lookup(path)
    assert isinstance(group, click.Group)
    for name in group.list_commands(CTX):
        if isinstance(lookup((*path, name)), click.Group):
            yield from commands((*path, name))
        else:
            yield (*path, name)


ALL = list(commands())


def test_the_commands_the_issues_name_exist() -> None:
    named = [("show",), ("list",), ("reflect",), ("dialog",), ("journal", "list"),
             ("journal", "show"), ("journal", "diff"), ("journal", "trend"),
             ("journal", "export"), ("journal", "path"), ("journal", "delete"), ("om",),
             ("team", "form"), ("team", "import"), ("team", "compare"), ("plan", "done"),
             ("plan", "undo")]  # fmt: skip
    missing = [command for command in named if command not in ALL]
    assert missing == []


def test_show_does_not_load_the_journal_and_team_commands(
    loaded_modules: Callable[..., set[str]],
) -> None:
    loaded = loaded_modules(["show", "3"])
    features = ("kaereleder.journals", "kaereleder.team")
    assert sorted(m for m in loaded if m.startswith(features)) == []


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "kaereleder")
def test_every_command_has_danish_help(runner: CliRunner, path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(" ".join(("Brug: kaereleder", *path)) + " ")
    for english in ENGLISH:
        assert english not in out, english
    command = lookup(path)
    assert command.help, "a description"
    for param in command.params:
        assert getattr(param, "help", None), f"help for {param.name}"
        assert "".join(param.help.split()) in "".join(out.split())  # wrapped anywhere


@pytest.mark.parametrize("name", content.PUBLICATIONS)
def test_every_content_file_loads(name: str) -> None:
    assert content.load(name).id == name


def test_the_first_screen_names_every_command_with_its_line_in_the_help() -> None:
    listed = {usage.split()[0]: text for usage, text in msg.FIRST_SCREEN_COMMANDS.items()}
    assert sorted(listed) == sorted(ROOT.list_commands(CTX))  # type: ignore[attr-defined]
    for name, text in listed.items():
        assert lookup((name,)).short_help == text, name


def test_the_strings_import_nothing_of_the_project_that_imports_them() -> None:
    """No cycle: messages is imported by validate, yamlio and content, never the other way."""
    assert imported_with("kaereleder.messages") == ["kaereleder.messages"]


@pytest.mark.parametrize(
    "module", ["kaereleder.reflect.reflection", "kaereleder.store", "kaereleder.quick"]
)
def test_starting_a_reflection_or_a_listing_does_not_import_yaml(module: str) -> None:
    """yaml is imported when a YAML file is read or written, not before the first prompt."""
    assert "yaml" not in imported_with(module)


GROUPS = [path for path in {p[:-1] for p in ALL if p} if isinstance(lookup(path), click.Group)]


@pytest.mark.parametrize("path", sorted(GROUPS), ids=lambda p: " ".join(p) or "kaereleder")
def test_every_command_list_shows_whole_lines(runner: CliRunner, path: tuple[str, ...]) -> None:
    out = runner.invoke(app, [*path, "--help"]).stdout
    listed = out[out.index("Kommandoer:") :].splitlines()[1:]
    assert listed and all(not line.rstrip().endswith("...") for line in listed), listed
