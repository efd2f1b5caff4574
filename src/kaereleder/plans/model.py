"""A development plan as plain data: goals, dated steps, what is due, and their review.

A reflection (journal schema 2) may end with a ``plan``: one or two development goals, each
with what the leader will do, who is involved and a follow-up date, and the publication's
own next moves as dated steps. The next reflection opens with a ``review`` of that plan: how
each goal went, and whether it is done, carried on or dropped. See ``docs/journal-format.md``.

    plan:
      goals:
        g1: {from: e4, goal: …, actions: …, involved: [chef], follow-up: '2027-03-02'}
      steps: {chef: '2026-12-16', dialog: '2026-12-30', reflect: '2027-06-02'}
      done: {g1: {day: '2027-01-10', note: …}}      # written by `kaereleder plan done N`
    review:
      plan: 20261202-093000-leder-4f9a2c           # the reflection whose plan is reviewed
      goals:
        g1: {status: done, text: …}

Keys stand in the order asked; a missing key is a question not asked yet, an empty one a
question skipped, as everywhere in a journal.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final, NamedTuple, TypedDict

from kaereleder.messages import MONTHS

# Where a goal comes from: an expectation's next step (its id), the leader's own words, or a
# goal of the reviewed plan carried on ("carried.g1"). Empty: no (more) goals.
OWN: Final = "own"
CARRIED = "carried."
GOALS = ("g1", "g2")  # at most two goals, as a lederudviklingssamtale ends with
# The keys of one goal, in the order asked.
FROM: Final = "from"
GOAL: Final = "goal"
ACTIONS: Final = "actions"
INVOLVED: Final = "involved"
FOLLOW_UP: Final = "follow-up"
GOAL_KEYS = (FROM, GOAL, ACTIONS, INVOLVED, FOLLOW_UP)
# Who may be involved in a goal.
WHO = ("chef", "coach", "lederkolleger", "medarbejderne")
# The publications' own next moves, and how many days after the reflection they are due:
# talk it through with one's chef within two weeks, the dialogue with the employees about
# 14 days after that, and a new reflection at the half-yearly check.
STEPS = {"chef": 14, "dialog": 28, "reflect": 182}
FOLLOW_UP_MONTHS = 3  # a goal's follow-up date is suggested three months ahead
# How a goal of the reviewed plan went.
DONE: Final = "done"
CARRIED_ON: Final = "carried"
DROPPED: Final = "dropped"
REVIEW_STATUSES = (DONE, CARRIED_ON, DROPPED)
STATUS: Final = "status"
TEXT: Final = "text"

Goal = TypedDict(
    "Goal",
    {"from": str, "goal": str, "actions": str, "involved": list[str], "follow-up": str},
    total=False,
)


class Done(TypedDict):
    """A goal or step marked done: the day, and a short note on how it went."""

    day: str  # ISO date
    note: str


class Plan(TypedDict, total=False):
    goals: dict[str, Goal]  # "g1", "g2"
    steps: dict[str, str]  # step id (``STEPS``): ISO date
    done: dict[str, Done]  # goal or step id: when it was done


class ReviewAnswer(TypedDict, total=False):
    status: str  # ``REVIEW_STATUSES``, "" skipped
    text: str


class Review(TypedDict, total=False):
    plan: str  # the id of the reflection whose plan is reviewed
    goals: dict[str, ReviewAnswer]


# --- dates --------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (30 November for 31 August)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    """The days of a month (no ``calendar`` module: every reflection's start imports this)."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def suggested_follow_up(today: date) -> date:
    return add_months(today, FOLLOW_UP_MONTHS)


def step_due(step: str, today: date) -> date:
    return today + timedelta(days=STEPS[step])


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# »2. marts 2027«, as the tool itself says a date, with or without the year; a month may be
# cut to its first three letters (»2. mar.«).
_SPOKEN = re.compile(r"^(\d{1,2})\.?([a-zæøå]+)\.?(\d{4})?$")
_DANISH = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?$")


def parse_day(text: str, today: date) -> date | None:
    """A date as a Danish leader types it: »2.3.2027«, »2/3-27«, »2-3«, »2027-03-02«, or as
    the tool says it, »2. marts 2027« (»2. mar«).

    Without a year, the next such day from ``today`` on; a two-digit year is 20xx. None if
    the text is no date.
    """
    text = text.strip().replace(" ", "")
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        year_given = True
    elif (match := _SPOKEN.match(text.lower())) and (month := _month(match[2])):
        day = int(match[1])
        year_given = match[3] is not None
        year = int(match[3] or today.year)
    elif match := _DANISH.match(text):
        day, month = int(match[1]), int(match[2])
        year_given = match[3] is not None
        year = int(match[3] or today.year)
        year += 2000 if year < 100 else 0
    else:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not year_given and found < today:
        return _next_year(found)
    return found


def _month(name: str) -> int:
    """The month a Danish name (or its first three letters or more) names; 0 if none."""
    if len(name) < 3:
        return 0
    return next((n for n, full in enumerate(MONTHS, start=1) if full.startswith(name)), 0)


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def iso_day(text: str) -> date | None:
    """A date the journal keeps (``YYYY-MM-DD``), None if it is not one."""
    try:
        return date.fromisoformat(text) if _ISO.match(text) else None
    except ValueError:
        return None


# --- the plan's items ---------------------------------------------------------------------


class Item(NamedTuple):
    """One dated thing in a plan, numbered for `kaereleder plan done N`."""

    number: int
    key: str  # a goal id ("g1") or a step id ("chef")
    due: date | None  # None: no (valid) date given
    goal: Goal | None  # the goal; None for a step
    done: Done | None


def goals(plan: Plan) -> dict[str, Goal]:
    """The goals actually made: a goal with no words (skipped) is none."""
    return {
        key: goal
        for key, goal in plan.get("goals", {}).items()
        if goal.get(FROM) and goal.get(GOAL, "").strip()
    }


def items(plan: Plan) -> list[Item]:
    """The goals, then the steps, numbered from 1 in that order."""
    done = plan.get("done", {})
    found: list[tuple[str, str, Goal | None]] = [
        (key, goal.get(FOLLOW_UP, ""), goal) for key, goal in goals(plan).items()
    ]
    found += [(key, day, None) for key, day in plan.get("steps", {}).items()]
    return [
        Item(number, key, iso_day(day), goal, done.get(key))
        for number, (key, day, goal) in enumerate(found, start=1)
    ]


def has_plan(plan: Plan | None) -> bool:
    return bool(plan) and bool(items(plan or {}))


# What is due: done, overdue, due today, due within a week, later, or undated.
OVERDUE = "overdue"
TODAY = "today"
SOON = "soon"
LATER = "later"
UNDATED = "undated"
SOON_DAYS = 7


def state(item: Item, today: date) -> str:
    if item.done is not None:
        return DONE
    if item.due is None:
        return UNDATED
    if item.due < today:
        return OVERDUE
    if item.due == today:
        return TODAY
    return SOON if item.due <= today + timedelta(days=SOON_DAYS) else LATER


def mark_done(plan: Plan, item: Item, on: date, note: str) -> None:
    """Mark ``item`` done on ``on`` with ``note`` (in place, in the order marked)."""
    plan.setdefault("done", {})[item.key] = {"day": on.isoformat(), "note": note}


def reviewed_status(review: Review | None, key: str) -> str | None:
    """How the review of a later reflection says goal ``key`` went; None if not reviewed."""
    if not review:
        return None
    answer = review.get("goals", {}).get(key)
    return answer.get(STATUS) if answer is not None else None
