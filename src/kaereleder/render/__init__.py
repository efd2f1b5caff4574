"""Turns content into rich renderables. The render package is the only one importing rich."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from kaereleder import messages as msg
from kaereleder.content import Block, Expectation, Publication, Section, Side
from kaereleder.visible import visible

if TYPE_CHECKING:
    from kaereleder.journal import Journal

QUOTE_BAR = "│ "


# Prose that is read, not scanned, stops here on a wide terminal.
READING_WIDTH = 90


def console(stderr: bool = False, reading: bool = False) -> Console:
    """A console that follows NO_COLOR, FORCE_COLOR, TERM=dumb and non-terminal output,
    and prints no control character from a file or an answer (``Visible``).

    ``reading``: at most ``READING_WIDTH`` columns wide (the reflection's prose).
    """
    out = _VisibleConsole(file=sys.stderr if stderr else sys.stdout, highlight=False, emoji=False)
    if reading and out.width > READING_WIDTH:
        out.width = READING_WIDTH
    return out


class Visible:
    """Renders ``content`` with control characters in its text made visible
    (``kaereleder.visible``); rich's own styles and control codes are kept."""

    def __init__(self, content: RenderableType) -> None:
        self.content = content

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.content, options):
            if segment.control or segment.text.isprintable():  # nothing to make visible
                yield segment
            else:
                yield Segment(visible(segment.text), segment.style)


class _VisibleConsole(Console):
    """Everything printed goes through ``Visible``: the output boundary."""

    def print(self, *objects: Any, **options: Any) -> None:
        super().print(*(Visible(item) for item in objects), **options)


def page(renderable: RenderableType) -> None:
    """Print ``renderable``; on a terminal, through a pager when it is longer than the
    screen (``kaereleder.pager``: git's way). Piped or redirected: plain, never a pager."""
    import os

    out = console()
    if not sys.stdout.isatty() or os.environ.get("TERM") == "dumb":
        out.print(renderable)
        return
    from kaereleder import pager

    chosen = pager.command(os.environ)
    if chosen is None:
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    text = captured.get()
    if text.count("\n") >= out.height and pager.show(text, chosen):
        return
    sys.stdout.write(text)  # it fits on one screen (as less -F), or the pager failed
    sys.stdout.flush()


class Prefixed:
    """Renders its content with a prefix on each line: a bullet, a bar beside a quote.

    ``first`` goes before the first line and ``rest`` (default: the same) before the others;
    lines are not padded, so plain output has no trailing spaces.
    """

    def __init__(
        self, content: RenderableType, first: str, rest: str | None = None, style: str = ""
    ) -> None:
        self.content = content
        self.first = first
        self.rest = first if rest is None else rest
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width - max(len(self.first), len(self.rest))
        if isinstance(self.content, Text):  # the common case, wrapped directly: fast
            wrapped = self.content.wrap(console, max(width, 1))
            lines = [list(line.render(console)) for line in wrapped]
        else:
            lines = console.render_lines(self.content, options.update_width(width), pad=False)
        style = console.get_style(self.style) if self.style else None
        for i, line in enumerate(lines):
            text = _rstrip([segment for segment in line if segment.text != "\n"])
            prefix = self.rest if i else self.first
            # An empty line gets no trailing spaces either (a blank line inside an answer).
            yield Segment(prefix if text else prefix.rstrip(), style)
            yield from text
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    """Drop the spaces rich leaves where it wrapped a line."""
    while line and not line[-1].text.rstrip(" "):
        line = line[:-1]
    if line:
        last = line[-1]
        line = [*line[:-1], Segment(last.text.rstrip(" "), last.style, last.control)]
    return line


class Lines:
    """Plain lines, one style: a line that fits the width is written as it is, and only a
    longer one is wrapped. For the long listings (10,000 journals) where rich's wrapping
    of every line would be most of the time spent."""

    def __init__(self, lines: Sequence[str], style: str = "") -> None:
        self.lines = lines
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        width = options.max_width
        style = console.get_style(self.style) if self.style else None
        newline = Segment.line()
        for line in self.lines:
            if cell_len(line) <= width:  # one segment each: rich splits a long one slowly
                yield Segment(line, style)
                yield newline
            else:
                yield from Prefixed(Text(line, style=self.style), "").__rich_console__(
                    console, options
                )


