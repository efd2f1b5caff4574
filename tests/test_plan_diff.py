"""`journal diff` of reflections with a development plan: goals carried, done, dropped."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import store
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import diff as diff

OLD_ID = "20261202-093000-leder-aaaaaa"
NEW_ID = "20270302-093000-leder-bbbbbb"
OLD_PLAN: dict[str, Any] = {
    "goals": {
        "g1": {
            "from": "e4",
            "goal": "Faste træffetider",
            "actions": "To timer hver tirsdag",
            "involved": ["medarbejderne"],
            "follow-up": "2027-03-02",
        },
        "g2": {
            "from": "own",
            "goal": "Mere feedback",
            "actions": "",
            "involved": [],
            "follow-up": "",
        },
    },
    "steps": {"chef": "2026-12-16", "dialog": "2026-12-30"},
    "done": {
        "chef": {"day": "2026-12-15", "note": "Godt møde"},
        "g2": {"day": "2027-01-10", "note": ""},
    },
}
REVIEW: dict[str, Any] = {
    "plan": OLD_ID,
    "goals": {
        "g1": {"status": "carried", "text": "Halvvejs: tirsdag virker."},
        "g2": {"status": "done", "text": "Det gik godt."},
    },
}
NEW_PLAN: dict[str, Any] = {
    "goals": {
        "g1": {"from": "carried.g1", "goal": "Faste træffetider", "follow-up": "2027-06-02"},
        "g2": {"from": "e2", "goal": "Sige nej oftere", "follow-up": ""},
    },
    "steps": {"chef": "2027-03-16"},
}
ANSWERS = {"e4": {"rating": "delvis-enig", "next-step": "Faste træffetider"}}


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "diff", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


def save(home: Path, when: datetime, token: str, **fields: Any) -> None:
    saved(home, when, token, chosen=["e4"], expectations=ANSWERS, **fields)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    save(tmp_path, datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa", plan=OLD_PLAN)
    save(tmp_path, datetime(2027, 3, 2, 9, 30, tzinfo=CET), "bbbbbb", review=REVIEW, plan=NEW_PLAN)
    return tmp_path


PLAN_TEXT = """\
0 af 1 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
Planen: 2 mål før (1 nået, 1 videreført); 2 mål nu.

─────────────────────────────── Udviklingsplanen ───────────────────────────────

Planen før

Mål 1: Faste træffetider
  Opfølgning: 2. marts 2027
  Hvordan gik det? Halvvejs: tirsdag virker.
  Status: Arbejder videre med det
  Videreført som mål 1 nu.

Mål 2: Mere feedback
  Markeret: klaret 10. januar 2027
  Hvordan gik det? Det gik godt.
  Status: Nået

Skridt:
  • Tal refleksionen igennem med din egen chef, 16. december 2026: klaret 15.
    december 2026 – Godt møde
  • Dialog med dem, du leder (kaereleder dialog), 30. december 2026: ikke
    markeret som klaret

Planen nu

Mål 1: Faste træffetider (videreført fra mål 1 før)
  Opfølgning: 2. juni 2027

Mål 2: Sige nej oftere (fra dit næste skridt til forventning 2)

────────────────── 4. Du hjælper os med at få problemer løst ───────────────────
"""


def test_text_tells_each_goal_before_how_it_went_and_the_goals_now(
    runner: CliRunner, home: Path
) -> None:
    code, out, err = run(runner, home)
    assert (code, err) == (0, "")
    assert PLAN_TEXT in out
    assert out.index("Udviklingsplanen") < out.index("4. Du hjælper os")


PLAN_MARKDOWN = """\
0 af 1 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.\\
Planen: 2 mål før (1 nået, 1 videreført); 2 mål nu.

## Udviklingsplanen

### Planen før

**Mål 1: Faste træffetider**\\
**Opfølgning:** 2. marts 2027\\
**Hvordan gik det?** Halvvejs: tirsdag virker.\\
**Status:** Arbejder videre med det\\
Videreført som mål 1 nu.

