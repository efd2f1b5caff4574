"""The trend as a compact chart: one row per expectation, one column per reflection."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.journals import plantexts as ptx
from kaereleder.journals import texts as txt
from kaereleder.journals.trend import Trend
from kaereleder.render import para

CELL = 6  # "dd.mm" and a space
LABEL = 30  # "1. " and the shortened title, with a space after it
MIN_LABEL = 12
# The height of the glyph beside a rating shows the row's shape at a glance.
GLYPHS = {"1": "▁", "2": "▃", "3": "▄", "4": "▆", "5": "█"}


def chart(publication: Publication, trend: Trend) -> RenderableType:
    parts: list[RenderableType] = [
        para(txt.trend_title(publication), "bold"),
        para(txt.TREND_NOT_A_GRADE, "dim"),
        Text(),
        _Chart(trend),
        Text(),
        para(txt.TREND_LEGEND, "dim"),
    ]
    if trend.has_goals:
        parts.append(para(ptx.TREND_PLAN_LEGEND, "dim"))
    if trend.drafts:
        parts.append(para(txt.trend_drafts(trend.drafts), "dim"))
    return Group(*parts)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _cell(rating: str | None) -> Text:
    if rating is None:
        return Text(" " * CELL)
    code = msg.RATING_CODES.get(rating, "?")
    glyph = GLYPHS.get(code, " ")
    style = "cyan" if code in GLYPHS else "dim"
    return Text(f"  {code}{glyph}  ", style=style)


class _Chart:
    """Fits as many reflections as the width allows: the latest, with a note if not all."""

    def __init__(self, trend: Trend) -> None:
        self.trend = trend

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        label = max(MIN_LABEL, min(LABEL, width - CELL))
        fits = max(1, (width - label + 1) // CELL)
        if len(self.trend.points) < fits:  # room to spare: longer titles
            longest = max((len(r.label) for r in self.trend.rows), default=0)
            label = max(label, min(longest + 1, width - len(self.trend.points) * CELL + 1))
        points = self.trend.points[-fits:]
        first = len(self.trend.points) - len(points)
        if first:
            yield para(txt.trend_shown(len(points), len(self.trend.points)), "yellow")
            yield Text()
        years, dates = Text(" " * label), Text(" " * label)
        year = ""
        for point in points:
            if point.date[:4] != year:
                year = point.date[:4]
                years.append(f"{year:<{CELL}}")
            else:
                years.append(" " * CELL)
            dates.append(f"{point.date[8:10]}.{point.date[5:7]} ")
        yield _rstrip(years, "dim")
        yield _rstrip(dates, "dim")
        for row in self.trend.rows:
            line = Text(f"{_shorten(row.label, label - 1):<{label}}")
            for rating in row.ratings[first:]:
                line.append_text(_cell(rating))
            yield _rstrip(line)
        if self.trend.has_goals:
            yield Text()
            yield from self._goals(label, first)

    def _goals(self, width: int, first: int) -> RenderResult:
        """Two rows under the ratings: the goals made, and how the last plan's went."""
        goals = self.trend.goals[first:]
        made = Text(f"{_shorten(ptx.TREND_GOALS, width - 1):<{width}}")
        went = Text(f"{_shorten(ptx.TREND_WENT, width - 1):<{width}}")
        for point in goals:
            made.append(f"  {point.made}   " if point.made else " " * CELL, style="cyan")
            codes = "".join(ptx.TREND_CODES.get(status, "?") for status in point.review)
            went.append(f"  {codes:<{CELL - 2}}", style="cyan")
        yield _rstrip(made)
        yield _rstrip(went)


def _rstrip(text: Text, style: str = "") -> Text:
    text.rstrip()
    text.no_wrap, text.overflow = True, "crop"  # a row never wraps, even when too narrow
    if style:
        text.stylize(style)
    return text
