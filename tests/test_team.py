"""`kaereleder team form | import | compare`: the team's view beside the leader's own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factories import CET
from kaereleder import content, domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.errors import TeamError
from kaereleder.team import form as team_form
from platform_support import assert_mode


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FORM_ID = "20261122-4f9a2c"
CODES = {
    "1": "helt-uenig",
    "2": "delvis-uenig",
    "3": "hverken-enig-eller-uenig",
    "4": "delvis-enig",
    "5": "helt-enig",
    "?": "ved-ikke",
    "-": "",
}
# Eight employees' ratings, one character per form: 1–5, ? Ved ikke, - left out.
RATINGS = {
    "e1": "4435434?",
    "e2": "33423433",
    "e3": "232132?-",
    "e4": "44454---",
    "e5": "45445434",
    "e6": "33333333",
    "e7": "55454554",
}
E3_COUNTS = dict(zip(CODES.values(), (1, 3, 2, 0, 0, 1), strict=False))  # from "232132?-"
# Which of the eight forms mark a statement with x (every other statement: none).
MARKS = {
    "e1.involves.1": {0, 1},
    "e1.experienced.1": {0, 1, 2, 3, 4, 5},
    "e2.involves.1": set(range(8)),
    "e3.involves.1": {7},
    "e3.involves.2": {0, 1, 2, 3, 4},
    "e3.experienced.2": {1, 3, 5, 7},
    "e5.involves.1": {0, 1, 2, 3, 4, 5, 6},
}


def fill(template: str, ratings: dict[str, str], marks: set[str]) -> str:
    """The form as a person fills it in: a value after `vurdering:`, an x after a statement."""
    out, current = [], ""
    for line in template.splitlines():
        key = line.strip().removesuffix(":")
        if re.fullmatch(r"  [ew]\d:", line):
            current = key
        if key == "vurdering" and ratings.get(current):
            line += " " + ratings[current]
        elif key in marks:
            line += " x"
        out.append(line)
    return "\n".join(out) + "\n"


def form(
    index: int,
    form_id: str = FORM_ID,
    publication: str = "leder",
    ratings: dict[str, str] | None = None,
) -> str:
    """Form number ``index`` of the fixed set (0–7; 8 is 0 again), or with other ``ratings``
    (one character per form, as RATINGS; an expectation not named: left out)."""
    codes = RATINGS if ratings is None else ratings
    given = {item: CODES[row[index % len(row)]] for item, row in codes.items()}
    if index == 2 and ratings is None:
        given["e1"] = "Hverken enig eller uenig"  # the label, as a person may write it
    marks = {statement for statement, forms in MARKS.items() if index % 8 in forms}
    filled = fill(team_form.text(content.load(publication), form_id), given, marks)
    # Each person's file differs somewhere (here: a last comment); byte-identical files are
    # one form given twice and count once (test_hostile_files).
    return filled + f"# {index + 1}\n"


def write_forms(
    folder: Path,
    count: int,
    form_id: str = FORM_ID,
    ratings: dict[str, str] | None = None,
    first: int = 0,
) -> list[str]:
    """Forms ``first`` … ``first + count - 1`` as ``svar-N.yaml`` in ``folder``."""
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(first, first + count):
        path = folder / f"svar-{i + 1}.yaml"
        path.write_text(form(i, form_id, ratings=ratings), encoding="utf-8")
        paths.append(str(path))
    return paths


def save_journal(home: Path, publication: str = "leder") -> str:
    started = datetime(2026, 11, 2, 9, 30, tzinfo=CET)
    data = jf.new(publication, 1, started, "abc123")
    data.update(status=domain.COMPLETE, finished="2026-11-02T10:10:00+01:00")
    data["chosen"] = ["e1", "e3", "e5"] if publication == "leder" else ["w1"]

    def answers(rating: str, recognised: list[str]) -> dict[str, object]:
        return {
            domain.RATING: rating,
            "strengths": {domain.STATEMENTS: recognised, domain.TEXT: ""},
            domain.NEXT_STEP: "",
        }

    data["expectations"] = {
        "e1": answers("delvis-enig", ["e1.involves.1"]),
        "e3": answers("helt-enig", ["e3.involves.1", "e3.involves.2"]),
        "e5": answers("delvis-uenig", []),
    }
    if publication == "chef":
        data["expectations"] = {"w1": answers("helt-enig", [])}
    store.Store(home).save(data)
    return str(data["id"])


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["team", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def eight(runner: CliRunner, tmp_path: Path, home: Path) -> Path:
    """Eight filled-in forms imported as 'efteraar', and a reflection to compare with."""
    files = write_forms(tmp_path / "svar", 8)
    assert run(runner, "import", *files, "--name", "efteraar", "--home", str(home))[0] == 0
    save_journal(home)
    return home


# --- team form ----------------------------------------------------------------------------


def test_form_writes_a_yaml_form_and_a_printable_one(
    runner: CliRunner, tmp_path: Path, leder: Publication
) -> None:
    code, out, err = run(runner, "form", "-o", str(tmp_path))
    assert (code, err) == (0, "")
    files = sorted(tmp_path.iterdir())
    assert [f.suffix for f in files] == [".html", ".yaml"]
    assert all(re.fullmatch(r"spoergeskema-leder-\d{8}-[0-9a-f]{6}", f.stem) for f in files)
    assert str(files[1]) in out and "kaereleder team import" in out
    text = files[1].read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert set(data) == {"skema", "publikation", "indholdsversion", "skema-id", "forventninger"}
    assert data["skema-id"] == files[1].stem.removeprefix("spoergeskema-leder-")
    assert list(data["forventninger"]) == [e.id for e in leder.expectations]
    for item in leder.expectations:
        answers = data["forventninger"][item.id]
        assert answers == {
            "vurdering": None,
            "genkender": {s.id: None for s in item.positive_statements},
        }
        assert f"# {item.number}. {item.title}" in text
    assert "Min leder lever op til denne forventning" in text
    words = " ".join(line.strip(" #") for line in text.splitlines())  # comments unwrapped
    assert (
        "Skriv efter vurdering: helt-uenig, delvis-uenig, hverken-enig-eller-uenig, "
        "delvis-enig, helt-enig eller ved-ikke"
    ) in words
    assert "Skriv x efter kolon" in words and "Skemaet er anonymt" in words
    # An honest promise: whoever receives a form can read it, so someone else collects them.
    assert "ser kun det samlede billede" not in words
    assert "Den, der tager imod de udfyldte skemaer, kan læse hvert enkelt." in words
    assert "en anden end din leder samler dem ind og lægger dem sammen, fx en " in words
    assert "tillidsrepræsentant, en MED-repræsentant eller en kollega" in words
    assert "helst til den, der samler skemaerne ind, og ikke til din leder selv" in words
    assert "det gælder også hver af forventningerne" in words
    assert "uden at åbne dem" in out and "en anden end dig samler skemaerne ind" in out
    assert "navn" not in str(data).lower()
    for statement in (s for e in leder.expectations for s in e.positive_statements):
        assert statement.text.split()[0] in text
    printable = files[0].read_text(encoding="utf-8")
    assert printable.startswith("<!DOCTYPE html>") and str(files[0]) in out
    assert printable.count('type="radio"') == 7 * 6
    assert printable.count('type="checkbox"') == sum(
        len(e.positive_statements) for e in leder.expectations
    )
    assert data["skema-id"] in printable and "Min leder lever op til" in printable
    assert "kan læse hvert enkelt" in printable and "i en lukket kuvert til den, der" in printable
    assert "navn:" not in printable.lower() and ">Gem mine svar</button>" in printable
    # Self-contained: nothing fetched, nothing sent.
    for external in ("src=", "href=", "url(", "@import", "fetch(", "XMLHttpRequest", "<link"):
        assert external not in printable
    # And the browser is told so: nothing may connect, only the page's own script runs.
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', printable)
    assert policy and policy[1].startswith("default-src 'none'; style-src 'unsafe-inline';")
    assert re.search(r"; script-src 'sha256-[A-Za-z0-9+/]{43}='$", policy[1])
    # Made for others: the usual mode, not the journals' 0600.
    for path in files:
        assert_mode(path, 0o666 & ~umask())


def test_form_for_chef_speaks_of_wishes_and_the_chef(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "form", "-p", "chef", "-o", str(tmp_path))[0] == 0
    text = next(tmp_path.glob("*.yaml")).read_text(encoding="utf-8")
    assert "Spørgeskema til lederne om »Kære chef! Kære ledere!«" in text
    assert "Min chef lever op til dette ønske" in text and "din chefs måde" in text
    words = " ".join(line.strip(" #") for line in text.splitlines())
    assert "en anden end din chef samler dem ind" in words and "hver af ønskerne" in words
    assert list(yaml.safe_load(text)["forventninger"]) == ["w1", "w2", "w3", "w4", "w5", "w6"]


def test_an_empty_form_reads_back_as_unfilled(tmp_path: Path, leder: Publication) -> None:
    path = tmp_path / "tom.yaml"
    path.write_text(team_form.text(leder, FORM_ID), encoding="utf-8")
    with pytest.raises(Exception, match=r"tom\.yaml, linje \d+: .*ikke udfyldt"):
        team_form.read(path)


def test_form_into_a_folder_that_does_not_exist_creates_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "nej" / "skemaer"
    code, out, err = run(runner, "form", "-o", str(folder))
    assert (code, err) == (0, "")
    assert sorted(f.suffix for f in folder.iterdir()) == [".html", ".yaml"]
    assert_mode(folder, 0o777 & ~umask())


def test_form_into_a_file_says_so(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    code, out, err = run(runner, "form", "-o", str(tmp_path / "fil"))
    assert (code, out) == (1, "")
    assert err == (
        f"Fejl: {tmp_path / 'fil'} er en fil, ikke en mappe. Intet er skrevet; vælg en anden "
        "sti med -o.\n"
    )


# --- team import --------------------------------------------------------------------------


def test_import_skips_a_broken_and_an_unfilled_form_by_file_and_line(
    runner: CliRunner, tmp_path: Path, home: Path, leder: Publication
) -> None:
    files = write_forms(tmp_path / "svar", 8)
    broken = tmp_path / "svar" / "broken.yaml"
    broken.write_text(
        form(0).replace("\n    vurdering: delvis-enig\n", "\n    vurdering: måske\n", 1), "utf-8"
    )
    line = broken.read_text(encoding="utf-8").splitlines().index("    vurdering: måske") + 1
    unfilled = tmp_path / "svar" / "tom.yaml"
    unfilled.write_text(team_form.text(leder, FORM_ID), encoding="utf-8")
    first = unfilled.read_text(encoding="utf-8").splitlines().index("    vurdering:") + 1
    code, out, err = run(
        runner, "import", *files[:4], str(broken), *files[4:], str(unfilled),
        "--name", "efteraar", "--home", str(home),
    )  # fmt: skip
    assert code == 0
    assert err.splitlines() == [
        f"Springer over: {unfilled}, linje {first}: forventninger.e1.vurdering: skemaet er "
        "ikke udfyldt: ingen vurdering og intet x",
        f"Tæller ikke med: {broken}, linje {line}: forventninger.e1.vurdering: 'måske' er ikke "
        "en vurdering; skriv en af: helt-uenig, delvis-uenig, hverken-enig-eller-uenig, "
        "delvis-enig, helt-enig, ved-ikke (eller lad den stå tom). Resten af skemaet tæller med.",
    ]
    assert out == (
        "9 skemaer om »Kære leder!« er indlæst som undersøgelsen 'efteraar'. 1 sprunget over "
        "(se ovenfor).\n"
        "Se dit eget syn ved siden af teamets med: kaereleder team compare efteraar\n"
    )
    survey = yaml.safe_load((home / "team" / "efteraar.yaml").read_text(encoding="utf-8"))
    assert survey["answers"] == 9
    items = survey["expectations"]
    # The typo cost e1's rating only: e2's rating and e1's statements of that form count.
    assert items["e1"]["answered"] == 8 and items["e2"]["answered"] == 9
    assert items["e1"]["recognised"]["e1.involves.1"] == 3  # forms 0 and 1, and the broken


def test_the_survey_holds_only_counts_private(
    runner: CliRunner, eight: Path, leder: Publication
) -> None:
    folder = eight / "team"
    assert [p.name for p in folder.iterdir()] == ["efteraar.yaml"]  # no form is copied
    assert_mode(folder, 0o700)
    path = folder / "efteraar.yaml"
    assert_mode(path, 0o600)
    survey = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert {k: v for k, v in survey.items() if k not in ("imported", "expectations")} == {
        "schema": 2,
        "name": "efteraar",
        "publication": "leder",
        "content_version": 1,
        "form": FORM_ID,
        "answers": 8,
    }
    datetime.fromisoformat(survey["imported"])
    assert survey["expectations"]["e3"] == {
        "answered": 7,  # Ved ikke is an answer; left out is not
        "ratings": E3_COUNTS,
        "recognised": {
            "e3.involves.1": 1,
            "e3.involves.2": 5,
            "e3.involves.3": 0,
            "e3.involves.4": 0,
            "e3.experienced.1": 0,
            "e3.experienced.2": 4,
            "e3.experienced.3": 0,
        },
    }
    answered = [counts["answered"] for counts in survey["expectations"].values()]
    assert answered == [8, 8, 7, 5, 8, 8, 8]
    for counts in survey["expectations"].values():
        for group in (counts["ratings"], counts["recognised"]):
            assert all(type(n) is int for n in group.values())
    # The journal folder's listing sees the reflection only, never the survey.
    assert [p.name for p in store.Store(eight).paths()] == ["20261102-093000-leder-abc123.yaml"]
    assert sorted(p.name for p in eight.iterdir()) == ["20261102-093000-leder-abc123.yaml", "team"]
    assert run(runner, "compare", "--home", str(eight))[0] == 0


def test_import_of_an_existing_name_asks_for_another_or_replace(
    runner: CliRunner, tmp_path: Path, eight: Path
) -> None:
    files = write_forms(tmp_path / "svar", 13)
    args = ("import", *files, "--name", "efteraar", "--home", str(eight))
    assert run(runner, *args) == (
        1,
        "",
        "Fejl: Der er allerede en undersøgelse med navnet 'efteraar'. Vælg et andet navn med "
        "--name, eller erstat den med --replace.\n",
    )
    assert run(runner, *args, "--replace")[0] == 0
    survey = yaml.safe_load((eight / "team" / "efteraar.yaml").read_text(encoding="utf-8"))
    assert survey["answers"] == 13


def test_the_same_round_under_another_name_is_refused(
    runner: CliRunner, tmp_path: Path, eight: Path
) -> None:
    files = write_forms(tmp_path / "svar", 8)
    assert run(runner, "import", *files, "--name", "igen", "--home", str(eight)) == (
        1,
        "",
        f"Fejl: Skemaerne med skema-id {FORM_ID} er allerede indlæst som 'efteraar'. Indlæs "
        "dem igen med --name efteraar --replace.\n",
    )
    assert not (eight / "team" / "igen.yaml").exists()


def test_forms_of_another_round_or_publication_are_skipped(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    files = write_forms(tmp_path / "svar", 5)
    old = tmp_path / "gammel.yaml"
    old.write_text(form(0, "20250101-aaaaaa"), encoding="utf-8")
    chef = tmp_path / "chef.yaml"
    chef.write_text(
        fill(team_form.text(content.load("chef"), FORM_ID), {"w1": "helt-enig"}, set()), "utf-8"
    )
    code, out, err = run(
        runner, "import", str(old), *files, str(chef), "--name", "x", "--home", str(home)
    )
    assert code == 0
    assert err.splitlines() == [
        f"Springer over: {old}: skemaet er fra en anden runde (skema-id 20250101-aaaaaa, de "
        f"andre {FORM_ID})",
        f"Springer over: {chef}: skemaet er om »Kære chef! Kære ledere!«, de andre om »Kære "
        "leder!«",
    ]
    assert out.startswith("5 skemaer om »Kære leder!« er indlæst som undersøgelsen 'x'. 2 ")


def test_two_rounds_of_the_same_size_are_refused(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    files = write_forms(tmp_path / "a", 2) + write_forms(tmp_path / "b", 2, "20250101-aaaaaa")
    code, out, err = run(runner, "import", *files, "--name", "x", "--home", str(home))
    assert (code, out) == (1, "")
    assert err == (
        f"Fejl: Skemaerne er fra flere runder: 2 med skema-id {FORM_ID} (leder), 2 med "
        "skema-id 20250101-aaaaaa (leder). Indlæs hver runde for sig.\n"
    )
    assert not (home / "team").exists()


def test_import_with_no_readable_form_saves_nothing(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    bad = tmp_path / "ikke.yaml"
    bad.write_text("skema: noget andet\n", encoding="utf-8")
    missing = tmp_path / "findes-ikke.yaml"
    code, out, err = run(
        runner, "import", str(bad), str(missing), "--name", "x", "--home", str(home)
    )
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"Springer over: {bad}, linje 1: skema: er ikke et spørgeskema fra kaereleder team form "
        "(skema: kaereleder-team-1 mangler)",
        f"Springer over: {missing}: kan ikke læses (filen eller mappen findes ikke)",
        "Fejl: Ingen af de 2 skemaer kunne indlæses (se ovenfor). Intet er gemt.",
    ]
    assert not home.exists()


BROKEN = [
    ("skema-id: ", "skema-id: 22-11-2026", "skema-id: et skema-id har formen ÅÅÅÅMMDD-abc123"),
    (
        "forventninger:",
        "navn: Hans\nforventninger:",
        "navn: ukendt linje; skemaet har kun skema, publikation, indholdsversion, skema-id og "
        "forventninger (skriv ikke navne i skemaet)",
    ),
    ("  e1:", "  e1: x: y", "ugyldig YAML: mapping values are not allowed in this context"),
]  # fmt: skip


def changed(text: str, start: str, replacement: str, path: Path) -> tuple[Path, int]:
    """``text`` with its first line starting with ``start`` replaced, written to ``path``;
    and the line a problem there is named by (a mapping's: its first line, the rating)."""
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[n] = replacement
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if start == "  e2:":
        n = next(i for i in range(n, len(lines)) if lines[i].startswith("    vurdering:"))
    return path, n + 1


@pytest.mark.parametrize(("start", "replacement", "problem"), BROKEN)
def test_broken_forms_are_named_by_file_and_line(
    runner: CliRunner, tmp_path: Path, home: Path, start: str, replacement: str, problem: str
) -> None:
    path, line = changed(form(3), start, replacement, tmp_path / "f.yaml")
    code, out, err = run(runner, "import", str(path), "--name", "x", "--home", str(home))
    assert (code, out) == (1, "")
    where = f"{path}, linje {line}" + (", kolonne 8" if "YAML" in problem else "")
    assert err.splitlines()[0] == f"Springer over: {where}: {problem}"


# A wrong value costs that field only: (line to change, new line, problem, what still counts).
FIELDS = [
    ("  e2:", "  e9:", "forventninger.e9: ukendt forventning; skemaet har e1, e2, e3, e4, e5, "
     "e6, e7"),
    ("  e2:", "  e22:", "forventninger.e22: ukendt forventning; mente du e2?"),
    (
        "      e1.involves.3:",
        "      e1.involves.3: måske",
        "forventninger.e1.genkender.e1.involves.3: 'måske' forstås ikke; skriv x ved et "
        "udsagn, du genkender, eller lad det stå tomt",
    ),
    ("      e1.involves.3:", "      e1.involves.9: x", "forventninger.e1.genkender.e1.involves.9: "
     "ukendt udsagn; mente du e1.involves.3?"),
    ("      e1.involves.3:", "      e1.xyz: x", "forventninger.e1.genkender.e1.xyz: "
     "ukendt udsagn; ret ikke i linjerne før kolon"),
    ("    vurdering: delvis-enig", "    vurdering: delvis-unig", "forventninger.e1.vurdering: "
     "'delvis-unig' er ikke en vurdering; mente du delvis-uenig?"),
    ("    vurdering: delvis-enig", "    vurderng: delvis-enig", "forventninger.e1.vurderng: "
     "ukendt linje; mente du vurdering?"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "replacement", "problem"), FIELDS)
def test_a_wrong_value_drops_that_field_and_the_rest_counts(
    tmp_path: Path, start: str, replacement: str, problem: str
) -> None:
    path, line = changed(form(0), start, replacement, tmp_path / "f.yaml")
    read = team_form.read(path)
    assert read.dropped == (f"{path}, linje {line}: {problem}",)
    complete = team_form.read(Path(write_forms(tmp_path / "hel", 1)[0]))
    kept = {k: v for k, v in complete.ratings.items() if not (start == "  e2:" and k == "e2")}
    if "vurder" in start:
        del kept["e1"]
    assert read.ratings == kept
    assert read.recognised <= complete.recognised
    lost = complete.recognised - read.recognised  # what a renamed e2 held; else nothing
    assert lost == ({"e2.involves.1"} if start == "  e2:" else set())


def test_a_form_with_only_wrong_values_is_skipped_saying_why(
    tmp_path: Path, leder: Publication
) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(fill(team_form.text(leder, FORM_ID), {"e3": "godt"}, set()), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("    vurdering: godt") + 1
    with pytest.raises(TeamError) as caught:
        team_form.read(path)
    assert caught.value.message == (
        f"{path}, linje {line}: forventninger.e3.vurdering: 'godt' er ikke en vurdering; "
        "skriv en af: helt-uenig, delvis-uenig, hverken-enig-eller-uenig, delvis-enig, "
        "helt-enig, ved-ikke (eller lad den stå tom) – og intet andet i skemaet er udfyldt"
    )


def test_a_name_with_a_final_newline_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "journal"
    files = write_forms(tmp_path / "svar", 5)
    code, out, err = run(runner, "import", *files, "--name", "x\n", "--home", str(home))
    assert (code, out) == (2, "")
    assert "kan ikke bruges som navn på en undersøgelse." in err  # how "\n" shows: not here
    assert not (home / "team").exists() or list((home / "team").iterdir()) == []


def test_import_name_must_do_as_a_file_name(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    code, out, err = run(runner, "import", "x.yaml", "--name", "../ud", "--home", str(home))
    assert (code, out) == (2, "")
    assert err == (
        "Fejl: '../ud' kan ikke bruges som navn på en undersøgelse. Brug bogstaver, tal, - og _, "
        "fx efteraar-2026.\n"
    )


# --- anonymity ----------------------------------------------------------------------------

HIDDEN = (
    "Undersøgelsen 'foraar' viser intet resultat: 4 har svaret, og resultatet vises først, "
    "når mindst 5 medarbejdere har svaret – som i den fællesoffentlige ledelsesevaluering, så "
    "ingen enkeltes svar kan genkendes. Indlæs alle skemaerne igen, når flere har svaret: "
    "kaereleder team import FILER --name foraar --replace\n"
)


def test_four_answers_show_nothing_but_the_reason(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    files = write_forms(tmp_path / "svar", 4)
    save_journal(home)
    code, out, err = run(runner, "import", *files, "--name", "foraar", "--home", str(home))
    assert (code, err) == (0, "")
    assert out == "4 skemaer om »Kære leder!« er indlæst som undersøgelsen 'foraar'.\n" + HIDDEN
    survey = yaml.safe_load((home / "team" / "foraar.yaml").read_text(encoding="utf-8"))
    assert "expectations" not in survey and survey["answers"] == 4  # not even stored
    for form_ in ("text", "markdown"):
        assert run(runner, "compare", "--format", form_, "--home", str(home)) == (0, HIDDEN, "")
    data = json.loads(run(runner, "compare", "foraar", "--format", "json", "--home", str(home))[1])
    assert data["shown"] is False and data["reason"] == HIDDEN.rstrip("\n")
    assert set(data) == {"survey", "shown", "reason"} and data["survey"]["answers"] == 4


def test_five_answers_show_the_result(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    files = write_forms(tmp_path / "svar", 5)
    save_journal(home)
    code, out, _ = run(runner, "import", *files, "--name", "foraar", "--home", str(home))
    assert code == 0 and out.endswith("kaereleder team compare foraar\n")
    code, out, _ = run(runner, "compare", "--home", str(home))
    assert code == 0
    assert "Undersøgelsen 'foraar': 5 svar" in out and "viser intet resultat" not in out
    assert "   Medarbejderne      0    0    1    3    1    0   gns. 4,0\n" in out


# Within a survey of eight: expectation 3 answered by exactly four (one of them Ved ikke),
# expectation 4 by exactly five (one of them Ved ikke).
FEW = {**RATINGS, "e3": "23?1----", "e4": "4445?---"}
FEW_REASON = "færre end 5 har svaret her – vises ikke af hensyn til anonymiteten"
CHANGED_REASON = (
    "antallet af svar her er ændret med færre end 5, siden resultatet sidst blev vist – "
    "vises ikke af hensyn til anonymiteten"
)


@pytest.fixture
def few(runner: CliRunner, tmp_path: Path, home: Path) -> Path:
    files = write_forms(tmp_path / "svar", 8, ratings=FEW)
    code, out, err = run(runner, "import", *files, "--name", "efteraar", "--home", str(home))
    assert (code, err) == (0, "")
    assert out == (
        "8 skemaer om »Kære leder!« er indlæst som undersøgelsen 'efteraar'.\n"
        f"Forventning 3: {FEW_REASON}.\n"
        "Se dit eget syn ved siden af teamets med: kaereleder team compare efteraar\n"
    )
    save_journal(home)
    return home


def test_an_expectation_four_answered_is_not_even_stored(few: Path) -> None:
    survey = yaml.safe_load((few / "team" / "efteraar.yaml").read_text(encoding="utf-8"))
    assert survey["answers"] == 8
    assert survey["expectations"]["e3"] == {"answered": 4, "hidden": True}  # no counts
    assert survey["expectations"]["e4"]["answered"] == 5
    assert survey["expectations"]["e4"]["ratings"] == dict(
        zip(CODES.values(), (0, 0, 0, 3, 1, 1), strict=False)
    )


def test_an_expectation_four_answered_shows_nothing_but_the_reason(
    runner: CliRunner, few: Path, leder: Publication
) -> None:
    code, out, err = run(runner, "compare", "--home", str(few))
    assert (code, err) == (0, "")
    assert (
        "3. Du viser tillid og bakker os op\n"
        f"   Medarbejderne  {FEW_REASON.replace(' anonymiteten', '')}\n"
        "                  anonymiteten\n"
        "   Din vurdering                          ●        Helt enig (5)\n"
        "\n"
        "4. Du hjælper os med at få problemer løst\n"
        "   Medarbejderne      0    0    0    3    1    1   gns. 4,3 · 3 uden svar\n"
        "   Din vurdering  (ikke med i din refleksion)\n"
    ) in out
    talk = out[out.index("Steder at tale om") : out.index("Udsagn, du genkender")]
    assert "3. Du viser" not in talk and "5. Du ser, udnytter" in talk
    assert "Forventning 3 er ikke med her (vises ikke af hensyn til anonymiteten)." in talk
    for statement in leder.expectations[2].positive_statements:  # none of expectation 3's
        assert statement.text[:40] not in out
    assert out.endswith(
        "Udsagnene sammenlignes for de forventninger, du gik i dybden med i din\n"
        "refleksion: 1 og 5. Udsagnene for forventning 3 vises ikke af hensyn til\n"
        "anonymiteten.\n"
    )


def test_an_expectation_four_answered_in_markdown_and_json(
    runner: CliRunner, few: Path, leder: Publication
) -> None:
    code, out, _ = run(runner, "compare", "--format", "markdown", "--home", str(few))
    assert code == 0
    assert (
        "| 3. Du viser tillid og bakker os op | – | – | – | – | – | – | – | Helt enig (5) |\n"
        "| 4. Du hjælper os med at få problemer løst | 0 | 0 | 0 | 3 | 1 | 1 | 4,3 | (ikke med "
        "i din refleksion) |\n"
    ) in out
    assert f"- **3. Du viser tillid og bakker os op**: {FEW_REASON}.\n" in out
    assert "Forventning 3 er ikke med her" in out and "**3. Du viser" not in out.split("## ")[2]
    code, out, _ = run(runner, "compare", "--format", "json", "--home", str(few))
    data = json.loads(out)
    assert data["expectations"][2] == {
        "id": "e3",
        "number": 3,
        "title": "Du viser tillid og bakker os op",
        "own": "helt-enig",
        "hidden": True,
        "reason": FEW_REASON,
        "team": None,
        "talk": None,
    }
    assert data["expectations"][3]["team"] == {
        "counts": dict(zip(CODES.values(), (0, 0, 0, 3, 1, 1), strict=False)),
        "left_out": 3,
        "mean": 4.25,  # Ved ikke not in the mean
    }
    statements = data["statements"]
    assert (statements["compared"], statements["withheld"]) == (["e1", "e5"], ["e3"])
    listed = [s["expectation"] for s in statements["only_you"] + statements["only_team"]]
    assert "e3" not in listed and listed


def test_one_rating_among_five_forms_is_not_shown(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    """The review's case: five forms, only one of them rates expectation 7."""
    ratings = {f"e{n}": "44444" for n in range(1, 7)} | {"e7": "1----"}
    files = write_forms(tmp_path / "svar", 5, ratings=ratings)
    assert run(runner, "import", *files, "--name", "foraar", "--home", str(home))[0] == 0
    save_journal(home)
    code, out, _ = run(runner, "compare", "--home", str(home))
    assert code == 0
    assert out.count("Medarbejderne      0    0    0    5    0    0   gns. 4,0\n") == 6
    assert (
        "7. Du insisterer på og bidrager til en ordentlig omgangstone\n"
        "   Medarbejderne  færre end 5 har svaret her – vises ikke af hensyn til\n"
        "                  anonymiteten\n"
        "   Din vurdering  (ikke med i din refleksion)\n"
    ) in out
    assert "gns. 1,0" not in out and "4 uden svar" not in out


# --- replacing a survey -------------------------------------------------------------------


def test_replace_by_fewer_than_five_more_answers_is_refused(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    files = write_forms(tmp_path / "svar", 10)
    args = ("--name", "foraar", "--home", str(home), "--replace")
    assert run(runner, "import", *files[:5], *args)[0] == 0
    path = home / "team" / "foraar.yaml"
    before = path.read_text(encoding="utf-8")
    assert run(runner, "import", *files[:6], *args) == (
        1,
        "",
        "Fejl: Undersøgelsen 'foraar' viser et resultat med 5 svar. Erstattes den af 6 svar, "
        "kan man ved at sammenligne før og efter se, hvad den ene, der er kommet til, har "
        "svaret. Erstat den med de samme skemaer igen, eller når antallet er ændret med "
        "mindst 5 (mindst 10 svar). Intet er ændret.\n",
    )
    code, _, err = run(runner, "import", *files[:9], *args)
    assert (code, err.count("hvad de 4, der er kommet til,")) == (1, 1)
    assert path.read_text(encoding="utf-8") == before
    assert run(runner, "import", *files[:5], *args)[0] == 0  # the same number again
    assert run(runner, "import", *files, *args)[0] == 0  # five more
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["answers"] == 10
    code, _, err = run(runner, "import", *files[:7], *args)
    assert (code, err.count("hvad de 3, der er faldet fra,")) == (1, 1)


def test_a_shown_survey_is_not_replaced_by_a_hidden_one(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    files = write_forms(tmp_path / "svar", 8)
    args = ("--name", "foraar", "--home", str(home), "--replace")
    assert run(runner, "import", *files[:4], *args)[0] == 0  # hidden: nothing shown yet
    assert run(runner, "import", *files[:5], *args)[0] == 0  # so one more may be added
    assert run(runner, "import", *files[:3], *args) == (
        1,
        "",
        "Fejl: Undersøgelsen 'foraar' viser et resultat med 5 svar og erstattes ikke af 3 "
        "svar: det er færre end 5. Intet er ændret.\n",
    )


def test_an_expectation_changed_by_fewer_than_five_answers_is_hidden(
    runner: CliRunner, tmp_path: Path, eight: Path
) -> None:
    """Five more forms, but only one of them rates expectation 4 (answered by 5 before)."""
    files = write_forms(tmp_path / "svar", 8)
    everything = {f"e{n}": "44444" for n in range(1, 8)}
    files += write_forms(tmp_path / "svar", 5, ratings=everything | {"e4": "4----"}, first=8)
    args = ("--name", "efteraar", "--home", str(eight), "--replace")
    code, out, _ = run(runner, "import", *files, *args)
    assert code == 0 and f"\nForventning 4: {CHANGED_REASON}.\n" in out
    path = eight / "team" / "efteraar.yaml"
    survey = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert survey["expectations"]["e4"] == {"answered": 6, "hidden": True, "shown_with": 5}
    assert survey["expectations"]["e1"]["answered"] == 13
    data = json.loads(run(runner, "compare", "--format", "json", "--home", str(eight))[1])
    assert data["expectations"][3]["reason"] == CHANGED_REASON
    # Still hidden one form later (6 against the 5 it was shown with) …
    files += write_forms(tmp_path / "svar", 5, ratings=everything | {"e4": "-----"}, first=13)
    assert run(runner, "import", *files, *args)[0] == 0
    survey = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert survey["expectations"]["e4"] == {"answered": 6, "hidden": True, "shown_with": 5}
    # … and shown again once five more have rated it: 11 against 5.
    files += write_forms(tmp_path / "svar", 5, ratings=everything, first=18)
    assert run(runner, "import", *files, *args)[0] == 0
    survey = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert survey["expectations"]["e4"]["answered"] == 11
    assert "ratings" in survey["expectations"]["e4"]


def test_a_new_round_may_replace_a_survey_freely(
    runner: CliRunner, tmp_path: Path, eight: Path
) -> None:
    """Another round is everyone answering anew: comparing it with the last isolates no one."""
    files = write_forms(tmp_path / "ny", 6, "20270301-bbbbbb")
    args = ("--name", "efteraar", "--home", str(eight), "--replace")
    assert run(runner, "import", *files, *args)[0] == 0


SURVEY_PROBLEMS = [
    ("schema: 2", "schema: 1", "schema: kun undersøgelsesformat 2 kan læses"),
    ("  e3:\n    answered: 4\n    hidden: true\n",
     "  e3:\n    answered: 4\n    hidden: true\n    ratings: {helt-uenig: 1}\n",
     "expectations.e3.ratings: et skjult resultat har kun answered, hidden og shown_with"),
    ("  e3:\n    answered: 4\n    hidden: true\n", "  e3:\n    answered: 4\n    hidden: false\n",
     "expectations.e3.hidden: kan kun være true"),
    ("  e4:\n    answered: 5\n", "  e4:\n    answered: 4\n",
     "expectations.e4.answered: under 5 svar skal resultatet være skjult"),
    ("answers: 8", "answers: 4", "expectations: under 5 svar gemmes ingen antal"),
    ("      delvis-enig: 3\n", "      delvis-enig: 4\n",
     "expectations.e4.ratings: antallene passer ikke med 'answered'"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "problem"), SURVEY_PROBLEMS)
def test_a_survey_file_that_would_show_too_little_is_refused(
    runner: CliRunner, few: Path, old: str, new: str, problem: str
) -> None:
    path = few / "team" / "efteraar.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out, err = run(runner, "compare", "--home", str(few))
    assert (code, out) == (1, "")
    assert err.startswith(f"Fejl: {path}, linje ") and problem in err


# --- narrow terminals ---------------------------------------------------------------------


@pytest.mark.parametrize("columns", [40, 80, 20, 30, 60, 100])
def test_compare_text_fits_the_terminal_without_trailing_spaces(
    runner: CliRunner, few: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = run(runner, "compare", "--home", str(few))
    assert code == 0
    lines = out.splitlines()
    assert [line for line in lines if line.endswith(" ")] == []
    assert max(len(line) for line in lines) <= columns


def test_compare_text_at_40_columns_keeps_rows_whole(
    runner: CliRunner, eight: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    code, out, _ = run(runner, "compare", "--home", str(eight))
    assert code == 0
    assert (
        "                    1  2  3  4  5  ?\n"
        "1. Du er tydelig om rammerne for\n"
        "   vores arbejde\n"
        "   Medarbejderne    0  0  2  4  1  1\n"
        "                  gns. 3,9\n"
        "   Din vurdering             ●\n"
        "                  Delvis enig (4)\n"
        "\n"
        "2. Du lytter og inddrager os i\n"
        "   beslutningerne\n"
        "   Medarbejderne    0  1  5  2  0  0\n"
        "                  gns. 3,1\n"
        "   Din vurdering  (ikke med i din\n"
        "                  refleksion)\n"
    ) in out
    assert (
        "   Medarbejderne    1  3  2  0  0  1\n                  gns. 2,2 · 1 uden svar\n" in out
    )


# --- team compare -------------------------------------------------------------------------

COMPARE_TEXT = """\
Kære leder!  ·  Din refleksion og medarbejdernes syn
Undersøgelsen 'efteraar': 8 svar
Din refleksion: 2026-11-02 09:30  ·  20261102-093000-leder-abc123
Et udgangspunkt for dialog og udvikling – ikke en karakter.

Antal svar på »Min leder lever op til denne forventning«: 1 Helt uenig · 2
Delvis uenig · 3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved
ikke. Gennemsnittet (gns.) er uden Ved ikke. ● er din egen vurdering af »Jeg
lever op til denne forventning«.

                      1    2    3    4    5    ?
1. Du er tydelig om rammerne for vores arbejde
   Medarbejderne      0    0    2    4    1    1   gns. 3,9
   Din vurdering                     ●             Delvis enig (4)

2. Du lytter og inddrager os i beslutningerne
   Medarbejderne      0    1    5    2    0    0   gns. 3,1
   Din vurdering  (ikke med i din refleksion)

3. Du viser tillid og bakker os op
   Medarbejderne      1    3    2    0    0    1   gns. 2,2 · 1 uden svar
   Din vurdering                          ●        Helt enig (5)
   → et sted at tale om (se nedenfor)

4. Du hjælper os med at få problemer løst
   Medarbejderne      0    0    0    4    1    0   gns. 4,2 · 3 uden svar
   Din vurdering  (ikke med i din refleksion)

5. Du ser, udnytter og udvikler vores stærke sider
   Medarbejderne      0    0    1    5    2    0   gns. 4,1
   Din vurdering           ●                       Delvis uenig (2)
   → et sted at tale om (se nedenfor)

6. Du viser omsorg for dem, der har det svært i en periode
   Medarbejderne      0    0    8    0    0    0   gns. 3,0
   Din vurdering  (ikke med i din refleksion)

7. Du insisterer på og bidrager til en ordentlig omgangstone
   Medarbejderne      0    0    0    3    5    0   gns. 4,6
   Din vurdering  (ikke med i din refleksion)

Steder at tale om
Hvor din egen vurdering og medarbejdernes gennemsnit ligger mere end ét trin fra
hinanden. Ikke en dom, men et sted at spørge nysgerrigt ind.
• 3. Du viser tillid og bakker os op: Din vurdering er Helt enig (5),
  medarbejdernes gennemsnit 2,2. Du ser det mere positivt, end de gør – måske en
  blind vinkel.
• 5. Du ser, udnytter og udvikler vores stærke sider: Din vurdering er Delvis
  uenig (2), medarbejdernes gennemsnit 4,1. De ser mere, end du gør – måske en
  styrke, du undervurderer.

Udsagn, du genkender, men under halvdelen af medarbejderne gør
1. Du er tydelig om rammerne for vores arbejde
   2 af 8  Kommunikerer tydeligt om både kerneopgaven og hverdagens
           opgaveløsning, så alle ved, hvad de skal og hvorfor.
3. Du viser tillid og bakker os op
   1 af 8  Delegerer opgaver og ansvar i forventning om, at vi alle gør vores
           bedste.

Udsagn, mindst halvdelen af medarbejderne genkender, men du ikke valgte
1. Du er tydelig om rammerne for vores arbejde
   6 af 8  Hjælper os med at strukturere og definere det daglige arbejde, så vi
           aldrig er i tvivl om, hvad vi skal lave, eller hvilken kvalitet du
           forventer.
3. Du viser tillid og bakker os op
   4 af 8  Lader os løse opgaver og træffe beslutninger selv, men er til
           rådighed for fælles refleksion og læring.
5. Du ser, udnytter og udvikler vores stærke sider
   7 af 8  Har øje for, hvilke opgaver og funktioner den enkelte er god til og
           glad for i hverdagen.

Udsagnene sammenlignes for de forventninger, du gik i dybden med i din
refleksion: 1, 3 og 5.
"""


def test_compare_text_exactly(runner: CliRunner, eight: Path) -> None:
    code, out, err = run(runner, "compare", "--home", str(eight))
    assert (code, err) == (0, "")
    assert out == COMPARE_TEXT
    assert max(len(line) for line in out.splitlines()) <= 80


def test_compare_markdown(runner: CliRunner, eight: Path) -> None:
    code, out, _ = run(runner, "compare", "efteraar", "--format", "markdown", "--home", str(eight))
    assert code == 0
    assert out == COMPARE_MARKDOWN


COMPARE_MARKDOWN = """\
# Kære leder!  ·  Din refleksion og medarbejdernes syn

- Undersøgelsen 'efteraar': 8 svar
- Din refleksion: 2026-11-02 09:30  ·  20261102-093000-leder-abc123

*Et udgangspunkt for dialog og udvikling – ikke en karakter.*

Antal svar på »Min leder lever op til denne forventning«: 1 Helt uenig · 2 Delvis uenig · 3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke. Gennemsnittet (gns.) er uden Ved ikke.

| Forventning | 1 | 2 | 3 | 4 | 5 | ? | gns. | Din vurdering |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| 1. Du er tydelig om rammerne for vores arbejde | 0 | 0 | 2 | 4 | 1 | 1 | 3,9 | Delvis enig (4) |
| 2. Du lytter og inddrager os i beslutningerne | 0 | 1 | 5 | 2 | 0 | 0 | 3,1 | (ikke med i din refleksion) |
| 3. Du viser tillid og bakker os op | 1 | 3 | 2 | 0 | 0 | 1 | 2,2 | Helt enig (5) |
| 4. Du hjælper os med at få problemer løst | 0 | 0 | 0 | 4 | 1 | 0 | 4,2 | (ikke med i din refleksion) |
| 5. Du ser, udnytter og udvikler vores stærke sider | 0 | 0 | 1 | 5 | 2 | 0 | 4,1 | Delvis uenig (2) |
| 6. Du viser omsorg for dem, der har det svært i en periode | 0 | 0 | 8 | 0 | 0 | 0 | 3,0 | (ikke med i din refleksion) |
| 7. Du insisterer på og bidrager til en ordentlig omgangstone | 0 | 0 | 0 | 3 | 5 | 0 | 4,6 | (ikke med i din refleksion) |

## Steder at tale om

Hvor din egen vurdering og medarbejdernes gennemsnit ligger mere end ét trin fra hinanden. Ikke en dom, men et sted at spørge nysgerrigt ind.

- **3. Du viser tillid og bakker os op**: Din vurdering er Helt enig (5), medarbejdernes gennemsnit 2,2. Du ser det mere positivt, end de gør – måske en blind vinkel.
- **5. Du ser, udnytter og udvikler vores stærke sider**: Din vurdering er Delvis uenig (2), medarbejdernes gennemsnit 4,1. De ser mere, end du gør – måske en styrke, du undervurderer.

## Udsagn, du genkender, men under halvdelen af medarbejderne gør

**1. Du er tydelig om rammerne for vores arbejde**

- 2 af 8: Kommunikerer tydeligt om både kerneopgaven og hverdagens opgaveløsning, så alle ved, hvad de skal og hvorfor.

**3. Du viser tillid og bakker os op**

- 1 af 8: Delegerer opgaver og ansvar i forventning om, at vi alle gør vores bedste.

## Udsagn, mindst halvdelen af medarbejderne genkender, men du ikke valgte

**1. Du er tydelig om rammerne for vores arbejde**

- 6 af 8: Hjælper os med at strukturere og definere det daglige arbejde, så vi aldrig er i tvivl om, hvad vi skal lave, eller hvilken kvalitet du forventer.

**3. Du viser tillid og bakker os op**

- 4 af 8: Lader os løse opgaver og træffe beslutninger selv, men er til rådighed for fælles refleksion og læring.

**5. Du ser, udnytter og udvikler vores stærke sider**

- 7 af 8: Har øje for, hvilke opgaver og funktioner den enkelte er god til og glad for i hverdagen.

Udsagnene sammenlignes for de forventninger, du gik i dybden med i din refleksion: 1, 3 og 5.
"""  # noqa: E501


def test_compare_json(runner: CliRunner, eight: Path) -> None:
    code, out, _ = run(runner, "compare", "--format", "json", "--home", str(eight))
    assert code == 0
    data = json.loads(out)
    assert data["shown"] is True
    assert data["journal"]["id"] == "20261102-093000-leder-abc123"
    e3 = data["expectations"][2]
    assert e3 == {
        "id": "e3",
        "number": 3,
        "title": "Du viser tillid og bakker os op",
        "own": "helt-enig",
        "hidden": False,
        "team": {
            "counts": E3_COUNTS,
            "left_out": 1,
            "mean": 2.17,
        },
        "talk": "higher",
    }
    talks = [e["talk"] for e in data["expectations"]]
    assert talks == [None, None, "higher", None, "lower", None, None]
    assert data["statements"]["compared"] == ["e1", "e3", "e5"]
    assert data["statements"]["withheld"] == []
    assert [s["id"] for s in data["statements"]["only_you"]] == ["e1.involves.1", "e3.involves.1"]
    assert [s["id"] for s in data["statements"]["only_team"]] == [
        "e1.experienced.1",
        "e3.experienced.2",
        "e5.involves.1",
    ]
    assert data["statements"]["only_team"][0] == {
        "expectation": "e1",
        "id": "e1.experienced.1",
        "text": content.load("leder").expectations[0].positive_statements[3].text,
        "recognised_by": 6,
        "of": 8,
    }


def test_compare_unknown_survey_names_those_there_are(runner: CliRunner, eight: Path) -> None:
    assert run(runner, "compare", "foraar", "--home", str(eight)) == (
        1,
        "",
        "Fejl: Der er ingen undersøgelse med navnet 'foraar'. Der er: efteraar.\n",
    )


def test_compare_without_surveys(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, "compare", "--home", str(home))
    assert (code, out) == (1, "")
    assert err == (
        f"Fejl: Der er ingen undersøgelser i {home / 'team'} endnu. Lav et spørgeskema med: "
        "kaereleder team form\n"
    )


def test_compare_with_a_chosen_journal(runner: CliRunner, eight: Path) -> None:
    other = save_journal(eight, "chef")
    assert run(runner, "compare", "--journal", other, "--home", str(eight)) == (
        1,
        "",
        f"Fejl: Refleksionen {other} er over »Kære chef! Kære ledere!«, men undersøgelsen "
        "'efteraar' over »Kære leder!«. Vælg en refleksion over samme publikation med "
        "--journal.\n",
    )
    code, out, _ = run(runner, "compare", "--journal", "-1", "--home", str(eight))
    assert code == 0 and "20261102-093000-leder-abc123" in out
    assert run(runner, "compare", "--journal", "nej", "--home", str(eight))[0] == 1


def test_compare_without_a_reflection(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    files = write_forms(tmp_path / "svar", 5)
    run(runner, "import", *files, "--name", "x", "--home", str(home))
    assert run(runner, "compare", "--home", str(home)) == (
        1,
        "",
        "Fejl: Der er ingen færdig refleksion over Kære leder! at sammenligne med. Start en "
        "med: kaereleder reflect -p leder\n",
    )


def test_compare_unknown_format(runner: CliRunner, eight: Path) -> None:
    code, _, err = run(runner, "compare", "--format", "pdf", "--home", str(eight))
    assert (code, err) == (2, "Fejl: Ukendt format 'pdf'. Vælg text, markdown eller json.\n")


def test_team_commands_read_and_write_utf8_explicitly(tmp_path: Path) -> None:
    """No team command relies on the locale's encoding (reliability item 8)."""
    files = write_forms(tmp_path / "svar", 5)
    home = tmp_path / "journal"
    save_journal(home)
    env = {**os.environ, "KAERELEDER_HOME": str(home), "NO_COLOR": "1", "LC_ALL": "C"}
    strict = [sys.executable, "-X", "warn_default_encoding", "-W", "error::EncodingWarning"]
    for args in (
        ["form", "-o", str(tmp_path)],
        ["import", *files, "--name", "x"],
        ["compare"],
        ["compare", "--format", "markdown"],
    ):
        result = subprocess.run(
            [*strict, "-m", "kaereleder", "team", *args], capture_output=True, env=env
        )
        assert (args, result.returncode, result.stderr) == (args, 0, b"")


@pytest.mark.parametrize("mark", ["x", "X", "ja", "yes", "true"])
def test_a_statement_is_marked_by_x_or_yes(tmp_path: Path, leder: Publication, mark: str) -> None:
    text = fill(team_form.text(leder, FORM_ID), {"e2": "Delvis  Enig"}, {"e1.involves.2"})
    path = tmp_path / "f.yaml"
    path.write_text(text.replace("e1.involves.2: x", f"e1.involves.2: {mark}"), encoding="utf-8")
    read = team_form.read(path)
    assert (read.ratings, read.recognised) == ({"e2": "delvis-enig"}, {"e1.involves.2"})
    assert (read.publication, read.content_version, read.form_id) == ("leder", 1, FORM_ID)
