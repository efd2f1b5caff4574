"""The non-interactive commands, as a user meets them: output and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaereleder import __version__, content
from kaereleder.cli import app
from kaereleder.content import Publication


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version(runner: CliRunner) -> None:
    assert run(runner, "--version") == (0, f"kaereleder {__version__}\n", "")


def test_list_both_publications(runner: CliRunner, leder: Publication) -> None:
    code, out, err = run(runner, "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Kære leder! (leder) – 7 forventninger"
    assert lines[1] == "  1. Du er tydelig om rammerne for vores arbejde"
    assert lines[3] == "  3. Du viser tillid og bakker os op"
    assert lines[8] == ""
    assert lines[9] == "Kære chef! Kære ledere! (chef) – 6 ønsker"
    assert lines[10] == "  1. du sætter en tydelig strategisk retning for vores ledelse"
    assert len(lines) == 16


def test_list_one_publication(runner: CliRunner) -> None:
    code, out, _ = run(runner, "list", "-p", "chef")
    assert code == 0
    assert out.splitlines()[0] == "Kære chef! Kære ledere! (chef) – 6 ønsker"
    assert len(out.splitlines()) == 7


def test_show_3_has_every_bullet_and_all_six_quotes(runner: CliRunner, leder: Publication) -> None:
    code, out, err = run(runner, "show", "3")
    assert (code, err) == (0, "")
    flat = " ".join(line.strip().lstrip("│•").strip() for line in out.splitlines())
    third = leder.expectation(3)
    texts = [
        i.text for side in (third.request, third.reply) for s in side.sections for i in s.items
    ]
    assert len(texts) == 4 + 3 * 6  # 16 bullets and 6 quotes
    for text in texts:
        assert text in flat
    lines = out.splitlines()
    assert lines[:4] == [
        "Kære leder!  ·  Forventning 3 af 7",
        "",
        "Kære leder, det er vigtigt for os, at …",
        "3. Du viser tillid og bakker os op",
    ]
    assert "Det indebærer blandt andet, at du ..." in lines
    assert "• Delegerer opgaver og ansvar i forventning om, at vi alle gør vores bedste." in lines
    assert any(line.startswith("  │ “Jeg oplever, at han bakker op") for line in lines)
    assert (
        lines.index("Ellers er risikoen, at …")
        < lines.index(
            "──────────────────────────────── Lederens svar ─────────────────────────────────"
        )
        < lines.index("… det er ikke altid så enkelt, fordi …")
    )
    assert lines[-2:] == [
        "Kilde: Kære leder! Dialog mellem medarbejdere og ledere om forventninger til god",
        "ledelse. Væksthus for Ledelse, 2019. https://lederweb.dk",
    ]


def test_show_fits_80_columns_without_escape_codes(runner: CliRunner) -> None:
    for number in range(1, 8):
        _, out, _ = run(runner, "show", str(number))
        assert "\x1b" not in out
        assert max(len(line) for line in out.splitlines()) <= 80
        assert not any(line != line.rstrip() for line in out.splitlines())


def test_show_chef_wish_4(runner: CliRunner, chef: Publication) -> None:
    code, out, _ = run(runner, "show", "4", "-p", "chef")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Kære chef! Kære ledere!  ·  Ønske 4 af 6"
    assert f"4. {chef.expectation(4).title}" in " ".join(lines)
    assert any("Chefens svar" in line for line in lines)


def test_show_unknown_number(runner: CliRunner) -> None:
    assert run(runner, "show", "9") == (
        1,
        "",
        "Fejl: Kære leder! har ingen forventning nummer 9. Der er 7 forventninger, nummer 1–7.\n",
    )


def test_show_unknown_wish(runner: CliRunner) -> None:
    code, _, err = run(runner, "show", "7", "-p", "chef")
    assert (code, err) == (
        1,
        "Fejl: Kære chef! Kære ledere! har intet ønske nummer 7. Der er 6 ønsker, nummer 1–6.\n",
    )


def test_unknown_publication(runner: CliRunner) -> None:
    assert run(runner, "show", "1", "-p", "direktør") == (
        1,
        "",
        "Fejl: Ukendt publikation 'direktør'. Vælg leder (Kære leder!) eller chef "
        "(Kære chef! Kære ledere!).\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show"], "Mangler argumentet 'N'. Se 'kaereleder show --help'."),
        (
            ["show", "tolv"],
            "'tolv' er ikke et nummer. Skriv nummeret med tal, fx 'kaereleder show 3'.",
        ),
        (["show", "3", "--farve"], "Ukendt tilvalg '--farve'. Se 'kaereleder show --help'."),
        (["vis"], "Ukendt kommando 'vis'. Mente du 'kaereleder show'? Se 'kaereleder --help'."),
        (["visse"], "Ukendt kommando 'visse'. Se 'kaereleder --help'."),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    assert run(runner, *args) == (2, "", f"Fejl: {message}\n")


@pytest.mark.parametrize("command", [[], ["list"], ["show"]])
def test_every_command_has_danish_help(runner: CliRunner, command: list[str]) -> None:
    code, out, _ = run(runner, *command, "--help")
    assert code == 0
    assert out.startswith(f"Brug: kaereleder {' '.join(command)}".rstrip() + " ")
    assert "Tilvalg:" in out
    assert "Vis denne hjælp og afslut." in out
    for english in ("Usage", "Options", "Show this message", "[required]", "[default"):
        assert english not in out


@pytest.mark.parametrize("group", [["journal"], ["team"]])
def test_no_arguments_shows_help_on_stdout(runner: CliRunner, group: list[str]) -> None:
    result = runner.invoke(app, group)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == runner.invoke(app, [*group, "--help"]).stdout
    assert "Kommandoer:" in result.stdout


def test_a_mistyped_command_gets_a_danish_suggestion(runner: CliRunner) -> None:
    assert run(runner, "shwo", "3") == (
        2,
        "",
        "Fejl: Ukendt kommando 'shwo'. Mente du 'show'? Se 'kaereleder --help'.\n",
    )


@pytest.mark.parametrize(
    ("args", "meant", "group"),
    [
        (["vis", "3"], "kaereleder show 3", ""),
        (["Vis", "3", "-p", "chef"], "kaereleder show 3 -p chef", ""),
        (["liste"], "kaereleder list", ""),
        (["reflekter"], "kaereleder reflect", ""),
        (["refleksion"], "kaereleder reflect", ""),
        (["refleksioner"], "kaereleder journal list", ""),
        (["hjælp"], "kaereleder --help", ""),
        (["slet", "forrige"], "kaereleder journal delete forrige", ""),
        (["vis", "«mit svar»"], "kaereleder show", ""),  # only what needs no quotes
        (["journal", "vis", "seneste"], "kaereleder journal show seneste", " journal"),
        (["journal", "slet", "-1"], "kaereleder journal delete -1", " journal"),
        (["journal", "liste"], "kaereleder journal list", " journal"),
    ],
)
def test_danish_words_for_commands_get_the_real_command(
    runner: CliRunner, args: list[str], meant: str, group: str
) -> None:
    assert run(runner, *args) == (
        2,
        "",
        f"Fejl: Ukendt kommando '{args[len(group.split())]}'. Mente du '{meant}'? "
        f"Se 'kaereleder{group} --help'.\n",
    )


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["-p", "Chef", "show", "3"], "kaereleder show 3 -p Chef"),
        (["--home", "Mine refleksioner", "journal", "list"],
         'kaereleder journal list --home "Mine refleksioner"'),
    ],
)  # fmt: skip
def test_an_option_before_its_command_gets_the_line_with_it_after(
    runner: CliRunner, args: list[str], line: str
) -> None:
    assert run(runner, *args) == (
        2,
        "",
        f"Fejl: Tilvalget '{args[0]}' skal stå efter kommandoen. Skriv: {line}. "
        "Se 'kaereleder --help'.\n",
    )
    assert run(runner, *args)[0] == 2
    assert (
        run(runner, "-x", "show", "3")[2] == "Fejl: Ukendt tilvalg '-x'. Se 'kaereleder --help'.\n"
    )


@pytest.mark.parametrize(
    "args", [["reflect", "--hjælp"], ["journal", "diff", "--hjælp"], ["--hjælp"]]
)
def test_hjaelp_is_help_too(runner: CliRunner, args: list[str]) -> None:
    code, out, err = run(runner, *args)
    assert (code, err) == (0, "")
    assert out == run(runner, *args[:-1], "--help")[1]
    assert out.startswith("Brug: kaereleder")


def test_a_danish_help_word_suggests_a_line_that_works(runner: CliRunner) -> None:
    code, _, err = run(runner, "reflekter", "--hjælp")
    assert (code, err) == (
        2,
        "Fejl: Ukendt kommando 'reflekter'. Mente du 'kaereleder reflect --hjælp'? "
        "Se 'kaereleder --help'.\n",
    )
    assert run(runner, "reflect", "--hjælp")[0] == 0


@pytest.mark.parametrize(("word", "number"), [("tre", 3), ("Syv", 7), ("én", 1), ("3.", 3)])
def test_show_takes_danish_number_words(runner: CliRunner, word: str, number: int) -> None:
    assert run(runner, "show", word) == run(runner, "show", str(number))


def test_show_eight_as_a_word_is_still_out_of_range(runner: CliRunner) -> None:
    code, _, err = run(runner, "show", "otte")
    assert (code, err) == (
        1,
        "Fejl: Kære leder! har ingen forventning nummer 8. Der er 7 forventninger, nummer 1–7.\n",
    )


@pytest.mark.parametrize("name", ["Chef", "CHEF", " chef"])
def test_publication_is_case_insensitive(runner: CliRunner, name: str) -> None:
    assert run(runner, "show", "2", "-p", name) == run(runner, "show", "2", "-p", "chef")
    assert run(runner, "list", "-p", name) == run(runner, "list", "-p", "chef")
    assert content.check_name(name) == "chef"


def test_list_and_show_do_not_import_questionary(
    loaded_modules: Callable[..., set[str]],
) -> None:
    loaded = loaded_modules(["list"], ["show", "3"])
    assert "questionary" not in loaded
    assert "prompt_toolkit" not in loaded


def test_python_dash_m(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kaereleder", "show", "9"],
        capture_output=True,
        encoding="utf-8",
        cwd=str(tmp_path),
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Fejl: Kære leder! har ingen forventning nummer 9.")


def test_files_are_read_and_written_as_utf8_explicitly(tmp_path: Path) -> None:
    """No command relies on the locale's encoding (reliability item 8)."""
    answers = tmp_path / "svar.yaml"
    answers.write_text("chosen: [2]\nexpectations:\n  2: {next-step: Øv}\n", encoding="utf-8")
    env = {**os.environ, "KAERELEDER_HOME": str(tmp_path / "j"), "NO_COLOR": "1"}
    strict = [sys.executable, "-X", "warn_default_encoding", "-W", "error::EncodingWarning"]
    for args in (
        ["show", "3"],
        ["list"],
        ["reflect", "--answers", str(answers)],
        ["journal", "list"],
        ["journal", "show", "latest"],
    ):
        result = subprocess.run(
            [*strict, "-m", "kaereleder", *args], capture_output=True, encoding="utf-8", env=env
        )
        assert (args, result.returncode, result.stderr) == (args, 0, "")


