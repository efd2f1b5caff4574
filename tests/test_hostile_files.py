"""Files a user or an employee can hand the tool: every command gives its output or one
Danish line with exit 1, never a crash, a hang or terminal control characters."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import journal as jf
from kaereleder import store
from kaereleder.cli import app
from kaereleder.validate import MAX_BYTES

ANSWERS = "svar.yaml"
# Every command that reads journals, with the folder last (``--home``).
JOURNAL_COMMANDS = [
    ["journal", "list"],
    ["journal", "list", "--json"],
    ["journal", "show", "latest"],
    ["journal", "show", "-2"],
    ["journal", "diff"],
    ["journal", "diff", "--format", "markdown"],
    ["journal", "diff", "--format", "json"],
    ["journal", "trend"],
    ["journal", "trend", "--json"],
    ["journal", "export", "latest"],
    ["journal", "export", "latest", "--format", "html"],
    ["team", "compare"],
    ["reflect", "--answers", ANSWERS],
    ["reflect", "--resume", "--answers", ANSWERS],
]


def save(home: Path, day: int, token: str, **fields: object) -> Path:
    return saved(home, datetime(2026, 10, day, 9, 0, tzinfo=CET), token, minutes=60, **fields)


def answered(rating: str, step: str) -> dict[str, object]:
    return {
        "rating": rating,
        "strengths": {"statements": ["e3.involves.1"], "text": "Jeg lytter"},
        "next-step": step,
    }


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Two complete reflections and a draft, a team survey, and an answers file."""
    folder = tmp_path / "journal"
    for day, token, rating in ((1, "aaaaaa", "delvis-uenig"), (2, "bbbbbb", "delvis-enig")):
        save(
            folder,
            day,
            token,
            overall={"irrelevant": "Ingen", "most-important": ["e1", "e3"]},
            chosen=["e3"],
            expectations={"e3": answered(rating, "Holde møde")},
        )
    draft = jf.new("leder", 1, datetime(2026, 10, 3, 8, 0, tzinfo=CET), "cccccc")
    draft.update(chosen=["e3"], expectations={"e3": {"rating": "helt-enig"}})
    store.Store(folder).save(draft)
    from test_team import write_forms  # type: ignore[import-not-found]

    files = write_forms(tmp_path / "skemaer", 5)
    args = ["team", "import", *files, "--name", "host", "--home", str(folder)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    (tmp_path / ANSWERS).write_text(
        "chosen: [3]\nexpectations:\n  3: {rating: helt-enig}\n", "utf-8"
    )
    return folder


def run_all(runner: CliRunner, home: Path) -> dict[str, tuple[int, str, str]]:
    """Every journal-reading command in ``home``: its exit code, stdout and stderr."""
    results = {}
    cwd = os.getcwd()
    os.chdir(home.parent)
    try:
        for args in JOURNAL_COMMANDS:
            result = runner.invoke(app, [*args, "--home", str(home)])
            results[" ".join(args)] = (result.exit_code, result.stdout, result.stderr)
    finally:
        os.chdir(cwd)
    return results


def assert_no_crash(results: dict[str, tuple[int, str, str]]) -> None:
    for command, (code, out, err) in results.items():
        assert "uventet fejl" not in err, (command, err)
        assert "Traceback" not in out + err, command
        assert code in (0, 1), (command, code, err)
        if code == 1:
            assert len(err.splitlines()) == 1 and err.startswith("Fejl: "), (command, err)
        assert not CONTROLS.search(out + err), (command, out + err)


CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def latest_file(home: Path) -> Path:
    return home / "20261002-090000-leder-bbbbbb.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(old, text, flags=re.M), old
    path.write_text(re.sub(old, new, text, count=1, flags=re.M), encoding="utf-8")


# A hand edit that empties what was a list or a mapping, or writes the wrong kind there.
EDITS = {
    "chosen emptied": (r"^chosen:\n- e3\n", "chosen:\n"),
    "expectations emptied": (r"^expectations:\n(  .*\n)+", "expectations:\n"),
    "overall emptied": (r"^overall:\n(  .*\n)+", "overall:\n"),
    "statements emptied": (r"^      statements:\n      - .*\n", "      statements:\n"),
    "answers of one expectation emptied": (r"^  e3:\n(    .*\n)+", "  e3:\n"),
    "a choice emptied": (r"^  most-important:\n(  - .*\n)+", "  most-important:\n"),
    "a text emptied": (r"^  irrelevant: Ingen\n", "  irrelevant:\n"),
    "the rating emptied": (r"^    rating: delvis-enig\n", "    rating:\n"),
    "a strengths answer emptied": (r"^    strengths:\n(      .*\n)+", "    strengths:\n"),
    "chosen a mapping": (r"^chosen:\n- e3\n", "chosen: {e3: 1}\n"),
    "chosen a text": (r"^chosen:\n- e3\n", "chosen: e3\n"),
    "expectations a list": (r"^expectations:\n(  .*\n)+", "expectations: [e3]\n"),
    "the whole file a list": (r"^schema: 2\n", "- schema: 2\n"),
    "finished emptied": (r"^finished: .*\n", "finished:\n"),
    "partial emptied": (r"^expectations:", "partial:\nexpectations:"),
}


@pytest.mark.parametrize("change", EDITS, ids=list(EDITS))
def test_a_hand_edited_journal_never_stops_a_command(
    runner: CliRunner, home: Path, change: str
) -> None:
    edit(latest_file(home), *EDITS[change])
    results = run_all(runner, home)
    assert_no_crash(results)
    code, out, _ = results["journal list"]
    assert code == 0
    assert "20261001-090000-leder-aaaaaa" in out and "20261003-080000-leder-cccccc" in out


def test_emptied_lists_count_as_empty(runner: CliRunner, home: Path) -> None:
    edit(latest_file(home), *EDITS["chosen emptied"])
    edit(latest_file(home), *EDITS["a choice emptied"])
    results = run_all(runner, home)
    assert results["journal list"][0] == 0
    assert "FEJL" not in results["journal list"][1]
    code, out, err = results["journal show latest"]
    assert (code, err) == (0, "")


def test_a_scalar_alias_is_refused(runner: CliRunner, home: Path) -> None:
    path = latest_file(home)
    edit(path, r"^  irrelevant: Ingen\n", "  irrelevant: &a Ingen\n  missing: *a\n")
    results = run_all(runner, home)
    assert_no_crash(results)
    line = path.read_text(encoding="utf-8").splitlines().index("  missing: *a") + 1
    code, out, err = results["journal show -2"]
    assert (code, out) == (1, "")
    assert err == f"Fejl: {path}, linje {line}: ankre og aliasser (& og *) er ikke tilladt\n"


def test_a_file_of_aliases_to_a_long_text_is_refused_at_once(
    runner: CliRunner, tmp_path: Path
) -> None:
    answers = tmp_path / "svar.yaml"
    long = "x" * 50_000
    answers.write_text(
        f"expectations:\n  3:\n    interplay: &a {long}\n"
        + "".join(f"    dilemmas{i}: *a\n" for i in range(20)),
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["reflect", "--answers", str(answers), "--home", str(tmp_path / "j")]
    )
    assert result.exit_code == 1
    assert (
        result.stderr == f"Fejl: {answers}, linje 4: ankre og aliasser (& og *) er ikke tilladt\n"
    )


def special_files(folder: Path) -> list[Path]:
    """A FIFO, a link to /dev/zero and a folder, each named like a journal (where the
    system has them)."""
    made = []
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "20261004-090000-leder-dddddd.yaml")
        made.append(folder / "20261004-090000-leder-dddddd.yaml")
    if Path("/dev/zero").exists():
        (folder / "20261005-090000-leder-eeeeee.yaml").symlink_to("/dev/zero")
        made.append(folder / "20261005-090000-leder-eeeeee.yaml")
    (folder / "20261006-090000-leder-ffffff.yaml").mkdir()
    made.append(folder / "20261006-090000-leder-ffffff.yaml")
    return made


