"""The pack for the talk with one's own chef, the lederudviklingssamtale (LUS).

From one reflection, only what the leader chose: the expectations gone into with the
self-rating, the answers to »Hvad vil være vigtigt for mig at få diskuteret med min chef
…?«, the plan, and the team comparison where there is a survey on the publication with a
result shown. Other free-text answers are private: offered, never chosen for the leader.

``offers`` lists every part the leader can choose, with the defaults; ``choose`` asks in
the terminal through an ``Asker``; ``render`` makes the document of the parts chosen.
Pure but for ``choose``; the team's view is made in ``lus_team``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, Protocol

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.journal import Journal, rating_of
from kaereleder.journals import export as export
from kaereleder.journals import texts as txt
from kaereleder.journals.export import Document, Entry, Part
from kaereleder.plans import model as plans
from kaereleder.plans import texts as plan_txt

if TYPE_CHECKING:
    from kaereleder.reflect.session import Choice
    from kaereleder.team.compare import Comparison

RATINGS, PLAN, REVIEW, TEAM = "ratings", "plan", "review", "team"
TAKE_FURTHER = "take-further"  # the question whose answers are meant for the chef
OVERALL = "overall"
EXCERPT = 160  # characters of an answer shown in the checklist


class Offer(NamedTuple):
    key: str  # RATINGS, PLAN, REVIEW, TEAM, "e4/dilemmas", "overall/missing"
    label: str  # what the checklist says: which answer, and its words
    preselected: bool


class Asker(Protocol):
    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]: ...


def _said(value: object, titles: dict[str, str], statements: dict[str, str]) -> str:
    """An answer as text: a list of expectations or statements chosen, then own words."""
    if isinstance(value, dict):
        chosen = [statements.get(i, i) for i in value.get("statements") or ()]
        return "\n".join([*chosen, str(value.get("text") or "")]).strip()
    if isinstance(value, list):
        return "\n".join(titles.get(str(v), str(v)) for v in value)
    return str(value or "").strip()


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


class Answer(NamedTuple):
    key: str  # "e4/dilemmas", "overall/missing"
    where: str  # the expectation's title, or the overall part's
    question: str
    value: object  # as the journal keeps it
    text: str  # as one text


def _answers(publication: Publication, data: Journal) -> list[Answer]:
    """Every answer given but the ratings, in the journal's order."""
    titles = {e.id: e.label for e in publication.expectations}
    statements = export.statement_texts(publication)
    questions = {q.id: q.text for q in publication.reflection.overall}
    questions |= {q.id: q.text for q in publication.reflection.deeper}
    questions |= {"follow-up": msg.FOLLOW_UP_QUESTION, "next-step": msg.NEXT_STEP_QUESTION}
    given: list[tuple[str, str, str, object]] = [
        (OVERALL, txt.OVERALL_TITLE, key, value)
        for key, value in (data.get("overall") or {}).items()
    ]
    given += [
        (item, titles.get(item, item), key, value)
        for item, answers in data.get("expectations", {}).items()
        for key, value in answers.items()
        if key != "rating"
    ]
    found = []
    for place, where, key, value in given:
        text = _said(value, titles, statements)
        if text:
            found.append(Answer(f"{place}/{key}", where, questions.get(key, key), value, text))
    return found


def _short(publication: Publication, key: str) -> str:
    """»Forventning 4 · Dilemmaer«: where an answer is, in a few words."""
    where, question = key.split("/")
    name = txt.LUS_SHORT.get(question, question)
    if where == OVERALL:
        return f"{txt.LUS_OVERALL} · {name}"
    found = publication.by_id(where)
    number = found.number if found is not None else where
    return f"{publication.terms.item.capitalize()} {number} · {name}"


def offers(publication: Publication, data: Journal, team: Comparison | None) -> list[Offer]:
    """Every part the pack can hold, the defaults first: the ratings, the answers meant for
    the chef, the plan and the team's view; then, not chosen, the private answers."""
    found: list[Offer] = []
    rated = [
        f"{_number(publication, item)} {msg.RATING_LABELS.get(rating_of(a) or '', msg.SKIPPED)}"
        for item, a in data.get("expectations", {}).items()
        if "rating" in a
    ]
    if rated:
        found.append(Offer(RATINGS, txt.lus_offer_ratings(rated), True))
    private = []
    for answer in _answers(publication, data):
        label = f"{_short(publication, answer.key)}: »{_excerpt(answer.text)}«"
        if _for_the_chef(answer):
            found.append(Offer(answer.key, label, True))
        else:
            private.append(Offer(answer.key, label, False))
    plan = data.get("plan")
    if plan is not None:
        made = plans.goals(plan)
        words = [
            text.strip()
            for goal in made.values()
            for text in (goal.get(plans.GOAL, ""), goal.get(plans.ACTIONS, ""))
        ]
        words += [done["note"].strip() for done in plan.get("done", {}).values()]
        shown = _excerpt(" · ".join(text for text in words if text))
        steps = len(plan.get("steps", {}))
        found.append(Offer(PLAN, txt.lus_offer_plan(len(made), steps, shown), True))
    if team is not None:
        found.append(
            Offer(TEAM, txt.lus_offer_team(team.survey["name"], team.survey["answers"]), True)
        )
    review = data.get("review")
    if review:
        said = " ".join(a.get(plans.TEXT, "") for a in review.get("goals", {}).values())
        found.append(Offer(REVIEW, txt.lus_offer_review(_excerpt(said)), False))
    return found + private