**Mål 2: Mere feedback**\\
**Markeret:** klaret 10. januar 2027\\
**Hvordan gik det?** Det gik godt.\\
**Status:** Nået

**Skridt:**

- Tal refleksionen igennem med din egen chef, 16. december 2026: klaret 15. december 2026 – Godt møde
- Dialog med dem, du leder (kaereleder dialog), 30. december 2026: ikke markeret som klaret

### Planen nu

**Mål 1: Faste træffetider (videreført fra mål 1 før)**\\
**Opfølgning:** 2. juni 2027

**Mål 2: Sige nej oftere (fra dit næste skridt til forventning 2)**

## 4. Du hjælper os med at få problemer løst
"""  # noqa: E501 (the Markdown as it is printed)


def test_markdown(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "--format", "markdown")
    assert (code, err) == (0, "")
    assert PLAN_MARKDOWN in out


def test_json_shape(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["plan"] == {
        "reviewed": OLD_ID,
        "adjacent": True,
        "old_asked": True,
        "old_goals": [
            {
                "key": "g1",
                "goal": "Faste træffetider",
                "follow_up": "2027-03-02",
                "marked": None,
                "status": "carried",
                "how_it_went": "Halvvejs: tirsdag virker.",
                "carried_as": "g1",
            },
            {
                "key": "g2",
                "goal": "Mere feedback",
                "follow_up": "",
                "marked": {"day": "2027-01-10", "note": ""},
                "status": "done",
                "how_it_went": "Det gik godt.",
                "carried_as": None,
            },
        ],
        "old_steps": [
            {
                "step": "chef",
                "due": "2026-12-16",
                "marked": {"day": "2026-12-15", "note": "Godt møde"},
            },
            {"step": "dialog", "due": "2026-12-30", "marked": None},
        ],
        "new_asked": True,
        "new_goals": [
            {
                "key": "g1",
                "goal": "Faste træffetider",
                "source": "carried.g1",
                "follow_up": "2027-06-02",
            },
            {"key": "g2", "goal": "Sige nej oftere", "source": "e2", "follow_up": ""},
        ],
    }


def test_a_dropped_goal_and_a_skipped_status(runner: CliRunner, tmp_path: Path) -> None:
    save(tmp_path, datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa", plan=OLD_PLAN)
    review = {
        "plan": OLD_ID,
        "goals": {"g1": {"status": "dropped", "text": ""}, "g2": {"status": ""}},
    }
    skipped = {"goals": {"g1": {"from": ""}}}
    save(tmp_path, datetime(2027, 3, 2, 9, 30, tzinfo=CET), "bbbbbb", review=review, plan=skipped)
    code, out, _ = run(runner, tmp_path)
    assert code == 0
    assert "Planen: 2 mål før (1 droppet); 0 mål nu.\n" in out
    assert (
        "Mål 1: Faste træffetider\n"
        "  Opfølgning: 2. marts 2027\n"
        "  Hvordan gik det? (sprunget over)\n"
        "  Status: Dropper det\n\n"
        "Mål 2: Mere feedback\n"
        "  Markeret: klaret 10. januar 2027\n"
        "  Status: (sprunget over)\n"
    ) in out
    assert "Planen nu\nRefleksionen nu har ingen plan.\n" in out
    assert "Videreført" not in out


def test_not_adjacent_says_which_plan_was_reviewed(runner: CliRunner, home: Path) -> None:
    # A reflection in between with a plan of its own, reviewed by the newest one.
    middle = "20270401-093000-leder-cccccc"
    save(home, datetime(2027, 4, 1, 9, 30, tzinfo=CET), "cccccc", plan=OLD_PLAN)
    review = {"plan": middle, "goals": {"g1": {"status": "done", "text": "Klaret."}}}
    save(home, datetime(2027, 5, 1, 9, 30, tzinfo=CET), "dddddd", review=review, plan=NEW_PLAN)
    code, out, _ = run(runner, home, OLD_ID, "20270501")
    assert code == 0
    assert "Planen: 2 mål før; 2 mål nu.\n" in out
    assert (
        f"Planen før\nRefleksionen nu gennemgik planen fra {middle}, ikke planen\n"
        "fra refleksionen før; målene før står derfor som ikke gennemgået.\n\n"
        "Mål 1: Faste træffetider\n  Opfølgning: 2. marts 2027\n  Status: (ikke gennemgået)\n"
    ) in out
    assert "Videreført som" not in out and "Klaret." not in out
    assert f"Mål 1: Faste træffetider (videreført fra mål 1 i planen fra\n{middle})\n" in out
    data = json.loads(run(runner, home, OLD_ID, "20270501", "--format", "json")[1])["plan"]
    assert (data["reviewed"], data["adjacent"]) == (middle, False)
    assert [g["status"] for g in data["old_goals"]] == [None, None]
    assert [g["carried_as"] for g in data["old_goals"]] == [None, None]


def test_a_plan_not_reviewed_and_a_draft_short_of_the_plan(
    runner: CliRunner, tmp_path: Path
) -> None:
    save(tmp_path, datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa", plan=OLD_PLAN)
    save(tmp_path, datetime(2027, 3, 2, 9, 30, tzinfo=CET), "bbbbbb", status="draft")
    code, out, _ = run(runner, tmp_path, OLD_ID, "-1")
    assert code == 0
    assert "Planen før\nRefleksionen nu har ikke gennemgået planen fra før.\n" in out
    assert "Planen nu\n(ikke besvaret endnu)\n" in out


def test_no_plan_before_a_plan_now(runner: CliRunner, tmp_path: Path) -> None:
    save(tmp_path, datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa")
    save(tmp_path, datetime(2027, 3, 2, 9, 30, tzinfo=CET), "bbbbbb", plan=NEW_PLAN)
    code, out, _ = run(runner, tmp_path)
    assert code == 0
    assert "Planen før\nRefleksionen før har ingen plan.\n\nPlanen nu\n" in out


def test_reflections_without_plans_have_no_plan_part(
    runner: CliRunner, tmp_path: Path, leder: Publication
) -> None:
    for path in (Path(__file__).parent / "data" / "schema1").iterdir():
        shutil.copy(path, tmp_path / path.name)
    journals = store.Store(tmp_path)
    old, new = (journals.read(item.path) for item in journals.listing())
    assert diff.compare(leder, old, new).plan is None
    for form in ("text", "markdown"):
        code, out, _ = run(runner, tmp_path, "-2", "-1", "--format", form)
        assert code == 0 and "Udviklingsplan" not in out and "Planen" not in out
    assert json.loads(run(runner, tmp_path, "-2", "-1", "--format", "json")[1])["plan"] is None


# --- journal show -------------------------------------------------------------------------


def show(runner: CliRunner, home: Path, ref: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "show", ref, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


SHOW_REVIEW = """\
Kære leder!  ·  2027-03-02 09:30  ·  færdig
20270302-093000-leder-bbbbbb

