"""The leader's own reflection beside the team's view, as plain data: no printing, no rich.

``compare`` takes a survey (shown: at least five answers) and a journal on the same
publication. Per expectation: the leader's rating, the team's distribution and mean (Ved
ikke left out), and whether the two lie more than one step apart: a place to talk about.
Per statement, where the leader went into the expectation: the ones the leader recognises
that fewer than half of the team do, and the reverse.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from kaereleder import journal as jf
from kaereleder.content import Publication
from kaereleder.team_survey import RATINGS_KEY, RECOGNISED_KEY, Survey

SCALE = {key: step for step, key in enumerate(jf.RATINGS[:5], start=1)}  # ved-ikke: none
STRENGTHS = "strengths"  # the deeper question whose statements the leader recognises
HIGHER, LOWER = "higher", "lower"  # the leader's rating above the team's mean, below it


class Row(NamedTuple):
    id: str
    number: int
    title: str
    own: str | None  # the leader's rating; '' skipped; None: not gone into
    counts: tuple[int, ...]  # how many gave each of jf.RATINGS
    answers: int  # forms in the survey (some may have left this rating out)

    @property
    def rated(self) -> int:
        """Answers on the scale (Ved ikke and left out not counted)."""
        return sum(self.counts[: len(SCALE)])

    @property
    def total(self) -> int:
        """The sum of the steps given (1 Helt uenig … 5 Helt enig)."""
        return sum(step * n for step, n in zip(SCALE.values(), self.counts, strict=False))

    @property
    def mean(self) -> Decimal | None:
        return Decimal(self.total) / self.rated if self.rated else None

    @property
    def talk(self) -> str | None:
        """HIGHER or LOWER where self and team lie more than one step apart."""
        step = SCALE.get(self.own or "")
        if step is None or not self.rated:
            return None
        gap = step * self.rated - self.total  # exactly (own - mean) * rated
        if abs(gap) <= self.rated:
            return None
        return HIGHER if gap > 0 else LOWER


def rounded(value: Decimal, places: int = 1) -> Decimal:
    """Rounded half up, as people round: 3,25 → 3,3."""
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


class Statement(NamedTuple):
    expectation: str  # id
    id: str
    text: str
    recognised_by: int  # how many of the team recognised it


class Comparison(NamedTuple):
    publication: str
    survey: Survey
    journal: dict[str, Any]  # id, status, started, finished
    rows: tuple[Row, ...]
    compared: tuple[str, ...]  # expectations whose statements the leader chose among
    only_you: tuple[Statement, ...]  # recognised by the leader, by fewer than half the team
    only_team: tuple[Statement, ...]  # recognised by at least half the team, not the leader

    @property
    def talks(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.talk)


def compare(publication: Publication, survey: Survey, journal: dict[str, Any]) -> Comparison:
    answers = int(survey["answers"])
    mine = journal.get("expectations", {})
    rows = []
    compared: list[str] = []
    only_you: list[Statement] = []
    only_team: list[Statement] = []
    for item in publication.expectations:
        counts = survey["expectations"][item.id]
        own = mine.get(item.id, {}).get(jf.RATING)
        ratings = counts[RATINGS_KEY]
        rows.append(
            Row(
                item.id,
                item.number,
                item.title,
                own,
                tuple(ratings[k] for k in jf.RATINGS),
                answers,
            )
        )
        chosen = mine.get(item.id, {}).get(STRENGTHS)
        if not isinstance(chosen, dict):
            continue
        compared.append(item.id)
        recognised = set(chosen.get(jf.STATEMENTS) or ())
        for statement in item.positive_statements:
            count = counts[RECOGNISED_KEY][statement.id]
            found = Statement(item.id, statement.id, statement.text, count)
            many = 2 * count >= answers
            if statement.id in recognised and not many:
                only_you.append(found)
            elif statement.id not in recognised and many:
                only_team.append(found)
    header = {key: journal.get(key) for key in ("id", "status", "started", "finished")}
    return Comparison(
        publication.id,
        survey,
        header,
        tuple(rows),
        tuple(compared),
        tuple(only_you),
        tuple(only_team),
    )


def _survey_header(survey: Survey) -> dict[str, Any]:
    keys = ("name", "publication", "content_version", "form", "imported", "answers")
    return {key: survey[key] for key in keys}


def hidden_data(survey: Survey, reason: str) -> dict[str, Any]:
    """For ``--format json`` below the threshold: the reason, no result."""
    return {"survey": _survey_header(survey), "shown": False, "reason": reason}


def as_data(result: Comparison) -> dict[str, Any]:
    """JSON-ready: the survey, the journal, per expectation the ratings side by side."""

    def statement(s: Statement) -> dict[str, Any]:
        return {**s._asdict(), "of": int(result.survey["answers"])}

    return {
        "survey": _survey_header(result.survey),
        "shown": True,
        "journal": result.journal,
        "expectations": [
            {
                "id": row.id,
                "number": row.number,
                "title": row.title,
                "own": row.own,
                "team": {
                    "counts": dict(zip(jf.RATINGS, row.counts, strict=True)),
                    "left_out": row.answers - sum(row.counts),
                    "mean": None if row.mean is None else float(rounded(row.mean, 2)),
                },
                "talk": row.talk,
            }
            for row in result.rows
        ],
        "statements": {
            "compared": list(result.compared),
            "only_you": [statement(s) for s in result.only_you],
            "only_team": [statement(s) for s in result.only_team],
        },
    }
