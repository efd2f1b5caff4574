"""The review of the last plan at the start of a reflection, and the new plan at its end.

Both ask through the session (``Session.ask`` and friends), so every answer is saved at
once, a resumed draft continues at the first plan question not asked, and the text typed
when stopped comes back. Today is the session's clock (``Session.now``).

    review.goals.gN.status, review.goals.gN.text    for each goal of the last plan
    plan.goals.gN.from, .goal, .actions, .involved, .follow-up    for g1, then g2
    plan.steps                                       the publication's next moves, dated
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from kaereleder import domain
from kaereleder.plans import model as plans
from kaereleder.plans import texts as plan_words
from kaereleder.reflect import plantexts as txt
from kaereleder.reflect.session import Choice
from kaereleder.reflect.texts import SKIP_CHOICE

if TYPE_CHECKING:
    from kaereleder.reflect.session import Session

REVIEW: Final = "review"
PLAN: Final = "plan"
# Answers a draft begun before the last plan was made holds (``chosen`` alone is ``-e``).
_ANSWERED = ("overall", "expectations", PLAN)


def follow_up_day(text: str, today: date) -> date | str:
    """The follow-up date typed (Danish or ISO), or why it is none: one Danish line."""
    found = plans.parse_day(text, today)
    if found is None:
        return txt.no_date(text.strip())
    if found < today:
        return txt.past_date(found)
    return found


def danish(day: date) -> str:
    """A date as a Danish leader types it, and ``plans.parse_day`` reads it: »2.3.2027«."""
    return f"{day.day}.{day.month}.{day.year}"


# --- the review -----------------------------------------------------------------------------


def reviewed_plan(s: Session) -> plans.Plan | None:
    """The plan this reflection reviews: the last complete reflection's, if it has one and
    this reflection reviews it (a draft begun before it was made does not)."""
    earlier = s.earlier
    plan: plans.Plan | None = earlier.get(PLAN) if earlier else None
    if earlier is None or not plans.has_plan(plan) or not plans.goals(plan or {}):
        return None
    if REVIEW not in s.journal and any(key in s.journal for key in _ANSWERED):
        return None
    reviewed = s.journal.get(REVIEW, {}).get("plan")
    return plan if reviewed in (None, earlier["id"]) else None


def reviewed_as_goal(s: Session, expectation_id: str) -> bool:
    """Whether the last plan made a goal of this expectation's next step and this
    reflection's review has asked how it went: then »Hvordan gik det?« is not asked twice."""
    plan = reviewed_plan(s)
    if plan is None:
        return False
    asked = s.journal.get(REVIEW, {}).get("goals", {})
    return any(
        goal.get(plans.FROM) == expectation_id and key in asked
        for key, goal in plans.goals(plan).items()
    )


def review(s: Session) -> None:
    """How each goal of the last plan went: its status and a few words."""
    plan = reviewed_plan(s)
    if plan is None or s.earlier is None:
        return
    made = plans.goals(plan)
    if REVIEW not in s.journal:
        s.asker.show_note(txt.review_intro(s.earlier.get("started"), len(made)))
        # Saved with the first answer: stopping at the first question leaves nothing behind.
        # First of the answers in the file, before ``chosen`` of -e.
        chosen = s.journal.pop("chosen", None)
        s.journal[REVIEW] = {"plan": s.earlier["id"]}
        if chosen is not None:
            s.journal["chosen"] = chosen
    statuses = [Choice(key, label) for key, label in plan_words.STATUS_LABELS.items()]
    statuses.append(Choice("", SKIP_CHOICE))
    done = plan.get("done", {})
    for number, (key, goal) in enumerate(made.items(), start=1):
        here = (REVIEW, "goals", key)
        if s.has((*here, plans.TEXT)):
            continue
        s.asker.show_note(txt.reviewed_goal(number, goal, done.get(key)))
        question = txt.review_status(number)

        def status(key: str, question: str = question) -> str:
            return s.asker.choose_one(key, question, statuses)

        s.ask((*here, plans.STATUS), status)
        if s.journal[REVIEW]["goals"][key].get(plans.STATUS):
            s.ask_text((*here, plans.TEXT), txt.REVIEW_TEXT)
        else:  # »Spring over«: the goal is skipped, not asked about twice
            s.ask((*here, plans.TEXT), lambda k: "")


def carried(s: Session) -> dict[str, plans.Goal]:
    """The goals of the reviewed plan that the leader carries on, by goal id."""
    plan = reviewed_plan(s)
    if plan is None:
        return {}
    answers = s.journal.get(REVIEW, {}).get("goals", {})
    return {
        key: goal
        for key, goal in plans.goals(plan).items()
        if answers.get(key, {}).get(plans.STATUS) == plans.CARRIED_ON
    }


# --- the plan -------------------------------------------------------------------------------