───────────────────────────────── Sidste plan ──────────────────────────────────

Planen fra refleksionen 20261202-093000-leder-aaaaaa:

Mål 1: Faste træffetider
  Hvordan gik det? Halvvejs: tirsdag virker.
  Status: Arbejder videre med det

Mål 2: Mere feedback
  Hvordan gik det? Det gik godt.
  Status: Nået

────────────────── 4. Du hjælper os med at få problemer løst ───────────────────
"""
SHOW_NEW_PLAN = """\
? Næste skridt: Hvilket konkret skridt vil du tage?
  Faste træffetider

─────────────────────────────── Udviklingsplanen ───────────────────────────────

Mål 1: Faste træffetider (videreført fra mål 1 i sidste plan)
  Opfølgning: 2. juni 2027

Mål 2: Sige nej oftere (fra dit næste skridt til forventning 2)

Skridt:
  • Tal refleksionen igennem med din egen chef: 16. marts 2027
"""
SHOW_OLD_PLAN = """\
─────────────────────────────── Udviklingsplanen ───────────────────────────────

Mål 1: Faste træffetider (fra dit næste skridt til forventning 4)
  Det vil du gøre: To timer hver tirsdag
  Involveret: Medarbejderne
  Opfølgning: 2. marts 2027

Mål 2: Mere feedback (med dine egne ord)
  Markeret: klaret 10. januar 2027

