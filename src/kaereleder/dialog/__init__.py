"""``kaereleder dialog``: a meeting guide after the publication's "Oplæg til dialog".

Pure functions from a publication and the chosen expectations to a plain ``Guide`` of three
pages (the guide with the publication's own text, the meeting plans, the handout for the
participants), rendered to Markdown or to one self-contained, printable HTML file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from itertools import groupby
from typing import NamedTuple

from kaereleder import messages as msg
from kaereleder.content import Block, Expectation, Publication, Step
from kaereleder.dialog import texts as txt
from kaereleder.document import html_page, md

LIST_KINDS = ("bullet", "question", "slot")

# Minutes for: welcome and framing, the overall picture in groups, then in plenum, the
# chosen expectations, the leader's summary. Each plan has room for so many expectations.
PLANS = {60: (5, 10, 5, 30, 10), 90: (10, 15, 10, 45, 10)}
ROOM = {60: 2, 90: 3}


class Line(NamedTuple):
    # title | heading | paragraph | quote | bullet | question | lead | note | source | slot
    kind: str
    text: str
    detail: str = ""  # a slot's detail
    when: str = ""  # a slot's time, "0:05–0:15"


class Page(NamedTuple):
    title: str
    lines: tuple[Line, ...]


class Guide(NamedTuple):
    title: str
    pages: tuple[Page, ...]  # the guide, the plans, the handout


class Slot(NamedTuple):
    minutes: int
    title: str
    detail: str


def chosen(publication: Publication, numbers: Sequence[int]) -> tuple[Expectation, ...]:
    """The expectations numbered ``numbers`` in that order (each once); none: all."""
    if not numbers:
        return publication.expectations
    return tuple(publication.expectation(n) for n in dict.fromkeys(numbers))


def _step(publication: Publication, step_id: str) -> Step:
    return next(s for s in publication.reflection.steps if s.id == step_id)


def _step_title(step: Step) -> str:
    return step.label


def plan(
    publication: Publication, expectations: Sequence[Expectation], minutes: int
) -> tuple[tuple[Slot, ...], str | None]:
    """A meeting of exactly ``minutes`` (60 or 90), and a note when not every chosen
    expectation fits."""
    framing, groups, plenum, rest, summary = PLANS[minutes]
    taken = list(expectations[: ROOM[minutes]])
    units, extra = divmod(rest // 5, len(taken))  # whole five minutes, the first get more
    slots = [
        Slot(framing, *txt.PLAN_FRAMING),
        Slot(groups, *txt.plan_groups(_step_title(_step(publication, "overall")))),
        Slot(plenum, *txt.PLAN_PLENUM),
        *(
            Slot(5 * (units + (i < extra)), e.label, txt.PLAN_EXPECTATION)
            for i, e in enumerate(taken)
        ),
        Slot(summary, *txt.plan_summary(publication)),
    ]
    left = [e.number for e in expectations[len(taken) :]]
    note = (
        txt.plan_left_out(publication, minutes, [e.number for e in taken], left) if left else None
    )
    return tuple(slots), note


def _blocks(blocks: Iterable[Block]) -> list[Line]:
    return [Line(block.kind, block.text) for block in blocks]


def _expectations(expectations: Iterable[Expectation], questions: list[Line]) -> list[Line]:
    """Each expectation as the publication presents it: the request's heading (once while
    it stays the same), the title, the positive statements; then ``questions``."""
    lines: list[Line] = []
    lead = None
    for expectation in expectations:
        if expectation.request.heading != lead:
            lead = expectation.request.heading
            lines.append(Line("lead", lead))
        lines.append(Line("heading", expectation.label))
        for section in expectation.request.sections:
            if section.positive:
                lines.append(Line("lead", section.heading or ""))
                lines += [Line("bullet", item.text) for item in section.items]
        lines += questions
    return lines


def _questions(step: Step) -> list[Line]:
    return [Line("question", question.text) for question in step.questions]


def _clock(minute: int) -> str:
    return f"{minute // 60}:{minute % 60:02d}"


def _source(publication: Publication) -> list[Line]:
    lines = [Line("source", f"{msg.SOURCE_LABEL}: {publication.source.citation}")]
    reflection = publication.reflection
    if not reflection.printed:
        lines.append(Line("note", txt.dialog_adapted(publication, reflection.note or "")))
    return lines


def _guide_page(publication: Publication, expectations: Sequence[Expectation]) -> Page:
    reflection = publication.reflection
    lines = [Line("lead", txt.dialog_intro(publication)), *_source(publication)]
    lines += [Line("title", reflection.dialogue_title), *_blocks(reflection.dialogue_intro)]
    for step in reflection.steps:
        lines += [Line("heading", _step_title(step)), *_blocks(step.blocks)]
        lines += [*_questions(step), *_blocks(step.outro)]
    lines += [*_blocks(reflection.dialogue_outro), Line("title", txt.dialog_chosen(publication))]
    questions = [Line("lead", txt.DIALOG_QUESTIONS), *_questions(_step(publication, "each"))]
    lines += _expectations(expectations, questions)
    return Page(txt.dialog_title(publication), tuple(lines))


def _plans_page(publication: Publication, expectations: Sequence[Expectation]) -> Page:
    lines = [Line("note", txt.PLANS_OWN)]
    for minutes in PLANS:
        slots, note = plan(publication, expectations, minutes)
        lines.append(Line("title", txt.plan_title(minutes)))
        start = 0
        for slot in slots:
            when = f"{_clock(start)}–{_clock(start + slot.minutes)}"
            title = f"{slot.title} ({txt.plan_minutes(slot.minutes)})"
            lines.append(Line("slot", title, slot.detail, when))
            start += slot.minutes
        lines += [Line("note", note)] if note else []
    return Page(txt.PLANS_TITLE, tuple(lines))


def _handout_page(publication: Publication, expectations: Sequence[Expectation]) -> Page:
    """What participants read beforehand: no names asked, nothing to hand in."""
    each = _step(publication, "each")
    lines = [Line("paragraph", text) for text in txt.handout_intro(publication)]
    lines.append(Line("title", publication.terms.the_items.capitalize()))
    lines += _expectations(expectations, [])
    lines.append(Line("title", txt.DIALOG_THINK_ABOUT))
    lines += _blocks(_step(publication, "overall").blocks[:1])  # the questions, not the how
    lines += [*_blocks(each.blocks), *_questions(each), *_source(publication)]
    return Page(txt.HANDOUT_TITLE, tuple(lines))


def guide(publication: Publication, expectations: Sequence[Expectation]) -> Guide:
    """The whole document: the guide, the two plans and the handout."""
    pages = (_guide_page, _plans_page, _handout_page)
    return Guide(txt.dialog_title(publication), tuple(p(publication, expectations) for p in pages))


# --- Markdown -------------------------------------------------------------------------------

_MD = {
    "title": "## {}",
    "heading": "### {}",
    "paragraph": "{}",
    "source": "{}",
    "quote": "> {}",
    "lead": "*{}*",
    "note": "*{}*",
    "bullet": "- {}",
    "question": "- {}",
}


def _md_line(line: Line) -> str:
    if line.kind == "slot":
        return f"- **{line.when}** {md(line.text)}\\\n  {md(line.detail, block=True)}"
    # what starts a line is escaped where it could start a list, a quote or a heading
    text = md(line.text, block=line.kind in ("paragraph", "source", "quote", "bullet", "question"))
    return _MD[line.kind].format(text)


def markdown(publication: Publication, expectations: Sequence[Expectation]) -> str:
    out: list[str] = []
    for number, page in enumerate(guide(publication, expectations).pages):
        out += ["---", ""] if number else []
        out += [f"# {md(page.title)}", ""]
        for kind, lines in groupby(page.lines, key=lambda line: line.kind):
            items = [_md_line(line) for line in lines]
            out += [*items, ""] if kind in LIST_KINDS else [x for i in items for x in (i, "")]
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML ----------------------------------------------------------------------------------

CSS = """\
.lead { font-style: italic; margin-bottom: .2rem; }
.note { color: #555; font-style: italic; }
blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid #bbb; }
.plan { border-collapse: collapse; width: 100%; }
.plan td { border-top: 1px solid #ccc; padding: .35rem .5rem .35rem 0; vertical-align: top; }
.plan .when { white-space: nowrap; font-variant-numeric: tabular-nums; }
li, .plan tr { break-inside: avoid; page-break-inside: avoid; }
@media print { .page + .page { break-before: page; page-break-before: always; } }
@media print {
  .questions { break-inside: avoid; page-break-inside: avoid; }
  .page:last-of-type { font-size: 9pt; line-height: 1.3; }
  .page:last-of-type h1 { font-size: 13pt; }
  .page:last-of-type h2 { font-size: 10.5pt; margin-top: .7rem; }
  .page:last-of-type p, .page:last-of-type ul { margin: .15rem 0; }
  .page:last-of-type .lead { margin: .2rem 0 0; }
}
"""

_HTML = {
    "title": "<h2>{text}</h2>",
    "heading": "<h3>{text}</h3>",
    "paragraph": "<p>{text}</p>",
    "source": '<p class="source">{text}</p>',
    "quote": "<blockquote>{text}</blockquote>",
    "lead": '<p class="lead">{text}</p>',
    "note": '<p class="note">{text}</p>',
    "bullet": "<li>{text}</li>",
    "question": "<li>{text}</li>",
    "slot": '<tr><td class="when">{when}</td><td><strong>{text}</strong><br>{detail}</td></tr>',
}
_HTML_LISTS = {"bullet": "ul", "question": 'ul class="questions"', "slot": 'table class="plan"'}


def html(publication: Publication, expectations: Sequence[Expectation]) -> str:
    doc = guide(publication, expectations)
    out: list[str] = []
    for page in doc.pages:  # the last: the handout, printed compact to fit on one page
        out += ['<section class="page">', f"<h1>{escape(page.title)}</h1>"]
        for kind, lines in groupby(page.lines, key=lambda line: line.kind):
            items = [
                _HTML[kind].format(
                    text=escape(line.text), detail=escape(line.detail), when=escape(line.when)
                )
                for line in lines
            ]
            if kind in _HTML_LISTS:
                tag = _HTML_LISTS[kind]
                items = [f"<{tag}>", *items, f"</{tag.split()[0]}>"]
            out += items
        out.append("</section>")
    return html_page(doc.title, out, CSS)


def render(name: str, publication: Publication, expectations: Sequence[Expectation]) -> str:
    """The guide in format ``name``: ``html``, or else Markdown."""
    return (html if name == "html" else markdown)(publication, expectations)
