"""Each expectation's self-rating over the reflections, as plain data.

Built from the listing's summaries only (``Store.listing()``), never from the journal
files: a trend over 1,000 journals reads one cached index. Complete reflections of one
publication, oldest first; drafts are left out (and counted).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from kaereleder.content import Publication, numbered
from kaereleder.domain import COMPLETE, DRAFT
from kaereleder.plans.model import REVIEW_STATUSES

if TYPE_CHECKING:
    from kaereleder.journal import Summary


class Point(NamedTuple):
    """One complete reflection on the date axis."""

    id: str
    date: str  # YYYY-MM-DD: the day it was finished (started, if no finish is recorded)


class Row(NamedTuple):
    """One expectation: its rating in each reflection of ``Trend.points``."""

    id: str
    number: int
    title: str
    ratings: tuple[str | None, ...]  # a rating id, "" skipped, None not gone into

    @property
    def label(self) -> str:
        return numbered(self.number, self.title)


class Goals(NamedTuple):
    """One reflection's development plan: the goals made, and how the last plan's went."""

    made: int
    review: tuple[str, ...]  # the reviewed goals' statuses in order: done, carried, dropped, ""


class Trend(NamedTuple):
    publication: str
    points: tuple[Point, ...]
    rows: tuple[Row, ...]
    drafts: int
    goals: tuple[Goals, ...] = ()  # per point

    @property
    def has_goals(self) -> bool:
        """Whether any reflection made or reviewed a plan (else the chart is as before)."""
        return any(g.made or g.review for g in self.goals)


def build(publication: Publication, summaries: Iterable[Summary | None]) -> Trend:
    """The trend of ``publication`` from journal summaries (``journal.summary``)."""
    ours = [s for s in summaries if s is not None and s.get("publication") == publication.id]
    complete = sorted((s for s in ours if s.get("status") == COMPLETE), key=_order)
    points = tuple(Point(s["id"], _when(s)[:10]) for s in complete)
    rows = tuple(
        Row(
            item.id,
            item.number,
            item.title,
            tuple(_rating(s, item.id) for s in complete),
        )
        for item in publication.expectations
    )
    drafts = sum(1 for s in ours if s.get("status") == DRAFT)
    goals = tuple(_goals(s) for s in complete)
    return Trend(publication.id, points, rows, drafts, goals)


def _goals(summary: Summary) -> Goals:
    """Read safely: a summary from before plans has neither key."""
    return Goals(summary.get("goals") or 0, tuple((summary.get("review") or {}).values()))


def _when(summary: Summary) -> str:
    return summary.get("finished") or summary.get("started") or ""


def _order(summary: Summary) -> tuple[float, str]:
    """By the moment it was finished (time zones taken into account), then by id."""
    try:
        moment = datetime.fromisoformat(_when(summary)).timestamp()
    except ValueError:
        moment = 0.0
    return (moment, summary["id"])


def _rating(summary: Summary, expectation_id: str) -> str | None:
    return (summary.get("ratings") or {}).get(expectation_id)


def as_json(trend: Trend) -> dict[str, Any]:
    """For ``--json``: the reflections, and per expectation the ratings it was given."""
    return {
        "publication": trend.publication,
        "reflections": [point._asdict() for point in trend.points],
        "drafts_left_out": trend.drafts,
        "expectations": [
            {
                "id": row.id,
                "number": row.number,
                "title": row.title,
                "ratings": [
                    {"date": point.date, "journal": point.id, "rating": rating}
                    for point, rating in zip(trend.points, row.ratings, strict=True)
                    if rating is not None
                ],
            }
            for row in trend.rows
        ],
        "goals": [
            {
                "date": point.date,
                "journal": point.id,
                "made": goals.made,
                "review": {
                    **{status: goals.review.count(status) for status in REVIEW_STATUSES},
                    "skipped": goals.review.count(""),
                },
            }
            for point, goals in zip(trend.points, trend.goals, strict=True)
        ],
    }
