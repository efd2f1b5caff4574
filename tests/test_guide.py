"""The first screen (`kaereleder` alone) and `kaereleder vejledning`: the Danish guide."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.team import survey as team_survey

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_kaereleder_alone_prints_the_first_screen(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "Søren Ølgaard" / "kaereleder"
    monkeypatch.setenv("KAERELEDER_HOME", str(home))
    result = runner.invoke(app, [])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "kaereleder: refleksion over din ledelse med Væksthus for Ledelses publikationer\n"
        "»Kære leder!« (2019) og »Kære chef! Kære ledere!« (2016).\n"
        "\n"
        "Start med: kaereleder reflect\n"
        "\n"
        "Kommandoer:\n"
        "  reflect     Reflekter spørgsmål for spørgsmål; hvert svar gemmes straks.\n"
        "  list        Vis forventningerne (ønskerne) med nummer og titel.\n"
        "  show N      Vis forventning (ønske) N med begge sider, som i publikationen.\n"
        "  dialog      Lav en mødeguide til dialogen med dine medarbejdere.\n"
        "  om          Læs publikationens forord, og hvordan den blev til.\n"
        "  journal     Dine refleksioner over tid: vis, sammenlign og eksporter dem.\n"
        "  plan        Se din udviklingsplan, markér punkter klaret, lav en kalenderfil.\n"
        "  team        Et anonymt spørgeskema til teamet og dets syn ved siden af dit.\n"
        "  vejledning  Vis brugervejledningen og filformaterne.\n"
        "\n"
        f"Dine refleksioner gemmes i: {home}\n"
        "Brugervejledningen: kaereleder vejledning\n"
        "Hjælp til en kommando: kaereleder KOMMANDO --help\n"
    )
    assert not home.exists()  # only said, not made


def test_the_first_screen_names_every_command(runner: CliRunner) -> None:
    root = typer.main.get_command(app)
    assert isinstance(root, click.Group)
    names = root.list_commands(click.Context(root))
    listed = [line.split()[0] for line in runner.invoke(app, []).stdout.splitlines()
              if line.startswith("  ") and not line.startswith("   ")]  # fmt: skip
    assert sorted(listed) == sorted(names)


def test_the_first_screen_wraps_whole_descriptions_on_a_narrow_terminal(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    out = runner.invoke(app, []).stdout
    assert max(len(line) for line in out.splitlines() if "gemmes i" not in line) <= 50
    assert (
        "  reflect     Reflekter spørgsmål for spørgsmål;\n              hvert svar gemmes" in out
    )
    assert "…" not in out and "..." not in out


def test_the_first_screen_loads_nothing_heavy(loaded_modules: Callable[..., set[str]]) -> None:
    """It starts as fast as `--version`: no rich, no prompts, no sub-commands' modules."""
    loaded = loaded_modules([])
    heavy = ("rich", "questionary", "prompt_toolkit")
    assert sorted(m for m in loaded if m.split(".")[0] in heavy) == []
    features = ("kaereleder.journals", "kaereleder.team", "kaereleder.render")
    assert sorted(m for m in loaded if m.startswith(features)) == []


def test_help_is_unchanged_in_function(runner: CliRunner) -> None:
    out = runner.invoke(app, ["--help"]).stdout
    assert out.startswith("Brug: kaereleder [TILVALG] KOMMANDO [ARGUMENTER]...\n")
    # each command's whole line, as on the first screen (click would cut it with ...)
    assert "  vejledning  Vis brugervejledningen og filformaterne.\n" in out


@pytest.mark.parametrize(
    ("args", "doc"),
    [([], "brugervejledning.md"), (["format"], "journal-format.md"), (["team"], "team-format.md")],
)
def test_vejledning_piped_prints_the_document(
    runner: CliRunner, args: list[str], doc: str
) -> None:
    result = runner.invoke(app, ["vejledning", *args])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (DOCS / doc).read_text(encoding="utf-8")


def test_the_guide_fits_an_80_column_terminal() -> None:
    lines = (DOCS / "brugervejledning.md").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if len(line) > 80] == []


def test_vejledning_of_an_unknown_topic(runner: CliRunner) -> None:
    result = runner.invoke(app, ["vejledning", "installation"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Fejl: Vejledningen har intet emne 'installation'. Vælg format eller team, eller skriv "
        "intet emne for at få brugervejledningen.\n"
    )


def test_nothing_points_into_the_source_code(runner: CliRunner) -> None:
    """An installed user has no source tree: help texts and written files say where to look
    with the tool itself."""
    helps = [
        runner.invoke(app, [*command, "--help"]).stdout
        for command in (["reflect"], ["journal", "show"], ["team", "import"], ["vejledning"])
    ]
    written = [jf.HEADER, team_survey.HEADER]
    for text in [*helps, *written]:
        assert "kildekode" not in text and "docs/" not in text
    assert "Formatet vises med: kaereleder vejledning format" in jf.HEADER
    assert "Formatet vises med: kaereleder vejledning team" in team_survey.HEADER
    assert "Formatet vises med: kaereleder vejledning format" in " ".join(helps[0].split())


def test_the_readme_links_the_guide_at_the_top() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "(docs/brugervejledning.md)" in "\n".join(readme.splitlines()[:12])


@pytest.mark.pty
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (pty)")
def test_vejledning_on_a_terminal_opens_a_pager_that_q_closes(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect", reason="drives the terminal with pexpect")
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "LESS")}
    env.update(TERM="xterm", COLUMNS="80", LINES="24", LANG="C")
    child = pexpect.spawn(
        sys.executable, ["-m", "kaereleder", "vejledning"], env=env, cwd=str(tmp_path),
        encoding="utf-8", dimensions=(24, 80), timeout=15,
    )  # fmt: skip
    child.expect_exact("Tryk q for at lukke vejledningen.")
    child.expect_exact("Brugervejledning")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_python_dash_m_vejledning_from_another_folder(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kaereleder", "vejledning", "format"],
        capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, check=True,
    ).stdout  # fmt: skip
    assert out.startswith("# Journal format\n")
