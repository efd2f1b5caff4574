"""The team's view in the LUS pack: what ``team compare`` shows, with nothing the leader
left out of the pack (the own ratings, the statements recognised), as Markdown or HTML."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from kaereleder.content import Publication
from kaereleder.document import md
from kaereleder.journal import Journal
from kaereleder.journals import texts as txt

if TYPE_CHECKING:
    from kaereleder.store import Store
    from kaereleder.team.compare import Comparison


def shared(result: Comparison, chosen: Sequence[str]) -> Comparison:
    """The team's view with no statement the leader recognised but where that answer (the
    strengths) is chosen too."""
    from kaereleder.team.compare import STRENGTHS

    shown = {key.split("/")[0] for key in chosen if key.endswith("/" + STRENGTHS)}
    return result._replace(
        compared=tuple(i for i in result.compared if i in shown),
        withheld=tuple(i for i in result.withheld if i in shown),
        only_you=tuple(s for s in result.only_you if s.expectation in shown),
        only_team=tuple(s for s in result.only_team if s.expectation in shown),
    )


def team_for(folder: Store, publication: Publication, data: Journal) -> Comparison | None:
    """The newest team survey on the reflection's publication beside it, if its result is
    shown (at least five answers); None if there is none."""
    from kaereleder.team import compare as team_compare
    from kaereleder.team import survey as team_survey

    found = team_survey.newest(folder, publication.id)
    if found is None or not team_survey.shown(found):
        return None
    return team_compare.compare(publication, found, data)


class Block(NamedTuple):
    """A piece of the team's view for either format: a heading ("h2", "h3"), a paragraph
    ("p"), a table ("table": ``head`` and ``rows``) or a list ("ul": ``items``, each a bold
    start, maybe empty, and its text)."""

    kind: str
    text: str = ""
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    items: tuple[tuple[str, str], ...] = ()


def blocks(publication: Publication, result: Comparison, own: bool) -> list[Block]:
    """``team compare``'s table, places to talk about and statements seen differently; the
    leader's own ratings (and so the places to talk about) only if ``own``: the ratings are
    in the pack; the statements only where the leader shares them."""
    from kaereleder.render import team as view
    from kaereleder.team import texts as team_txt

    header = view.header_lines(publication, result)
    out = [Block("h2", team_txt.team_title(publication))]
    out += [Block("p", line) for line in [*header, team_txt.team_legend(publication)]]
    head = [publication.terms.item.capitalize(), *view.CODES, team_txt.TEAM_MEAN]
    rows = []
    for row in result.rows:
        counts = [str(n) for n in row.counts] or ["–"] * len(view.CODES)
        cells = [row.label, *counts, view.mean(row.mean) or "–"]
        rows.append(tuple(cells + [view.own_label(row)] if own else cells))
    out.append(
        Block("table", head=tuple(head + [team_txt.TEAM_OWN] if own else head), rows=tuple(rows))
    )
    hidden = [
        (view.item_title(publication, r.id), team_txt.TEAM_HIDDEN[r.hidden or ""] + ".")
        for r in result.hidden
    ]
    if hidden:
        out.append(Block("ul", items=tuple(hidden)))
    if not own:
        out.append(Block("p", txt.LUS_TEAM_WITHOUT_OWN))
        return out
    out += [
        Block("h3", team_txt.TEAM_TALK_TITLE),
        Block("p", team_txt.team_talk_intro(publication)),
    ]
    talks = [
        (view.item_title(publication, r.id), view.talk_line(publication, r)) for r in result.talks
    ]
    out.append(
        Block("ul", items=tuple(talks))
        if talks
        else Block("p", team_txt.team_talk_none(publication))
    )
    if result.hidden:
        out.append(Block("p", team_txt.team_talk_hidden(publication, view.hidden_numbers(result))))
    if not result.compared:
        return out
    answers = result.survey["answers"]
    for title, statements in (
        (team_txt.team_only_you(publication), result.only_you),
        (team_txt.team_only_team(publication), result.only_team),
    ):
        out.append(Block("h3", title))
        if not statements:
            out.append(Block("p", team_txt.TEAM_NONE))
        for item_id, group in view.by_item(statements):
            found = [
                ("", f"{team_txt.team_of(s.recognised_by, answers)}: {s.text}") for s in group
            ]
            out += [
                Block("p", view.item_title(publication, item_id)),
                Block("ul", items=tuple(found)),
            ]
    out.append(Block("p", view.compared_line(publication, result)))
    return out


def _cell(value: str) -> str:
    return md(value).replace("|", "\\|")


def markdown(parts: Sequence[Block]) -> list[str]:
    out: list[str] = []
    for block in parts:
        if block.kind in ("h2", "h3"):
            out.append("#" * int(block.kind[1]) + " " + md(block.text))
        elif block.kind == "p":
            out.append(md(block.text))
        elif block.kind == "table":
            out.append("| " + " | ".join(_cell(h) for h in block.head) + " |")
            out.append("| --- |" + " ---: |" * (len(block.head) - 2) + " --- |")
            out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        else:
            out += [f"- **{md(b)}**: {md(t)}" if b else f"- {md(t)}" for b, t in block.items]
        out.append("")
    return out


CSS = """\
.team table { border-collapse: collapse; font-size: .9em; }
.team th, .team td { border-bottom: 1px solid #ccc; padding: .15rem .4rem; text-align: right; }
.team th:first-child, .team td:first-child, .team td:last-child { text-align: left; }
"""


def html(parts: Sequence[Block]) -> list[str]:
    if not parts:
        return []
    out = ['<section class="team">']
    for block in parts:
        if block.kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in block.head) + "</tr>")
            for row in block.rows:
                out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif block.kind == "ul":
            out.append("<ul>")
            for bold, text in block.items:
                lead = f"<strong>{escape(bold)}</strong>: " if bold else ""
                out.append(f"<li>{lead}{escape(text)}</li>")
            out.append("</ul>")
        else:
            out.append(f"<{block.kind}>{escape(block.text)}</{block.kind}>")
    out.append("</section>")
    return out