def test_special_files_in_the_folder_are_listed_as_errors_and_never_read(
    runner: CliRunner, home: Path
) -> None:
    made = special_files(home)
    results = run_all(runner, home)
    assert_no_crash(results)
    code, out, err = results["journal list --json"]
    import json

    errors = {row["path"]: row.get("error") for row in json.loads(out)}
    for path in made:
        assert errors[str(path)] == (
            f"{path}: er ikke en almindelig fil (men fx en enhed eller et rør) og læses ikke"
        )
    assert results["journal diff"][0] == 0  # the two real ones still compared


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("given", ["/dev/zero", "fifo", "folder"])
def test_special_files_given_to_import_and_answers_are_one_line(
    runner: CliRunner, tmp_path: Path, given: str
) -> None:
    path = Path(given)
    if given == "fifo":
        path = tmp_path / "svar.yaml"
        os.mkfifo(path)
    elif given == "folder":
        path = tmp_path
    reason = f"{path}: er ikke en almindelig fil (men fx en enhed eller et rør) og læses ikke"
    result = runner.invoke(app, ["reflect", "--answers", str(path), "--home", str(tmp_path / "j")])
    assert (result.exit_code, result.stderr) == (1, f"Fejl: {reason}\n")
    args = ["team", "import", str(path), "--name", "x", "--home", str(tmp_path / "j")]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Springer over: {reason}"


