"""``team compare`` as text (a rich renderable) or as Markdown (a string).

Per expectation the team's answers are counted in six columns, 1 Helt uenig … 5 Helt enig
and ? Ved ikke, with the mean beside them; below, a ● in the column of the leader's own
rating. Then the places to talk about and the statements seen differently.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from rich.console import Group, RenderableType
from rich.text import Text

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.document import md
from kaereleder.journal import RATINGS
from kaereleder.render import Prefixed, bullets, para
from kaereleder.team_compare import HIGHER, SCALE, Comparison, Row, Statement, rounded

LABEL = 18  # "   Medarbejderne  "
CELL = 5
CODES = tuple(msg.RATING_CODES[key] for key in RATINGS)  # 1 … 5, ?
MARK = "●"
CODE_OF = {key: msg.RATING_CODES[key] for key in RATINGS}


def mean(value: Decimal | None) -> str | None:
    """3,4: one decimal, with a Danish decimal comma."""
    return None if value is None else str(rounded(value)).replace(".", ",")


def own_label(row: Row) -> str:
    if row.own is None:
        return msg.TEAM_NOT_GONE_INTO
    label = msg.RATING_LABELS.get(row.own, msg.SKIPPED)
    step = SCALE.get(row.own)
    return f"{label} ({step})" if step else label


def team_summary(row: Row) -> str:
    summary = msg.team_mean(mean(row.mean))
    left_out = row.answers - sum(row.counts)
    return f"{summary} · {msg.team_left_out(left_out)}" if left_out else summary


def header_lines(publication: Publication, result: Comparison) -> list[str]:
    journal = result.journal
    return [
        msg.team_survey_line(str(result.survey["name"]), int(result.survey["answers"])),
        msg.team_journal_line(str(journal["started"]), str(journal["id"]), str(journal["status"])),
        msg.TEAM_NOT_A_GRADE,
    ]


def item_title(publication: Publication, item_id: str) -> str:
    item = next(e for e in publication.expectations if e.id == item_id)
    return f"{item.number}. {item.title}"


def talk_line(publication: Publication, row: Row) -> str:
    return msg.team_talk(publication, own_label(row), mean(row.mean) or "–", row.talk == HIGHER)


def by_item(statements: Sequence[Statement]) -> Iterator[tuple[str, list[Statement]]]:
    """Statements grouped by their expectation, in order."""
    groups: dict[str, list[Statement]] = {}
    for statement in statements:
        groups.setdefault(statement.expectation, []).append(statement)
    yield from groups.items()


def compared_numbers(publication: Publication, result: Comparison) -> list[int]:
    return [e.number for e in publication.expectations if e.id in result.compared]


# --- text ---------------------------------------------------------------------------------


def text(publication: Publication, result: Comparison) -> RenderableType:
    parts: list[RenderableType] = [para(msg.team_title(publication), "bold")]
    parts += [para(line, "dim") for line in header_lines(publication, result)]
    legend = f"{msg.team_legend(publication)} {msg.team_mark_legend(publication)}"
    parts += [Text(), para(legend, "dim"), Text()]
    parts.append(Text(" " * LABEL + "".join(code.rjust(CELL) for code in CODES), "bold"))
    audience = publication.terms.audience.capitalize()
    for row in result.rows:
        parts.append(Prefixed(Text(f"{row.number}. {row.title}", "bold"), "", "   "))
        cells = "".join(str(n).rjust(CELL) for n in row.counts)
        parts.append(Text(f"   {audience:{LABEL - 3}}{cells}   {team_summary(row)}"))
        parts.append(_own(row))
        if row.talk:
            parts.append(Text(f"   {msg.TEAM_TALK_MARK}", "yellow"))
        parts.append(Text())
    parts += [para(msg.TEAM_TALK_TITLE, "bold"), para(msg.team_talk_intro(publication))]
    talks = [f"{item_title(publication, r.id)}: {talk_line(publication, r)}" for r in result.talks]
    parts.append(bullets(talks) if talks else para(msg.team_talk_none(publication)))
    for title, statements in (
        (msg.team_only_you(publication), result.only_you),
        (msg.team_only_team(publication), result.only_team),
    ):
        parts += [Text(), para(title, "bold"), *_statements(publication, result, statements)]
    parts += [Text(), para(msg.team_compared(publication, compared_numbers(publication, result)))]
    return Group(*parts)


def _own(row: Row) -> Text:
    if row.own not in CODE_OF:
        return Text(f"   {msg.TEAM_OWN:{LABEL - 3}}{own_label(row)}")
    column = CODES.index(CODE_OF[row.own])
    cells = "".join((MARK if i == column else "").rjust(CELL) for i in range(len(CODES)))
    line = Text(f"   {msg.TEAM_OWN:{LABEL - 3}}")
    line.append(cells, "cyan")
    line.append(f"   {own_label(row)}")
    return line


def _statements(
    publication: Publication, result: Comparison, statements: Sequence[Statement]
) -> Iterator[RenderableType]:
    if not statements:
        yield para(msg.TEAM_NONE)
        return
    answers = int(result.survey["answers"])
    for item_id, group in by_item(statements):
        yield para(item_title(publication, item_id))
        for s in group:
            count = f"   {msg.team_of(s.recognised_by, answers):>{len(str(answers)) * 2 + 4}}  "
            yield Prefixed(Text(s.text), count, " " * len(count))


# --- Markdown -----------------------------------------------------------------------------


def markdown(publication: Publication, result: Comparison) -> str:
    out = [f"# {md(msg.team_title(publication))}", ""]
    out += [f"- {md(line)}" for line in header_lines(publication, result)[:2]]
    out += ["", f"*{md(msg.TEAM_NOT_A_GRADE)}*", "", md(msg.team_legend(publication)), ""]
    head = [msg.TEAM_ITEM[publication.id], *CODES, msg.TEAM_MEAN, msg.TEAM_OWN]
    out += ["| " + " | ".join(_cell(h) for h in head) + " |"]
    out += ["| --- |" + " ---: |" * (len(CODES) + 1) + " --- |"]
    for row in result.rows:
        cells = [_cell(f"{row.number}. {row.title}"), *(str(n) for n in row.counts)]
        cells += [mean(row.mean) or "–", _cell(own_label(row))]
        out.append("| " + " | ".join(cells) + " |")
    out += ["", f"## {md(msg.TEAM_TALK_TITLE)}", "", md(msg.team_talk_intro(publication)), ""]
    talks = [
        f"- **{md(item_title(publication, r.id))}**: {md(talk_line(publication, r))}"
        for r in result.talks
    ]
    out += [*(talks or [md(msg.team_talk_none(publication))]), ""]
    answers = int(result.survey["answers"])
    for title, statements in (
        (msg.team_only_you(publication), result.only_you),
        (msg.team_only_team(publication), result.only_team),
    ):
        out += [f"## {md(title)}", ""]
        if not statements:
            out += [md(msg.TEAM_NONE), ""]
        for item_id, group in by_item(statements):
            out += [f"**{md(item_title(publication, item_id))}**", ""]
            out += [f"- {msg.team_of(s.recognised_by, answers)}: {md(s.text)}" for s in group]
            out.append("")
    out.append(md(msg.team_compared(publication, compared_numbers(publication, result))))
    return "\n".join(out) + "\n"


def _cell(value: str) -> str:
    """Text in a table cell: escaped, and a | that would end the cell too."""
    return md(value).replace("|", "\\|")