def plan(s: Session) -> None:
    """One or two goals, then the publication's next moves as dated steps; skippable."""
    if not s.journal.get("chosen"):
        return  # none gone into: the reflection ended at the choice
    today = s.now().date()
    goals = (PLAN, "goals")
    if not s.has((*goals, plans.GOALS[0], plans.FROM)):
        s.asker.show_note(txt.PLAN_INTRO)
    used: list[str] = []  # what the goals made build on: not offered again
    for number, key in enumerate(plans.GOALS, start=1):
        source = _goal(s, key, number, used, today)
        if not source:
            break
        if s.journal[PLAN]["goals"][key].get(plans.GOAL, "").strip():
            used.append(source)
    if not s.journal[PLAN]["goals"][plans.GOALS[0]].get(plans.FROM):
        return  # »Ingen plan nu«: nothing more asked
    steps = [
        Choice(step, txt.step_choice(plan_words.STEP_LABELS[step], plans.step_due(step, today)))
        for step in plans.STEPS
    ]

    def choose_steps(key: str) -> dict[str, str]:
        picked = s.asker.choose_many(key, txt.STEPS, steps, list(plans.STEPS))
        due = {step: plans.step_due(step, today).isoformat() for step in plans.STEPS}
        return {step: day for step, day in due.items() if step in picked}

    s.ask((PLAN, "steps"), choose_steps)


def sources(s: Session, used: list[str]) -> list[Choice]:
    """What a goal may build on: each next step given in this reflection, own words, and a
    goal of the last plan carried on; not one an earlier goal already built on."""
    found = []
    answers = s.journal.get("expectations", {})
    for expectation_id in s.journal.get("chosen", []):
        expectation = s.pub.by_id(expectation_id)
        step = answers.get(expectation_id, {}).get(domain.NEXT_STEP, "")
        if expectation and isinstance(step, str) and step.strip() and expectation_id not in used:
            found.append(Choice(expectation_id, txt.from_next_step(expectation.label, step)))
    found.append(Choice(plans.OWN, txt.OWN_GOAL))
    for key, goal in carried(s).items():
        if plans.CARRIED + key not in used:
            found.append(Choice(plans.CARRIED + key, txt.from_carried(goal.get(plans.GOAL, ""))))
    return found


def _carried_goal(s: Session, source: str) -> plans.Goal:
    """The goal of the reviewed plan that ``source`` carries on; empty for any other."""
    if not source.startswith(plans.CARRIED):
        return {}
    return carried(s).get(source[len(plans.CARRIED) :], {})


def _words(s: Session, source: str) -> str:
    """A goal's suggested words: the next step's or the carried goal's."""
    if source.startswith(plans.CARRIED):
        return _carried_goal(s, source).get(plans.GOAL, "")
    step = s.journal.get("expectations", {}).get(source, {}).get(domain.NEXT_STEP, "")
    return step if isinstance(step, str) and source != plans.OWN else ""


def _goal(s: Session, key: str, number: int, used: list[str], today: date) -> str:
    """Ask goal ``key``; what it builds on ('' for none)."""
    here = (PLAN, "goals", key)
    last = txt.NO_PLAN if number == 1 else txt.NO_MORE
    choices = [*sources(s, used), Choice("", last)]
    question = txt.FIRST_FROM if number == 1 else txt.SECOND_FROM
    s.ask((*here, plans.FROM), lambda k: s.asker.choose_one(k, question, choices))
    goal = s.journal[PLAN]["goals"][key]
    source = goal.get(plans.FROM, "")
    if not source:
        return ""
    resumed = s.has((*here, plans.GOAL)) and not s.has((*here, plans.FOLLOW_UP))
    words = _words(s, source)
    s.ask_text((*here, plans.GOAL), txt.goal_words(number, bool(words)), words)
    if not goal.get(plans.GOAL, "").strip():
        return source  # a goal without words is none: nothing more about it
    if resumed:  # met again after a pause: which goal the questions are about
        s.asker.show_note(txt.resumed_goal(number, goal.get(plans.GOAL, "")))
    before = _carried_goal(s, source)  # a goal carried on: its answers of last time offered
    s.ask_text((*here, plans.ACTIONS), txt.ACTIONS, before.get(plans.ACTIONS, ""))
    who = [Choice(w, plan_words.WHO_LABELS[w]) for w in plans.WHO]
    s.ask_many((*here, plans.INVOLVED), txt.INVOLVED, who, before.get(plans.INVOLVED, []))
    s.ask((*here, plans.FOLLOW_UP), lambda k: _follow_up(s, k, today))
    return source


def _follow_up(s: Session, key: str, today: date) -> str:
    """The follow-up date as ISO; a date that cannot be read is asked again."""
    suggested = plans.suggested_follow_up(today)
    default = s.typed_before(key) or danish(suggested)
    question = txt.follow_up(suggested)
    while True:
        answer = s.asker.text(key, question, default)
        if not answer.strip():
            return ""
        found = follow_up_day(answer, today)
        if isinstance(found, date):
            if answer.strip() != danish(suggested):  # typed: say how it was read (2.3)
                s.asker.show_note(txt.follow_up_on(found))
            return found.isoformat()
        s.asker.show_note(found)
        default = answer
