"""`kaereleder plan --ics`: the plan as a calendar file, parsed back with icalendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from kaereleder import store
from kaereleder.cli import app
from kaereleder.plans import cli as plan_cli
from platform_support import assert_mode
from test_plan_cli import ID, PLAN, make_plan

STAMP = datetime(2026, 12, 20, 8, 0, tzinfo=timezone(timedelta(hours=1)))
# What the leader wrote: never in the file without --details.
PRIVATE = ("Et kvarter hver mandag", "medarbejderne, din chef", "Sammen med", "hun bakker op")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "journals"


def export(home: Path, out: Path, details: bool = False, stamp: datetime = STAMP) -> bytes:
    plan_cli.write_ics(store.Store(home), None, out, details, stamp)
    return out.read_bytes()


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_one_all_day_event_per_dated_item(home: Path, tmp_path: Path) -> None:
    make_plan(home)
    data = export(home, tmp_path / "plan.ics")
    cal = icalendar.Calendar.from_ical(data)
    assert (str(cal["version"]), str(cal["method"])) == ("2.0", "PUBLISH")
    assert str(cal["prodid"]).startswith("-//kaereleder//kaereleder ")
    found = [(str(e["uid"]), e.decoded("dtstart"), e.decoded("dtend")) for e in events(data)]
    assert found == [
        (f"{ID}-g1@kaereleder", date(2027, 3, 2), date(2027, 3, 3)),
        (f"{ID}-chef@kaereleder", date(2026, 12, 16), date(2026, 12, 17)),
        (f"{ID}-dialog@kaereleder", date(2026, 12, 30), date(2026, 12, 31)),
        (f"{ID}-reflect@kaereleder", date(2027, 6, 2), date(2027, 6, 3)),
    ]
    # 18 days less 90 minutes after the reflection's start (2. December 9:30).
    assert {int(e["sequence"]) for e in events(data)} == {18 * 24 * 60 - 90}
    first = events(data)[0]
    assert first["dtstart"].params["VALUE"] == "DATE"
    assert first.decoded("dtstamp") == STAMP.astimezone(timezone.utc)
    assert str(first["transp"]) == "TRANSPARENT"
    alarms = list(first.walk("VALARM"))
    assert [a.decoded("trigger") for a in alarms] == [timedelta(hours=-15)]
    assert list(events(data)[1].walk("VALARM")) == []  # done: no reminder


def test_by_default_only_the_short_words_nothing_private(home: Path, tmp_path: Path) -> None:
    make_plan(home)
    data = export(home, tmp_path / "plan.ics")
    summaries = [str(e["summary"]) for e in events(data)]
    assert summaries == [
        "kaereleder: opfølgning – Ugentlige møder i teamet",
        "kaereleder: opfølgning – Tal refleksionen igennem med din egen chef (klaret)",
        "kaereleder: opfølgning – Dialog med dem, du leder (kaereleder dialog)",
        "kaereleder: opfølgning – En ny refleksion (kaereleder reflect)",
    ]
    assert str(events(data)[1]["description"]) == (
        "Fra din udviklingsplan (refleksionen 2. december 2026).\n"
        "Klaret 15. december 2026.\n"
        "Se planen: kaereleder plan. Markér det klaret: kaereleder plan done 2"
    )
    text = icalendar.Calendar.from_ical(data).to_ical().decode("utf-8")
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    for private in PRIVATE:
        assert private not in unfolded and private not in text
        assert all(private not in str(e.get("description")) for e in events(data))
    assert {str(e["class"]) for e in events(data)} == {"PUBLIC"}


def test_details_opt_in_to_what_they_wrote(home: Path, tmp_path: Path) -> None:
    make_plan(home)
    data = export(home, tmp_path / "plan.ics", details=True)
    goal, chef = events(data)[:2]
    assert str(goal["description"]) == (
        "Fra din udviklingsplan (refleksionen 2. december 2026).\n"
        "Det vil du gøre: Et kvarter hver mandag om løst og fast\n"
        "Sammen med: medarbejderne, din chef\n"
        "Se planen: kaereleder plan. Markér det klaret: kaereleder plan done 1"
    )
    assert "Klaret 15. december 2026: Godt møde, hun bakker op." in str(chef["description"])
    assert {str(e["class"]) for e in events(data)} == {"PRIVATE"}


def test_uids_and_text_are_stable_across_exports(home: Path, tmp_path: Path) -> None:
    make_plan(home)
    first = export(home, tmp_path / "a.ics")
    assert export(home, tmp_path / "b.ics") == first  # the same plan, the same file
    # Marked done and exported later: the same events, each a newer revision, so a new
    # import updates them instead of adding them again.
    plan_cli.done(store.Store(home), 3, "Fint", date(2026, 12, 30), None)
    later = events(export(home, tmp_path / "c.ics", stamp=STAMP + timedelta(minutes=1)))
    before = events(first)
    assert [str(e["uid"]) for e in later] == [str(e["uid"]) for e in before]
    assert [
        int(e["sequence"]) - int(b["sequence"]) for e, b in zip(later, before, strict=True)
    ] == [1] * 4
    assert str(later[2]["summary"]).endswith("(klaret)")


def test_the_file_is_private_crlf_and_folded(home: Path, tmp_path: Path) -> None:
    plan = {**PLAN, "goals": {"g1": {**PLAN["goals"]["g1"], "goal": "Æøå " * 30}}}
    make_plan(home, plan)  # type: ignore[arg-type]
    out = tmp_path / "plan.ics"
    data = export(home, out, details=True)
    assert_mode(out, 0o600)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # every line ends CRLF
    assert max(len(line) for line in lines) <= 75
    assert str(events(data)[0]["summary"]) == "kaereleder: opfølgning – " + " ".join(["Æøå"] * 30)


def test_the_command_writes_kaereleder_plan_ics_here_by_default(
    runner: CliRunner, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(home)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = runner.invoke(app, ["plan", "--ics", "--home", str(home)])
    assert result.exit_code == 0, result.output
    written = here / "kaereleder-plan.ics"
    assert result.stderr == (
        f"Kalenderfilen er skrevet til {written} (4 aftaler, kun læsbar for dig). Åbn eller "
        "importér den i din kalender; importeres den igen, opdateres aftalerne.\n"
    )
    assert len(events(written.read_bytes())) == 4
    assert_mode(written, 0o600)


def test_an_undated_item_is_named_as_left_out(
    runner: CliRunner, home: Path, tmp_path: Path
) -> None:
    plan = {**PLAN, "goals": {"g1": {**PLAN["goals"]["g1"], "follow-up": ""}}}
    make_plan(home, plan)  # type: ignore[arg-type]
    out = tmp_path / "plan.ics"
    result = runner.invoke(app, ["plan", "-o", str(out), "--home", str(home)])
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith(
        "(3 aftaler, kun læsbar for dig). Åbn eller importér den i din kalender; importeres "
        "den igen, opdateres aftalerne. Punkt 1 har ingen dato og er ikke med.\n"
    )
    assert len(events(out.read_bytes())) == 3


def test_o_alone_means_ics_and_a_missing_folder_is_made(
    runner: CliRunner, home: Path, tmp_path: Path
) -> None:
    make_plan(home)
    out = tmp_path / "ny mappe" / "plan.ics"
    result = runner.invoke(app, ["plan", "-o", str(out), "--home", str(home)])
    assert result.exit_code == 0, result.output
    assert len(events(out.read_bytes())) == 4
    assert_mode(out.parent, 0o700)


def test_o_dash_writes_the_calendar_to_stdout(runner: CliRunner, home: Path) -> None:
    make_plan(home)
    result = runner.invoke(app, ["plan", "--ics", "--details", "-o", "-", "--home", str(home)])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\n")
    assert "Et kvarter hver mandag" in str(events(result.stdout_bytes)[0]["description"])


def test_never_into_the_journal_folder(runner: CliRunner, home: Path) -> None:
    path = make_plan(home)
    text = path.read_bytes()
    hidden = home / ".plan.ics"
    result = runner.invoke(app, ["plan", "-o", str(hidden), "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Fejl: {hidden} ligger i mappen med dine refleksioner.")
    assert not hidden.exists()
    result = runner.invoke(app, ["plan", "-o", str(path), "--home", str(home)])
    assert result.exit_code == 2  # not even named as a calendar
    assert path.read_bytes() == text


@pytest.mark.parametrize("name", ["plan", "plan.html", "plan.txt"])
def test_the_file_is_named_as_a_calendar(
    runner: CliRunner, home: Path, tmp_path: Path, name: str
) -> None:
    make_plan(home)
    result = runner.invoke(app, ["plan", "-o", str(tmp_path / name), "--home", str(home)])
    assert result.exit_code == 2
    assert result.stderr == (
        "Fejl: Kalenderfilens navn skal ende på .ics, så kalenderen og Windows kender den, "
        "fx -o plan.ics.\n"
    )
    assert not (tmp_path / name).exists()


def test_without_a_plan_or_a_date_no_file(runner: CliRunner, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    result = runner.invoke(app, ["plan", "-o", str(out), "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Fejl: Du har ingen færdig refleksion med en udviklingsplan")
    make_plan(home, {"goals": {"g1": {"from": "own", "goal": "Uden dato"}}})
    result = runner.invoke(app, ["plan", "-o", str(out), "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr == (
        "Fejl: Planen har ingen punkter med en dato, så der er intet at lægge i kalenderen.\n"
    )
    assert not out.exists()


def test_icalendar_is_imported_only_for_the_calendar(
    loaded_modules: Callable[..., set[str]], tmp_path: Path
) -> None:
    assert "icalendar" not in loaded_modules(["plan", "--home", str(tmp_path)])
    assert not {"kaereleder.plans.cli", "icalendar"} & loaded_modules(["show", "3"])


def test_a_shared_calendar_shows_only_a_long_goals_first_words(home: Path, tmp_path: Path) -> None:
    long = "Evaluere sammen efter svære sager, især med Jens som jeg mistænker for noget"
    plan = {**PLAN, "goals": {"g1": {**PLAN["goals"]["g1"], "goal": long}}}
    make_plan(home, plan)  # type: ignore[arg-type]
    data = export(home, tmp_path / "plan.ics")
    first = events(data)[0]
    assert (
        str(first["summary"])
        == "kaereleder: opfølgning – Evaluere sammen efter svære sager, især…"
    )
    assert b"Jens" not in data.replace(b"\r\n ", b"")
    detailed = events(export(home, tmp_path / "detaljer.ics", details=True))[0]
    assert str(detailed["summary"]) == f"kaereleder: opfølgning – {long}"
