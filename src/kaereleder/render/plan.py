"""The current plan as a rich renderable (``kaereleder plan``): its goals and steps, numbered
as ``plan done N`` takes them, with what is due on the day passed in."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from rich.console import Group, RenderableType
from rich.text import Text

from kaereleder.plans import cli_texts as txt
from kaereleder.plans import model as plans
from kaereleder.plans import texts as words
from kaereleder.render import Prefixed, para

# How each state looks on a terminal; the words say it without colour too.
STATE_STYLES = {
    plans.OVERDUE: "bold red",
    plans.TODAY: "bold yellow",
    plans.SOON: "yellow",
    plans.LATER: "",
    plans.DONE: "green",
    plans.UNDATED: "dim",
}
# The order of the overview line: the most pressing first.
OVERVIEW_ORDER = (plans.OVERDUE, plans.TODAY, plans.SOON, plans.LATER, plans.UNDATED, plans.DONE)


def plan(title: str, started: str, items: list[plans.Item], today: date) -> RenderableType:
    """The plan of the reflection started ``started`` (ISO) in ``title``'s publication."""
    states = {item.number: plans.state(item, today) for item in items}
    parts: list[RenderableType] = [
        para(txt.heading(datetime.fromisoformat(started).date(), title), "bold")
    ]
    counts = Counter(states.values())
    summary = txt.overview(today, {s: counts[s] for s in OVERVIEW_ORDER}, words.STATE_LABELS)
    if summary:
        parts.append(para(summary))
    goals = [item for item in items if item.goal is not None]
    steps = [item for item in items if item.goal is None]
    for heading, group in ((txt.GOALS_HEADING, goals), (txt.STEPS_HEADING, steps)):
        if group:
            parts += [Text(""), para(heading, "bold")]
            parts += [_item(item, states[item.number]) for item in group]
    first_open = next((i.number for i in items if states[i.number] != plans.DONE), None)
    parts += [Text(""), *(para(line, "dim") for line in txt.how_to_mark(first_open))]
    return Group(*parts)


def _item(item: plans.Item, state: str) -> RenderableType:
    number = f"{item.number:>2}. "
    indent = " " * len(number)
    lines: list[RenderableType] = [Prefixed(Text(words.item_title(item), "bold"), number, indent)]
    if item.goal is not None:
        actions = item.goal.get(plans.ACTIONS, "").strip()
        involved = [words.WHO_LABELS.get(w, w) for w in item.goal.get(plans.INVOLVED, [])]
        if actions:
            lines.append(Prefixed(Text(f"{txt.ACTIONS}: {actions}"), indent))
        if involved:
            lines.append(Prefixed(Text(f"{txt.INVOLVED}: {txt.involved(involved)}"), indent))
    lines.append(Prefixed(_when(item, state), indent))
    return Group(*lines)


def _when(item: plans.Item, state: str) -> Text:
    style = STATE_STYLES[state]
    if item.done is not None:
        done = txt.done(plans.iso_day(item.done["day"]), item.done["note"].strip())
        return Text(done, style)
    label = words.STATE_LABELS[state]
    if state == plans.OVERDUE:
        label = f"{txt.OVERDUE_MARK} {label.upper()}"
    text = txt.due(item.due, label)
    if item.goal is not None:
        text = f"{txt.FOLLOW_UP}: {text}"
    return Text(text, style)