def bullets(texts: Iterable[str], marker: str = "•") -> Group:
    return Group(*(Prefixed(Text(text), marker + " ", " " * (len(marker) + 1)) for text in texts))


def para(text: str, style: str = "") -> RenderableType:
    """A paragraph that wraps without trailing spaces."""
    return Prefixed(Text(text, style=style), "")


def quote(text: str) -> RenderableType:
    return Prefixed(Text(text, style="italic"), "  " + QUOTE_BAR, style="cyan")


def _section(section: Section) -> Iterator[RenderableType]:
    if section.heading:
        yield para(section.heading, "bold")
    if section.kind == "quotes":
        for i, item in enumerate(section.items):
            if i:
                yield Text()
            yield quote(item.text)
    else:
        yield bullets(item.text for item in section.items)
    yield Text()


def _side(side: Side) -> Iterator[RenderableType]:
    for section in side.sections:
        yield from _section(section)


def block(item: Block) -> RenderableType:
    if item.kind == "quote":
        return quote(item.text)
    if item.kind == "heading":
        return para(item.text, "bold")
    if item.kind == "bullet":
        return bullets([item.text])
    return para(item.text)


def expectation(publication: Publication, item: Expectation) -> RenderableType:
    """The whole expectation as the publication presents it, both sides."""
    count = len(publication.expectations)
    header = msg.ITEM_OF.format(
        item=publication.terms.item.capitalize(), number=item.number, count=count
    )
    parts: list[RenderableType] = [
        Text(f"{publication.source.title}  ·  {header}", style="dim"),
        Text(),
        para(item.request.heading, "bold"),
        para(item.label, "bold magenta"),
        Text(),
        *_side(item.request),
        Rule(msg.reply_label(publication), style="magenta"),
        Text(),
        para(item.reply.heading, "bold"),
        Text(),
        *_side(item.reply),
        para(f"{msg.SOURCE_LABEL}: {publication.source.citation}", "dim"),
    ]
    return Group(*parts)


def about(publication: Publication) -> RenderableType:
    """The publication's foreword and how it was made (``kaereleder om``), as printed."""
    parts: list[RenderableType] = [
        Text(f"{publication.source.title}  ·  {msg.ABOUT_TITLE}", style="dim")
    ]
    for section in publication.about:
        parts.extend([Text(), Rule(section.title, style="magenta")])
        previous = ""
        for item in section.blocks:
            if previous != "heading" and not (item.kind == previous == "bullet"):
                parts.append(Text())  # a list stays together, and a heading with its text
            parts.append(block(item))
            previous = item.kind
    parts.extend([Text(), para(f"{msg.SOURCE_LABEL}: {publication.source.citation}", "dim")])
    return Group(*parts)


def listing(publications: Iterable[Publication]) -> RenderableType:
    parts: list[RenderableType] = []
    for publication in publications:
        if parts:
            parts.append(Text())
        parts.append(para(msg.list_heading(publication), "bold"))
        for item in publication.expectations:
            number = f"{item.number}.".rjust(4) + " "
            parts.append(Prefixed(Text(item.title), number, " " * len(number)))
    return Group(*parts)


# --- the reflection -----------------------------------------------------------------------


def _item_header(publication: Publication, item: Expectation) -> str:
    return msg.ITEM_OF.format(
        item=publication.terms.item.capitalize(),
        number=item.number,
        count=len(publication.expectations),
    )


def compact(publication: Publication, item: Expectation) -> RenderableType:
    """Title, what it involves and when it is experienced: the view before the questions."""
    parts: list[RenderableType] = [
        Text(),
        Rule(_item_header(publication, item), style="magenta"),
        para(item.label, "bold magenta"),
        Text(),
    ]
    for section in item.request.sections:
        if section.positive:
            parts.extend(_section(section))
    return Group(*parts)


