"""`kaereleder journal trend`: the ratings over time, from the listing's summaries only."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.errors import JournalError
from kaereleder.journals import trend as trend


def save(home: Path, when: datetime, token: str, ratings: dict[str, str], **extra: str) -> None:
    answers = {eid: {"rating": rating} for eid, rating in ratings.items()}
    saved(home, when, token, chosen=list(ratings), expectations=answers, **extra)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    save(folder, datetime(2025, 11, 3, 9, tzinfo=CET), "aaaaaa", {"e1": "delvis-uenig", "e4": ""})
    save(folder, datetime(2026, 2, 9, 9, tzinfo=CET), "bbbbbb", {"e1": "hverken-enig-eller-uenig"})
    save(
        folder,
        datetime(2026, 6, 15, 13, tzinfo=CET),
        "cccccc",
        {"e1": "delvis-enig", "e4": "helt-uenig", "e7": "ved-ikke"},
    )
    save(folder, datetime(2026, 11, 22, 9, tzinfo=CET), "dddddd", {"e1": "helt-enig", "e4": ""})
    save(
        folder,
        datetime(2026, 11, 30, 9, tzinfo=CET),
        "eeeeee",
        {"e2": "helt-enig"},
        status="draft",
    )
    save(
        folder,
        datetime(2026, 3, 1, 9, tzinfo=CET),
        "ffffff",
        {"w1": "helt-enig"},
        publication="chef",
    )
    return folder


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "trend", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


CHART = """\
Kære leder!  ·  »Jeg lever op til denne forventning« over tid
Din egen vurdering over tid – et udgangspunkt for udvikling, ikke en karakter.

                                                         2025  2026
                                                         03.11 09.02 15.06 22.11
1. Du er tydelig om rammerne for vores arbejde             2▃    3▄    4▆    5█
2. Du lytter og inddrager os i beslutningerne
3. Du viser tillid og bakker os op
4. Du hjælper os med at få problemer løst                  –           1▁    –
5. Du ser, udnytter og udvikler vores stærke sider
6. Du viser omsorg for dem, der har det svært i en peri…
7. Du insisterer på og bidrager til en ordentlig omgang…               ?

Din vurdering af »Jeg lever op til …«: 1 Helt uenig · 2 Delvis uenig · 3 Hverken
enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke · – sprunget over ·
tomt felt: ikke med den gang.
1 kladde er ikke med. Gør en kladde færdig med: kaereleder reflect --resume
"""


def test_chart_in_80_columns(runner: CliRunner, home: Path) -> None:
    assert run(runner, home) == (0, CHART, "")


def test_chef(runner: CliRunner, home: Path) -> None:
    code, out, _ = run(runner, home, "-p", "chef")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Kære chef! Kære ledere!  ·  »Jeg lever op til dette ønske« over tid"
    assert lines[4].rstrip().endswith("01.03")
    assert lines[5].startswith("1. du sætter en tydelig strategisk retning")
    assert lines[5].endswith("5█")
    assert len([line for line in lines if line[:2] in {f"{n}." for n in range(1, 7)}]) == 6


def test_more_reflections_than_fit_shows_the_latest(runner: CliRunner, tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=CET)
    for i in range(11):
        save(tmp_path, start + timedelta(weeks=i), f"{i:06x}", {"e3": domain.RATINGS[i % 5]})
    code, out, err = run(runner, tmp_path)
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert (
        lines[3] == "Viser de seneste 8 af 11 refleksioner. Alle: kaereleder journal trend --json"
    )
    assert lines[5] == " " * 30 + "2026"
    assert lines[6] == " " * 30 + "26.01 02.02 09.02 16.02 23.02 02.03 09.03 16.03"
    assert (
        lines[9] == "3. Du viser tillid og bakker…   4▆    5█    1▁    2▃    3▄    4▆    5█    1▁"
    )
    assert max(len(line) for line in lines) <= 80


def test_json(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["publication"] == "leder"
    assert data["drafts_left_out"] == 1
    assert [r["date"] for r in data["reflections"]] == [
        "2025-11-03",
        "2026-02-09",
        "2026-06-15",
        "2026-11-22",
    ]
    e4 = data["expectations"][3]
    assert (e4["id"], e4["number"]) == ("e4", 4)
    assert e4["ratings"] == [
        {"date": "2025-11-03", "journal": "20251103-090000-leder-aaaaaa", "rating": ""},
        {"date": "2026-06-15", "journal": "20260615-130000-leder-cccccc", "rating": "helt-uenig"},
        {"date": "2026-11-22", "journal": "20261122-090000-leder-dddddd", "rating": ""},
    ]
    assert data["expectations"][1]["ratings"] == []


def test_no_reflections(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, tmp_path)
    assert (code, out) == (0, "")
    assert err == (
        f"Der er ingen færdige refleksioner over Kære leder! i {tmp_path} endnu. "
        "Start en med: kaereleder reflect -p leder\n"
    )
    code, out, _ = run(runner, tmp_path, "--json")
    assert code == 0
    assert json.loads(out)["reflections"] == []


def test_unknown_publication(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "-p", "direktør")
    assert (code, out) == (1, "")
    assert err.startswith("Fejl: Ukendt publikation 'direktør'.")


def test_built_from_the_listing_alone(
    runner: CliRunner, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.Store(home).listing()  # the index is current

    def no_reading(self: store.Store, path: Path) -> jf.Journal:
        raise JournalError(f"trend read {path}")

    monkeypatch.setattr(store.Store, "read", no_reading)
    assert run(runner, home) == (0, CHART, "")


def test_order_is_by_finish_time_across_time_zones(leder: Publication) -> None:
    summaries = [
        {"id": "b", "publication": "leder", "status": "complete", "ratings": {"e1": "helt-enig"},
         "finished": "2026-05-01T10:00:00+02:00"},  # 08:00 UTC
        {"id": "a", "publication": "leder", "status": "complete", "ratings": {},
         "finished": "2026-05-01T09:30:00+00:00"},
        None,  # a broken file
        {"id": "c", "publication": "leder", "status": "draft", "ratings": {"e1": "helt-enig"}},
    ]  # fmt: skip
    data = trend.build(leder, summaries)
    assert [p.id for p in data.points] == ["b", "a"]
    assert data.rows[0].ratings == ("helt-enig", None)
    assert data.drafts == 1
