"""`kaereleder plan`: the current plan with what is due on a fixed day, `plan done N` and
`plan undo N` rewriting the reflection under its lock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factories import CET, reflection, saved
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.plans import cli as plan_cli
from kaereleder.plans import model as plans
from platform_support import assert_mode

STARTED = datetime(2026, 12, 2, 9, 30, tzinfo=CET)
ID = "20261202-093000-leder-4f9a2c"
PLAN: plans.Plan = {
    "goals": {
        "g1": {
            "from": "e4",
            "goal": "Ugentlige møder i teamet",
            "actions": "Et kvarter hver mandag om løst og fast",
            "involved": ["medarbejderne", "chef"],
            "follow-up": "2027-03-02",
        },
        "g2": {"from": ""},  # a second goal declined
    },
    "steps": {"chef": "2026-12-16", "dialog": "2026-12-30", "reflect": "2027-06-02"},
    "done": {"chef": {"day": "2026-12-15", "note": "Godt møde, hun bakker op"}},
}


def make_plan(home: Path, plan: plans.Plan = PLAN, **options: object) -> Path:
    overall = {"missing": "Intet mangler"}
    return saved(home, STARTED, "4f9a2c", plan=plan, overall=overall, **options)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "journals"


def shown(
    home: Path, today: date, capsys: pytest.CaptureFixture[str], pub: str | None = None
) -> str:
    plan_cli.show(store.Store(home), pub, today)
    return capsys.readouterr().out


def test_the_plan_as_due_on_a_day(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan(home)
    assert shown(home, date(2026, 12, 30), capsys) == (
        "Din udviklingsplan fra refleksionen 2. december 2026 (Kære leder!)\n"
        "I dag, 30. december 2026: 1 i dag, 2 senere, 1 klaret.\n"
        "\n"
        "Mål\n"
        " 1. Ugentlige møder i teamet\n"
        "    Det vil du gøre: Et kvarter hver mandag om løst og fast\n"
        "    Sammen med: medarbejderne, din chef\n"
        "    Opfølgning: 2. marts 2027 · senere\n"
        "\n"
        "Trin\n"
        " 2. Tal refleksionen igennem med din egen chef\n"
        "    klaret 15. december 2026: Godt møde, hun bakker op\n"
        " 3. Dialog med dem, du leder (kaereleder dialog)\n"
        "    30. december 2026 · i dag\n"
        " 4. En ny refleksion (kaereleder reflect)\n"
        "    2. juni 2027 · senere\n"
        "\n"
        'Markér et punkt som klaret: kaereleder plan done 1 --note "Godt møde"\n'
        "Læg planen i din kalender: kaereleder plan --ics\n"
    )


@pytest.mark.parametrize(
    ("today", "goal", "dialog"),
    [
        (date(2026, 12, 2), "Opfølgning: 2. marts 2027 · senere", "30. december 2026 · senere"),
        (date(2026, 12, 24), "Opfølgning: 2. marts 2027 · senere", "30. december 2026 · snart"),
        (
            date(2027, 3, 3),
            "Opfølgning: 2. marts 2027 · ! OVERSKREDET",
            "30. december 2026 · ! OVERSKREDET",
        ),
    ],
)
def test_what_is_due_follows_the_day_passed_in(
    home: Path, capsys: pytest.CaptureFixture[str], today: date, goal: str, dialog: str
) -> None:
    make_plan(home)
    lines = shown(home, today, capsys).splitlines()
    assert lines[7] == f"    {goal}"
    assert lines[13] == f"    {dialog}"


def test_the_overview_counts_the_overdue_first(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_plan(home)
    assert shown(home, date(2027, 3, 3), capsys).splitlines()[1] == (
        "I dag, 3. marts 2027: 2 overskredet, 1 senere, 1 klaret."
    )


def test_the_cli_reads_todays_date(runner: CliRunner, home: Path) -> None:
    today = datetime.now().astimezone().date()
    plan: plans.Plan = {
        "goals": {"g1": {"from": "own", "goal": "Mere tid på gulvet"}},
        "steps": {
            "chef": (today - timedelta(days=1)).isoformat(),
            "dialog": today.isoformat(),
        },
    }
    make_plan(home, plan)
    result = runner.invoke(app, ["plan", "--home", str(home)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].endswith(": 1 overskredet, 1 i dag, 1 uden dato.")
    assert lines[4:6] == [" 1. Mere tid på gulvet", "    Opfølgning: uden dato"]
    assert lines[11] == "    " + plan_cli.words.day(today) + " · i dag"
    assert lines[9].endswith(" · ! OVERSKREDET")


def test_without_a_plan_one_line_on_how_to_make_one(runner: CliRunner, home: Path) -> None:
    result = runner.invoke(app, ["plan", "-p", "chef", "--home", str(home / "none")])
    assert result.exit_code == 0
    assert result.stdout == (
        "Du har ingen færdig refleksion på -p chef med en udviklingsplan endnu. Lav en: "
        "kaereleder reflect -p chef, og læg en plan til sidst.\n"
    )
    saved(home, STARTED, "aaaaaa")  # a reflection without a plan
    result = runner.invoke(app, ["plan", "--home", str(home)])
    assert result.exit_code == 0
    assert result.stdout == (
        "Din seneste færdige refleksion har ingen udviklingsplan. Lav en: kaereleder "
        "reflect, og læg en plan til sidst.\n"
    )


def test_the_current_plan_is_the_one_the_next_reflection_reviews(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_plan(home)
    later = STARTED + timedelta(days=10)
    draft_plan: plans.Plan = {"goals": {"g1": {"from": "own", "goal": "Kladdens mål"}}}
    saved(home, later + timedelta(days=1), "cccccc", status=domain.DRAFT, plan=draft_plan)
    chef_plan: plans.Plan = {"steps": {"chef": "2026-12-20"}}
    saved(home, later, "dddddd", publication="chef", plan=chef_plan)
    out = shown(home, date(2026, 12, 2), capsys, "leder")
    assert out.startswith("Din udviklingsplan fra refleksionen 2. december 2026 (Kære leder!)")
    assert "Kladdens mål" not in out  # a draft's plan is not made yet
    out = shown(home, date(2026, 12, 2), capsys, "chef")
    assert out.startswith("Din udviklingsplan fra refleksionen 12. december 2026 (Kære chef!")
    # Without -p: the newest of either publication, and where the other one is.
    out = shown(home, date(2026, 12, 2), capsys)
    assert out.startswith("Din udviklingsplan fra refleksionen 12. december 2026 (Kære chef!")
    assert out.endswith(
        "Du har også en udviklingsplan fra »Kære leder!«. Se den: kaereleder plan -p leder\n"
    )
    assert "Du har også" not in shown(home, date(2026, 12, 2), capsys, "chef")
    # A newer complete reflection that skipped its plan has reviewed the old one: no plan
    # now, as the next `reflect` asks about none.
    saved(home, later, "bbbbbb")
    assert shown(home, date(2026, 12, 2), capsys, "leder") == (
        "Din seneste færdige refleksion på -p leder har ingen udviklingsplan. Lav en: "
        "kaereleder reflect -p leder, og læg en plan til sidst.\n"
    )
    out = shown(home, date(2026, 12, 2), capsys)
    assert out.startswith("Din udviklingsplan fra refleksionen 12. december 2026 (Kære chef!")
    assert "Du har også" not in out


def test_a_broken_file_newer_than_the_plan_stops_it_older_ones_do_not(
    runner: CliRunner, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_plan(home)
    (home / "20261101-093000-leder-eeeeee.yaml").write_text("schema: [", encoding="utf-8")
    assert shown(home, date(2026, 12, 2), capsys).startswith("Din udviklingsplan fra")
    broken = home / "20261203-093000-leder-ffffff.yaml"
    broken.write_text("schema: 2\nplan: [\n", encoding="utf-8")
    text = path.read_bytes()
    for args in (["plan"], ["plan", "done", "1", "--note", "forkert plan"], ["plan", "--ics"]):
        result = runner.invoke(app, [*args, "--home", str(home)])
        assert result.exit_code == 1, args
        assert result.stderr.startswith(f"Fejl: {broken}, linje 3"), result.stderr
        assert result.stderr.endswith(
            "Planen vises ikke, før filen er rettet: den kan være din seneste refleksion "
            "med planen.\n"
        )
    assert path.read_bytes() == text  # the older reflection was not marked instead


# --- plan done N -------------------------------------------------------------------------


def test_done_marks_the_item_today_and_nothing_else_changes(
    runner: CliRunner, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_plan(home)
    before = store.Store(home).read(path)
    plan_cli.done(store.Store(home), 3, "Vi talte om tillid", date(2026, 12, 29), None)
    assert capsys.readouterr().out == (
        "Punkt 3 er markeret som klaret 29. december 2026: "
        "Dialog med dem, du leder (kaereleder dialog)\n"
    )
    after = store.Store(home).read(path)
    assert after["plan"]["done"] == {
        "chef": {"day": "2026-12-15", "note": "Godt møde, hun bakker op"},
        "dialog": {"day": "2026-12-29", "note": "Vi talte om tillid"},
    }
    del after["plan"]["done"]["dialog"]
    assert after == before
    assert_mode(path, 0o600)
    assert sorted(p.name for p in home.iterdir()) == [".index.json", path.name]
    # The listing index follows: `plan` shows it done.
    assert "klaret 29. december 2026: Vi talte om tillid" in shown(home, date(2027, 1, 2), capsys)


def test_done_from_the_command_line_without_a_terminal_has_no_note(
    runner: CliRunner, home: Path
) -> None:
    path = make_plan(home)
    result = runner.invoke(app, ["plan", "done", "1", "--home", str(home)])
    assert result.exit_code == 0, result.output
    today = datetime.now().astimezone().date()
    assert result.stdout.startswith("Punkt 1 er markeret som klaret ")
    done = store.Store(home).read(path)["plan"]["done"]["g1"]
    assert done == {"day": today.isoformat(), "note": ""}
    assert_mode(path, 0o600)


def test_done_with_a_note_and_options_before_the_command(runner: CliRunner, home: Path) -> None:
    path = make_plan(home, publication="chef")
    args = ["plan", "-p", "chef", "--home", str(home), "done", "4", "--note", "Æøå – fint"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert store.Store(home).read(path)["plan"]["done"]["reflect"]["note"] == "Æøå – fint"


@pytest.mark.parametrize("number", ["0", "5", "99"])
def test_an_unknown_number_names_the_numbers_there_are(
    runner: CliRunner, home: Path, number: str
) -> None:
    path = make_plan(home)
    text = path.read_bytes()
    result = runner.invoke(app, ["plan", "done", number, "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Fejl: Planen har intet punkt nummer {number}. Den har 4 punkter, nummer 1–4.\n"
    )
    assert path.read_bytes() == text


def test_done_without_a_plan_is_one_line(runner: CliRunner, home: Path) -> None:
    result = runner.invoke(app, ["plan", "done", "1", "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Fejl: Du har ingen færdig refleksion med en udviklingsplan")


def test_a_number_that_is_no_number_is_a_usage_error(runner: CliRunner, home: Path) -> None:
    make_plan(home)
    result = runner.invoke(app, ["plan", "done", "to", "--home", str(home)])
    assert result.exit_code == 2
    assert "er ikke et heltal" in result.stderr


def test_done_again_keeps_the_day_and_a_new_note_replaces_the_old(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_plan(home)
    text = path.read_bytes()
    journals = store.Store(home)
    plan_cli.done(journals, 2, None, date(2027, 1, 5), None)
    assert capsys.readouterr().out == (
        'Punkt 2 er klaret allerede 15. december 2026. Ny note: kaereleder plan done 2 --note "…"'
        "; fjern markeringen: kaereleder plan undo 2\n"
    )
    assert path.read_bytes() == text  # not even rewritten
    plan_cli.done(journals, 2, "Bedre end ventet", date(2027, 1, 5), None)
    assert capsys.readouterr().out == "Noten til punkt 2 er opdateret.\n"
    assert journals.read(path)["plan"]["done"]["chef"] == {
        "day": "2026-12-15",
        "note": "Bedre end ventet",
    }


def test_undo_reopens_a_done_item(
    runner: CliRunner, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_plan(home)
    result = runner.invoke(app, ["plan", "undo", "2", "--home", str(home)])
    assert result.exit_code == 0
    assert result.stdout == (
        "Punkt 2 er ikke længere markeret som klaret: Tal refleksionen igennem med din egen chef\n"
    )
    assert "done" not in store.Store(home).read(path)["plan"]
    result = runner.invoke(app, ["plan", "undo", "2", "--home", str(home)])
    assert result.exit_code == 0
    assert result.stdout == "Punkt 2 er ikke markeret som klaret. Intet er ændret.\n"
    assert "    16. december 2026 · senere" in shown(home, date(2026, 12, 2), capsys)


HOLD_LOCK = """
import sys
from pathlib import Path
from kaereleder import locks
with locks.held(Path(sys.argv[1]), wait=False):
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_a_reflection_open_elsewhere_is_not_written(runner: CliRunner, home: Path) -> None:
    """The journal lock of a running `reflect` (or another `plan done`) is respected."""
    path = make_plan(home)
    text = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        result = runner.invoke(app, ["plan", "done", "1", "--note", "x", "--home", str(home)])
    finally:
        holder.communicate("\n")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Fejl: Refleksionen {ID} er åben i en kaereleder reflect lige nu. Afslut den dér, og "
        "prøv igen. Intet er markeret.\n"
    )
    assert path.read_bytes() == text
    result = runner.invoke(app, ["plan", "done", "1", "--note", "x", "--home", str(home)])
    assert result.exit_code == 0  # the lock let go: now it is marked