@pytest.mark.parametrize("name", ["leder", "Chef"])
def test_om_shows_the_foreword_and_how_it_was_made_in_full(runner: CliRunner, name: str) -> None:
    publication = content.load(name.lower())
    code, out, err = run(runner, "om", "-p", name)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"{publication.source.title}  ·  Om publikationen"
    assert " ".join(out.split()).endswith(f"Kilde: {publication.source.citation}")
    for section in publication.about:
        assert any(line.startswith("─") and f" {section.title} " in line for line in lines)
    shown = " ".join(out.replace("─", " ").split())
    for section in publication.about:  # every block, in order, nothing left out
        at = 0
        for block in section.blocks:
            found = shown.find(" ".join(block.text.split()), at)
            assert found >= 0, block.id
            at = found


def test_om_defaults_to_kaere_leder(runner: CliRunner) -> None:
    out = run(runner, "om")[1]
    assert out == run(runner, "om", "-p", "leder")[1]
    assert "\nSådan er undersøgelsen gennemført\n" not in out  # a rule, not a bare line
    assert "• Tre typiske ledercitater fra undersøgelsen.\n" in out


@pytest.mark.pty
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (pty)")
def test_an_error_on_a_narrow_terminal_breaks_between_words(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect", reason="drives the terminal with pexpect")
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "40", "KAERELEDER_HOME": str(tmp_path)}
    child = pexpect.spawn(
        sys.executable, ["-m", "kaereleder", "journal", "show", "findesikke"], env=env,
        encoding="utf-8", dimensions=(24, 40), timeout=15,
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    lines = child.before.replace("\r\n", "\n").rstrip("\n").split("\n")
    assert child.exitstatus == 1
    long = [line for line in lines if len(line) > 40]
    assert [line.strip() for line in long] == [str(tmp_path)]  # a long path alone, unbroken
    words = ["Fejl:", "Der", "er", "ingen", "refleksioner", "i"]
    assert " ".join(lines).split()[: len(words)] == words  # every word whole