def test_a_file_over_the_size_limit_is_refused(runner: CliRunner, home: Path) -> None:
    path = latest_file(home)
    with path.open("a", encoding="utf-8") as out:
        out.write("# " + "x" * MAX_BYTES + "\n")
    results = run_all(runner, home)
    assert_no_crash(results)
    assert results["journal show -2"] == (
        1,
        "",
        f"Fejl: {path}: er større end 1024 KiB og læses ikke "
        "(en refleksion fylder omkring 20 KiB)\n",
    )


# Window title, clear screen, a clipboard write (OSC 52), an 8-bit CSI, DEL, a bell.
ESCAPES = "\x1b]0;hacked\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07\x9b31m\x7f"
IN_YAML = r'"\e]0;hacked\a\e[2J\e]52;c;ZWNobyBoaQ==\a\x9b31m\x7f"'  # the same, as YAML escapes
SHOWN = "␛]0;hacked␇␛[2J␛]52;c;ZWNobyBoaQ==␇\\x9b31m␡"
SHOWN_RICH = SHOWN.replace("␇", "")  # rich drops a bell, a backspace, CR itself


def test_escapes_in_answers_reach_no_command_raw(
    runner: CliRunner, home: Path, tmp_path: Path
) -> None:
    save(
        home,
        4,
        "dddddd",
        overall={"irrelevant": f"Ingen {ESCAPES}", "most-important": ["e3"]},
        chosen=["e3"],
        expectations={"e3": answered("helt-enig", f"Holde møde {ESCAPES}")},
    )
    (tmp_path / ANSWERS).write_text(
        f"chosen: [3]\nexpectations:\n  3: {{rating: helt-enig, next-step: {IN_YAML}}}\n",
        encoding="utf-8",
    )
    results = run_all(runner, home)
    assert_no_crash(results)  # no control character in any output
    assert f"Ingen {SHOWN_RICH}" in results["journal show latest"][1]
    assert f"Holde møde {{+{SHOWN_RICH}+}}" in results["journal diff"][1]
    markdown = SHOWN.replace("[", "\\[").replace("]", "\\]")  # as Markdown escapes them
    assert f"Holde møde {markdown}" in results["journal export latest"][1]
    assert f"Næste skridt: {SHOWN_RICH}" in results["reflect --answers svar.yaml"][1]
    assert "\\u001b]0;hacked\\u0007" in results["journal diff --format json"][1]
    assert "\\u009b31m\\u007f" in results["journal diff --format json"][1]
    exported = tmp_path / "eksport.md"
    args = ["journal", "export", "20261004", "-o", str(exported), "--home", str(home)]
    assert runner.invoke(app, args).exit_code == 0
    assert f"Holde møde {markdown}" in exported.read_text(encoding="utf-8")
    assert not CONTROLS.search(exported.read_text(encoding="utf-8"))


