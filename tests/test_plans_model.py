"""The development plan as plain data (``plans.model``) and journal schema 2."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.errors import JournalError
from kaereleder.plans import model as plans

TODAY = date(2026, 12, 2)
SCHEMA1 = Path(__file__).parent / "data" / "schema1"


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2.3.2027", date(2027, 3, 2)),
        ("02-03-2027", date(2027, 3, 2)),
        ("2/3-27", date(2027, 3, 2)),
        ("2027-03-02", date(2027, 3, 2)),
        (" 2. 3. 2027 ", date(2027, 3, 2)),
        ("2.3", date(2027, 3, 2)),  # no year: the next 2 March
        ("24.12", date(2026, 12, 24)),
        ("2.12", date(2026, 12, 2)),  # today counts
        ("2. marts 2027", date(2027, 3, 2)),  # as the tool says it
        ("2. Marts", date(2027, 3, 2)),
        ("15. jan.", date(2027, 1, 15)),
        ("2 mar 2027", date(2027, 3, 2)),
        ("2. ma 2027", None),  # mar or maj?
        ("31. februar 2027", None),
        ("31.2.2027", None),
        ("i morgen", None),
        ("", None),
    ],
)
def test_a_date_is_read_as_a_danish_leader_types_it(typed: str, day: date | None) -> None:
    assert plans.parse_day(typed, TODAY) == day


def test_suggested_dates_follow_the_publications_next_moves() -> None:
    assert plans.suggested_follow_up(TODAY) == date(2027, 3, 2)
    assert plans.suggested_follow_up(date(2026, 11, 30)) == date(2027, 2, 28)
    assert plans.step_due("chef", TODAY) == date(2026, 12, 16)
    assert plans.step_due("dialog", TODAY) == date(2026, 12, 30)
    assert plans.step_due("reflect", TODAY) == date(2027, 6, 2)


PLAN: plans.Plan = {
    "goals": {
        "g1": {
            "from": "e4",
            "goal": "Ugentlige møder",
            "actions": "Et kvarter hver mandag",
            "involved": ["medarbejderne"],
            "follow-up": "2027-03-02",
        },
        "g2": {"from": "", "goal": ""},  # a second goal skipped
    },
    "steps": {"chef": "2026-12-16", "reflect": "2027-06-02"},
}


def test_items_are_the_goals_then_the_steps_numbered_from_one() -> None:
    found = [(i.number, i.key, i.due) for i in plans.items(PLAN)]
    assert found == [
        (1, "g1", date(2027, 3, 2)),
        (2, "chef", date(2026, 12, 16)),
        (3, "reflect", date(2027, 6, 2)),
    ]


@pytest.mark.parametrize(
    ("today", "states"),
    [
        (date(2026, 12, 2), ["later", "later", "later"]),
        (date(2026, 12, 9), ["later", "soon", "later"]),
        (date(2026, 12, 16), ["later", "today", "later"]),
        (date(2027, 3, 3), ["overdue", "overdue", "later"]),
    ],
)
def test_what_is_due_depends_only_on_the_day_given(today: date, states: list[str]) -> None:
    assert [plans.state(item, today) for item in plans.items(PLAN)] == states


def test_an_item_marked_done_is_done_whatever_the_day() -> None:
    plan: plans.Plan = {"goals": dict(PLAN["goals"]), "steps": dict(PLAN["steps"])}
    chef = plans.items(plan)[1]
    plans.mark_done(plan, chef, date(2026, 12, 20), "Godt møde")
    assert plan["done"] == {"chef": {"day": "2026-12-20", "note": "Godt møde"}}
    assert [plans.state(i, date(2027, 3, 3)) for i in plans.items(plan)] == [
        "overdue",
        "done",
        "later",
    ]


def test_a_plan_with_nothing_in_it_is_no_plan() -> None:
    assert not plans.has_plan({"goals": {"g1": {"from": ""}}, "steps": {}})
    assert plans.has_plan({"steps": {"chef": "2026-12-16"}})


def _journal_with(**fields: object) -> str:
    text = (SCHEMA1 / "20261202-031634-leder-7c6b0d.yaml").read_text(encoding="utf-8")
    text = text.replace("schema: 1", "schema: 2")
    import yaml

    return text + (yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) if fields else "")


def test_a_plan_and_a_review_read_back_exactly() -> None:
    review = {
        "plan": "20260601-090000-leder-aaaaaa",
        "goals": {"g1": {"status": "done", "text": "Ja"}},
    }
    data = jf.parse(_journal_with(review=review, plan=PLAN), "x.yaml")
    assert data["plan"] == PLAN
    assert data["review"] == review
    assert jf.parse(jf.dump(data), "x.yaml") == data


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        (
            {"plan": {"goals": {"g1": {"follow-up": "næste år"}}}},
            "plan.goals.g1.follow-up: skal være en dato som 2027-03-02",
        ),
        (
            {"plan": {"steps": {"frokost": "2027-01-01"}}},
            "plan.steps.frokost: skal være en af: chef, dialog, reflect",
        ),
        (
            {"plan": {"goals": {"g1": {"hvem": "chef"}}}},
            "plan.goals.g1.hvem: ukendt nøgle; kun 'from', 'goal', 'actions', 'involved', "
            "'follow-up' er tilladt her",
        ),
        ({"plan": {"done": {"g1": {"note": "x"}}}}, "plan.done.g1: 'day' mangler"),
        (
            {"review": {"goals": {"g1": {"status": "måske"}}}},
            "review.goals.g1.status: skal være en af: done, carried, dropped",
        ),
    ],
)
def test_a_broken_plan_is_named_by_place(fields: dict[str, object], problem: str) -> None:
    with pytest.raises(JournalError) as caught:
        jf.parse(_journal_with(**fields), "x.yaml")
    assert caught.value.message.endswith(problem), caught.value.message


def test_emptied_plan_values_read_as_empty() -> None:
    data = jf.parse(_journal_with(plan={"goals": None, "steps": None}, review=None), "x.yaml")
    assert data["plan"] == {"goals": {}, "steps": {}}
    assert data["review"] == {}


# --- schema 1: reflections written before plans existed ------------------------------------


def test_a_schema_1_reflection_reads_as_one_without_a_plan() -> None:
    path = SCHEMA1 / "20261202-031634-leder-7c6b0d.yaml"
    data = jf.parse(path.read_text(encoding="utf-8"), path)
    assert data["schema"] == 1
    assert "plan" not in data and not plans.has_plan(data.get("plan"))
    assert data["expectations"]["e4"]["next-step"] == "Holde ugentlige møder"


def test_schema_1_reflections_are_listed_shown_and_diffed(tmp_path: Path) -> None:
    home = tmp_path / "refleksioner"
    shutil.copytree(SCHEMA1, home)
    new = _journal_with().replace("7c6b0d", "7c6b0e").replace("T03:16:34", "T03:20:00")
    new = new.replace("Holde ugentlige møder", "Holde møder hver anden uge")
    (home / "20261202-031634-leder-7c6b0e.yaml").write_text(new, encoding="utf-8")
    runner = CliRunner()
    listed = runner.invoke(app, ["journal", "list", "--home", str(home)])
    assert listed.exit_code == 0, listed.output
    assert "7c6b0d" in listed.output and "0d0d0d" in listed.output
    diffed = runner.invoke(app, ["journal", "diff", "--home", str(home), "--format", "json"])
    assert diffed.exit_code == 0, diffed.output
    assert "Holde møder hver anden uge" in diffed.output
    exported = runner.invoke(
        app, ["journal", "export", "20261202-031634-leder-7c6b0d", "--home", str(home)]
    )
    assert exported.exit_code == 0, exported.output
    assert "Holde ugentlige møder" in exported.output


def test_a_resumed_schema_1_draft_is_saved_as_schema_2(tmp_path: Path) -> None:
    home = tmp_path / "refleksioner"
    shutil.copytree(SCHEMA1, home)
    answers = tmp_path / "svar.yaml"
    answers.write_text("expectations:\n  6:\n    next-step: Spørge dem\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["reflect", "--resume", "--answers", str(answers), "--home", str(home)]
    )
    assert result.exit_code == 0, result.output
    path = home / "20261202-031700-leder-0d0d0d.yaml"
    data = jf.parse(path.read_text(encoding="utf-8"), path)
    assert (data["schema"], data["status"]) == (2, "complete")
    assert data["expectations"]["e4"]["next-step"] == "Holde ugentlige møder"  # kept
    assert data["expectations"]["e6"]["next-step"] == "Spørge dem"
