"""The Danish words of the development plan, shared by reflect, plan, diff and export."""

from __future__ import annotations

from datetime import date

from kaereleder.messages import MONTHS
from kaereleder.plans import model as plans

# The publications' own next moves (``plans.STEPS``), as a dated step says them.
STEP_LABELS = {
    "chef": "Tal refleksionen igennem med din egen chef",
    "dialog": "Dialog med dem, du leder (kaereleder dialog)",
    "reflect": "En ny refleksion (kaereleder reflect)",
}
# Who may be involved in a goal (``plans.WHO``).
WHO_LABELS = {
    "chef": "Din chef",
    "coach": "En coach",
    "lederkolleger": "Dine lederkolleger",
    "medarbejderne": "Medarbejderne",
}
# How a goal of the last plan went (``plans.REVIEW_STATUSES``).
STATUS_LABELS = {
    plans.DONE: "Nået",
    plans.CARRIED_ON: "Arbejder videre med det",
    plans.DROPPED: "Dropper det",
}
# What is due (``plans.state``).
STATE_LABELS = {
    plans.DONE: "klaret",
    plans.OVERDUE: "overskredet",
    plans.TODAY: "i dag",
    plans.SOON: "snart",
    plans.LATER: "senere",
    plans.UNDATED: "uden dato",
}


def day(when: date) -> str:
    """A date as a person says it: »2. marts 2027«."""
    return f"{when.day}. {MONTHS[when.month - 1]} {when.year}"


def item_title(item: plans.Item) -> str:
    """A goal's own short words, or the step's label."""
    if item.goal is not None:
        return item.goal.get(plans.GOAL, "")
    return STEP_LABELS[item.key]


SHORT_TITLE = 40  # characters of a goal's words a shared calendar shows


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """A goal's first words, at most ``limit`` characters, cut between words with »…«:
    what a calendar shared with a secretary may show of it."""
    words = title.split()
    shown = ""
    for word in words:
        if len(shown) + len(word) + 1 > limit:
            return (shown or word[: limit - 1]) + "…"
        shown = f"{shown} {word}" if shown else word
    return shown
