"""``team compare`` as text (a rich renderable) or as Markdown (a string).

Per expectation the team's answers are counted in six columns, 1 Helt uenig … 5 Helt enig
and ? Ved ikke, with the mean beside them; below, a ● in the column of the leader's own
rating. An expectation the survey hides shows the reason instead of counts. Then the places
to talk about and the statements seen differently.

The text fits the terminal without a trailing space on any line: in a narrow one the columns
narrow, and the mean (or the label of the leader's rating) goes on a line of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.document import md
from kaereleder.domain import RATINGS
from kaereleder.render import Prefixed, para
from kaereleder.team import texts as txt
from kaereleder.team.compare import HIGHER, SCALE, Comparison, Row, Statement, rounded

INDENT = 3
LABEL = 18  # "   Medarbejderne  "
CELL = 5  # at most; narrower in a narrow terminal
GAP = 3  # between the cells and the mean
ROOM = 10  # the least width worth wrapping text into beside a label
CODES = tuple(msg.RATING_CODES[key] for key in RATINGS)  # 1 … 5, ?
MARK = "●"
CODE_OF = {key: msg.RATING_CODES[key] for key in RATINGS}


def mean(value: Decimal | None) -> str | None:
    """3,4: one decimal, with a Danish decimal comma."""
    return None if value is None else str(rounded(value)).replace(".", ",")


def own_label(row: Row) -> str:
    if row.own is None:
        return txt.TEAM_NOT_GONE_INTO
    label = msg.RATING_LABELS.get(row.own, msg.SKIPPED)
    step = SCALE.get(row.own)
    return f"{label} ({step})" if step else label


def team_summary(row: Row) -> str:
    summary = txt.team_mean(mean(row.mean))
    left_out = row.answers - sum(row.counts)
    return f"{summary} · {txt.team_left_out(left_out)}" if left_out else summary


def header_lines(publication: Publication, result: Comparison) -> list[str]:
    journal = result.journal
    return [
        txt.team_survey_line(result.survey["name"], result.survey["answers"]),
        txt.team_journal_line(str(journal["started"]), str(journal["id"]), str(journal["status"])),
        txt.TEAM_NOT_A_GRADE,
    ]


def item_title(publication: Publication, item_id: str) -> str:
    item = next(e for e in publication.expectations if e.id == item_id)
    return item.label


def talk_line(publication: Publication, row: Row) -> str:
    return txt.team_talk(publication, own_label(row), mean(row.mean) or "–", row.talk == HIGHER)


def by_item(statements: Sequence[Statement]) -> Iterator[tuple[str, list[Statement]]]:
    """Statements grouped by their expectation, in order."""
    groups: dict[str, list[Statement]] = {}
    for statement in statements:
        groups.setdefault(statement.expectation, []).append(statement)
    yield from groups.items()


def compared_numbers(publication: Publication, result: Comparison) -> list[int]:
    return [e.number for e in publication.expectations if e.id in result.compared]


def compared_line(publication: Publication, result: Comparison) -> str:
    withheld = [e.number for e in publication.expectations if e.id in result.withheld]
    return txt.team_compared(publication, compared_numbers(publication, result), withheld)


def hidden_numbers(result: Comparison) -> list[int]:
    return [row.number for row in result.hidden]


# --- text ---------------------------------------------------------------------------------


def text(publication: Publication, result: Comparison) -> RenderableType:
    parts: list[RenderableType] = [para(txt.team_title(publication), "bold")]
    parts += [para(line, "dim") for line in header_lines(publication, result)]
    legend = f"{txt.team_legend(publication)} {txt.team_mark_legend(publication)}"
    parts += [Text(), para(legend, "dim"), Text()]
    widest = max((len(str(n)) for row in result.rows for n in row.counts), default=1)
    parts.append(_Grid("", CODES, "", widest, "bold"))
    audience = publication.terms.audience.capitalize()
    for row in result.rows:
        parts.append(_Fit(row.label, "", " " * INDENT, "bold"))
        if row.hidden:
            parts.append(_Fit(txt.TEAM_HIDDEN[row.hidden], _label(audience)))
        else:
            parts.append(_Grid(audience, [str(n) for n in row.counts], team_summary(row), widest))
        parts.append(_own(row, widest))
        if row.talk:
            parts.append(_Fit(txt.TEAM_TALK_MARK, " " * INDENT, " " * INDENT, "yellow"))
        parts.append(Text())
    parts += [para(txt.TEAM_TALK_TITLE, "bold"), para(txt.team_talk_intro(publication))]
    talks = [f"{item_title(publication, r.id)}: {talk_line(publication, r)}" for r in result.talks]
    parts += [_Fit(talk, "• ", "  ") for talk in talks] or [para(txt.team_talk_none(publication))]
    if result.hidden:
        parts.append(para(txt.team_talk_hidden(publication, hidden_numbers(result))))
    for title, statements in (
        (txt.team_only_you(publication), result.only_you),
        (txt.team_only_team(publication), result.only_team),
    ):
        parts += [Text(), para(title, "bold"), *_statements(publication, result, statements)]
    parts += [Text(), para(compared_line(publication, result))]
    return Group(*parts)


def _label(label: str) -> str:
    """``   Medarbejderne  ``: a row's label, as wide as the label column."""
    return f"{' ' * INDENT}{label}".ljust(LABEL)


