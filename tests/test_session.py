"""The reflection flow against a scripted fake asker (answers by key, not by order)."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import pytest

from kaereleder import journal as jf
from kaereleder.content import Expectation, Publication
from kaereleder.reflect import plantexts as plan_txt
from kaereleder.reflect import texts as reflect_txt
from kaereleder.reflect.session import Choice, Interrupt, Session

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
DEEPER = ["strengths", "improve", "interplay", "dilemmas", "own-expectations", "take-further",
          "dialogue"]  # fmt: skip


class FakeAsker:
    """Answers from a dict by key; records what was asked and shown, in order."""

    def __init__(self, answers: dict[str, Any], stop_at: str = "", partial: str = "") -> None:
        self.answers = answers
        self.stop_at = stop_at
        self.partial = partial
        self.log: list[str] = []
        self.defaults: dict[str, str] = {}
        self.preselected: dict[str, list[str]] = {}

    def _answer(self, key: str, empty: Any) -> Any:
        if key == self.stop_at:
            raise Interrupt(self.partial)
        self.log.append(key)
        value = self.answers.get(key, empty)
        if isinstance(value, tuple):  # answers given in turn, as a question asked again
            value, self.answers[key] = value[0], value[1:] or value[0]
        return value

    def text(self, key: str, question: str, default: str = "") -> str:
        """Not in the answers: the default, as Enter takes it."""
        self.defaults[key] = default
        value: str = self._answer(key, default)
        return value

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]:
        self.preselected[key] = list(preselected)
        value: list[str] = self._answer(key, list(preselected))  # Enter keeps what is ticked
        assert set(value) <= {c.value for c in choices}
        return value

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str:
        value: str = self._answer(key, "")
        assert value in {c.value for c in choices}
        return value

    def show_expectation(self, publication: Publication, expectation: Expectation) -> None:
        self.log.append(f"show {expectation.id}")

    def show_reply(self, publication: Publication, expectation: Expectation, part: str) -> None:
        self.log.append(f"reply {expectation.id} {part}")

    def show_note(self, text: str) -> None:
        self.log.append(f"note {text}")

    def show_start(self, publication: Publication, numbers: Sequence[int]) -> None:
        self.log.append(f"show start {publication.id} {list(numbers)}")


class Saves:
    def __init__(self) -> None:
        self.snapshots: list[jf.Journal] = []

    def __call__(self, journal: jf.Journal) -> None:
        self.snapshots.append(copy.deepcopy(journal))


def session(
    pub: Publication, asker: FakeAsker, journal: jf.Journal | None = None, **kw: Any
) -> tuple[Session, Saves]:
    saves = Saves()
    data = journal if journal is not None else jf.new(pub.id, 1, NOW, "abc123")
    return Session(pub, data, asker, save=saves, now=lambda: NOW, **kw), saves


def deeper_keys(expectation_id: str) -> list[str]:
    keys = [f"expectations.{expectation_id}.rating"]
    for q in DEEPER:
        if q in ("strengths", "improve"):
            keys += [f"expectations.{expectation_id}.{q}.statements"]
        keys += [f"expectations.{expectation_id}.{q}" + (".text" if q in ("strengths", "improve")
                                                          else "")]  # fmt: skip
    return keys + [f"expectations.{expectation_id}.next-step"]


ANSWERS = {
    "overall.irrelevant": "Ingen",
    "overall.hardest": ["e4"],
    "chosen": ["e4", "e6"],
    "expectations.e4.rating": "delvis-enig",
    "expectations.e4.strengths.statements": ["e4.involves.1"],
    "expectations.e4.strengths.text": "Jeg lytter",
    "expectations.e4.next-step": "Holde møde",
}


def test_the_whole_flow_in_the_publications_order(leder: Publication) -> None:
    asker = FakeAsker(ANSWERS)
    flow, saves = session(leder, asker)
    result = flow.run()
    questions = [k for k in asker.log if not k.startswith(("show", "reply"))]
    assert questions == [
        "overall.irrelevant", "overall.missing", "overall.most-important", "overall.hardest",
        "chosen", *deeper_keys("e4"), *deeper_keys("e6"),
        f"note {plan_txt.PLAN_INTRO}", "plan.goals.g1.from",
    ]  # fmt: skip
    assert asker.preselected["chosen"] == ["e4"]  # the hardest, pre-selected
    assert asker.log.index("show e4") < asker.log.index("expectations.e4.rating")
    assert asker.log.index("reply e4 dilemmas") == asker.log.index("expectations.e4.dilemmas") - 1
    own = asker.log.index("expectations.e4.own-expectations")
    assert asker.log[own - 1] == "reply e4 own-expectations"
    assert result["status"] == "complete"
    assert result["finished"] == "2026-11-22T10:00:00+00:00"
    assert result["expectations"]["e4"]["strengths"] == {
        "statements": ["e4.involves.1"],
        "text": "Jeg lytter",
    }
    assert result["expectations"]["e6"]["interplay"] == ""  # skipped
    assert result["overall"]["most-important"] == []
    assert result["plan"] == {"goals": {"g1": {"from": ""}}}  # »Ingen plan nu«


def test_every_answer_is_saved_the_moment_it_is_given(leder: Publication) -> None:
    asker = FakeAsker(ANSWERS)
    flow, saves = session(leder, asker)
    flow.run()
    answered = [k for k in asker.log if not k.startswith(("show", "reply", "note"))]
    assert len(saves.snapshots) == len(answered) + 1  # and once more when complete
    lists = ("statements", "most-important", "hardest", "chosen")
    for snapshot, key in zip(saves.snapshots, answered, strict=False):
        node: Any = snapshot
        for part in key.split("."):
            node = node[part]
        skipped: object = [] if key.endswith(lists) else ""
        assert node == ANSWERS.get(key, skipped), key  # this answer is in this very save
        assert snapshot["status"] == "draft"


def test_with_numbers_the_overview_is_skipped(leder: Publication) -> None:
    asker = FakeAsker({})
    flow, _ = session(leder, asker)
    result = flow.run([3])
    assert "overall" not in result
    assert result["chosen"] == ["e3"]
    assert asker.log[:2] == ["show start leder [3]", "show e3"]


def test_interrupt_keeps_the_typed_text_and_resume_continues_there(leder: Publication) -> None:
    asker = FakeAsker(ANSWERS, stop_at="expectations.e4.interplay", partial="halvt skrevet")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run()
    draft = saves.snapshots[-1]
    assert draft["status"] == "draft"
    assert draft["partial"] == {"at": "expectations.e4.interplay", "text": "halvt skrevet"}
    assert draft["expectations"]["e4"]["strengths"]["text"] == "Jeg lytter"

    again = FakeAsker({**ANSWERS, "expectations.e4.interplay": "halvt skrevet, nu færdigt"})
    resumed, saves = session(leder, again, journal=copy.deepcopy(draft))
    result = resumed.run()
    questions = [k for k in again.log if not k.startswith(("show", "reply"))]
    assert questions[0] == "expectations.e4.interplay"
    assert again.defaults["expectations.e4.interplay"] == "halvt skrevet"
    assert "partial" not in result
    assert result["expectations"]["e4"]["interplay"] == "halvt skrevet, nu færdigt"
    assert result["expectations"]["e4"]["strengths"]["text"] == "Jeg lytter"
    assert result["status"] == "complete"


def test_resumed_between_the_checklist_and_its_text_shows_the_question_again(
    leder: Publication,
) -> None:
    asker = FakeAsker(ANSWERS, stop_at="expectations.e4.strengths.text", partial="halvt")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run()
    draft = saves.snapshots[-1]
    assert draft["expectations"]["e4"]["strengths"] == {"statements": ["e4.involves.1"]}
    again = FakeAsker({**ANSWERS, "expectations.e4.strengths.text": "færdigt"})
    resumed, _ = session(leder, again, journal=copy.deepcopy(draft))
    resumed.run()
    e4 = leder.by_id("e4")
    assert e4 is not None
    question = next(q.text for q in leder.reflection.deeper if q.id == "strengths")
    statement = next(s.text for s in e4.positive_statements if s.id == "e4.involves.1")
    at = again.log.index("expectations.e4.strengths.text")
    assert again.log[at - 1] == f"note {question}\n  → {statement}"


def test_an_earlier_next_step_is_followed_up_first(leder: Publication) -> None:
    earlier = jf.new("leder", 1, datetime(2026, 10, 1, tzinfo=timezone.utc), "000001")
    earlier["status"] = "complete"
    earlier["expectations"] = {"e4": {"next-step": "Holde ugentlige møder"}}
    asker = FakeAsker({"expectations.e4.follow-up": "Det gik godt"})
    flow, _ = session(leder, asker, earlier=earlier)
    result = flow.run([4, 6])
    assert asker.log[:4] == [
        "show start leder [4, 6]",
        "show e4",
        "note Sidste gang (1. oktober 2026 kl. 00.00) satte du dig dette næste skridt: "
        "Holde ugentlige møder",
        "expectations.e4.follow-up",
    ]
    assert list(result["expectations"]["e4"])[:2] == ["follow-up", "rating"]
    assert "expectations.e6.follow-up" not in asker.log


def test_kaere_chef_uses_its_wishes_and_adapted_questions(chef: Publication) -> None:
    asker = FakeAsker({"chosen": ["w2"]})
    flow, _ = session(chef, asker)
    result = flow.run()
    assert result["publication"] == "chef"
    assert list(result["expectations"]) == ["w2"]
    assert list(result["expectations"]["w2"]) == ["rating", *DEEPER, "next-step"]


def test_a_resumed_draft_started_with_numbers_skips_the_overview(leder: Publication) -> None:
    asker = FakeAsker({}, stop_at="expectations.e2.interplay")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run([2])
    again = FakeAsker({})
    resumed, _ = session(leder, again, journal=copy.deepcopy(saves.snapshots[-1]))
    resumed.run()
    questions = [k for k in again.log if not k.startswith(("show", "reply"))]
    assert questions[0] == "expectations.e2.interplay"


def test_choosing_none_is_asked_once_more(leder: Publication) -> None:
    class Twice(FakeAsker):
        calls = 0

        def choose_many(
            self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
        ) -> list[str]:
            if key != "chosen":
                return super().choose_many(key, question, choices, preselected)
            self.calls += 1
            self.log.append(key)
            self.preselected[key] = list(preselected)
            return [] if self.calls == 1 else ["e2"]

    asker = Twice({})
    flow, _ = session(leder, asker)
    result = flow.run()
    assert asker.log[5:8] == [
        "chosen",
        "note Du valgte ingen forventning at gå i dybden med. Vælg mindst én med mellemrum, "
        "og tryk så Enter. Vælger du ingen igen, slutter refleksionen her.",
        "chosen",
    ]
    assert asker.preselected["chosen"] == []  # asked again as left, not with the hardest
    assert result["chosen"] == ["e2"]


def test_the_start_comes_first_and_only_for_a_new_reflection(leder: Publication) -> None:
    asker = FakeAsker(ANSWERS, stop_at="overall.missing")
    flow, saves = session(leder, asker)
    with pytest.raises(Interrupt):
        flow.run()
    assert asker.log[:2] == ["show start leder []", "overall.irrelevant"]
    again = FakeAsker(ANSWERS)
    resumed, _ = session(leder, again, journal=copy.deepcopy(saves.snapshots[-1]))
    resumed.run()
    assert again.log[0] == "overall.missing"
    assert not [line for line in again.log if line.startswith("show start")]


def test_a_wish_needs_at_least_one_in_neuter(chef: Publication) -> None:

    assert reflect_txt.none_chosen(chef) == (
        "Du valgte intet ønske at gå i dybden med. Vælg mindst ét med mellemrum, og tryk så "
        "Enter. Vælger du intet igen, slutter refleksionen her."
    )


def test_a_statement_question_is_asked_once_with_its_free_text_below(
    leder: Publication,
) -> None:
    class Questions(FakeAsker):
        asked: list[str] = []

        def text(self, key: str, question: str, default: str = "") -> str:
            self.asked.append(question)
            return super().text(key, question, default)

        def choose_many(
            self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
        ) -> list[str]:
            self.asked.append(question)
            return super().choose_many(key, question, choices, preselected)

    asker = Questions({})
    flow, _ = session(leder, asker)
    flow.run([1])
    strengths, improve = leder.reflection.deeper[:2]
    assert asker.asked[:4] == [
        strengths.text,
        "Uddyb gerne med dine egne ord",
        improve.text,
        "Uddyb gerne med dine egne ord",
    ]
