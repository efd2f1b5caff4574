"""The plan at the end of a reflection and the review of the last plan at its start, against a
scripted asker (answers by key, not by order)."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import pytest

from kaereleder import journal as jf
from kaereleder.content import Publication
from kaereleder.reflect import plantexts as txt
from kaereleder.reflect.session import Choice, Interrupt
from test_session import NOW, FakeAsker, session

# NOW is 22 November 2026: the follow-up is suggested on 22 February 2027, the steps are due
# 14, 28 and 182 days later.
STEPS = {"chef": "2026-12-06", "dialog": "2026-12-20", "reflect": "2027-05-23"}
NEXT_STEPS = {
    "chosen": ["e4", "e6"],
    "expectations.e4.next-step": "Holde ugentlige møder",
    "expectations.e6.next-step": "Spørge teamet hver fredag",
}


class Asker(FakeAsker):
    """Also records the choices and the question of every choice and text."""

    def __init__(self, answers: dict[str, Any], **kw: Any) -> None:
        super().__init__(answers, **kw)
        self.choices: dict[str, list[tuple[str, str]]] = {}
        self.questions: dict[str, str] = {}

    def text(self, key: str, question: str, default: str = "") -> str:
        self.questions[key] = question
        return super().text(key, question, default)

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str:
        self.choices[key] = [(c.value, c.label) for c in choices]
        return super().choose_one(key, question, choices)

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]:
        self.choices[key] = [(c.value, c.label) for c in choices]
        return super().choose_many(key, question, choices, preselected)


def asked(asker: FakeAsker) -> list[str]:
    return [k for k in asker.log if not k.startswith(("show", "reply", "note"))]


def plan_keys(asker: FakeAsker) -> list[str]:
    return [k for k in asked(asker) if k.startswith("plan")]


def test_a_plan_with_two_goals_and_the_steps(leder: Publication) -> None:
    asker = Asker(
        {
            **NEXT_STEPS,
            "plan.goals.g1.from": "e4",
            "plan.goals.g1.actions": "Et kvarter hver mandag",
            "plan.goals.g1.involved": ["medarbejderne"],
            "plan.goals.g2.from": "own",
            "plan.goals.g2.goal": "Sige nej oftere",
            "plan.goals.g2.involved": ["chef", "coach"],
            "plan.goals.g2.follow-up": "2.3.2027",
        }
    )
    flow, saves = session(leder, asker)
    result = flow.run()
    goal = ["from", "goal", "actions", "involved", "follow-up"]
    assert plan_keys(asker) == [
        *(f"plan.goals.g1.{key}" for key in goal),
        *(f"plan.goals.g2.{key}" for key in goal),
        "plan.steps",
    ]
    assert asker.choices["plan.goals.g1.from"] == [
        ("e4", "4. Du hjælper os med at få problemer løst: Holde ugentlige møder"),
        (
            "e6",
            "6. Du viser omsorg for dem, der har det svært i en periode: Spørge teamet hver "
            "fredag",
        ),
        ("own", "Mit eget mål"),
        ("", "Ingen plan nu"),
    ]
    # The second goal is not built on the first's next step again.
    assert [value for value, _ in asker.choices["plan.goals.g2.from"]] == ["e6", "own", ""]
    assert asker.choices["plan.goals.g2.from"][-1] == ("", "Ikke flere mål")
    assert asker.defaults["plan.goals.g1.goal"] == "Holde ugentlige møder"  # the next step's
    assert asker.defaults["plan.goals.g2.goal"] == ""  # own words
    assert asker.questions["plan.goals.g1.goal"] == (
        "Dit første mål med få ord: ret gerne forslaget, eller tryk Enter"
    )
    assert asker.questions["plan.goals.g2.goal"] == "Dit andet mål med få ord"
    assert "note Opfølgning 22. februar 2027." not in asker.log  # the suggestion: said above
    assert "note Opfølgning 2. marts 2027." in asker.log  # typed: how it was read
    assert asker.defaults["plan.goals.g1.follow-up"] == "22.2.2027"  # three months on
    assert asker.questions["plan.goals.g1.follow-up"] == (
        "Hvornår vil du følge op på målet? Forslaget er om tre måneder, 22. februar 2027. "
        "Enter tager forslaget; skriv ellers en dato som 15.3.2027."
    )
    assert asker.preselected["plan.steps"] == ["chef", "dialog", "reflect"]
    assert asker.choices["plan.steps"] == [
        ("chef", "Tal refleksionen igennem med din egen chef – senest 6. december 2026"),
        ("dialog", "Dialog med dem, du leder (kaereleder dialog) – senest 20. december 2026"),
        ("reflect", "En ny refleksion (kaereleder reflect) – senest 23. maj 2027"),
    ]
    assert result["plan"] == {
        "goals": {
            "g1": {
                "from": "e4",
                "goal": "Holde ugentlige møder",
                "actions": "Et kvarter hver mandag",
                "involved": ["medarbejderne"],
                "follow-up": "2027-02-22",
            },
            "g2": {
                "from": "own",
                "goal": "Sige nej oftere",
                "actions": "",
                "involved": ["chef", "coach"],
                "follow-up": "2027-03-02",
            },
        },
        "steps": STEPS,
    }
    assert result["status"] == "complete"
    # Each plan answer was on disk the moment it was given.
    assert saves.snapshots[-2]["plan"] == result["plan"]
    assert saves.snapshots[-2]["status"] == "draft"
    assert "steps" not in saves.snapshots[-3]["plan"]
    # The whole thing reads back as a journal.
    assert jf.parse(jf.dump(result), "x.yaml")["plan"] == result["plan"]


def test_one_choice_skips_the_whole_plan(leder: Publication) -> None:
    asker = Asker({"expectations.e3.next-step": "Ringe til Mette"})
    flow, _ = session(leder, asker)
    result = flow.run([3])
    assert plan_keys(asker) == ["plan.goals.g1.from"]
    assert asker.log[-2:] == [f"note {txt.PLAN_INTRO}", "plan.goals.g1.from"]
    assert result["plan"] == {"goals": {"g1": {"from": ""}}}
    assert result["status"] == "complete"


def test_the_second_goal_declined_then_the_steps(leder: Publication) -> None:
    asker = Asker({**NEXT_STEPS, "plan.goals.g1.from": "e6", "plan.steps": ["chef"]})
    flow, _ = session(leder, asker)
    result = flow.run()
    assert plan_keys(asker)[-2:] == ["plan.goals.g2.from", "plan.steps"]
    assert result["plan"]["goals"]["g2"] == {"from": ""}
    assert result["plan"]["goals"]["g1"]["goal"] == "Spørge teamet hver fredag"
    assert result["plan"]["steps"] == {"chef": "2026-12-06"}


def test_a_goal_left_without_words_asks_nothing_more_about_it(leder: Publication) -> None:
    asker = Asker({**NEXT_STEPS, "plan.goals.g1.from": "own"})
    flow, _ = session(leder, asker)
    result = flow.run()
    assert plan_keys(asker) == [
        "plan.goals.g1.from",
        "plan.goals.g1.goal",
        "plan.goals.g2.from",
        "plan.steps",
    ]
    assert result["plan"]["goals"] == {"g1": {"from": "own", "goal": ""}, "g2": {"from": ""}}


def test_a_next_step_whose_goal_was_left_without_words_is_offered_again(
    leder: Publication,
) -> None:
    asker = Asker({**NEXT_STEPS, "plan.goals.g1.from": "e4", "plan.goals.g1.goal": ""})
    flow, _ = session(leder, asker)
    flow.run()
    assert [value for value, _ in asker.choices["plan.goals.g2.from"]] == ["e4", "e6", "own", ""]


def test_a_date_that_cannot_be_read_is_asked_again(leder: Publication) -> None:
    asker = Asker(
        {
            **NEXT_STEPS,
            "plan.goals.g1.from": "e4",
            "plan.goals.g1.follow-up": ("næste fredag", "1.3.2026", "2.3"),
        }
    )
    flow, _ = session(leder, asker)
    result = flow.run()
    at = asker.log.index("plan.goals.g1.follow-up")
    assert asker.log[at : at + 6] == [
        "plan.goals.g1.follow-up",
        "note »næste fredag« er ikke en dato, jeg kan læse. Skriv den som dag.måned.år, "
        "fx 2.3.2027.",
        "plan.goals.g1.follow-up",
        "note 1. marts 2026 er allerede gået. Skriv en dato fra i dag og frem, fx 2.3.2027.",
        "plan.goals.g1.follow-up",
        "note Opfølgning 2. marts 2027.",  # how »2.3« was read
    ]
    assert asker.defaults["plan.goals.g1.follow-up"] == "1.3.2026"  # what was typed, to fix
    assert result["plan"]["goals"]["g1"]["follow-up"] == "2027-03-02"  # 2.3: the next one


def test_an_emptied_date_is_skipped(leder: Publication) -> None:
    asker = Asker({**NEXT_STEPS, "plan.goals.g1.from": "e4", "plan.goals.g1.follow-up": ""})
    flow, _ = session(leder, asker)
    assert flow.run()["plan"]["goals"]["g1"]["follow-up"] == ""


def test_resume_in_the_middle_of_the_plan(leder: Publication) -> None:
    answers = {**NEXT_STEPS, "plan.goals.g1.from": "e4", "plan.goals.g1.goal": "Møder"}
    asker = Asker(answers, stop_at="plan.goals.g1.actions", partial="Et kvarter")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run()
    draft = saves.snapshots[-1]
    assert draft["status"] == "draft"
    assert draft["plan"] == {"goals": {"g1": {"from": "e4", "goal": "Møder"}}}
    assert draft["partial"] == {"at": "plan.goals.g1.actions", "text": "Et kvarter"}

    again = Asker({**answers, "plan.goals.g1.actions": "Et kvarter hver mandag"})
    resumed, _ = session(leder, again, journal=copy.deepcopy(draft))
    result = resumed.run()
    assert asked(again)[0] == "plan.goals.g1.actions"
    assert again.defaults["plan.goals.g1.actions"] == "Et kvarter"  # the text typed
    assert again.log[:2] == ["note Dit første mål: Møder", "plan.goals.g1.actions"]
    assert not [line for line in again.log if line.startswith("show")]
    assert f"note {txt.PLAN_INTRO}" not in again.log
    assert "partial" not in result
    assert result["plan"]["goals"]["g1"]["actions"] == "Et kvarter hver mandag"
    assert result["plan"]["steps"] == STEPS


def test_resumed_at_the_date_its_typed_text_comes_back(leder: Publication) -> None:
    answers = {**NEXT_STEPS, "plan.goals.g1.from": "e4"}
    asker = Asker(answers, stop_at="plan.goals.g1.follow-up", partial="5.4.2027")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run()
    again = Asker(answers)
    resumed, _ = session(leder, again, journal=copy.deepcopy(saves.snapshots[-1]))
    result = resumed.run()
    assert again.defaults["plan.goals.g1.follow-up"] == "5.4.2027"
    assert result["plan"]["goals"]["g1"]["follow-up"] == "2027-04-05"


# --- the review of the last plan ------------------------------------------------------------


def earlier_with_plan() -> jf.Journal:
    earlier = jf.new("leder", 1, datetime(2026, 9, 1, 9, 30, tzinfo=timezone.utc), "0a0b0c")
    earlier["status"] = "complete"
    earlier["expectations"] = {"e4": {"next-step": "Holde ugentlige møder"}}
    earlier["plan"] = {
        "goals": {
            "g1": {"from": "e4", "goal": "Ugentlige møder", "follow-up": "2026-12-01"},
            "g2": {"from": "own", "goal": "Sige nej oftere", "follow-up": "2026-12-15"},
        },
        "steps": {"chef": "2026-09-15"},
        "done": {"g1": {"day": "2026-11-20", "note": "Godt møde"}},
    }
    return earlier


def test_the_last_plan_is_reviewed_first_and_a_carried_goal_offered(
    leder: Publication,
) -> None:
    earlier = earlier_with_plan()
    asker = Asker(
        {
            "review.goals.g1.status": "done",
            "review.goals.g1.text": "Vi holder dem",
            "review.goals.g2.status": "carried",
            "chosen": ["e4"],
            "expectations.e4.next-step": "Spørge mere",
            "plan.goals.g1.from": "carried.g2",
        }
    )
    flow, _ = session(leder, asker, earlier=earlier)
    result = flow.run()
    assert asker.log[:8] == [
        "show start leder []",
        "note \nSidst du reflekterede (1. september 2026 kl. 09.30), satte du dig 2 "
        "udviklingsmål. Først: hvordan er det gået med dem?",
        "note Mål 1: Ugentlige møder\nOpfølgning: 1. december 2026\n"
        "Markeret som nået 20. november 2026: Godt møde",
        "review.goals.g1.status",
        "review.goals.g1.text",
        "note Mål 2: Sige nej oftere\nOpfølgning: 15. december 2026",
        "review.goals.g2.status",
        "review.goals.g2.text",
    ]
    assert asker.log[8] == "overall.irrelevant"
    assert asker.choices["review.goals.g1.status"] == [
        ("done", "Nået"),
        ("carried", "Arbejder videre med det"),
        ("dropped", "Dropper det"),
        ("", "Spring over"),
    ]
    assert asker.questions["review.goals.g1.text"] == "Hvordan gik det?"
    assert result["review"] == {
        "plan": earlier["id"],
        "goals": {
            "g1": {"status": "done", "text": "Vi holder dem"},
            "g2": {"status": "carried", "text": ""},
        },
    }
    assert list(result)[list(result).index("finished") + 1] == "review"  # first of answers
    assert asker.choices["plan.goals.g1.from"] == [
        ("e4", "4. Du hjælper os med at få problemer løst: Spørge mere"),
        ("own", "Mit eget mål"),
        ("carried.g2", "Fra sidste plan (arbejder videre): Sige nej oftere"),
        ("", "Ingen plan nu"),
    ]
    assert asker.defaults["plan.goals.g1.goal"] == "Sige nej oftere"
    assert result["plan"]["goals"]["g1"]["from"] == "carried.g2"
    assert result["plan"]["goals"]["g1"]["goal"] == "Sige nej oftere"
    assert [v for v, _ in asker.choices["plan.goals.g2.from"]] == ["e4", "own", ""]


def test_the_review_comes_with_numbers_too_and_a_reviewed_next_step_is_not_asked_again(
    leder: Publication,
) -> None:
    asker = Asker({"review.goals.g1.status": "dropped"})
    flow, _ = session(leder, asker, earlier=earlier_with_plan())
    result = flow.run([4])
    assert asked(asker)[:5] == [
        "review.goals.g1.status",
        "review.goals.g1.text",
        "review.goals.g2.status",  # skipped: not asked how it went either
        # e4's next step of last time became goal 1, whose »Hvordan gik det?« was just asked
        "expectations.e4.rating",
        "expectations.e4.strengths.statements",
    ]
    assert result["review"]["goals"]["g2"] == {"status": "", "text": ""}
    assert result["review"]["goals"]["g1"] == {"status": "dropped", "text": ""}
    assert [v for v, _ in asker.choices["plan.goals.g1.from"]] == ["own", ""]  # none carried


def test_stopped_in_the_review_resumes_there(leder: Publication) -> None:
    earlier = earlier_with_plan()
    asker = Asker({"review.goals.g1.status": "done"}, stop_at="review.goals.g1.text")
    flow, saves = session(leder, asker, earlier=earlier)
    with pytest.raises(Interrupt):
        flow.run()
    draft = saves.snapshots[-1]
    assert draft["review"] == {"plan": earlier["id"], "goals": {"g1": {"status": "done"}}}
    again = Asker({})
    resumed, _ = session(leder, again, journal=copy.deepcopy(draft), earlier=earlier)
    resumed.run([2])
    assert again.log[:2] == [
        "note Mål 1: Ugentlige møder\nOpfølgning: 1. december 2026\n"
        "Markeret som nået 20. november 2026: Godt møde",
        "review.goals.g1.text",
    ]


def test_stopped_in_the_review_of_an_e_reflection_resumes_without_the_overview(
    leder: Publication,
) -> None:
    earlier = earlier_with_plan()
    asker = Asker({"review.goals.g2.status": "done"}, stop_at="review.goals.g2.status")
    flow, saves = session(leder, asker, earlier=earlier)
    with pytest.raises(Interrupt):
        flow.run([4])
    draft = saves.snapshots[-1]
    assert list(draft)[-2:] == ["review", "chosen"]  # the review first, as in every journal
    assert draft["chosen"] == ["e4"]
    again = Asker({"review.goals.g2.status": "done"})
    resumed, _ = session(leder, again, journal=copy.deepcopy(draft), earlier=earlier)
    result = resumed.run()
    assert asked(again)[:3] == [
        "review.goals.g2.status",
        "review.goals.g2.text",
        "expectations.e4.rating",  # its next step was reviewed as goal 1
    ]
    assert "overall" not in result


def test_a_draft_begun_before_the_plan_is_not_reviewed(leder: Publication) -> None:
    draft = jf.new("leder", 1, NOW, "abc123")
    draft["overall"] = {"irrelevant": "Ingen"}
    asker = Asker({})
    flow, _ = session(leder, asker, journal=draft, earlier=earlier_with_plan())
    result = flow.run()
    assert "review" not in result
    assert not [k for k in asker.log if k.startswith("review")]


def test_a_plan_of_steps_only_has_nothing_to_review(leder: Publication) -> None:
    earlier = earlier_with_plan()
    earlier["plan"] = {"goals": {"g1": {"from": ""}}, "steps": {"chef": "2026-09-15"}}
    asker = Asker({})
    flow, _ = session(leder, asker, earlier=earlier)
    assert "review" not in flow.run([1])


def test_a_draft_offered_counts_the_review_and_plan_answers() -> None:
    from kaereleder.reflect.reflection import _count_answers

    draft = jf.new("leder", 1, NOW, "abc123")
    draft["review"] = {
        "plan": "20260901-093000-leder-0a0b0c",
        "goals": {"g1": {"status": "done", "text": ""}},
    }
    draft["chosen"] = ["e4"]
    draft["expectations"] = {"e4": {"rating": "", "next-step": "Møde"}}
    draft["plan"] = {"goals": {"g1": {"from": "e4", "goal": "Møde"}}}
    assert _count_answers(draft) == 6  # not the reviewed plan's id, not chosen by -e
    draft["plan"]["steps"] = {}
    assert _count_answers(draft) == 7


def test_a_next_step_not_made_a_goal_is_still_followed_up(leder: Publication) -> None:
    earlier = earlier_with_plan()
    earlier["plan"]["goals"]["g1"]["from"] = "own"
    asker = Asker({"review.goals.g1.status": "done", "review.goals.g2.status": "done"})
    flow, _ = session(leder, asker, earlier=earlier)
    flow.run([4])
    assert asked(asker)[4:6] == ["expectations.e4.follow-up", "expectations.e4.rating"]


def test_a_carried_goal_offers_what_was_planned_for_it(leder: Publication) -> None:
    earlier = earlier_with_plan()
    earlier["plan"]["goals"]["g1"].update(actions="Et kvarter hver mandag", involved=["chef"])
    asker = Asker({"review.goals.g1.status": "carried", "plan.goals.g1.from": "carried.g1"})
    flow, _ = session(leder, asker, earlier=earlier)
    result = flow.run([4])
    goal = result["plan"]["goals"]["g1"]
    assert (goal["goal"], goal["actions"], goal["involved"]) == (
        "Ugentlige møder",
        "Et kvarter hver mandag",
        ["chef"],
    )
