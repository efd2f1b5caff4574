"""The plan part of a journal diff: the goals before, how they went, the goals now.

``blocks`` lays the part out once, in words; ``text`` and ``markdown`` dress it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from rich.console import RenderableType
from rich.rule import Rule
from rich.text import Text

from kaereleder.content import Publication
from kaereleder.journals import diff as d
from kaereleder.journals import plantexts as ptx
from kaereleder.plans import model as plans
from kaereleder.render import Prefixed, para

TITLE, NOTE, GOAL, FIELD, BULLET = "title", "note", "goal", "field", "bullet"


class Block(NamedTuple):
    kind: str  # title | note | goal | field | bullet
    text: str
    label: str = ""  # a field's label


def summary_line(plan: d.PlanDiff) -> str:
    statuses = {status: 0 for status in plans.REVIEW_STATUSES}
    for goal in plan.old_goals:
        if goal.status in statuses:
            statuses[goal.status] += 1
    return ptx.diff_plan_summary(len(plan.old_goals), statuses, len(plan.new_goals))


def blocks(publication: Publication, plan: d.PlanDiff) -> list[Block]:
    found = [Block(TITLE, ptx.DIFF_BEFORE_TITLE)]
    if plan.reviewed is None and plan.old_goals:
        found.append(Block(NOTE, ptx.DIFF_NOT_REVIEWED_NOW))
    elif plan.reviewed is not None and not plan.adjacent:
        found.append(Block(NOTE, ptx.diff_other_review(plan.reviewed)))
    if not plan.old_goals and not plan.old_steps:
        found.append(Block(NOTE, ptx.DIFF_NO_PLAN_BEFORE))
    for number, goal in enumerate(plan.old_goals, start=1):
        found.extend(_old_goal(number, goal))
    if plan.old_steps:
        found.append(Block(GOAL, ptx.STEPS))
        for step in plan.old_steps:
            done = ptx.marked(*step.marked) if step.marked else ptx.NOT_MARKED
            found.append(Block(BULLET, ptx.step_line(step.step, step.due, done)))
    found.append(Block(TITLE, ptx.DIFF_NOW_TITLE))
    if not plan.new_goals:
        found.append(Block(NOTE, ptx.DIFF_NO_PLAN_NOW if plan.new_asked else ptx.NO_PLAN_YET))
    other = ptx.source_plan(plan.reviewed) if plan.reviewed and not plan.adjacent else None
    for number, new in enumerate(plan.new_goals, start=1):
        origin = ptx.source(publication, new.source, other or ptx.SOURCE_BEFORE)
        title = f"{ptx.goal_title(number, new.goal)} ({origin})"
        found.append(Block(GOAL, title))
        if new.follow_up:
            found.append(Block(FIELD, ptx.day(new.follow_up), ptx.FOLLOW_UP))
    return found


def _old_goal(number: int, goal: d.OldGoal) -> Iterator[Block]:
    yield Block(GOAL, ptx.goal_title(number, goal.goal))
    if goal.follow_up:
        yield Block(FIELD, ptx.day(goal.follow_up), ptx.FOLLOW_UP)
    if goal.marked:
        yield Block(FIELD, ptx.marked(*goal.marked), ptx.MARKED)
    if goal.how_it_went is not None:
        yield Block(FIELD, goal.how_it_went.strip() or ptx.SKIPPED, ptx.HOW_IT_WENT)
    yield Block(FIELD, ptx.status_label(goal.status), ptx.STATUS)
    if goal.carried_as:
        yield Block(FIELD, ptx.diff_carried_as(goal.carried_as))


# --- text ---------------------------------------------------------------------------------


def text(publication: Publication, plan: d.PlanDiff) -> Iterator[RenderableType]:
    yield from (Text(), Rule(ptx.PLAN_TITLE, style="magenta"))
    for block in blocks(publication, plan):
        if block.kind == TITLE:
            yield from (Text(), para(block.text, "bold underline"))
        elif block.kind == NOTE:
            yield para(block.text, "yellow")
        elif block.kind == GOAL:
            yield from (Text(), para(block.text, "bold"))
        elif block.kind == BULLET:
            yield Prefixed(Text(block.text), "  • ", "    ")
        else:
            line = Text.assemble((block.label, "bold"), " " if block.label else "", block.text)
            yield Prefixed(line, "  ", "    ")


# --- markdown -----------------------------------------------------------------------------


def markdown(publication: Publication, plan: d.PlanDiff) -> list[str]:
    from kaereleder.render.diff import escape  # here: render.diff imports this module

    lines = [f"## {escape(ptx.PLAN_TITLE)}", ""]
    paragraph: list[str] = []  # a goal and its fields: one paragraph, hard line breaks
    bullets: list[str] = []

    def flush(keep_bullets: bool = False) -> None:
        if paragraph:
            lines.extend(["\\\n".join(paragraph), ""])
            paragraph.clear()
        if bullets and not keep_bullets:
            lines.extend([*bullets, ""])
            bullets.clear()

    for block in blocks(publication, plan):
        if block.kind == FIELD:
            label = f"**{escape(block.label)}** " if block.label else ""
            paragraph.append(label + escape(block.text))
        elif block.kind == BULLET:
            flush(keep_bullets=True)
            bullets.append(f"- {escape(block.text)}")
        elif block.kind == GOAL:
            flush()
            paragraph.append(f"**{escape(block.text)}**")
        else:
            flush()
            line = (
                f"### {escape(block.text)}" if block.kind == TITLE else f"_{escape(block.text)}_"
            )
            lines += [line, ""]
    flush()
    return lines
