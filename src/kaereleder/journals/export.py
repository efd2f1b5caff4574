"""One reflection as a document to bring to a coach, the chef or the lederudviklingssamtale.

Pure functions from a journal and its publication to text: ``markdown`` and ``html`` (one
self-contained, printable file). Both are made from the same plain ``Document``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.document import html_page, md, md_lines
from kaereleder.journal import Journal, rating_of
from kaereleder.journals import texts as txt
from kaereleder.plans import model as plans
from kaereleder.plans import texts as plan_txt

FORMATS = msg.EXPORT_FORMATS


class Entry(NamedTuple):
    question: str
    answer: str  # the answer, or a marker (skipped, not answered yet) when ``marker``
    marker: bool = False
    statements: tuple[str, ...] = ()  # the chosen statements' text


class Part(NamedTuple):
    title: str
    entries: tuple[Entry, ...]


class Document(NamedTuple):
    title: str
    intro: str
    meta: tuple[tuple[str, str], ...]
    citation: str
    overview: tuple[tuple[str, Entry, Entry], ...]  # title, rating, next step
    parts: tuple[Part, ...]


def _entry(question: str, value: object, statements: tuple[str, ...] = ()) -> Entry:
    if value is None:
        return Entry(question, txt.UNANSWERED, True, statements)
    if value in ("", []):
        return Entry(question, msg.SKIPPED, True, statements)
    return Entry(question, str(value).rstrip("\n"), False, statements)


def statement_texts(publication: Publication) -> dict[str, str]:
    return {s.id: s.text for e in publication.expectations for s in e.positive_statements}


def answer_entry(texts: dict[str, str], question: str, answer: object) -> Entry:
    """An answer to a deeper question: text, or statements chosen (their ``texts``) and text."""
    if not isinstance(answer, dict):
        return _entry(question, answer)
    chosen = tuple(
        texts.get(i, f"{i} ({txt.STATEMENT_GONE})") for i in answer.get("statements") or ()
    )
    return _entry(question, answer.get("text"), chosen)


def _time(value: object) -> str:
    return str(value)[:16].replace("T", " ") if value else "–"


def document(
    publication: Publication, data: Journal, reviewed: plans.Plan | None = None
) -> Document:
    """The journal ``data`` with the questions' and statements' text from ``publication``;
    ``reviewed``: the plan its review looks back on, for the goals' words."""
    titles = {e.id: e.label for e in publication.expectations}
    texts = statement_texts(publication)
    status = data.get("status", "")
    meta = (
        (txt.EXPORT_STARTED, _time(data.get("started"))),
        (txt.EXPORT_FINISHED, _time(data.get("finished"))),
        (txt.EXPORT_STATUS, msg.STATUS_LABELS.get(status, status)),
        (txt.EXPORT_ID, data.get("id", "")),
    )
    parts: list[Part] = []
    review = review_part(data, reviewed)
    if review is not None:
        parts.append(review)
    overall = data.get("overall")
    if overall:
        entries = []
        for question in publication.reflection.overall:
            value = overall.get(question.id)
            if isinstance(value, list):
                value = "\n".join(titles.get(v, v) for v in value)
            entries.append(_entry(question.text, value))
        parts.append(Part(txt.OVERALL_TITLE, tuple(entries)))
    overview = []
    for expectation_id, answers in data.get("expectations", {}).items():
        title = titles.get(expectation_id, expectation_id)
        rating = rating_of(answers)
        label = msg.RATING_LABELS.get(rating, rating) if rating else rating
        rated = _entry(msg.rating_question(publication), label)
        step = _entry(msg.NEXT_STEP_QUESTION, answers.get("next-step"))
        overview.append((title, rated, step))
        entries = []
        if "follow-up" in answers:
            entries.append(_entry(msg.FOLLOW_UP_QUESTION, answers["follow-up"]))
        entries.append(rated)
        for question in publication.reflection.deeper:
            entries.append(answer_entry(texts, question.text, answers.get(question.id)))
        entries.append(step)
        parts.append(Part(title, tuple(entries)))
    plan = plan_part(publication, data)
    if plan is not None:
        parts.append(plan)
    return Document(
        txt.export_title(publication),
        txt.EXPORT_INTRO,
        meta,
        f"{msg.SOURCE_LABEL}: {publication.source.citation}",
        tuple(overview),
        tuple(parts),
    )