Skridt:
  • Tal refleksionen igennem med din egen chef: 16. december 2026 (klaret 15.
    december 2026 – Godt møde)
  • Dialog med dem, du leder (kaereleder dialog): 30. december 2026
"""


def test_show_prints_the_review_first_and_the_plan_last(runner: CliRunner, home: Path) -> None:
    code, out, err = show(runner, home, NEW_ID)
    assert (code, err) == (0, "")
    assert out.startswith(SHOW_REVIEW)
    assert out.endswith(SHOW_NEW_PLAN)
    code, out, err = show(runner, home, OLD_ID)
    assert (code, err) == (0, "")
    assert "Sidste plan" not in out
    assert out.endswith(SHOW_OLD_PLAN)


def test_show_a_review_whose_reflection_is_gone(runner: CliRunner, home: Path) -> None:
    (home / f"{OLD_ID}.yaml").unlink()
    code, out, _ = show(runner, home, NEW_ID)
    assert code == 0
    assert "Mål 1\n  Hvordan gik det? Halvvejs: tirsdag virker.\n" in out


def test_show_a_skipped_plan_and_a_reflection_without_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    save(
        tmp_path,
        datetime(2026, 12, 2, 9, 30, tzinfo=CET),
        "aaaaaa",
        plan={"goals": {"g1": {"from": ""}}},
    )
    save(tmp_path, datetime(2027, 3, 2, 9, 30, tzinfo=CET), "bbbbbb")
    out = show(runner, tmp_path, OLD_ID)[1]
    assert out.endswith("── Udviklingsplanen ───────────────────────────────\n\nIngen mål.\n")
    out = show(runner, tmp_path, NEW_ID)[1]
    assert "Udviklingsplanen" not in out and "Sidste plan" not in out


# --- journal trend ------------------------------------------------------------------------


def trend(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "trend", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


TREND_GOALS = """\
4. Du hjælper os med at få problemer løst                  4▆    4▆    4▆    4▆
5. Du ser, udnytter og udvikler vores stærke sider
6. Du viser omsorg for dem, der har det svært i en peri…
7. Du insisterer på og bidrager til en ordentlig omgang…

Mål i planen                                               2     2
Sidste plans mål                                                 VN    D–

