"""`kaereleder reflect` without a terminal: the answers file, and the refusal to prompt."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from platform_support import assert_mode

ANSWERS = """\
publication: leder
overall:
  irrelevant: Ingen
  missing: |
    Humor.
    Og kaffe.
  most-important: [1, 3]
  hardest: [e4]
chosen: [4, 6]
expectations:
  4:
    rating: delvis-enig
    strengths: {statements: [e4.involves.1], text: "Jeg er god til at lytte"}
    interplay: "NO"
    next-step: "Tale med Mette 12:30"
  e6:
    rating: helt-enig
"""


def reflect(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["reflect", "--home", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_answers_file_writes_a_complete_journal(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "journaler"
    code, out, err = reflect(runner, home, "--answers", str(write(tmp_path, ANSWERS)))
    assert (code, err) == (0, "")
    [path] = list(home.glob("*.yaml"))
    assert_mode(path, 0o600)
    assert_mode(home, 0o700)
    data = jf.parse(path.read_text(encoding="utf-8"), path)
    assert data["status"] == "complete"
    assert data["overall"] == {
        "irrelevant": "Ingen",
        "missing": "Humor.\nOg kaffe.\n",
        "most-important": ["e1", "e3"],
        "hardest": ["e4"],
    }
    assert data["chosen"] == ["e4", "e6"]
    e4 = data["expectations"]["e4"]
    assert e4["rating"] == "delvis-enig"
    assert e4["strengths"] == {"statements": ["e4.involves.1"], "text": "Jeg er god til at lytte"}
    assert e4["interplay"] == "NO"
    assert e4["dilemmas"] == ""
    assert e4["next-step"] == "Tale med Mette 12:30"
    assert out.splitlines()[-1] == f"Refleksionen er gemt i {path}"
    assert "• Din vurdering: Delvis enig" in out
    assert "• Næste skridt: Tale med Mette 12:30" in out


def test_numbers_on_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    answers = write(tmp_path, "expectations:\n  2:\n    rating: ved-ikke\n")
    code, _, _ = reflect(runner, home, "-p", "leder", "-e", "2", "--answers", str(answers))
    assert code == 0
    [path] = list(home.glob("*.yaml"))
    data = jf.parse(path.read_text(encoding="utf-8"), path)
    assert "overall" not in data
    assert data["chosen"] == ["e2"]
    assert data["expectations"]["e2"]["rating"] == "ved-ikke"


def test_kaere_chef_answers(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(tmp_path, "publication: chef\nchosen: [2]\n")
    code, out, _ = reflect(runner, tmp_path / "j", "--answers", str(answers))
    assert code == 0
    assert "2. du giver os et selvstændigt ledelsesrum og viser os tillid" in out


def test_without_a_terminal_it_refuses_at_once_and_writes_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    home = tmp_path / "j"
    assert reflect(runner, home) == (
        1,
        "",
        "Fejl: kaereleder reflect skal bruges i en terminal, hvor du kan svare. "
        "Uden terminal: brug --answers FIL.\n",
    )
    assert not home.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chosen: [9]\n", "svar.yaml, linje 1: chosen[0]: Kære leder! har ingen forventning "
         "nummer 9. Der er 7 forventninger, nummer 1–7."),
        ("expectations:\n  e3:\n    ratng: helt-enig\n", "svar.yaml, linje 3: "
         "expectations.e3.ratng: ukendt spørgsmål; kendte er: follow-up, rating, strengths, "
         "improve, interplay, dilemmas, own-expectations, take-further, dialogue, next-step"),
        ("expectations:\n  e3:\n    rating: 5\n", "svar.yaml, linje 3: expectations.e3.rating: "
         "skal være tekst, ikke et heltal"),
        ("overall: [1]\n", "svar.yaml, linje 1: overall: skal være en samling af nøgler, "
         "ikke en liste"),
        ("chosen: [1\n", "svar.yaml, linje 2, kolonne 1: ugyldig YAML: en liste i [ ] er ikke "
         "lukket, eller der mangler et komma"),
        ("publication: chef\n", "svar.yaml, linje 1: publication: svarene er til 'chef', men "
         "refleksionen er over 'leder'"),
    ],
)  # fmt: skip
def test_a_broken_answers_file_is_named_by_line(
    runner: CliRunner, tmp_path: Path, text: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "j"
    answers = write(tmp_path, text)
    monkeypatch.chdir(tmp_path)
    code, _, err = reflect(runner, home, "-p", "leder", "--answers", "svar.yaml")
    assert (code, err) == (1, f"Fejl: {message}\n")
    assert not home.exists() or not any(home.iterdir())
    assert answers.exists()


def test_unknown_number_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    answers = write(tmp_path, "{}\n")
    code, _, err = reflect(runner, home, "-e", "8", "--answers", str(answers))
    assert code == 1
    assert err == (
        "Fejl: Kære leder! har ingen forventning nummer 8. Der er 7 forventninger, nummer 1–7.\n"
    )
    assert not home.exists()


def test_resume_without_a_draft(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    answers = write(tmp_path, "{}\n")
    code, _, err = reflect(runner, home, "--resume", "--answers", str(answers))
    assert (code, err) == (
        1,
        f"Fejl: Der er ingen kladde at fortsætte i {home}. "
        "Start en ny refleksion med: kaereleder reflect\n",
    )


def test_resume_names_a_draft_that_cannot_be_read(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    home.mkdir()
    broken = home / "20261122-090000-leder-abcdef.yaml"
    broken.write_text("schema: 1\nstatus: draft\nstatus: draft\n", encoding="utf-8")
    answers = write(tmp_path, "{}\n")
    code, _, err = reflect(runner, home, "--resume", "--answers", str(answers))
    assert (code, err) == (
        1,
        f"Fejl: Der er ingen kladde at fortsætte i {home}. En refleksion kan ikke læses: "
        f"{broken}, linje 3: nøglen 'status' står to gange (linje 2 og 3). Ret den i en "
        "teksteditor og prøv igen, eller start en ny refleksion med: kaereleder reflect\n",
    )
    assert broken.read_text(encoding="utf-8") == "schema: 1\nstatus: draft\nstatus: draft\n"


def test_an_unknown_statement_is_refused_before_anything_is_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    home = tmp_path / "j"
    answers = write(
        tmp_path,
        "chosen: [3]\nexpectations:\n  3:\n    rating: 4.5\n",
    )
    code, _, err = reflect(runner, home, "--answers", str(answers))
    assert (code, err) == (
        1,
        f"Fejl: {answers}, linje 4: expectations.3.rating: skal være tekst, ikke et decimaltal\n",
    )
    answers = write(
        tmp_path,
        "chosen: [3]\nexpectations:\n  3:\n    strengths: {statements: [e9.nope]}\n",
    )
    code, _, err = reflect(runner, home, "--answers", str(answers))
    assert code == 1
    assert err.startswith(
        f"Fejl: {answers}, linje 4: expectations.3.strengths.statements[0]: ukendt udsagn; "
        "denne forventnings positive udsagn er: e3.involves.1, e3.involves.2"
    )
    assert not home.exists()


def test_a_copied_draft_is_saved_to_the_copy_never_over_the_original(
    runner: CliRunner, tmp_path: Path
) -> None:
    home = tmp_path / "j"
    journals = store.Store(home)
    data = jf.new("leder", 1, datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc), "abc123")
    data["chosen"] = ["e4"]
    original = journals.save(data)
    copy = home / f"{original.stem}-kopi.yaml"
    copy.write_bytes(original.read_bytes())
    data.update(status=domain.COMPLETE, finished="2026-11-22T10:00:00+00:00")
    journals.save(data)  # the original is finished; the copy is still a draft
    finished = original.read_bytes()
    answers = write(tmp_path, "expectations:\n  4:\n    next-step: Gemt i kopien\n")
    for _ in range(2):  # every later resume too
        code, _, err = reflect(runner, home, "--resume", "--answers", str(answers))
        assert (code, err) == (
            0,
            f"Bemærk: filen {copy.name} har id'et {original.stem} (en kopi?). Den gemmes "
            f"fortsat i {copy.name} og overskriver ingen anden refleksion.\n",
        )
        assert original.read_bytes() == finished
        saved = jf.parse(copy.read_text(encoding="utf-8"), copy)
        assert saved["status"] == domain.COMPLETE
        assert saved["expectations"]["e4"][domain.NEXT_STEP] == "Gemt i kopien"
        copy_data = saved | {"status": domain.DRAFT}
        copy.write_text(jf.dump(copy_data), encoding="utf-8")


def test_a_draft_that_cannot_be_locked_is_left_as_it_is(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    data = jf.new("leder", 1, datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc), "abc123")
    path = store.Store(home).save(data)
    before = path.read_bytes()
    (home / f".{path.name}.lock").mkdir()  # the lock file cannot be opened
    answers = write(tmp_path, "expectations:\n  4:\n    next-step: Aldrig gemt\n")
    code, _, err = reflect(runner, home, "--resume", "--answers", str(answers))
    assert code == 1
    assert err.startswith(f"Fejl: Kunne ikke åbne refleksionen {path} til at skrive i (")
    assert err.endswith("). Intet er ændret.\n")
    assert path.read_bytes() == before