# --- the plan and the review of the last one -----------------------------------------------


def _day(text: str) -> str:
    """A journal's date as a person says it; a date that is none, as written."""
    found = plans.iso_day(text)
    return plan_txt.day(found) if found is not None else text


def _done(done: plans.Done | None) -> list[str]:
    if done is None:
        return []
    note = done.get("note", "")
    return [txt.plan_done(_day(done.get("day", "")), note)]  # "klaret …": after a dash


def _origin(publication: Publication, origin: str) -> str:
    if origin == plans.OWN:
        return txt.PLAN_OWN_GOAL
    if origin.startswith(plans.CARRIED):
        return txt.plan_carried(origin.removeprefix(plans.CARRIED))
    found = publication.by_id(origin)
    return txt.plan_from(found.label if found is not None else origin)


def _goal_entry(publication: Publication, number: int, goal: plans.Goal, done: list[str]) -> Entry:
    lines = [_origin(publication, goal.get(plans.FROM, ""))]
    actions = goal.get(plans.ACTIONS, "").rstrip("\n")
    if actions:
        lines.append(f"{txt.PLAN_ACTIONS}: {actions}")
    involved = goal.get(plans.INVOLVED) or []
    if involved:
        who = ", ".join(plan_txt.WHO_LABELS.get(w, w) for w in involved)
        lines.append(f"{txt.PLAN_INVOLVED}: {who}")
    follow_up = goal.get(plans.FOLLOW_UP, "")
    if follow_up:
        lines.append(f"{txt.PLAN_FOLLOW_UP}: {_day(follow_up)}")
    lines += [line[0].upper() + line[1:] for line in done]  # a line of its own
    return Entry(txt.plan_goal(number, goal.get(plans.GOAL, "")), "\n".join(lines))


def plan_part(publication: Publication, data: Journal) -> Part | None:
    """The development plan made at the end of the reflection: its goals, then its dated
    steps, each with when it was done; None if the plan was not asked (yet)."""
    plan = data.get("plan")
    if plan is None:
        return None
    done = plan.get("done", {})
    entries = [
        _goal_entry(publication, number, goal, _done(done.get(key)))
        for number, (key, goal) in enumerate(plans.goals(plan).items(), start=1)
    ]
    steps = [
        " – ".join(
            [f"{plan_txt.STEP_LABELS.get(step, step)}: {_day(day)}", *_done(done.get(step))]
        )
        for step, day in plan.get("steps", {}).items()
    ]
    if steps:
        entries.append(Entry(txt.PLAN_STEPS, "\n".join(steps)))
    if not entries:
        entries.append(Entry(txt.PLAN_GOALS, txt.PLAN_NONE, True))
    return Part(txt.PLAN_TITLE, tuple(entries))


def review_part(data: Journal, reviewed: plans.Plan | None = None) -> Part | None:
    """How the goals of the last plan went, as the leader said at this reflection's start;
    each goal named by its words in the ``reviewed`` plan where that is at hand."""
    review = data.get("review")
    if not review:
        return None
    entries = [Entry(txt.REVIEW_OF, review.get("plan", ""))]
    made = plans.goals(reviewed or {})
    for key, answer in review.get("goals", {}).items():
        status = answer.get(plans.STATUS, "")
        said = [plan_txt.STATUS_LABELS.get(status, status)] if status else []
        text = answer.get(plans.TEXT, "").rstrip("\n")
        goal = made.get(key, {}).get(plans.GOAL, "")
        title = f"{txt.review_goal(key)}: {goal}" if goal else txt.review_goal(key)
        entries.append(_entry(title, "\n".join([*said, text]).strip("\n")))
    return Part(txt.REVIEW_TITLE, tuple(entries))


# --- Markdown -------------------------------------------------------------------------------


def _md_answer(entry: Entry) -> list[str]:
    if entry.marker:
        return [f"*{md(entry.answer)}*"]
    return [f"> {line}".rstrip() for line in md_lines(entry.answer)]