def test_a_failed_save_keeps_the_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_plan(home)
    text = path.read_bytes()

    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_replace", refuse)
    from kaereleder.errors import JournalError

    with pytest.raises(JournalError) as raised:
        plan_cli.done(store.Store(home), 1, "x", date(2027, 1, 5), None)
    assert raised.value.message.startswith(f"Kunne ikke gemme {path} (")
    assert raised.value.message.endswith("Intet er markeret; filen er uændret.")
    assert path.read_bytes() == text


def test_a_danish_word_for_the_command_gets_the_real_one(runner: CliRunner, home: Path) -> None:
    result = runner.invoke(app, ["plan", "klaret", "2"])
    assert result.exit_code == 2
    assert "Mente du 'kaereleder plan done 2'?" in result.stderr


def test_calendar_options_belong_to_plan_alone(runner: CliRunner, home: Path) -> None:
    result = runner.invoke(app, ["plan", "--ics", "done", "2", "--home", str(home)])
    assert result.exit_code == 2
    assert result.stderr == (
        "Fejl: --ics, -o og --details hører til kaereleder plan alene, ikke til plan done.\n"
    )


def test_a_plan_saved_by_reflect_reads_back(home: Path) -> None:
    """What `plan done` writes is a valid journal (schema 2), read by every command."""
    data = reflection(STARTED, "4f9a2c", plan=PLAN)
    assert jf.parse(jf.dump(data), "x")["plan"] == PLAN  # type: ignore[typeddict-item]