def reply_context(publication: Publication, item: Expectation, question_id: str) -> RenderableType:
    """The leaders' reply as context: why it is not simple, or what they expect in return."""
    wanted = "expectations" if question_id == "own-expectations" else None
    parts: list[RenderableType] = [para(msg.reply_label(publication), "dim")]
    for section in item.reply.sections:
        key = section.id.rsplit(".", 1)[-1]
        if section.kind != "bullets":
            continue
        if (wanted is None and key != "expectations") or key == wanted:
            parts.extend(_section(section))
    return Group(*parts)


def start(publication: Publication, numbers: Sequence[int]) -> RenderableType:
    """The screen before the first question: the publication's »Invitation til eftertanke«,
    how the reflection goes, that stopping is safe, and the expectations."""
    parts: list[RenderableType] = [
        Text(),
        Rule(publication.source.title, style="magenta"),
        para(publication.reflection.overall_title, "bold"),
        *(block(item) for item in publication.reflection.overall_intro),
        Text(),
    ]
    for item in publication.expectations:
        number = f"{item.number}.".rjust(4) + " "
        parts.append(Prefixed(Text(item.title, style="bold"), number, " " * len(number)))
    parts += [Text(), para(msg.start_how(publication, numbers)), Text()]
    parts.append(para(msg.START_SAFE, "green"))
    return Group(*parts)


def note(text: str) -> RenderableType:
    return Group(para(text, "yellow"), Text())


def question(text: str, hint: str, follow_on: bool = False) -> RenderableType:
    """A question above its prompt, wrapped to the terminal, with how to answer it.

    ``follow_on``: the second part of the question above (its free text), not a new one.
    """
    if follow_on:
        return Group(
            Prefixed(Text(text, style="bold"), "  "),
            Prefixed(Text(hint, style="dim italic"), "  "),
        )
    return Group(
        Text(),
        Prefixed(Text(text, style="bold"), "? ", "  "),
        Prefixed(Text(hint, style="dim italic"), "  "),
    )


def answer(labels: Sequence[str]) -> RenderableType:
    """What was chosen in a multiple choice, left below the question."""
    if not labels:
        return Prefixed(Text(msg.NONE_CHOSEN, style="cyan"), "  → ")
    return Group(*(Prefixed(Text(label, style="cyan"), "  → ", "    ") for label in labels))


def summary(publication: Publication, data: Journal) -> RenderableType:
    parts: list[RenderableType] = [Text(), Rule(msg.SUMMARY_TITLE, style="magenta")]
    for expectation_id, answers in data.get("expectations", {}).items():
        item = publication.by_id(expectation_id)
        if item is None:
            continue
        parts.append(para(item.label, "bold"))
        given = answers.get("rating", "")
        rating = msg.RATING_LABELS.get(given if isinstance(given, str) else "", msg.SKIPPED)
        parts.append(bullets([f"{msg.RATING_SHORT}: {rating}"]))
        parts.append(
            bullets([f"{msg.NEXT_STEP_SHORT}: {answers.get('next-step') or msg.SKIPPED}"])
        )
    parts.extend(_plan(data))
    parts.append(Text())
    return Group(*parts)


def _plan(data: Journal) -> Iterator[RenderableType]:
    """The plan made at the end: goals with their follow-up, the steps with their dates,
    and where to see it again."""
    from kaereleder.plans import model as plans
    from kaereleder.plans import texts as words
    from kaereleder.reflect import plantexts as txt

    plan = data.get("plan")
    if not plan or not plans.has_plan(plan):
        return
    yield Text()
    yield para(txt.SUMMARY_PLAN, "bold")
    made = plans.goals(plan).values()
    yield bullets([txt.summary_goal(n, goal) for n, goal in enumerate(made, start=1)])
    steps = [(key, plans.iso_day(day)) for key, day in plan.get("steps", {}).items()]
    yield bullets([txt.step_choice(words.STEP_LABELS[key], due) for key, due in steps if due])
    yield Text()
    yield para(txt.PLAN_HINT)


def saved(path: str) -> Text:
    return Text(msg.saved_at(path), style="green")
