"""A journal diff as text (a rich renderable) or as markdown (a string).

Word-level changes are red strikethrough (removed) and green (added) on a colour terminal,
and wdiff marks, ``[-removed-]`` and ``{+added+}``, in plain text; markdown uses
``~~removed~~`` and ``**added**``. Both explain the marks in a legend line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.text import Text

from kaereleder import domain
from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.document import md
from kaereleder.journals import diff as d
from kaereleder.journals import texts as txt
from kaereleder.render import Prefixed, para, plandiff

MARKS = {d.REMOVED: ("[-", "-]"), d.ADDED: ("{+", "+}")}
STYLES = {d.REMOVED: "red strike", d.ADDED: "green"}
MARKDOWN = {d.REMOVED: ("~~", "~~"), d.ADDED: ("**", "**")}


class Words:
    """Word-level changes: coloured on a colour terminal, marked otherwise."""

    def __init__(self, chunks: Sequence[d.Chunk], indent: str = "  ") -> None:
        self.chunks = chunks
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        marked = console.no_color or console.color_system is None
        text = Text()
        for i, (op, words) in enumerate(self.chunks):
            if i and "\n" not in (words, self.chunks[i - 1].text):
                text.append(" ")
            if op == d.SAME:
                text.append(words)
            elif marked:
                text.append(f"{MARKS[op][0]}{words}{MARKS[op][1]}")
            else:
                text.append(words, style=STYLES[op])
        yield Prefixed(text, self.indent)


def legend() -> list[d.Chunk]:
    label, removed, added = txt.DIFF_LEGEND
    return [d.Chunk(d.SAME, label), d.Chunk(d.REMOVED, removed), d.Chunk(d.ADDED, added)]


def questions(publication: Publication) -> dict[str, str]:
    """Question id → the question as asked."""
    reflection = publication.reflection
    texts = {q.id: q.text for q in (*reflection.overall, *reflection.deeper)}
    texts[domain.NEXT_STEP] = msg.NEXT_STEP_QUESTION
    return texts


def rating_label(value: str | None) -> str:
    if value is None:
        return txt.NOT_ANSWERED
    return msg.RATING_LABELS.get(value, msg.SKIPPED)


def answer_label(value: str | None) -> str:
    """An answer as shown: its lines without blank ones, or what it is when empty."""
    if value is None:
        return txt.NOT_ANSWERED
    return "\n".join(line.strip() for line in value.splitlines() if line.strip()) or msg.SKIPPED


def rating_line(item: d.ItemDiff) -> str:
    rating = item.rating
    if item.present != d.BOTH:
        value = rating.old if item.present == d.OLD else rating.new
        return f"{txt.DIFF_RATING} {side_label(item.present)}: {rating_label(value)}"
    line = f"{txt.DIFF_RATING}: {rating_label(rating.old)}"
    if rating.direction != d.UNCHANGED:
        line += f" → {rating_label(rating.new)}"
    direction = txt.DIRECTION_LABELS.get(rating.direction)
    return f"{line} ({direction})" if direction else line


def item_title(item: d.ItemDiff) -> str:
    return f"{item.number}. {item.title}" if item.title else txt.diff_gone(item.id)


def named(item: d.Named) -> str:
    return item.text if item.text is not None else txt.diff_gone(item.id)


def warnings(diff: d.Diff) -> Iterator[str]:
    for code in diff.warnings:
        which, _, kind = code.partition("-")  # old-draft, new-content, reversed …
        side = diff.old if which == d.OLD else diff.new
        text = txt.DIFF_WARNINGS[kind or which].format(
            label=side_label(which), old=side.content_version, new=diff.content_version
        )
        yield txt.DIFF_WARNING_PREFIX + text


def header_lines(diff: d.Diff) -> list[str]:
    return [
        txt.diff_side(txt.DIFF_BEFORE, diff.old.started, diff.old.status, diff.old.id),
        txt.diff_side(txt.DIFF_NOW, diff.new.started, diff.new.status, diff.new.id),
    ]


def summary_lines(publication: Publication, diff: d.Diff) -> list[str]:
    s = diff.summary
    lines = [txt.diff_summary(s.answers, s.changed, s.up, s.down, s.same)]
    for count, label in ((s.only_old, txt.DIFF_BEFORE), (s.only_new, txt.DIFF_NOW)):
        if count:
            lines.append(txt.diff_only(publication, count, label))
    if diff.plan:
        lines.append(plandiff.summary_line(diff.plan))
    return lines


Part = d.Overall | d.ItemDiff  # a section: present, unreached, answers


def has_words(diff: d.Diff) -> bool:
    """Whether any word-level change is shown (then the legend explains the marks)."""
    parts: list[Part] = [diff.overall, *diff.expectations]
    return any(marked(a.text) for part in parts for a in shown(part))


def marked(wording: d.Wording | None) -> bool:
    """Whether a changed answer is shown with its words marked (a small edit), not
    before and now in full (``d.rewritten``)."""
    return bool(wording and wording.words and not d.rewritten(wording))


def before_and_now(wording: d.Wording) -> list[tuple[str, str]]:
    """A rewritten answer: the label and the whole text of before, then of now."""
    return [
        (txt.DIFF_BEFORE_LABEL, answer_label(wording.old)),
        (txt.DIFF_NOW_LABEL, answer_label(wording.new)),
    ]


def side_label(present: str) -> str:
    return txt.DIFF_BEFORE if present == d.OLD else txt.DIFF_NOW


def only_line(part: Part) -> str | None:
    """Said when the section is in one reflection only."""
    if part.present in (d.OLD, d.NEW):
        return txt.DIFF_ONLY_IN.format(label=side_label(part.present))
    return None


def shown(part: Part) -> list[d.Answer]:
    """The answers shown as changes; the rest are collapsed."""
    return [a for a in part.answers if a.changed] if part.present == d.BOTH else []


def tail_lines(part: Part, show_all: bool) -> list[str]:
    """What is left out: answers collapsed (without --all), questions a draft has not reached."""
    lines = []
    rest = len(part.answers) - len(shown(part))
    if rest and not show_all:
        if part.present == d.BOTH:
            lines.append(txt.diff_collapsed(rest))
        else:
            lines.append(txt.diff_one_sided(rest, side_label(part.present)))
    if part.unreached:
        lines.append(txt.diff_unreached(part.unreached))
    return lines


# --- text ---------------------------------------------------------------------------------


def text(publication: Publication, diff: d.Diff, show_all: bool = False) -> RenderableType:
    """The diff for a terminal (or plain text when piped)."""
    title = txt.diff_title(publication.source.title)
    parts: list[RenderableType] = [para(title, "bold")]
    parts.extend(para(line, "dim") for line in header_lines(diff))
    parts.extend(para(line, "yellow") for line in warnings(diff))
    parts.append(Text())
    parts.extend(para(line) for line in summary_lines(publication, diff))
    if has_words(diff):
        parts.append(Words(legend(), ""))
    texts = questions(publication)
    if diff.plan:
        parts.extend(plandiff.text(publication, diff.plan))
    if diff.overall.present != d.NONE:
        parts.extend([Text(), Rule(txt.OVERALL_TITLE, style="magenta")])
        only = only_line(diff.overall)
        if only:
            parts.extend([Text(), para(only, "yellow")])
        parts.extend(_answers(texts, diff.overall, show_all))
    for item in diff.expectations:
        parts.extend([Text(), Rule(item_title(item), style="magenta"), Text()])
        only = only_line(item)
        if only:
            parts.append(para(only, "yellow"))
        parts.append(para(rating_line(item), "bold"))
        if item.follow_up:
            step, how = item.follow_up
            parts.append(_labelled(txt.DIFF_LAST_STEP, answer_label(step)))
            parts.append(_labelled(msg.FOLLOW_UP_QUESTION, answer_label(how)))
        parts.extend(_answers(texts, item, show_all))
    return Group(*parts)


def _labelled(label: str, value: str) -> RenderableType:
    return Prefixed(Text.assemble((label, "bold"), " ", value), "", "  ")


def _answers(texts: dict[str, str], part: Part, show_all: bool) -> Iterator[RenderableType]:
    """Changed answers, then the rest (with ``--all``), each after a blank line."""
    changes = shown(part)
    for answer in changes:
        yield Text()
        yield from _change(texts, answer)
    rest = [a for a in part.answers if a not in changes]
    if rest and show_all:
        if changes:
            yield from (Text(), para(txt.DIFF_UNCHANGED_TITLE, "bold"))
        for answer in rest:
            yield Text()
            yield from _whole(texts, answer)
    tail = tail_lines(part, show_all)
    if tail:
        yield Text()
        yield from (para(line, "dim") for line in tail)


def _question(texts: dict[str, str], answer: d.Answer) -> RenderableType:
    return Prefixed(Text(texts.get(answer.question, answer.question), style="bold"), "? ", "  ")


def _list(heading: str, items: Sequence[d.Named]) -> Iterator[RenderableType]:
    yield Prefixed(Text(heading, style="italic"), "  ")
    for item in items:
        yield Prefixed(Text(named(item)), "  • ", "    ")


def _change(texts: dict[str, str], answer: d.Answer) -> Iterator[RenderableType]:
    yield _question(texts, answer)
    choices, wording = answer.choices, answer.text
    if choices and choices.added:
        yield from _list(txt.CHOICES_ADDED[choices.kind], choices.added)
    if choices and choices.removed:
        yield from _list(txt.CHOICES_REMOVED[choices.kind], choices.removed)
    if wording:
        for side, label in ((wording.old, txt.DIFF_BEFORE), (wording.new, txt.DIFF_NOW)):
            if side is None:
                yield Prefixed(Text(txt.DIFF_NOT_ASKED.format(label=label), style="dim"), "  ")
        if marked(wording):
            yield Words(wording.words)
        elif wording.words:
            for label, value in before_and_now(wording):
                yield Prefixed(Text(label, style="bold"), "  ")
                yield Prefixed(Text(value), "  ")


def as_it_stands(answer: d.Answer) -> tuple[str, Sequence[d.Named], str | None]:
    """An answer that is the same (or in one reflection only): heading, chosen, text."""
    choices, wording = answer.choices, answer.text
    chosen = (choices.kept or choices.added or choices.removed) if choices else ()
    heading = txt.CHOICES_ALL[choices.kind] if choices else ""
    value: str | None = ""  # a multiple choice with nothing chosen: skipped
    if wording:
        value = wording.new if wording.new is not None else wording.old
    if value or not chosen:
        return heading, chosen, answer_label(value)
    return heading, chosen, None


def _whole(texts: dict[str, str], answer: d.Answer) -> Iterator[RenderableType]:
    yield _question(texts, answer)
    heading, chosen, value = as_it_stands(answer)
    if chosen:
        yield from _list(heading, chosen)
    if value is not None:
        yield Prefixed(Text(value), "  ")


# --- markdown -----------------------------------------------------------------------------


def escape(value: str, block: bool = False) -> str:
    """Text that markdown shows as it is, line breaks as hard breaks.

    ``block``: the text starts a block, so a first line like "3. …" must not become a list.
    """
    lines = [line.strip() for line in value.strip().splitlines()] or [""]
    return "\\\n".join(
        md(line, block=block or i > 0) for i, line in enumerate(lines) if line or not i
    )


def markdown_words(chunks: Sequence[d.Chunk]) -> str:
    """Word-level changes as ``~~removed~~`` and ``**added**``, starting a paragraph."""
    out = ""
    for i, (op, words) in enumerate(chunks):
        if words == "\n":
            out += "\\\n"
            continue
        starts = not i or chunks[i - 1].text == "\n"
        piece = escape(words, block=starts)
        if not starts:
            out += " "
        out += piece if op == d.SAME else f"{MARKDOWN[op][0]}{piece}{MARKDOWN[op][1]}"
    return out


def markdown(publication: Publication, diff: d.Diff, show_all: bool = False) -> str:
    """The diff as a markdown document."""
    lines = [f"# {escape(txt.diff_title(publication.source.title))}", ""]
    lines += [f"- {escape(line)}" for line in header_lines(diff)]
    lines.append("")
    for line in warnings(diff):
        lines += [f"> {escape(line)}", ""]
    lines += ["\\\n".join(escape(line, True) for line in summary_lines(publication, diff)), ""]
    if has_words(diff):
        lines += [markdown_words(legend()), ""]
    texts = questions(publication)
    if diff.plan:
        lines += plandiff.markdown(publication, diff.plan)
    sections: list[tuple[str, Part]] = []
    if diff.overall.present != d.NONE:
        sections.append((txt.OVERALL_TITLE, diff.overall))
    sections.extend((item_title(item), item) for item in diff.expectations)
    for title, part in sections:
        lines += [f"## {escape(title)}", ""]
        only = only_line(part)
        if only:
            lines += [f"_{escape(only)}_", ""]
        if isinstance(part, d.ItemDiff):
            lines += [f"**{escape(rating_line(part))}**", ""]
            if part.follow_up:
                step, how = part.follow_up
                lines += [f"**{escape(txt.DIFF_LAST_STEP)}** {escape(answer_label(step))}", ""]
                lines += [f"**{escape(msg.FOLLOW_UP_QUESTION)}** {escape(answer_label(how))}", ""]
        lines += _md_answers(texts, part, show_all)
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_question(texts: dict[str, str], answer: d.Answer) -> list[str]:
    return [f"### {escape(texts.get(answer.question, answer.question))}", ""]


def _md_answers(texts: dict[str, str], part: Part, show_all: bool) -> list[str]:
    lines: list[str] = []
    changes = shown(part)
    for answer in changes:
        lines += _md_question(texts, answer)
        choices, wording = answer.choices, answer.text
        if choices and choices.added:
            lines += _md_list(txt.CHOICES_ADDED[choices.kind], choices.added)
        if choices and choices.removed:
            lines += _md_list(txt.CHOICES_REMOVED[choices.kind], choices.removed)
        if wording:
            for side, label in ((wording.old, txt.DIFF_BEFORE), (wording.new, txt.DIFF_NOW)):
                if side is None:
                    lines += [f"_{escape(txt.DIFF_NOT_ASKED.format(label=label))}_", ""]
            if marked(wording):
                lines += [markdown_words(wording.words), ""]
            elif wording.words:
                for label, whole in before_and_now(wording):
                    lines += [f"**{escape(label)}**", "", escape(whole, block=True), ""]
    rest = [a for a in part.answers if a not in changes]
    if rest and show_all:
        if changes:
            lines += [f"**{escape(txt.DIFF_UNCHANGED_TITLE)}**", ""]
        for answer in rest:
            lines += _md_question(texts, answer)
            heading, chosen, value = as_it_stands(answer)
            if chosen:
                lines += _md_list(heading, chosen)
            if value is not None:
                lines += [escape(value, block=True), ""]
    for line in tail_lines(part, show_all):
        lines += [f"_{escape(line)}_", ""]
    return lines


def _md_list(heading: str, items: Sequence[d.Named]) -> list[str]:
    return [f"_{escape(heading)}_", "", *(f"- {escape(named(i))}" for i in items), ""]