def rated(text: str, rating: str) -> str:
    """The form ``text`` with the first expectation's rating replaced by ``rating``."""
    line = f"    vurdering: {rating}"
    return re.sub(r"^    vurdering:.*$", lambda _: line, text, count=1, flags=re.M)


def test_team_import_quotes_a_hostile_form_visibly_and_cut(
    runner: CliRunner, tmp_path: Path
) -> None:
    from test_team import form

    folder = tmp_path / "skemaer"
    folder.mkdir()
    escaped = folder / "escape.yaml"
    escaped.write_text(
        rated(form(0), r'"\e]0;hacked\a\e[2J\e]52;c;ZWNobyBoaQ==\a\x9b31m\x7f"'), "utf-8"
    )
    raw = folder / "raw.yaml"
    raw.write_text(rated(form(3), ESCAPES), encoding="utf-8")
    key = folder / "key.yaml"
    key.write_text(form(1).replace("  e1:\n", '  e1:\n    "\\e[2J": 1\n', 1), encoding="utf-8")
    huge = folder / "huge.yaml"
    huge.write_text(rated(form(2), "x" * 500_000), encoding="utf-8")
    args = [
        str(escaped),
        str(key),
        str(huge),
        str(raw),
        "--name",
        "x",
        "--home",
        str(tmp_path / "j"),
    ]
    result = runner.invoke(app, ["team", "import", *args])
    # A wrong value costs that field only (issue 10): three forms count, the raw one is skipped.
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert not CONTROLS.search(result.stderr)
    line = raw.read_text(encoding="utf-8").splitlines().index(f"    vurdering: {ESCAPES}") + 1
    assert lines[0] == (
        f"Springer over: {raw}, linje {line}: ugyldig YAML: tegnet U+001B må ikke stå i filen"
    )
    assert lines[1].startswith(f"Tæller ikke med: {escaped}, linje ")
    assert f": forventninger.e1.vurdering: '{SHOWN}' er ikke en vurdering" in lines[1]
    assert lines[2].startswith(f"Tæller ikke med: {key}, linje ")
    assert lines[2].endswith(
        ": forventninger.e1.␛[2J: ukendt linje; her er kun vurdering og genkender. Resten af "
        "skemaet tæller med."
    )
    cut = "x" * 79 + "…"
    assert f": forventninger.e1.vurdering: '{cut}' er ikke en vurdering" in lines[3]
    assert len(lines[3]) < 400
    assert len(lines) == 4


