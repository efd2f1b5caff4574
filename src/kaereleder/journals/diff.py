"""Two reflections compared into plain data: no printing, no rich.

``pick`` chooses the two journals (by default the two latest complete reflections on the
same publication) from the cached listing, reading no other file; ``compare`` turns them
and their ``Publication`` into a ``Diff`` of NamedTuples; ``as_data`` makes that JSON-ready.
Everything is named by id (questions, expectations, statements); the render package turns
ids into the publication's words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from kaereleder import domain
from kaereleder import journal as jf
from kaereleder.content import Publication
from kaereleder.plans import model as plans

SAME, REMOVED, ADDED = "=", "-", "+"
UP, DOWN, UNCHANGED, OTHER = "up", "down", "same", "other"
BOTH, OLD, NEW, NONE = "both", "old", "new", "none"
EXPECTATIONS = "expectations"  # the kind of an overall multiple choice

# --- the data -----------------------------------------------------------------------------


class Chunk(NamedTuple):
    """Words removed (``-``), added (``+``) or kept (``=``); a line break is ``=`` ``\\n``."""

    op: str
    text: str


class Named(NamedTuple):
    """A statement or an expectation; ``text`` is None when the content no longer has it."""

    id: str
    text: str | None


class Choices(NamedTuple):
    kind: str  # recognised | hard (statements) | expectations
    added: tuple[Named, ...]
    removed: tuple[Named, ...]
    kept: tuple[Named, ...]


class Wording(NamedTuple):
    old: str | None  # None: not asked (yet); '': skipped
    new: str | None
    words: tuple[Chunk, ...]  # empty when the words are the same


class Answer(NamedTuple):
    question: str  # question id: irrelevant, strengths, next-step …
    changed: bool
    text: Wording | None
    choices: Choices | None


class Rating(NamedTuple):
    old: str | None
    new: str | None
    direction: str  # up | down | same | other (ved ikke, skipped, missing)


class FollowUp(NamedTuple):
    last_step: str | None  # the next step set in the older reflection
    how_it_went: str | None  # the newer reflection's answer to "Hvordan gik det?"


class Overall(NamedTuple):
    """The questions about the expectations as a whole."""

    present: str  # both | old | new | none
    unreached: int  # questions a draft has not come to yet (left out of ``answers``)
    answers: tuple[Answer, ...]


class ItemDiff(NamedTuple):
    id: str
    number: int | None  # None: the content no longer has this expectation
    title: str | None
    present: str  # both | old | new
    unreached: int
    rating: Rating
    follow_up: FollowUp | None
    answers: tuple[Answer, ...]


class Side(NamedTuple):
    id: str
    started: str
    status: str
    content_version: int


class Summary(NamedTuple):
    answers: int  # answers compared (in expectations present in both, and overall)
    changed: int
    up: int
    down: int
    same: int
    only_old: int  # expectations in one reflection only
    only_new: int


class Diff(NamedTuple):
    publication: str
    content_version: int
    old: Side
    new: Side
    warnings: tuple[str, ...]  # old-draft, new-draft, old-content, new-content, reversed
    summary: Summary
    overall: Overall
    expectations: tuple[ItemDiff, ...]
    plan: PlanDiff | None = None  # None: neither reflection has a plan or a review


def as_data(value: Any) -> Any:
    """NamedTuples as dicts, all the way down: ready for ``json.dumps``."""
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {key: as_data(item) for key, item in value._asdict().items()}
    if isinstance(value, (tuple, list)):
        return [as_data(item) for item in value]
    return value


# --- comparing ----------------------------------------------------------------------------


def compare(publication: Publication, old: jf.Journal, new: jf.Journal) -> Diff:
    """What changed from ``old`` to ``new``, two reflections on ``publication``."""
    titles = {e.id: e.label for e in publication.expectations}
    statements = {s.id: s.text for e in publication.expectations for s in e.positive_statements}
    drafts = (old["status"] != domain.COMPLETE, new["status"] != domain.COMPLETE)
    first = [
        (q.id, EXPECTATIONS if q.kind == "choose" else None)
        for q in publication.reflection.overall
    ]
    overall = Overall(
        *_section(first, old.get("overall") or None, new.get("overall") or None, titles, drafts)
    )
    deeper = [(q.id, q.statements) for q in publication.reflection.deeper]
    deeper.append((domain.NEXT_STEP, None))
    old_items, new_items = old.get("expectations", {}), new.get("expectations", {})
    reviewed = _reviewed_steps(old, new)
    items = tuple(
        _item(
            publication,
            eid,
            (old_items.get(eid), new_items.get(eid)),
            deeper,
            statements,
            drafts,
            reviewed.get(eid),
        )
        for eid in _ids(publication, old_items, new_items)
    )
    return Diff(
        publication=publication.id,
        content_version=publication.content_version,
        old=_side(old),
        new=_side(new),
        warnings=_warnings(publication, old, new),
        summary=_summary(overall, items),
        overall=overall,
        expectations=items,
        plan=plan_diff(old, new),
    )


def _side(data: jf.Journal) -> Side:
    return Side(data["id"], data["started"], data["status"], data["content_version"])


def _warnings(publication: Publication, old: jf.Journal, new: jf.Journal) -> tuple[str, ...]:
    found = []
    for name, data in ((OLD, old), (NEW, new)):
        if data["status"] != domain.COMPLETE:
            found.append(f"{name}-draft")
        if data["content_version"] != publication.content_version:
            found.append(f"{name}-content")
    if old["started"] > new["started"]:
        found.append("reversed")
    return tuple(found)


def _ids(
    publication: Publication, old: dict[str, jf.Answers], new: dict[str, jf.Answers]
) -> list[str]:
    """The expectations of either reflection, in the publication's order; unknown ids last."""
    ids = [e.id for e in publication.expectations if e.id in old or e.id in new]
    for eid in (*new, *old):
        if eid not in ids:
            ids.append(eid)
    return ids


