"""The quick start (``quick``) and the Typer app agree on every command line it answers."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import content, contentcache, quick
from kaereleder.cli import app
from kaereleder.exitpoint import exit_code

ROOT = typer.main.get_command(app)

# Every option of `show` and `list`, in every spelling click accepts.
ANSWERED = [
    ["--version"],
    ["show", "3"],
    ["show", "7"],
    ["show", "03"],
    ["show", "3", "-p", "chef"],
    ["show", "-p", "chef", "3"],
    ["show", "3", "--publication", "chef"],
    ["show", "3", "--publication=chef"],
    ["show", "3", "-pchef"],
    ["show", "3", "-p", "chef", "-p", "leder"],
    ["show", "9"],
    ["show", "0"],
    ["show", "3", "-p", "Chef"],
    ["show", "3", "-p", ""],
    ["list"],
    ["list", "-p", "chef"],
    ["list", "--publication=leder"],
    ["list", "-p", "ingen"],
]
# Left to the Typer app: help, usage errors, anything quick does not parse itself.
DECLINED = [
    [],
    ["--help"],
    ["--version", "show", "3"],
    ["show"],
    ["show", "tre"],
    ["show", "-1"],
    ["show", "+3"],
    ["show", "٣"],
    ["show", "3", "4"],
    ["show", "3", "--help"],
    ["show", "3", "-h"],
    ["show", "3", "-p"],
    ["show", "3", "-p", "-x"],
    ["show", "--", "3"],
    ["show", "3", "--home", "x"],
    ["list", "3"],
    ["list", "-x"],
    ["vis", "3"],
    ["reflect", "extra"],
    ["reflect", "-e", "tre"],
    ["reflect", "--resume=ja"],
    ["reflect", "--home", ""],
    ["reflect", "--answers"],
    ["reflect", "-x"],
    ["journal"],
    ["journal", "list", "--help"],
    ["journal", "list", "extra"],
    ["journal", "list", "--json=ja"],
    ["journal", "show", "seneste"],
]


def quick_result(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    run = quick.recognise(argv)
    assert run is not None
    code = exit_code(run)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", ANSWERED, ids=" ".join)
def test_quick_prints_what_the_typer_app_prints(
    argv: list[str], runner: CliRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    full = runner.invoke(app, argv)
    assert quick_result(argv, capsys) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize("argv", DECLINED, ids=lambda a: " ".join(a) or "(none)")
def test_quick_leaves_everything_else_to_the_typer_app(argv: list[str]) -> None:
    assert quick.recognise(argv) is None


@pytest.mark.parametrize("name", sorted(quick.OPTIONS))
def test_every_option_of_the_quick_commands_is_known_and_tested(name: str) -> None:
    command: click.Command = ROOT
    for word in name.split():
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), word)
        assert found is not None
        command = found
    options = {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    # quick knows exactly these: a new option must be taught to quick and tested here
    assert options - {"-h", "--help"} == set(quick.OPTIONS[name])
    assert len(arguments) == quick.POSITIONAL[name]
    spelled = {
        arg.split("=")[0] if arg.startswith("--") else arg[:2]
        for argv in [*ANSWERED, *REFLECT, *JOURNAL_LIST]
        if " ".join(argv).startswith(name)
        for arg in argv
        if arg.startswith("-")
    }
    assert set(quick.OPTIONS[name]) <= spelled


# `reflect` by both starts, in folders of their own: the same lines, the journal's id aside.
REFLECT = [
    ["reflect"],  # no terminal here: the one line that says so, in both
    ["reflect", "--answers", "{answers}", "--home", "{home}"],
    ["reflect", "--answers={answers}", "--home={home}", "-p", "leder"],
    ["reflect", "--answers", "{answers}", "--home", "{home}", "-e", "4", "--expectation=6"],
    ["reflect", "--answers", "{answers}", "--home", "{home}", "-e4", "-e", "9"],
    ["reflect", "--answers", "{answers}", "--home", "{home}", "--publication", "Chef"],
    ["reflect", "--answers", "{answers}", "--home", "{home}", "-p", "ingen"],
    ["reflect", "--answers", "{answers}", "--home", "{home}", "--resume"],
    ["reflect", "--answers", "{home}/mangler.yaml", "--home", "{home}"],
]
JOURNAL_LIST = [
    ["journal", "list", "--home", "{home}"],
    ["journal", "list", "--home={home}", "--json"],
    ["journal", "list", "--json", "--home", "{home}/tom"],
    ["journal", "list", "--home", "{home}/tom"],
]


@pytest.mark.parametrize("argv", JOURNAL_LIST, ids=" ".join)
def test_quick_lists_the_journals_as_the_typer_app_does(
    argv: list[str], runner: CliRunner, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "journaler"
    for day, token in ((3, "aaaaaa"), (24, "bbbbbb")):
        saved(home, datetime(2026, 11, day, 9, 30, tzinfo=CET), token, chosen=["e3"],
              expectations={"e3": {"rating": "delvis-enig"}})  # fmt: skip
    (home / "20261125-093000-leder-cccccc.yaml").write_text("ødelagt: [\n", encoding="utf-8")
    concrete = [a.format(home=home) for a in argv]
    full = runner.invoke(app, concrete)
    assert quick_result(concrete, capsys) == (full.exit_code, full.stdout, full.stderr)
    assert full.exit_code == 0 and (full.stdout or full.stderr)


ANSWERS = "publication: leder\nchosen: [4]\nexpectations:\n  4:\n    rating: delvis-enig\n"


@pytest.mark.parametrize("argv", REFLECT, ids=" ".join)
def test_quick_reflects_as_the_typer_app_does(
    argv: list[str], runner: CliRunner, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")

    def concrete(home: Path) -> list[str]:
        return [a.format(answers=answers, home=home) for a in argv]

    full = runner.invoke(app, concrete(tmp_path / "a"))
    code, out, err = quick_result(concrete(tmp_path / "b"), capsys)

    def same(text: str, home: Path) -> str:
        text = text.replace(str(home), "HOME")
        return re.sub(r"\d{8}-\d{6}-\w+-[0-9a-f]{6}", "ID", text)

    assert (code, same(out, tmp_path / "b"), same(err, tmp_path / "b")) == (
        full.exit_code,
        same(full.stdout, tmp_path / "a"),
        same(full.stderr, tmp_path / "a"),
    )


def run_module(args: list[str], env: dict[str, str]) -> tuple[str, list[str]]:
    code = (
        "import contextlib, io, json, runpy, sys\n"
        f"sys.argv = ['kaereleder', *{args!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "    runpy.run_module('kaereleder', run_name='__main__')\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in\n"
        "               ('typer', 'click', 'yaml', 'questionary', 'platformdirs'))\n"
        "print(json.dumps([out.getvalue(), heavy]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", env=env, check=True
    )
    output, heavy = json.loads(result.stdout.splitlines()[-1])
    return output, heavy


def test_show_with_a_current_cache_imports_neither_typer_nor_yaml(
    tmp_path: Path, runner: CliRunner
) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", contentcache.ENV_CACHE: str(tmp_path)}
    first, heavy_first = run_module(["show", "3"], env)  # a miss: parses and writes the cache
    assert "yaml" in heavy_first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leder.content-cache"]
    second, heavy_second = run_module(["show", "3"], env)
    assert heavy_second == []
    assert first == second == runner.invoke(app, ["show", "3"]).stdout
    _, heavy_version = run_module(["--version"], env)
    assert heavy_version == []
    assert "rich" not in run_module(["--version"], env)[0]


# --- the content cache ----------------------------------------------------------------------


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(contentcache.ENV_CACHE, str(tmp_path / "cache"))
    content.load.cache_clear()
    yield tmp_path / "cache"
    content.load.cache_clear()


def test_a_cached_model_equals_the_parsed_one(cached: Path, leder: content.Publication) -> None:
    assert content.load("leder") == leder  # a miss writes the cache
    content.load.cache_clear()
    assert content.load("leder") == leder  # a hit reads it
    assert (cached / "leder.content-cache").is_file()


def test_a_changed_content_file_is_parsed_again(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    original = (content.content_dir() / "leder.yaml").read_text(encoding="utf-8")
    (folder / "leder.yaml").write_text(original, encoding="utf-8")
    monkeypatch.setattr(content, "content_dir", lambda: folder)
    assert content.load("leder").expectations[2].title == "Du viser tillid og bakker os op"
    changed = original.replace("Du viser tillid og bakker os op", "Du viser tillid", 1)
    (folder / "leder.yaml").write_text(changed, encoding="utf-8")
    content.load.cache_clear()
    assert content.load("leder").expectations[2].title == "Du viser tillid"


@pytest.mark.parametrize("junk", [b"", b"\x00\x01garbage", b"\xe3" * 100])
def test_a_broken_cache_file_is_ignored_and_replaced(
    cached: Path, leder: content.Publication, junk: bytes
) -> None:
    cached.mkdir()
    (cached / "leder.content-cache").write_bytes(junk)
    assert content.load("leder") == leder
    assert (cached / "leder.content-cache").read_bytes() != junk


def test_a_cache_of_another_model_is_not_used(cached: Path, leder: content.Publication) -> None:
    source = (content.content_dir() / "leder.yaml").read_bytes()
    depends = contentcache.fingerprint(Path(content.__file__))
    cached.mkdir()
    contentcache.put(cached / "leder.content-cache", source, depends, ("\0Nothing", 1))
    assert content.load("leder") == leder


def test_an_unwritable_cache_costs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leder: content.Publication
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(contentcache.ENV_CACHE, str(blocker / "cache"))
    content.load.cache_clear()
    try:
        assert content.load("leder") == leder
    finally:
        content.load.cache_clear()


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(contentcache.ENV_CACHE, "")
    assert contentcache.folder(Path("x")) is None


def test_every_model_class_can_be_cached() -> None:
    classes = {
        name
        for name, value in vars(content).items()
        if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
    }
    assert classes == set(content.MODEL)