def _for_the_chef(answer: Answer) -> bool:
    return answer.key.endswith("/" + TAKE_FURTHER)


def _number(publication: Publication, item: str) -> str:
    found = publication.by_id(item)
    return f"{found.number}." if found is not None else item


def defaults(offered: Sequence[Offer]) -> list[str]:
    return [offer.key for offer in offered if offer.preselected]


def choose(asker: Asker, publication: Publication, offered: Sequence[Offer]) -> list[str]:
    """The leader's choice in a checklist: the defaults ticked, the private answers not."""
    from kaereleder.reflect.session import Choice

    choices = [Choice(offer.key, offer.label) for offer in offered]
    return asker.choose_many("lus", txt.lus_question(publication), choices, defaults(offered))


def left_out(publication: Publication, offered: Sequence[Offer], chosen: Sequence[str]) -> str:
    """One line: what a pack made without a terminal leaves out, and how to choose."""
    names = [
        txt.LUS_SHORT_PARTS.get(o.key) or _short(publication, o.key)
        for o in offered
        if o.key not in chosen
    ]
    return txt.lus_left_out(names) if names else ""


# --- the document ---------------------------------------------------------------------------


def document(
    publication: Publication,
    data: Journal,
    chosen: Sequence[str],
    today: date,
    reviewed: plans.Plan | None = None,
) -> Document:
    """The parts ``chosen`` of ``data`` (the team's view aside: see ``render``)."""
    picked = set(chosen)
    parts: list[Part] = []
    titles = {e.id: e.label for e in publication.expectations}
    if RATINGS in picked:
        entries = [
            Entry(
                titles.get(item, item),
                msg.RATING_LABELS.get(rating_of(answers) or "", msg.SKIPPED),
                not rating_of(answers),
            )
            for item, answers in data.get("expectations", {}).items()
            if "rating" in answers
        ]
        parts.append(Part(txt.lus_ratings_title(publication), tuple(entries)))
    answers = [a for a in _answers(publication, data) if a.key in picked]
    further = [Entry(a.where, a.text) for a in answers if _for_the_chef(a)]
    if further:
        parts.append(Part(txt.LUS_TAKE_FURTHER, tuple(further)))
    review = export.review_part(data, reviewed) if REVIEW in picked else None
    if review is not None:
        parts.append(review)
    plan = export.plan_part(publication, data) if PLAN in picked else None
    if plan is not None:
        parts.append(plan)
    statements = export.statement_texts(publication)
    more = [
        export.answer_entry(statements, f"{a.where}: {a.question}", a.value)
        if isinstance(a.value, dict)
        else Entry(f"{a.where}: {a.question}", a.text)
        for a in answers
        if not _for_the_chef(a)
    ]
    if more:
        parts.append(Part(txt.LUS_MORE, tuple(more)))
    meta = (
        (txt.LUS_FOR, txt.lus_reader(publication)),
        (txt.LUS_MADE, plan_txt.day(today)),
        (txt.LUS_REFLECTION, txt.lus_reflection(publication, msg.when(data.get("started")))),
        (txt.EXPORT_ID, data.get("id", "")),
    )
    return Document(
        txt.lus_title(publication),
        txt.LUS_INTRO,
        meta,
        f"{msg.SOURCE_LABEL}: {publication.source.citation}",
        (),
        tuple(parts),
    )


def render(
    name: str,
    publication: Publication,
    data: Journal,
    chosen: Sequence[str],
    team: Comparison | None,
    today: date,
    reviewed: plans.Plan | None = None,
) -> str:
    """The pack in format ``name``; the team's view as ``team compare`` shows it."""
    from kaereleder.journals import lus_team

    doc = document(publication, data, chosen, today, reviewed)
    shown = lus_team.shared(team, chosen) if team is not None and TEAM in chosen else None
    blocks = lus_team.blocks(publication, shown, RATINGS in chosen) if shown else []
    if name == "html":
        return export.html_of(doc, lus_team.html(blocks), lus_team.CSS)
    return export.markdown_of(doc, lus_team.markdown(blocks))