Questions = Sequence[tuple[str, str | None]]  # question id, kind of multiple choice


def _reviewed_steps(old: jf.Journal, new: jf.Journal) -> dict[str, str]:
    """Expectation id: how the goal ``old``'s plan made of its next step went, where ``new``
    reviews that plan."""
    review = new.get("review") or {}
    if review.get("plan") != old["id"]:
        return {}
    goals = (old.get("plan") or {}).get("goals", {})
    answers = review.get("goals", {})
    return {
        goal[plans.FROM]: answers[key].get(plans.TEXT, "")
        for key, goal in goals.items()
        if goal.get(plans.FROM) and key in answers
    }


def _item(
    publication: Publication,
    eid: str,
    pair: tuple[jf.Answers | None, jf.Answers | None],
    questions: Questions,
    statements: dict[str, str],
    drafts: tuple[bool, bool],
    reviewed: str | None = None,
) -> ItemDiff:
    """``reviewed``: how the goal made of this expectation's last next step went, as the new
    reflection's review says (its »Hvordan gik det?« is asked there, not again here)."""
    expectation = publication.by_id(eid)
    present, unreached, answers = _section(questions, *pair, statements, drafts)
    old, new = pair[0] or {}, pair[1] or {}
    last_step, how = jf.text_of(old, domain.NEXT_STEP) or None, jf.text_of(new, domain.FOLLOW_UP)
    if how is None and reviewed is not None:
        how = reviewed
    follow_up = present == BOTH and (last_step is not None or how is not None)
    return ItemDiff(
        id=eid,
        number=expectation.number if expectation else None,
        title=expectation.title if expectation else None,
        present=present,
        unreached=unreached,
        rating=_rating(jf.rating_of(old), jf.rating_of(new)),
        follow_up=FollowUp(last_step, how) if follow_up else None,
        answers=answers,
    )


_SCALE = domain.SCALE  # helt uenig … helt enig; "ved ikke" is not on the scale


def _rating(old: str | None, new: str | None) -> Rating:
    if old in _SCALE and new in _SCALE:
        step = _SCALE.index(new) - _SCALE.index(old)
        direction = UP if step > 0 else DOWN if step < 0 else UNCHANGED
    else:
        direction = UNCHANGED if old == new and old is not None else OTHER
    return Rating(old, new, direction)


# What a journal holds for one question: a text, the ids chosen, statements and a text;
# None where the question was not asked.
Given = jf.OverallAnswer | jf.Answer | None
Section = Mapping[str, jf.OverallAnswer | jf.Answer]  # ``overall`` or one expectation's


