"""The leader's own reflection beside the team's view, as plain data: no printing, no rich.

``compare`` takes a survey (shown: at least five answers) and a journal on the same
publication. Per expectation: the leader's rating, the team's distribution and mean (Ved
ikke left out), and whether the two lie more than one step apart: a place to talk about.
Per statement, where the leader went into the expectation: the ones the leader recognises
that fewer than half of the team do, and the reverse. An expectation the survey hides
(fewer than five answered it) gives no count, mean, place to talk about or statement: only
the reason, and the leader's own rating.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from kaereleder import domain
from kaereleder.content import Publication, numbered
from kaereleder.errors import KaerelederError, NotFoundError
from kaereleder.journal import Journal, rating_of
from kaereleder.team import texts as txt
from kaereleder.team.survey import Survey, hidden

if TYPE_CHECKING:  # a type only: the folder is handed in
    from kaereleder.store import Store

SCALE = domain.STEP  # ved-ikke: none
STRENGTHS = "strengths"  # the deeper question whose statements the leader recognises
HIGHER, LOWER = "higher", "lower"  # the leader's rating above the team's mean, below it


class Row(NamedTuple):
    id: str
    number: int
    title: str
    own: str | None  # the leader's rating; '' skipped; None: not gone into
    counts: tuple[int, ...]  # how many gave each of domain.RATINGS; () when hidden
    answers: int  # forms in the survey (some may have left this rating out)
    hidden: str | None = None  # why the team's result is not shown (team_survey.FEW …)

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

    @property
    def label(self) -> str:
        return numbered(self.number, self.title)


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
    withheld: tuple[str, ...]  # … and whose team result is hidden: not compared
    only_you: tuple[Statement, ...]  # recognised by the leader, by fewer than half the team
    only_team: tuple[Statement, ...]  # recognised by at least half the team, not the leader

    @property
    def talks(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.talk)

    @property
    def hidden(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.hidden)


def compare(publication: Publication, survey: Survey, journal: Journal) -> Comparison:
    answers = survey["answers"]
    mine = journal.get("expectations", {})
    rows = []
    compared: list[str] = []
    withheld: list[str] = []
    only_you: list[Statement] = []
    only_team: list[Statement] = []
    for item in publication.expectations:
        counts = survey.get("expectations", {})[item.id]
        own = rating_of(mine.get(item.id, {}))
        why = hidden(counts)
        shown = () if why else tuple(counts["ratings"][k] for k in domain.RATINGS)
        rows.append(Row(item.id, item.number, item.title, own, shown, answers, why))
        chosen = mine.get(item.id, {}).get(STRENGTHS)
        if not isinstance(chosen, dict):
            continue
        if why:
            withheld.append(item.id)
            continue
        compared.append(item.id)
        recognised = set(chosen.get("statements") or ())
        for statement in item.positive_statements:
            count = counts["recognised"][statement.id]
            found = Statement(item.id, statement.id, statement.text, count)
            many = 2 * count >= answers
            if statement.id in recognised and not many:
                only_you.append(found)
            elif statement.id not in recognised and many:
                only_team.append(found)
    header = {
        "id": journal["id"],
        "status": journal["status"],
        "started": journal["started"],
        "finished": journal.get("finished"),
    }
    return Comparison(
        publication.id,
        survey,
        header,
        tuple(rows),
        tuple(compared),
        tuple(withheld),
        tuple(only_you),
        tuple(only_team),
    )


def _survey_header(survey: Survey) -> dict[str, Any]:
    return {
        "name": survey["name"],
        "publication": survey["publication"],
        "content_version": survey["content_version"],
        "form": survey["form"],
        "imported": survey["imported"],
        "answers": survey["answers"],
    }


def hidden_data(survey: Survey, reason: str) -> dict[str, Any]:
    """For ``--format json`` below the threshold: the reason, no result."""
    return {"survey": _survey_header(survey), "shown": False, "reason": reason}


def as_data(result: Comparison) -> dict[str, Any]:
    """JSON-ready: the survey, the journal, per expectation the ratings side by side."""

    def statement(s: Statement) -> dict[str, Any]:
        return {**s._asdict(), "of": result.survey["answers"]}

    def expectation(row: Row) -> dict[str, Any]:
        out: dict[str, Any] = {"id": row.id, "number": row.number, "title": row.title}
        out.update(own=row.own, hidden=bool(row.hidden))
        if row.hidden:  # no count at all, not even how many answered
            return {**out, "reason": txt.TEAM_HIDDEN[row.hidden], "team": None, "talk": None}
        team = {
            "counts": dict(zip(domain.RATINGS, row.counts, strict=True)),
            "left_out": row.answers - sum(row.counts),
            "mean": None if row.mean is None else float(rounded(row.mean, 2)),
        }
        return {**out, "team": team, "talk": row.talk}

    return {
        "survey": _survey_header(result.survey),
        "shown": True,
        "journal": result.journal,
        "expectations": [expectation(row) for row in result.rows],
        "statements": {
            "compared": list(result.compared),
            "withheld": list(result.withheld),
            "only_you": [statement(s) for s in result.only_you],
            "only_team": [statement(s) for s in result.only_team],
        },
    }


def own_reflection(
    folder: Store, pub: Publication, journal_id: str | None, survey_name: str
) -> Journal:
    """The leader's reflection to compare the survey ``survey_name`` with: ``journal_id``,
    or the newest complete one on ``pub``; one Danish line if there is none or it is on
    another publication."""
    if journal_id is None:
        entry = folder.latest(domain.COMPLETE, pub.id)
        if entry is None:
            raise NotFoundError(txt.team_no_reflection(pub))
        return entry.journal
    mine = folder.read(folder.find(journal_id).path)
    if mine["publication"] != pub.id:
        raise KaerelederError(
            txt.team_other_publication(mine["id"], mine["publication"], survey_name, pub.id)
        )
    return mine