Din vurdering af »Jeg lever op til …«: 1 Helt uenig · 2 Delvis uenig · 3 Hverken
enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke · – sprunget over ·
tomt felt: ikke med den gang.
Mål i planen: hvor mange udviklingsmål du satte. Sidste plans mål: hvordan
målene i planen før gik: N nået · V arbejder videre med det · D droppet · –
sprunget over.
"""


@pytest.fixture
def three(home: Path) -> Path:
    """A third reflection reviewing the second's plan (one dropped, one skipped), no plan;
    and a fourth without plan or review."""
    review = {"plan": NEW_ID, "goals": {"g1": {"status": "dropped"}, "g2": {"status": ""}}}
    save(home, datetime(2027, 6, 2, 9, 30, tzinfo=CET), "cccccc", review=review)
    save(home, datetime(2027, 9, 2, 9, 30, tzinfo=CET), "dddddd")
    return home


def test_trend_rows_for_the_goals_made_and_how_the_last_went(
    runner: CliRunner, three: Path
) -> None:
    code, out, err = trend(runner, three)
    assert (code, err) == (0, "")
    assert out.endswith(TREND_GOALS)


def test_trend_json(runner: CliRunner, three: Path) -> None:
    data = json.loads(trend(runner, three, "--json")[1])
    assert [(g["journal"][-6:], g["made"], g["review"]) for g in data["goals"]] == [
        ("aaaaaa", 2, {"done": 0, "carried": 0, "dropped": 0, "skipped": 0}),
        ("bbbbbb", 2, {"done": 1, "carried": 1, "dropped": 0, "skipped": 0}),
        ("cccccc", 0, {"done": 0, "carried": 0, "dropped": 1, "skipped": 1}),
        ("dddddd", 0, {"done": 0, "carried": 0, "dropped": 0, "skipped": 0}),
    ]


def test_trend_without_plans_has_no_goal_rows(runner: CliRunner, tmp_path: Path) -> None:
    save(tmp_path, datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa")
    out = trend(runner, tmp_path)[1]
    assert "Mål i planen" not in out and "Sidste plans mål" not in out
    assert out.endswith("tomt felt: ikke med den gang.\n")


def test_an_index_from_before_plans_is_rebuilt(runner: CliRunner, three: Path) -> None:
    # An index written by the version before plans: its summaries have no goals or review,
    # and its stamps still match the files. It must be read again, not trusted.
    store.Store(three).listing()
    index = json.loads((three / store.INDEX).read_text(encoding="utf-8"))
    for entry in index["entries"].values():
        del entry["summary"]["goals"], entry["summary"]["review"]
    old = {"version": 1, "entries": index["entries"]}
    (three / store.INDEX).write_text(json.dumps(old), encoding="utf-8")
    assert trend(runner, three)[1].endswith(TREND_GOALS)
    rebuilt = json.loads((three / store.INDEX).read_text(encoding="utf-8"))
    assert rebuilt["version"] == 2
    assert [e["summary"]["goals"] for e in rebuilt["entries"].values()] == [2, 2, 0, 0]


def test_trend_reads_summaries_without_goals_safely(leder: Publication) -> None:
    from kaereleder import journal as jf
    from kaereleder.journals import trend as trends

    summary: Any = dict(jf.summary(reflection_without_plan()))  # as an index of before keeps it
    del summary["goals"], summary["review"]
    built = trends.build(leder, [summary])
    assert built.goals == (trends.Goals(0, ()),) and not built.has_goals


def reflection_without_plan() -> Any:
    from factories import reflection

    return reflection(datetime(2026, 12, 2, 9, 30, tzinfo=CET), "aaaaaa")


def test_trend_goal_rows_follow_the_latest_columns_shown(
    runner: CliRunner, tmp_path: Path
) -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=CET)
    for week in range(11):  # more than fit in 80 columns; only the last makes a plan
        plan = OLD_PLAN if week == 10 else None
        extra = {"plan": plan} if plan else {}
        save(tmp_path, start + timedelta(weeks=week), f"{week:06x}", **extra)
    lines = trend(runner, tmp_path)[1].splitlines()
    assert lines[3].startswith("Viser de seneste")
    rating = next(line for line in lines if line.startswith("4. "))
    goals = next(line for line in lines if line.startswith("Mål i planen"))
    assert len(goals) == rating.index("4▆", len(rating) - 4) + 1
    assert goals.endswith("2") and goals[:-1].rstrip() == "Mål i planen"


def test_show_of_a_reflection_from_before_plans(runner: CliRunner, tmp_path: Path) -> None:
    for path in (Path(__file__).parent / "data" / "schema1").iterdir():
        shutil.copy(path, tmp_path / path.name)
    for ref in ("-1", "-2"):
        code, out, _ = show(runner, tmp_path, ref)
        assert code == 0 and "Udviklingsplanen" not in out and "Sidste plan" not in out


def test_a_next_step_made_a_goal_is_followed_up_by_the_goals_review(
    runner: CliRunner, home: Path
) -> None:
    code, out, _ = run(runner, home, "--format", "json")
    assert code == 0
    e4 = next(item for item in json.loads(out)["expectations"] if item["id"] == "e4")
    assert e4["follow_up"] == {
        "last_step": "Faste træffetider",
        "how_it_went": "Halvvejs: tirsdag virker.",
    }
    code, out, _ = run(runner, home)
    assert "Hvordan gik det? Halvvejs: tirsdag virker." in out
    assert "(ikke besvaret)" not in out