# --- the note asked for in a terminal ---------------------------------------------------


def spawn_done(home: Path, number: str) -> object:
    pexpect = pytest.importorskip("pexpect", reason="drives the terminal with pexpect")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(KAERELEDER_HOME=str(home), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1")
    return pexpect.spawn(
        sys.executable,
        ["-m", "kaereleder", "plan", "done", number],
        env=env,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=15,
    )


@pytest.mark.pty
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (pty)")
@pytest.mark.parametrize(
    ("keys", "said", "note", "code"),
    [
        ("Godt – æøå\r", "Punkt 3 er markeret som klaret", "Godt – æøå", 0),
        ("\r", "Punkt 3 er markeret som klaret", "", 0),  # Enter skips the note
        ("Halvt\x03", "Stoppet. Intet er markeret.", None, 130),  # Ctrl-C: nothing marked
    ],
)
def test_the_note_is_asked_for_in_a_terminal(
    home: Path, keys: str, said: str, note: str | None, code: int
) -> None:
    import pexpect

    path = make_plan(home)
    child = spawn_done(home, "3")
    assert isinstance(child, pexpect.spawn)
    try:
        child.expect_exact("Punkt 3: Dialog med dem, du leder (kaereleder dialog). Hvordan gik")
        child.expect_exact("tomt svar springer over")
        child.expect_exact(">")  # the prompt reads keys
        child.send(keys)
        child.expect_exact(said)
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == code
    done = store.Store(home).read(path)["plan"]["done"]
    assert (done["dialog"]["note"] if "dialog" in done else None) == note


@pytest.mark.pty
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (pty)")
def test_a_done_item_is_not_asked_about_again(home: Path) -> None:
    import pexpect

    make_plan(home)
    child = spawn_done(home, "2")
    assert isinstance(child, pexpect.spawn)
    try:
        child.expect_exact("Punkt 2 er klaret allerede 15. december 2026.")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def test_the_note_is_asked_for_while_the_reflection_is_locked(home: Path) -> None:
    """No `reflect` can open the reflection between the question and the save."""
    from kaereleder import locks
    from kaereleder.plans import current

    path = make_plan(home)
    asked: list[str] = []

    def ask(item: plans.Item) -> str:
        with pytest.raises(locks.Busy), locks.held(path, wait=False):
            pass
        asked.append(item.key)
        return "Skrevet under låsen"

    current.mark(store.Store(home), 1, date(2027, 1, 5), None, ask=ask)
    assert asked == ["g1"]
    assert store.Store(home).read(path)["plan"]["done"]["g1"]["note"] == "Skrevet under låsen"
    current.mark(store.Store(home), 1, date(2027, 1, 6), None, ask=ask)  # done: not asked
    assert asked == ["g1"]


# --- Windows, simulated where that is honest -----------------------------------------------


class HeldByOneDrive(PermissionError):
    """What ``os.replace`` raises on Windows while another program has the file open."""

    winerror = 32  # ERROR_SHARING_VIOLATION

    def __init__(self) -> None:
        super().__init__(13, "Processen kan ikke få adgang til filen")


def test_a_file_held_by_another_program_is_kept_whole(
    runner: CliRunner, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_plan(home)
    text = path.read_bytes()
    monkeypatch.setattr(store, "REPLACE_PAUSES", (0.0,))

    def held(src: Path, dst: Path) -> None:
        raise HeldByOneDrive()

    monkeypatch.setattr(store.os, "replace", held)
    result = runner.invoke(app, ["plan", "done", "1", "--note", "x", "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Fejl: Kunne ikke gemme {path} (")
    assert result.stderr.endswith("). Intet er markeret; filen er uændret.\n")
    assert path.read_bytes() == text
    assert [p.name for p in home.iterdir() if store.TEMP_MARK in p.name] == []


def test_a_reflection_saved_by_notepad_without_fchmod(
    runner: CliRunner, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CRLF and a byte order mark from Notepad, and no ``os.fchmod`` (Windows before 3.13)."""
    path = make_plan(home)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    monkeypatch.delattr("os.fchmod", raising=False)
    result = runner.invoke(app, ["plan", "done", "3", "--note", "Fint", "--home", str(home)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert store.Store(home).read(path)["plan"]["done"]["dialog"]["note"] == "Fint"
    assert b"\r\n" not in path.read_bytes()  # written as the tool writes every journal


def test_many_at_once_lose_no_mark(home: Path) -> None:
    """Each `plan done` reads the reflection again under its lock: none writes over another."""
    plan: plans.Plan = {
        "goals": {"g1": {"from": "own", "goal": "Et mål", "follow-up": "2027-03-02"}},
        "steps": {"chef": "2026-12-16", "dialog": "2026-12-30", "reflect": "2027-06-02"},
    }
    path = make_plan(home, plan)
    env = {**os.environ, "KAERELEDER_HOME": str(home)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "kaereleder", "plan", "done", str(n), "--note", f"n{n}"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in (1, 2, 3, 4) * 2
    ]
    codes = [run.wait(timeout=60) for run in runs]
    for run in runs:
        assert run.stdout is not None and run.stderr is not None
        run.stdout.close()
        run.stderr.close()
    assert codes == [0] * 8
    done = store.Store(home).read(path)["plan"]["done"]
    assert {key: mark["note"] for key, mark in done.items()} == {
        "g1": "n1",
        "chef": "n2",
        "dialog": "n3",
        "reflect": "n4",
    }
