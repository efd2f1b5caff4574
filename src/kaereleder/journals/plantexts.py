"""The Danish words of the development plan in `journal diff`, `trend` and `show`.

The plan's shared words (steps, who, statuses, dates) are in ``plans.texts``.
"""

from __future__ import annotations

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.plans import model as plans
from kaereleder.plans import texts as ptxt

PLAN_TITLE = "Udviklingsplanen"
REVIEW_TITLE = "Sidste plan"
HOW_IT_WENT = msg.FOLLOW_UP_QUESTION
STATUS = "Status:"
FOLLOW_UP = "Opfølgning:"
ACTIONS = "Det vil du gøre:"
INVOLVED = "Involveret:"
STEPS = "Skridt:"
NOT_REVIEWED = "(ikke gennemgået)"
NO_GOALS = "Ingen mål."
NO_PLAN_YET = "(ikke besvaret endnu)"
NOT_MARKED = "ikke markeret som klaret"
MARKED = "Markeret:"
SKIPPED = msg.SKIPPED


def day(iso: str) -> str:
    """An ISO date from a journal as said in Danish; a date that is none as it stands."""
    when = plans.iso_day(iso)
    return ptxt.day(when) if when else (iso or "–")


def goal_title(number: int, goal: str) -> str:
    return f"Mål {number}: {goal}"


def marked(on: str, note: str) -> str:
    """A goal or step marked done with `kaereleder plan done`."""
    text = f"klaret {day(on)}"
    return f"{text} – {note}" if note.strip() else text


def step_line(step: str, due: str, done: str) -> str:
    return f"{ptxt.STEP_LABELS.get(step, step)}, {day(due)}: {done}"


def status_label(status: str | None) -> str:
    if status is None:
        return NOT_REVIEWED
    return ptxt.STATUS_LABELS.get(status, msg.SKIPPED)


SOURCE_BEFORE = "før"  # a goal carried on from the reflection before (in a diff)
SOURCE_LAST = "i sidste plan"  # … from the plan reviewed (in `journal show`)


def source_plan(journal_id: str) -> str:
    return f"i planen fra {journal_id}"


def source(publication: Publication, origin: str, carried_from: str = SOURCE_BEFORE) -> str:
    """Where a goal comes from; ``carried_from``: which plan a carried goal was in."""
    if origin.startswith(plans.CARRIED):
        return f"videreført fra mål {origin.removeprefix(plans.CARRIED + 'g')} {carried_from}"
    if origin == plans.OWN:
        return "med dine egne ord"
    item = publication.by_id(origin)
    return f"fra dit næste skridt til {publication.terms.item} {item.number if item else origin}"


# --- journal diff -------------------------------------------------------------------------

DIFF_BEFORE_TITLE = "Planen før"
DIFF_NOW_TITLE = "Planen nu"
DIFF_NO_PLAN_BEFORE = "Refleksionen før har ingen plan."
DIFF_NO_PLAN_NOW = "Refleksionen nu har ingen plan."
DIFF_NOT_REVIEWED_NOW = "Refleksionen nu har ikke gennemgået planen fra før."


def diff_other_review(journal_id: str) -> str:
    return (
        f"Refleksionen nu gennemgik planen fra {journal_id}, ikke planen fra refleksionen før; "
        "målene før står derfor som ikke gennemgået."
    )


def diff_carried_as(key: str) -> str:
    return f"Videreført som mål {key.removeprefix('g')} nu."


_WENT = {"done": "nået", "carried": "videreført", "dropped": "droppet", "": "sprunget over"}


def diff_plan_summary(before: int, statuses: dict[str, int], now: int) -> str:
    """One line under the diff's summary: the goals before, how they went, the goals now."""
    went = ", ".join(f"{count} {_WENT[status]}" for status, count in statuses.items() if count)
    line = f"Planen: {_goals(before)} før"
    if went:
        line += f" ({went})"
    return f"{line}; {_goals(now)} nu."


def _goals(count: int) -> str:
    return "1 mål" if count == 1 else f"{count} mål"


# --- journal show -------------------------------------------------------------------------


def show_reviewed(journal_id: str) -> str:
    return f"Planen fra refleksionen {journal_id}:"


def show_goal(key: str) -> str:
    return f"Mål {key.removeprefix('g')}"


def show_step(step: str, due: str) -> str:
    return f"{ptxt.STEP_LABELS.get(step, step)}: {day(due)}"


# --- journal trend ------------------------------------------------------------------------

TREND_GOALS = "Mål i planen"
TREND_WENT = "Sidste plans mål"
# How a goal of the last plan went, one letter each, in the chart's cells.
TREND_CODES = {plans.DONE: "N", plans.CARRIED_ON: "V", plans.DROPPED: "D", "": "–"}
TREND_PLAN_LEGEND = (
    "Mål i planen: hvor mange udviklingsmål du satte. Sidste plans mål: hvordan målene i "
    "planen før gik: N nået · V arbejder videre med det · D droppet · – sprunget over."
)