def _section(
    questions: Questions,
    old: Section | None,
    new: Section | None,
    names: dict[str, str],
    drafts: tuple[bool, bool],
) -> tuple[str, int, tuple[Answer, ...]]:
    """Where the section is, how many questions a draft has not come to, the answers.

    An answer is every question asked in either reflection, except one that a draft
    present in both has not come to yet.
    """
    present = {(True, True): BOTH, (True, False): OLD, (False, True): NEW}
    where = present.get((old is not None, new is not None), NONE)
    old, new = old or {}, new or {}
    found, unreached = [], 0
    for question, kind in questions:
        if question not in old and question not in new:
            continue
        if where == BOTH and (
            (drafts[0] and question not in old) or (drafts[1] and question not in new)
        ):
            unreached += 1
            continue
        found.append(_answer(question, kind, old.get(question), new.get(question), names))
    return where, unreached, tuple(found)


def _answer(
    question: str, kind: str | None, old: Given, new: Given, names: dict[str, str]
) -> Answer:
    text: Wording | None = None
    choices: Choices | None = None
    if kind is None:
        text = _wording(old, new)
    elif kind == EXPECTATIONS:
        choices = _choices(kind, old, new, names)
    else:  # {statements: [ids], text: text}
        choices = _choices(kind, _chosen(old), _chosen(new), names)
        if _own_words(old) is not None or _own_words(new) is not None:
            text = _wording(_own_words(old), _own_words(new))
    changed = (old is None) != (new is None) or bool(
        (text and text.words) or (choices and (choices.added or choices.removed))
    )
    return Answer(question, changed, text, choices)


def _chosen(value: Given) -> list[str] | None:
    """The statements chosen in an answer of statements and a text."""
    return value.get("statements") if isinstance(value, dict) else None


def _own_words(value: Given) -> str | None:
    """The text of an answer of statements and a text."""
    return value.get("text") if isinstance(value, dict) else None


def _choices(kind: str, old: Given, new: Given, names: dict[str, str]) -> Choices:
    before, after = list(old or []), list(new or [])

    def named(ids: Iterable[str]) -> tuple[Named, ...]:
        return tuple(Named(i, names.get(i)) for i in ids)

    return Choices(
        kind,
        added=named(i for i in after if i not in before),
        removed=named(i for i in before if i not in after),
        kept=named(i for i in after if i in before),
    )


def _wording(old: Given, new: Given) -> Wording:
    before, after = _text(old), _text(new)
    same = before.split() == after.split()
    return Wording(
        old if old is None else before,
        new if new is None else after,
        () if same else words(before, after),
    )


def _text(value: Given) -> str:
    if isinstance(value, list):  # a hand-edited journal: a list where text was asked
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


def _summary(overall: Overall, items: Sequence[ItemDiff]) -> Summary:
    both = [item for item in items if item.present == BOTH]
    answers = [
        *(overall.answers if overall.present == BOTH else ()),
        *(a for item in both for a in item.answers),
    ]
    directions = [item.rating.direction for item in both]
    return Summary(
        answers=len(answers),
        changed=sum(a.changed for a in answers),
        up=directions.count(UP),
        down=directions.count(DOWN),
        same=directions.count(UNCHANGED),
        only_old=sum(item.present == OLD for item in items),
        only_new=sum(item.present == NEW for item in items),
    )


# --- words --------------------------------------------------------------------------------

_BREAK = re.compile(r"\s*\n\s*")
_TOKEN = re.compile(r"\n|\S+")


def _tokens(text: str) -> list[str]:
    """Words, and line breaks (a run of them, blank lines too, as one)."""
    return _TOKEN.findall(_BREAK.sub("\n", text.strip()))


def words(old: str, new: str) -> tuple[Chunk, ...]:
    """Word-level changes from ``old`` to ``new``. Line breaks follow the new text."""
    before, after = _tokens(old), _tokens(new)
    chunks: list[Chunk] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _extend(chunks, SAME, after[j1:j2])
            continue
        _extend(chunks, REMOVED, [t for t in before[i1:i2] if t != "\n"])
        _extend(chunks, ADDED, after[j1:j2])
    return tuple(chunks)


