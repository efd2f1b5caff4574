"""The review of the last plan and the plan itself in `journal show`."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import RenderableType
from rich.rule import Rule
from rich.text import Text

from kaereleder.content import Publication
from kaereleder.journals import plantexts as ptx
from kaereleder.plans import model as plans
from kaereleder.plans import texts as plan_words
from kaereleder.render import Prefixed, para


def _field(label: str, value: str) -> RenderableType:
    return Prefixed(Text.assemble((label, "bold"), " ", value), "  ", "    ")


def _title(text: str, first: bool) -> Iterator[RenderableType]:
    """A section's rule; ``first``: right under the header (the others end in a blank line)."""
    if first:
        yield Text()
    yield from (Rule(text, style="magenta"), Text())


def review(
    publication: Publication, data: plans.Review, reviewed: plans.Plan | None
) -> Iterator[RenderableType]:
    """How each goal of the last plan went; ``reviewed``: that plan, for the goals' words
    (None when its reflection is gone)."""
    yield from _title(ptx.REVIEW_TITLE, first=True)
    if data.get("plan"):
        yield para(ptx.show_reviewed(data["plan"]), "dim")
    made = plans.goals(reviewed or {})
    for key, answer in data.get("goals", {}).items():
        words = made.get(key, {}).get(plans.GOAL, "")
        yield Text()
        yield para(f"{ptx.show_goal(key)}: {words}" if words else ptx.show_goal(key), "bold")
        if plans.TEXT in answer:
            yield _field(ptx.HOW_IT_WENT, answer[plans.TEXT].strip() or ptx.SKIPPED)
        if plans.STATUS in answer:
            yield _field(ptx.STATUS, ptx.status_label(answer[plans.STATUS]))


def plan(publication: Publication, data: plans.Plan) -> Iterator[RenderableType]:
    """The goals (what, who, when, done) and the dated steps."""
    yield from _title(ptx.PLAN_TITLE, first=False)
    done = data.get("done", {})
    made = plans.goals(data)
    if not made:
        yield para(ptx.NO_GOALS, "dim")
    for number, (key, goal) in enumerate(made.items(), start=1):
        origin = ptx.source(publication, goal[plans.FROM], ptx.SOURCE_LAST)
        yield para(f"{ptx.goal_title(number, goal.get(plans.GOAL, ''))} ({origin})", "bold")
        if goal.get(plans.ACTIONS, "").strip():
            yield _field(ptx.ACTIONS, goal[plans.ACTIONS].strip())
        who = [plan_words.WHO_LABELS.get(w, w) for w in goal.get(plans.INVOLVED, [])]
        if who:
            yield _field(ptx.INVOLVED, ", ".join(who))
        if goal.get(plans.FOLLOW_UP):
            yield _field(ptx.FOLLOW_UP, ptx.day(goal[plans.FOLLOW_UP]))
        if key in done:
            yield _field(ptx.MARKED, ptx.marked(done[key]["day"], done[key]["note"]))
        yield Text()
    steps = data.get("steps", {})
    if steps:
        yield para(ptx.STEPS, "bold")
    for step, due in steps.items():
        line = ptx.show_step(step, due)
        if step in done:
            line += f" ({ptx.marked(done[step]['day'], done[step]['note'])})"
        yield Prefixed(Text(line), "  • ", "    ")