def _own(row: Row, widest: int) -> RenderableType:
    if row.own not in CODE_OF:
        return _Fit(own_label(row), _label(txt.TEAM_OWN))
    column = CODES.index(CODE_OF[row.own])
    cells = [MARK if i == column else "" for i in range(len(CODES))]
    return _Grid(txt.TEAM_OWN, cells, own_label(row), widest, cell_style="cyan")


def _cell_width(width: int, widest: int) -> int:
    """CELL if the table fits ``width``; narrower if not, down to one space between."""
    for cell in range(CELL, widest, -1):
        if LABEL + len(CODES) * cell <= width:
            return cell
    return widest + 1


class _Grid:
    """One line of the table: a label, the six cells, and what follows them (the mean, or
    the label of the leader's rating). Laid out when the width is known: the cells narrow
    to fit, and what follows goes below them, under the cells, when it does not fit beside
    them. Every line ends without a space, at any width."""

    def __init__(
        self,
        label: str,
        cells: Sequence[str],
        after: str,
        widest: int,
        style: str = "",
        cell_style: str = "",
    ) -> None:
        self.label, self.cells, self.after, self.widest = label, cells, after, widest
        self.style, self.cell_style = style, cell_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        cell = _cell_width(width, self.widest)
        line = Text(_label(self.label), self.style)
        line.append("".join(value.rjust(cell) for value in self.cells), self.cell_style)
        below = self.after
        if below and line.cell_len + GAP + cell_len(below) <= width:
            line.append(" " * GAP + below)
            below = ""
        line.rstrip()
        yield Prefixed(line, "")  # wraps only where not even the cells fit
        if below:
            yield _Fit(below, " " * LABEL)


class _Fit:
    """Text wrapped after a label or an indent (``   Din vurdering  (ikke med i din
    refleksion)``): ``first`` before the first line, ``rest`` (default: as many spaces)
    before the others. In a terminal too narrow for that, the label goes on a line of its
    own, so that no line is wider than the terminal or ends in a space."""

    def __init__(self, text: str, first: str, rest: str | None = None, style: str = "") -> None:
        self.text, self.first, self.style = text, first, style
        self.rest = " " * len(first) if rest is None else rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width >= max(len(self.first), len(self.rest)) + ROOM:
            yield Prefixed(Text(self.text, self.style), self.first, self.rest)
            return
        indent = " " * INDENT if width >= INDENT + ROOM else ""
        if self.first.strip():
            yield Prefixed(Text(self.first.strip()), indent)
        yield Prefixed(Text(self.text, self.style), indent)


def _statements(
    publication: Publication, result: Comparison, statements: Sequence[Statement]
) -> Iterator[RenderableType]:
    if not statements:
        yield para(txt.TEAM_NONE)
        return
    answers = result.survey["answers"]
    for item_id, group in by_item(statements):
        yield para(item_title(publication, item_id))
        for s in group:
            count = f"   {txt.team_of(s.recognised_by, answers):>{len(str(answers)) * 2 + 4}}  "
            yield _Fit(s.text, count)


# --- Markdown -----------------------------------------------------------------------------


def markdown(publication: Publication, result: Comparison) -> str:
    out = [f"# {md(txt.team_title(publication))}", ""]
    out += [f"- {md(line)}" for line in header_lines(publication, result)[:2]]
    out += ["", f"*{md(txt.TEAM_NOT_A_GRADE)}*", "", md(txt.team_legend(publication)), ""]
    head = [publication.terms.item.capitalize(), *CODES, txt.TEAM_MEAN, txt.TEAM_OWN]
    out += ["| " + " | ".join(_cell(h) for h in head) + " |"]
    out += ["| --- |" + " ---: |" * (len(CODES) + 1) + " --- |"]
    for row in result.rows:
        counts = [str(n) for n in row.counts] or ["–"] * len(CODES)
        cells = [_cell(row.label), *counts]
        cells += [mean(row.mean) or "–", _cell(own_label(row))]
        out.append("| " + " | ".join(cells) + " |")
    if result.hidden:
        out.append("")
    for row in result.hidden:
        title = item_title(publication, row.id)
        out.append(f"- **{md(title)}**: {md(txt.TEAM_HIDDEN[row.hidden or ''])}.")
    out += ["", f"## {md(txt.TEAM_TALK_TITLE)}", "", md(txt.team_talk_intro(publication)), ""]
    talks = [
        f"- **{md(item_title(publication, r.id))}**: {md(talk_line(publication, r))}"
        for r in result.talks
    ]
    out += [*(talks or [md(txt.team_talk_none(publication))]), ""]
    if result.hidden:
        out += [md(txt.team_talk_hidden(publication, hidden_numbers(result))), ""]
    answers = result.survey["answers"]
    for title, statements in (
        (txt.team_only_you(publication), result.only_you),
        (txt.team_only_team(publication), result.only_team),
    ):
        out += [f"## {md(title)}", ""]
        if not statements:
            out += [md(txt.TEAM_NONE), ""]
        for item_id, group in by_item(statements):
            out += [f"**{md(item_title(publication, item_id))}**", ""]
            out += [f"- {txt.team_of(s.recognised_by, answers)}: {md(s.text)}" for s in group]
            out.append("")
    out.append(md(compared_line(publication, result)))
    return "\n".join(out) + "\n"


def _cell(value: str) -> str:
    """Text in a table cell: escaped, and a | that would end the cell too."""
    return md(value).replace("|", "\\|")