def test_one_form_given_by_other_names_and_copies_counts_once(
    runner: CliRunner, tmp_path: Path
) -> None:
    from test_team import write_forms

    folder = tmp_path / "skemaer"
    files = write_forms(folder, 4)
    one = Path(files[0])
    (folder / "link.yaml").symlink_to(one)
    os.link(one, folder / "hard.yaml")
    (folder / "kopi.yaml").write_bytes(one.read_bytes().replace(b"\n", b"\r\n"))
    spelled = folder / "under" / ".." / one.name
    (folder / "under").mkdir()
    given = [*files, str(folder / "link.yaml"), str(folder / "hard.yaml"), str(spelled)]
    given += [str(folder / "kopi.yaml"), files[1]]
    home = tmp_path / "j"
    result = runner.invoke(app, ["team", "import", *given, "--name", "x", "--home", str(home)])
    assert result.exit_code == 0
    tail = "(samme fil eller en kopi) og tælles kun én gang"
    assert result.stderr.splitlines() == [
        f"Springer over: {folder / 'link.yaml'}: er det samme skema som {one} {tail}",
        f"Springer over: {folder / 'hard.yaml'}: er det samme skema som {one} {tail}",
        f"Springer over: {spelled}: er det samme skema som {one} {tail}",
        f"Springer over: {folder / 'kopi.yaml'}: er det samme skema som {one} {tail}",
        f"Springer over: {files[1]}: er nævnt to gange og tælles kun én gang",
    ]
    assert result.stdout.startswith(
        "4 skemaer om »Kære leder!« er indlæst som undersøgelsen 'x'. 5 sprunget over"
    )
    import yaml

    survey = yaml.safe_load((home / "team" / "x.yaml").read_text(encoding="utf-8"))
    assert survey["answers"] == 4 and "expectations" not in survey  # nothing shown


def test_emptied_values_in_an_answers_file_and_a_form_are_empty(
    runner: CliRunner, tmp_path: Path
) -> None:
    from test_team import write_forms

    answers = tmp_path / "svar.yaml"
    answers.write_text(
        "overall:\n  hardest:\nchosen: [3]\nexpectations:\n"
        "  3:\n    rating:\n    strengths:\n    next-step: Møde\n  5:\n",
        encoding="utf-8",
    )
    home = tmp_path / "j"
    result = runner.invoke(app, ["reflect", "--answers", str(answers), "--home", str(home)])
    assert (result.exit_code, result.stderr) == (0, "")
    saved = jf.parse(next(home.glob("*.yaml")).read_text(encoding="utf-8"), "j")
    assert saved["overall"]["hardest"] == [] and saved["chosen"] == ["e3"]
    assert saved["expectations"]["e3"]["rating"] == ""
    assert saved["expectations"]["e3"]["next-step"] == "Møde"
    files = write_forms(tmp_path / "skemaer", 5)
    emptied = Path(files[0])
    text = emptied.read_text(encoding="utf-8")
    emptied.write_text(re.sub(r"^  e2:\n(    .*\n)+", "  e2:\n", text, flags=re.M), "utf-8")
    assert "  e2:\n\n" in emptied.read_text(encoding="utf-8")
    args = ["team", "import", *files, "--name", "x", "--home", str(home)]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_survey_name_with_a_line_break_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    from test_team import write_forms

    files = write_forms(tmp_path / "skemaer", 5)
    args = ["team", "import", *files, "--name", "x\n", "--home", str(tmp_path / "j")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Fejl: ") and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "j" / "team").exists()


def test_a_file_name_with_escapes_is_listed_visibly(runner: CliRunner, home: Path) -> None:
    (home / "\x1b]0;navn\x07\x1b[2J.yaml").write_text("schema: 1\n", encoding="utf-8")
    results = run_all(runner, home)
    assert_no_crash(results)
    assert "␛]0;navn␇␛[2J  " in results["journal list"][1]
    assert '/\\u001b]0;navn\\u0007\\u001b[2J.yaml"' in results["journal list --json"][1]


@pytest.mark.parametrize(
    ("expected", "limit"), [(0, 10**6), (100, 10**6), (10**5, 10**6), (10, 500)]
)
def test_a_file_is_read_to_its_end_or_its_limit_whatever_size_it_had(
    tmp_path: Path, expected: int, limit: int
) -> None:
    """A file that grew after its size was taken is still read whole, up to the limit."""
    from kaereleder import validate

    path = tmp_path / "grew.yaml"
    path.write_bytes(bytes(range(256)) * 400)  # 102,400 bytes
    fd = os.open(path, os.O_RDONLY)
    try:
        data = validate._read_at_most(fd, limit, expected)
    finally:
        os.close(fd)
    assert data == path.read_bytes()[:limit]