def markdown(publication: Publication, data: Journal, reviewed: plans.Plan | None = None) -> str:
    return markdown_of(document(publication, data, reviewed))


def markdown_of(doc: Document, after: Sequence[str] = ()) -> str:
    """``doc`` in Markdown; ``after``: lines of Markdown to end it with."""
    out = [f"# {md(doc.title)}", "", f"*{md(doc.intro)}*", ""]
    out += [f"- {label}: {md(value)}" for label, value in doc.meta]
    out += ["", md(doc.citation), ""]
    if doc.overview:
        out += [f"## {txt.EXPORT_OVERVIEW}", ""]
        for title, rating, step in doc.overview:
            out += [f"- **{md(title)}**\\", f"  {txt.EXPORT_RATING}: {md(rating.answer)}\\"]
            lines = md_lines(step.answer)
            out += [f"  {msg.NEXT_STEP_SHORT}: {lines[0]}", *(f"  {line}" for line in lines[1:])]
        out.append("")
    for part in doc.parts:
        out += [f"## {md(part.title)}", ""]
        for entry in part.entries:
            out += [f"**{md(entry.question)}**", ""]
            if entry.statements:
                out += [f"{txt.CHOSEN_STATEMENTS}:", ""]
                out += [f"- {md(text, block=True)}" for text in entry.statements] + [""]
            out += [*_md_answer(entry), ""]
    out += after
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML ----------------------------------------------------------------------------------

CSS = """\
.missing { color: #555; font-style: italic; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
.meta dt { font-weight: 600; } .meta dd { margin: 0; }
.answer { white-space: pre-wrap; border-left: 3px solid #8a6fb0; padding-left: .75rem;
  margin: .3rem 0; }
.qa, .overview li { break-inside: avoid; page-break-inside: avoid; }
@media print { .answer { border-left-color: #000; } }
"""


def _html_answer(entry: Entry) -> str:
    css = "missing" if entry.marker else "answer"
    return f'<div class="{css}">{escape(entry.answer)}</div>'


def html(publication: Publication, data: Journal, reviewed: plans.Plan | None = None) -> str:
    return html_of(document(publication, data, reviewed))


def html_of(doc: Document, after: Sequence[str] = (), css: str = "") -> str:
    """``doc`` as one HTML page; ``after``: lines of HTML (escaped) to end it with."""
    out = [
        f"<h1>{escape(doc.title)}</h1>",
        f'<p class="intro">{escape(doc.intro)}</p>',
        '<dl class="meta">',
        *(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in doc.meta),
        "</dl>",
        f'<p class="source">{escape(doc.citation)}</p>',
    ]
    if doc.overview:
        out += [f'<section class="overview">\n<h2>{escape(txt.EXPORT_OVERVIEW)}</h2>\n<ul>']
        for title, rating, step in doc.overview:
            out += [
                f"<li><strong>{escape(title)}</strong><br>",
                f"{escape(txt.EXPORT_RATING)}: {escape(rating.answer)}<br>",
                f"{escape(msg.NEXT_STEP_SHORT)}:{_html_answer(step)}</li>",
            ]
        out.append("</ul>\n</section>")
    for part in doc.parts:
        out.append(f"<section>\n<h2>{escape(part.title)}</h2>")
        for entry in part.entries:
            out += ['<div class="qa">', f"<h3>{escape(entry.question)}</h3>"]
            if entry.statements:
                out.append(f"<p>{escape(txt.CHOSEN_STATEMENTS)}:</p>\n<ul>")
                out += [f"<li>{escape(text)}</li>" for text in entry.statements]
                out.append("</ul>")
            out += [_html_answer(entry), "</div>"]
        out.append("</section>")
    return html_page(doc.title, [*out, *after], CSS + css)


def render(
    name: str, publication: Publication, data: Journal, reviewed: plans.Plan | None = None
) -> str:
    """The document in format ``name`` (one of ``FORMATS``)."""
    if name == "html":
        return html(publication, data, reviewed)
    return markdown(publication, data, reviewed)
