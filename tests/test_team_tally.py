"""`kaereleder team tally`: paper forms typed in, one line per expectation."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import yaml
from typer.testing import CliRunner

from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.team import page as team_page
from test_team import CODES, FORM_ID, MARKS, RATINGS, write_forms

KEY = {rating: str(n) for n, rating in enumerate(CODES.values(), start=1)} | {"": "-"}


def lines_of(index: int, publication: Publication) -> list[str]:
    """Form ``index`` of test_team's fixed set as typed from paper: rating key, numbers."""
    out = []
    for item in publication.expectations:
        rating = CODES[RATINGS[item.id][index]]
        if index == 2 and item.id == "e1":
            rating = "hverken-enig-eller-uenig"  # written as the label in test_team
        numbers = [
            str(n)
            for n, statement in enumerate(item.positive_statements, start=1)
            if index in MARKS.get(statement.id, set())
        ]
        out.append(" ".join([KEY[rating], *numbers]))
    return out


def tally(runner: CliRunner, home: Path, typed: list[str], *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app,
        ["team", "tally", "--name", "papir", "--home", str(home), *args],
        input="".join(line + "\n" for line in typed),
    )
    return result.exit_code, result.stdout, result.stderr


def survey(home: Path, name: str) -> dict[str, object]:
    data = yaml.safe_load((home / "team" / f"{name}.yaml").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k not in ("name", "imported")}


def test_paper_forms_typed_in_count_as_the_same_forms_imported(
    runner: CliRunner, tmp_path: Path, leder: Publication
) -> None:
    typed = []
    for index in range(8):
        typed += [*lines_of(index, leder), ""]  # Enter: the next form
    typed[-1] = "s"
    code, out, err = tally(runner, tmp_path / "a", typed, "--form-id", FORM_ID)
    assert (code, err) == (0, "")
    assert "Skema 8 tæller med: 5 vurderinger, 3 udsagn." in out  # e3 and e4 left out
    assert out.endswith(
        "8 skemaer om »Kære leder!« er indlæst som undersøgelsen 'papir'.\n"
        "Se dit eget syn ved siden af teamets med: kaereleder team compare papir\n"
    )
    files = write_forms(tmp_path / "svar", 8)
    home = tmp_path / "b"
    result = runner.invoke(app, ["team", "import", *files, "--name", "fil", "--home", str(home)])
    assert result.exit_code == 0
    assert survey(tmp_path / "a", "papir") == survey(home, "fil")
    assert [p.name for p in (tmp_path / "a" / "team").iterdir()] == ["papir.yaml"]  # only it


def test_a_wrong_line_is_asked_again_and_a_form_typed_again(
    runner: CliRunner, tmp_path: Path, leder: Publication
) -> None:
    form = ["4 1 3", "5", "", "3 2", "x 1", "- 9", "- 7", "2", "6 1", "v"]
    typed = [*form, "o", "5 1", *[""] * 6, "s"]  # the first form typed again: only e1 rated
    code, out, err = tally(runner, tmp_path, typed, "--form-id", FORM_ID)
    assert code == 0
    assert err.splitlines() == [
        "'x' er ikke en vurdering: tast 1–5, 6 eller v (Ved ikke) eller - (ingen) først på "
        "linjen. Tast linjen igen.",
        "'9' er ikke et udsagn: tast numre fra 1 til 7. Tast linjen igen.",
    ]
    assert "Skema 1 tæller med: 5 vurderinger, 5 udsagn." in out
    assert "Skemaet er taget ud igen. Tast det om:" in out
    assert "Skema 1 tæller med: 1 vurderinger, 1 udsagn." in out
    assert out.splitlines()[-1].endswith(
        "Tast alle skemaerne ind igen, når flere har svaret: kaereleder team tally --name "
        "papir --replace"
    )
    assert survey(tmp_path, "papir")["answers"] == 1


def test_a_blank_form_and_an_unfinished_one_are_not_counted(
    runner: CliRunner, tmp_path: Path
) -> None:
    typed = [*[""] * 7, "", "4", "5"]  # a blank form, then one that the input ends in
    code, out, err = tally(runner, tmp_path, typed, "--form-id", FORM_ID)
    assert (code, out.count("Skemaet er tomt og tælles ikke med.")) == (1, 1)
    assert err == (
        "Det sidste skema var ikke tastet færdigt og tælles ikke med.\n"
        "Fejl: Intet skema er tastet ind. Intet er gemt.\n"
    )
    assert not (tmp_path / "team").exists()


def test_the_form_id_is_asked_for_and_checked(runner: CliRunner, tmp_path: Path) -> None:
    typed = ["22-11-2026", FORM_ID, "5", *[""] * 6, "s"]
    code, out, err = tally(runner, tmp_path, typed)
    assert code == 0
    assert err == "'22-11-2026' er ikke et skema-id; det har formen ÅÅÅÅMMDD-abc123.\n"
    assert out.startswith("Skema-id (nederst på skemaet, fx 20261122-4f9a2c): ")
    assert survey(tmp_path, "papir")["form"] == FORM_ID


def test_an_existing_survey_is_kept_without_replace(runner: CliRunner, tmp_path: Path) -> None:
    typed = ["5", *[""] * 6, "s"]
    assert tally(runner, tmp_path, typed, "--form-id", FORM_ID)[0] == 0
    before = (tmp_path / "team" / "papir.yaml").read_bytes()
    code, out, err = tally(runner, tmp_path, typed, "--form-id", FORM_ID)
    assert (code, out) == (1, "")
    assert err == (
        "Fejl: Der er allerede en undersøgelse med navnet 'papir'. Vælg et andet navn med "
        "--name, eller erstat den med --replace.\n"
    )
    assert (tmp_path / "team" / "papir.yaml").read_bytes() == before
    assert tally(runner, tmp_path, typed, "--form-id", FORM_ID, "--replace")[0] == 0


def test_ctrl_c_in_a_real_terminal_says_nothing_typed_is_saved(tmp_path: Path) -> None:
    env = {**os.environ, "KAERELEDER_HOME": str(tmp_path / "j"), "PROMPT_TOOLKIT_NO_CPR": "1"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "kaereleder", "team", "tally", "--name", "papir", "--form-id", FORM_ID],
        env=env,
        encoding="utf-8",
        timeout=15,
    )
    for line in ["5 1", *[""] * 6]:
        child.expect_exact("(vurdering, udsagn 1–")
        child.sendline(line)
    child.expect_exact("Skema 1 tæller med: 1 vurderinger, 1 udsagn.")
    child.expect_exact("s: slut og gem: ")
    child.sendintr()
    child.expect_exact("Afbrudt: de skemaer, du har tastet, er ikke gemt.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not (tmp_path / "j" / "team" / "papir.yaml").exists()


def test_the_numbers_typed_are_the_numbers_printed(leder: Publication) -> None:
    page = team_page.page(leder, FORM_ID)
    for item in leder.expectations:
        section = page[page.index(f'data-item="{item.id}"') :].split("</section>")[0]
        printed = re.findall(r'value="([^"]+)"><span class="number">(\d+)\.</span>', section)
        assert printed == [(s.id, str(n)) for n, s in enumerate(item.positive_statements, start=1)]
