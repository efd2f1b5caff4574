"""`kaereleder reflect --answers` with a plan and a review, and the plan in the summary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import journal as jf
from kaereleder.plans import model as plans
from kaereleder.plans.texts import day
from test_reflect_cli import reflect, write

PLAN = """\
publication: leder
chosen: [4, 6]
expectations:
  4:
    next-step: Holde ugentlige møder
  6:
    next-step: Spørge ind hver fredag
plan:
  goals:
    - from: 4
      actions: Et kvarter hver mandag
      involved: [medarbejderne, chef]
      follow-up: 2.3.2099
    - from: own
      goal: Sige nej oftere
      follow-up: '2099-04-01'
  steps: [chef, reflect]
"""


def today() -> Any:
    return datetime.now().astimezone().date()  # the command's own clock: the real one


def only(home: Path) -> tuple[Path, dict[str, Any]]:
    [path] = [p for p in home.glob("*.yaml")]
    return path, jf.parse(path.read_text(encoding="utf-8"), path)


def test_a_plan_from_an_answers_file(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    code, out, err = reflect(runner, home, "--answers", str(write(tmp_path, PLAN)))
    assert (code, err) == (0, "")
    path, data = only(home)
    chef, new = (plans.step_due(step, today()) for step in ("chef", "reflect"))
    assert data["plan"] == {
        "goals": {
            "g1": {
                "from": "e4",
                "goal": "Holde ugentlige møder",  # the next step's words, as Enter takes them
                "actions": "Et kvarter hver mandag",
                "involved": ["medarbejderne", "chef"],
                "follow-up": "2099-03-02",
            },
            "g2": {
                "from": "own",
                "goal": "Sige nej oftere",
                "actions": "",
                "involved": [],
                "follow-up": "2099-04-01",
            },
        },
        "steps": {"chef": chef.isoformat(), "reflect": new.isoformat()},
    }
    assert data["status"] == "complete"
    assert (
        "Din udviklingsplan\n"
        "• Mål 1: Holde ugentlige møder – opfølgning 2. marts 2099\n"
        "• Mål 2: Sige nej oftere – opfølgning 1. april 2099\n"
        f"• Tal refleksionen igennem med din egen chef – senest {day(chef)}\n"
        f"• En ny refleksion (kaereleder reflect) – senest {day(new)}\n"
        "\n"
        "Se planen: kaereleder plan · i din kalender: kaereleder plan --ics -o plan.ics\n"
    ) in out
    assert out.splitlines()[-1] == f"Refleksionen er gemt i {path}"


def test_without_a_plan_the_summary_has_none(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(tmp_path, "chosen: [4]\nexpectations:\n  4:\n    next-step: Møde\n")
    code, out, _ = reflect(runner, tmp_path / "j", "--answers", str(answers))
    assert code == 0
    assert only(tmp_path / "j")[1]["plan"] == {"goals": {"g1": {"from": ""}}}
    assert "udviklingsplan" not in out
    assert "kaereleder plan" not in out


def test_goals_by_id_and_steps_left_out_are_all_taken(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(
        tmp_path,
        "chosen: [e2]\nexpectations:\n  e2:\n    next-step: Lytte\n"
        "plan:\n  goals:\n    g1: {from: e2, goal: Lytte mere, follow-up: ''}\n    g2:\n",
    )
    code, _, _ = reflect(runner, tmp_path / "j", "--answers", str(answers))
    assert code == 0
    plan = only(tmp_path / "j")[1]["plan"]
    assert plan["goals"]["g1"]["follow-up"] == ""
    assert plan["goals"]["g1"]["goal"] == "Lytte mere"
    assert plan["goals"]["g2"] == {"from": ""}  # an emptied second goal: no more goals
    assert list(plan["steps"]) == ["chef", "dialog", "reflect"]  # as ticked on screen


def test_a_review_and_a_carried_goal_from_an_answers_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    home = tmp_path / "j"
    earlier = saved(
        home,
        datetime(2026, 9, 1, 9, 30, tzinfo=CET),
        "0a0b0c",
        plan={
            "goals": {
                "g1": {"from": "own", "goal": "Sige nej oftere", "follow-up": "2026-12-01"},
                "g2": {"from": "own", "goal": "Gå en tur", "follow-up": "2026-12-15"},
            }
        },
    )
    answers = write(
        tmp_path,
        "review:\n  goals:\n    - {status: carried, text: Halvvejs}\n    - status: dropped\n"
        "chosen: [1]\nplan:\n  goals:\n    - from: carried.g1\n      follow-up: 1.6.2099\n",
    )
    code, _, err = reflect(runner, home, "--answers", str(answers))
    assert (code, err) == (0, "")
    new = [p for p in home.glob("*.yaml") if p != earlier]
    data = jf.parse(new[0].read_text(encoding="utf-8"), new[0])
    assert data["review"] == {
        "plan": earlier.stem,
        "goals": {
            "g1": {"status": "carried", "text": "Halvvejs"},
            "g2": {"status": "dropped", "text": ""},
        },
    }
    assert data["plan"]["goals"]["g1"] == {
        "from": "carried.g1",
        "goal": "Sige nej oftere",  # the carried goal's words
        "actions": "",
        "involved": [],
        "follow-up": "2099-06-01",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("plan:\n  goals:\n    - from: 9\n",
         "linje 3: plan.goals[0].from: Kære leder! har ingen forventning nummer 9. Der er 7 "
         "forventninger, nummer 1–7."),
        ("plan:\n  goals:\n    - from: mig\n",
         "linje 3: plan.goals[0].from: brug et forventningsnummer, et id, own, carried.g1 "
         "eller carried.g2, eller tom"),
        ("plan:\n  goals:\n    g1:\n      from: own\n      follow-up: 31.2.2099\n",
         "linje 5: plan.goals.g1.follow-up: »31.2.2099« er ikke en dato, jeg kan læse. Skriv "
         "den som dag.måned.år, fx 2.3.2027."),
        ("plan:\n  goals:\n    g1: {from: own, follow-up: 1.1.2020}\n",
         "linje 3: plan.goals.g1.follow-up: 1. januar 2020 er allerede gået. Skriv en dato fra "
         "i dag og frem, fx 2.3.2027."),
        ("plan:\n  goals: [{from: own}, {from: own}, {from: own}]\n",
         "linje 2: plan.goals[2]: højst to mål (g1 og g2)"),
        ("plan:\n  goals:\n    g3: {from: own}\n",
         "linje 3: plan.goals.g3: højst to mål (g1 og g2)"),
        ("plan:\n  steps: [chef, kaffe]\n",
         "linje 2: plan.steps[1]: ukendt skridt; kendte er: chef, dialog, reflect"),
        ("plan:\n  goals:\n    - {from: own, involved: [mor]}\n",
         "linje 3: plan.goals[0].involved[0]: ukendt; vælg blandt: chef, coach, lederkolleger, "
         "medarbejderne"),
        ("plan:\n  mål: []\n",
         "linje 2: plan.mål: ukendt spørgsmål; kendte er: goals, steps"),
        ("review:\n  goals:\n    g1: {status: klaret}\n",
         "linje 3: review.goals.g1.status: 'klaret' er ikke en af: done, carried, dropped "
         "eller tom"),
    ],
)  # fmt: skip
def test_a_broken_plan_is_named_by_line_before_anything_is_written(
    runner: CliRunner, tmp_path: Path, text: str, message: str
) -> None:
    home = tmp_path / "j"
    answers = write(tmp_path, text)
    code, _, err = reflect(runner, home, "-p", "leder", "--answers", str(answers))
    assert (code, err) == (1, f"Fejl: {answers}, {message}\n")
    assert not home.exists() or not any(home.iterdir())


def test_a_goal_from_a_next_step_not_given_is_named_by_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    answers = write(
        tmp_path,
        "chosen: [4]\nexpectations:\n  4:\n    next-step: Møde\nplan:\n  goals:\n    - from: 6\n",
    )
    code, _, err = reflect(runner, tmp_path / "j", "--answers", str(answers))
    assert (code, err) == (
        1,
        f"Fejl: {answers}, linje 7: plan.goals[0].from: kan ikke vælges i denne refleksion; "
        "det kan: e4, own (eller tom)\n",
    )
