"""Journals as rich renderables: the listing and one reflection with its questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from kaereleder import messages as msg
from kaereleder.content import Publication, Question
from kaereleder.journal import Journal, rating_of
from kaereleder.journals import texts as txt
from kaereleder.render import Lines, Prefixed, journalplan, para

if TYPE_CHECKING:  # types only: the folder and the reviewed plan are handed in
    from kaereleder.plans.model import Plan
    from kaereleder.store import Listed

ID_WIDTH = 28


def listing(items: Sequence[Listed], columns: dict[str, list[str]]) -> RenderableType:
    """Newest first, one line each, the ratings in columns by expectation number.

    ``columns``: each publication's expectation ids in order. A broken file is an error
    line naming file and line.
    """
    width = max(len(ids) for ids in columns.values())
    head = txt.LIST_COLUMNS
    numbers = " ".join(str(n) for n in range(1, width + 1))
    header = f"{head[0]:{ID_WIDTH}}  {head[1]:16}  {head[2]:5}  {head[3]:6}  {numbers}"
    rows: list[RenderableType] = []
    plain: list[str] = []  # consecutive plain rows render as one block: fast for 10,000
    for item in items:
        info = item.summary
        if info is None:
            # In its place in time, named by file; the message without the folder.
            error = str(item.error).removeprefix(f"{item.path}, ")
            prefix = f"{item.path.stem:{ID_WIDTH}}  {txt.BROKEN}: "
            if plain:
                rows.append(Lines(plain))
                plain = []
            rows.append(Prefixed(Text(error, style="red"), prefix, " " * (ID_WIDTH + 2)))
            continue
        started = info["started"][:16].replace("T", " ")
        status = msg.STATUS_LABELS.get(info["status"], info["status"])
        ratings = info.get("ratings", {})
        ids = columns.get(info["publication"], [])
        cells = " ".join(
            msg.RATING_CODES.get(ratings[i], "?") if i in ratings else " " for i in ids
        )
        row = (
            f"{info['id']:{ID_WIDTH}}  {started:16}  {info['publication']:5}  {status:6}  {cells}"
        )
        plain.append(row.rstrip())
    if plain:
        rows.append(Lines(plain))
    legend = Prefixed(Text(txt.RATING_LEGEND, style="dim"), "")
    return Group(Text(header, "bold"), *rows, Text(), legend)


def _answer(value: object) -> RenderableType:
    if value is None:
        return Prefixed(Text(txt.UNANSWERED, style="dim"), "  ")
    if value == "" or value == []:
        return Prefixed(Text(msg.SKIPPED, style="dim"), "  ")
    return Prefixed(Text(str(value).rstrip("\n")), "  ")


def _question(text: str, value: object) -> list[RenderableType]:
    return [Prefixed(Text(text, style="bold"), "? ", "  "), _answer(value), Text()]


def _statements(publication: Publication, ids: Sequence[str]) -> RenderableType:
    texts = {s.id: s.text for e in publication.expectations for s in e.positive_statements}
    lines = [texts.get(i, f"{i} ({txt.STATEMENT_GONE})") for i in ids]
    return Group(
        Prefixed(Text(txt.CHOSEN_STATEMENTS + ":", style="italic"), "  "),
        *(Prefixed(Text(line), "  • ", "    ") for line in lines),
    )


def _deeper(publication: Publication, question: Question, value: Any) -> list[RenderableType]:
    if question.statements and isinstance(value, dict):
        parts: list[RenderableType] = [Prefixed(Text(question.text, style="bold"), "? ", "  ")]
        if value.get("statements"):
            parts.append(_statements(publication, value["statements"]))
        parts.extend([_answer(value.get("text")), Text()])
        return parts
    return _question(question.text, value)


def reflection(
    publication: Publication, data: Journal, reviewed: Plan | None = None
) -> RenderableType:
    """One reflection, with the questions' text from the content; its review of the last
    plan first, its own plan last. ``reviewed``: the plan the review is about, if found."""
    parts: list[RenderableType] = [
        para(txt.journal_header(publication.source.title, data["started"], data["status"]), "dim"),
        para(data["id"], "dim"),
    ]
    if data["content_version"] != publication.content_version:
        note = txt.CONTENT_VERSION_NOTE.format(
            old=data["content_version"], new=publication.content_version
        )
        parts.append(para(note, "yellow"))
    if "review" in data:
        parts.extend(journalplan.review(publication, data["review"], reviewed))
    overall = data.get("overall")
    if overall:
        parts.extend([Text(), Rule(txt.OVERALL_TITLE, style="magenta"), Text()])
        titles = {e.id: e.label for e in publication.expectations}
        for question in publication.reflection.overall:
            value = overall.get(question.id)
            if isinstance(value, list):
                value = "\n".join(titles.get(v, v) for v in value)
            parts.extend(_question(question.text, value))
    for expectation_id, answers in data.get("expectations", {}).items():
        item = publication.by_id(expectation_id)
        title = item.label if item else expectation_id
        parts.extend([Text(), Rule(title, style="magenta"), Text()])
        if "follow-up" in answers:
            parts.extend(_question(msg.FOLLOW_UP_QUESTION, answers["follow-up"]))
        rating = rating_of(answers)
        label = msg.RATING_LABELS.get(rating, msg.SKIPPED) if rating is not None else None
        parts.extend(_question(msg.rating_question(publication), label))
        for question in publication.reflection.deeper:
            parts.extend(_deeper(publication, question, answers.get(question.id)))
        parts.extend(_question(msg.NEXT_STEP_QUESTION, answers.get("next-step")))
    if "plan" in data:
        parts.extend(journalplan.plan(publication, data["plan"]))
    return Group(*parts)