def rewritten(wording: Wording) -> bool:
    """Whether most of the answer was rewritten: less than half of its old words are kept.
    Then the two answers read better whole, one above the other, than as word marks; an
    answer added to, or given for the first time, is still shown with its words marked."""
    if not wording.words or not wording.old or not wording.new:
        return False
    old_words = len(wording.old.split())
    kept = sum(len(c.text.split()) for c in wording.words if c.op == SAME)
    return bool(old_words) and kept * 2 < old_words


def _extend(chunks: list[Chunk], op: str, tokens: Iterable[str]) -> None:
    for token in tokens:
        if token == "\n":
            chunks.append(Chunk(SAME, token))
        elif chunks and chunks[-1].op == op and chunks[-1].text != "\n":
            chunks[-1] = Chunk(op, f"{chunks[-1].text} {token}")
        else:
            chunks.append(Chunk(op, token))


# --- the plan -----------------------------------------------------------------------------


class Mark(NamedTuple):
    """A goal or step marked done with `kaereleder plan done N`: the day and the note."""

    day: str  # ISO date
    note: str


class OldGoal(NamedTuple):
    """A goal of the plan in the reflection before, and how the one now says it went."""

    key: str  # g1, g2
    goal: str
    follow_up: str  # ISO date, '' none
    marked: Mark | None
    status: str | None  # done | carried | dropped, '' skipped, None not reviewed (``adjacent``)
    how_it_went: str | None  # the review's answer to »Hvordan gik det?«; None not reviewed
    carried_as: str | None  # the goal of the plan now that carries it on (``carried.g1``)


class Step(NamedTuple):
    """One of the publication's next moves in the plan before, and whether it was done."""

    step: str  # plans.STEPS: chef, dialog, reflect
    due: str  # ISO date
    marked: Mark | None


class NewGoal(NamedTuple):
    key: str
    goal: str
    source: str  # an expectation id (its next step), own, carried.g1
    follow_up: str


class PlanDiff(NamedTuple):
    """The plan before, how the reflection now reviewed it, and the plan now.

    The review now is about the reflection ``reviewed``; only when that is the reflection
    before (``adjacent``) are its statuses and carried goals told per goal before. Otherwise
    (a reflection in between, or none reviewed) the goals before stand unreviewed, and
    ``reviewed`` says which one was.
    """

    reviewed: str | None  # the id under ``review.plan`` now; None: no review
    adjacent: bool
    old_asked: bool  # the reflection before came to the plan (schema 2, not a draft short of it)
    old_goals: tuple[OldGoal, ...]
    old_steps: tuple[Step, ...]
    new_asked: bool
    new_goals: tuple[NewGoal, ...]


def plan_diff(old: jf.Journal, new: jf.Journal) -> PlanDiff | None:
    """The plan part of the diff; None when neither has a plan and the one now no review."""
    before, after, review = old.get("plan"), new.get("plan"), new.get("review")
    if not (plans.has_plan(before) or plans.has_plan(after) or review):
        return None
    reviewed = review.get("plan") if review else None
    adjacent = reviewed == old["id"]
    made = plans.goals(after or {})
    carried = {
        goal[plans.FROM].removeprefix(plans.CARRIED): key
        for key, goal in made.items()
        if goal[plans.FROM].startswith(plans.CARRIED)
    }
    marks = {
        key: Mark(done["day"], done["note"])
        for key, done in (before or {}).get("done", {}).items()
    }
    answers = (review or {}).get("goals", {}) if adjacent else {}
    old_goals = tuple(
        OldGoal(
            key,
            goal.get(plans.GOAL, ""),
            goal.get(plans.FOLLOW_UP, ""),
            marks.get(key),
            answers[key].get(plans.STATUS) if key in answers else None,
            answers[key].get(plans.TEXT) if key in answers else None,
            carried.get(key) if adjacent else None,
        )
        for key, goal in plans.goals(before or {}).items()
    )
    steps = tuple(
        Step(step, due, marks.get(step)) for step, due in (before or {}).get("steps", {}).items()
    )
    new_goals = tuple(
        NewGoal(key, goal.get(plans.GOAL, ""), goal[plans.FROM], goal.get(plans.FOLLOW_UP, ""))
        for key, goal in made.items()
    )
    return PlanDiff(
        reviewed, adjacent, before is not None, old_goals, steps, after is not None, new_goals
    )
