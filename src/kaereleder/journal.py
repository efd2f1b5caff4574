"""The journal file format: one YAML file per reflection.

A journal is a plain dict (typed as ``Journal``), in the order things were asked (see
``docs/journal-format.md``):

    schema, id, publication, content_version, status, started, finished,
    overall: {question id: text | [expectation ids]},          # added as asked
    chosen: [expectation ids],
    expectations: {expectation id: {follow-up, rating, <question id>: ..., next-step}},
    (an empty text, list or rating is a question skipped; a missing key one not asked yet)
    plan: {goals: {g1: {…}}, steps: {chef: date}, done: {g1: {day, note}}}   # at the end
    review: {plan: journal id, goals: {g1: {status, text}}}   # the last plan, at the start
    partial: {at: "expectations.e3.interplay", text: "…"}   # text typed when interrupted

Schema 2 added ``plan`` and ``review`` (``kaereleder.plans.model``); a schema 1 file, written
before plans existed, reads as a reflection without a plan and is written as schema 2.

``dump`` writes text that ``parse`` reads back exactly; ``parse`` validates like content
files do, naming file and line. This module reads and writes no files itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypedDict

from kaereleder import messages as msg
from kaereleder.content import PUBLICATIONS
from kaereleder.domain import (
    CHOOSE_OVERALL,
    COMPLETE,
    DRAFT,
    RATING,
    RATINGS,
    STATEMENT_QUESTIONS,
    STATEMENTS,
    TEXT,
)
from kaereleder.errors import JournalError
from kaereleder.plans import model as plans
from kaereleder.validate import Reader, read_document

SCHEMA = 2
SCHEMAS = (1, 2)  # the formats this version reads: 1 has no plan and no review


class Statements(TypedDict, total=False):
    """The answer to a question that offers statements; either part may be missing in a draft."""

    statements: list[str]
    text: str


# An overall answer: a text, or a list of expectation ids (``CHOOSE_OVERALL``).
OverallAnswer = str | list[str]
# One expectation's answer: a text (also ``follow-up``, ``rating``, ``next-step``), or the
# statements chosen and a text (``STATEMENT_QUESTIONS``). Keyed by the content's question ids.
Answer = str | Statements
Answers = dict[str, Answer]


class Partial(TypedDict):
    """Text typed when a draft was interrupted, and the question it answers."""

    at: str  # e.g. "expectations.e3.interplay"
    text: str


class _Header(TypedDict):
    schema: int
    id: str
    publication: str
    content_version: int
    status: str  # DRAFT or COMPLETE
    started: str  # ISO 8601 with time zone


class Journal(_Header, total=False):
    """A journal file as ``parse`` returns it; a missing key is a question not asked yet."""

    finished: str | None  # null while a draft; a file edited by hand may leave it out
    overall: dict[str, OverallAnswer]
    chosen: list[str]
    expectations: dict[str, Answers]
    review: plans.Review
    plan: plans.Plan
    partial: Partial


class Summary(TypedDict):
    """What listing and trends need of a journal; the listing index keeps it."""

    id: str
    publication: str
    content_version: int
    status: str
    started: str
    finished: str | None
    chosen: list[str]
    ratings: dict[str, str]  # expectation id: rating, "" skipped
    goals: int  # development goals made in its plan (``plans.goals``)
    review: dict[str, str]  # how the last plan's goals went: goal id: status, "" skipped


_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-(leder|chef)-[0-9a-f]{6}$")


def new(publication: str, content_version: int, started: datetime, token: str) -> Journal:
    """A new, empty draft journal. ``token`` makes the id unique (6 hex digits)."""
    return {
        "schema": SCHEMA,
        "id": f"{started:%Y%m%d-%H%M%S}-{publication}-{token}",
        "publication": publication,
        "content_version": content_version,
        "status": DRAFT,
        "started": started.isoformat(timespec="seconds"),
        "finished": None,
    }


def filename(journal: Journal) -> str:
    return f"{journal['id']}.yaml"


def summary(journal: Journal) -> Summary:
    """What listing and trends need: the header, the chosen expectations, the ratings, the
    number of goals in its plan and how its review says the last plan's goals went."""
    return {
        "id": journal["id"],
        "publication": journal["publication"],
        "content_version": journal["content_version"],
        "status": journal["status"],
        "started": journal["started"],
        "finished": journal.get("finished"),
        "chosen": list(journal.get("chosen", [])),
        "ratings": {
            expectation_id: rating
            for expectation_id, answers in journal.get("expectations", {}).items()
            if (rating := rating_of(answers)) is not None
        },
        "goals": len(plans.goals(journal.get("plan", {}))),
        "review": {
            key: answer[plans.STATUS]
            for key, answer in journal.get("review", {}).get("goals", {}).items()
            if plans.STATUS in answer
        },
    }


def rating_of(answers: Answers) -> str | None:
    """The rating in one expectation's answers: a rating id, "" skipped, None not asked."""
    return text_of(answers, RATING)


def text_of(answers: Answers, key: str) -> str | None:
    """The text answer under ``key`` (a text question, follow-up, rating, next-step): ""
    skipped, None not asked."""
    value = answers.get(key)
    return value if isinstance(value, str) else None


# --- writing ------------------------------------------------------------------------------


# Characters a block or plain scalar cannot carry exactly: line breaks other than \n,
# and anything YAML does not print as it is. Compiled when first needed (3 ms): only
# commands that write a journal pay for it.
_ODD = "[\r\x85\u2028\u2029\ufeff]|[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


@functools.cache
def _odd() -> re.Pattern[str]:
    return re.compile(_ODD)


@functools.cache
def _dumpers() -> tuple[type[Any], type[Any]]:
    """The two dumpers ``dump`` tries, made when first needed: listing the journals or
    starting a reflection never imports yaml for them.

    The first writes block scalars (``|``) for multi-line text, keys in the order asked;
    the second double-quotes every string, the fallback YAML can always read back exactly.
    """
    import yaml

    def plain(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        if _odd().search(value):
            style: str | None = '"'
        elif "\n" in value:
            style = "|"  # the emitter itself falls back to quotes where a block cannot hold it
        else:
            style = None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    def quoted(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')

    class Block(yaml.SafeDumper):
        pass

    class Quoting(yaml.SafeDumper):
        pass

    Block.add_representer(str, plain)
    Quoting.add_representer(str, quoted)
    return Block, Quoting


HEADER = msg.JOURNAL_FILE_HEADER


def dump(journal: Journal) -> str:
    """The journal as YAML text, checked to read back exactly before it is returned."""
    import yaml

    for dumper in _dumpers():
        text = HEADER + yaml.dump(
            journal, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000
        )
        if parse(text, filename(journal)) == journal:
            return text
    raise JournalError(msg.journal_not_representable(filename(journal)))


# --- reading ------------------------------------------------------------------------------


def parse(text: str, source: Path | str) -> Journal:
    """Validate the text of a journal; a problem names file, place and line."""
    reader = read_document(text, source, JournalError)
    _Validator(reader).journal()
    data: Journal = reader.doc.data
    return data


class _Validator:
    """Checks a journal and makes each emptied value (``chosen:`` with its items deleted, a
    null where a list, a mapping or a text belongs) the empty one it stands for."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader

    def journal(self) -> None:
        r = self.r
        top = r.mapping(r.doc.data, "")
        if r.value(top, "schema", "", int) not in SCHEMAS:
            r.fail("schema", msg.journal_schema(SCHEMAS))
        journal_id = r.value(top, "id", "", str)
        if not _ID.match(journal_id):
            r.fail("id", msg.JOURNAL_BAD_ID)
        r.choice(top, "publication", "", PUBLICATIONS)
        r.value(top, "content_version", "", int)
        r.choice(top, "status", "", (DRAFT, COMPLETE))
        self.time(top, "started")
        if top.get("finished") is not None:
            self.time(top, "finished")
        if "overall" in top:
            overall = top["overall"] = r.optional(top, "overall", "", dict) or {}
            for key, value in overall.items():
                path = self.key(key, "overall")
                if key in CHOOSE_OVERALL:
                    overall[key] = self.ids(value, path)
                else:
                    overall[key] = self.text(value, path)
        if "chosen" in top:
            top["chosen"] = self.ids(top["chosen"], "chosen")
        if "expectations" in top:
            expectations = top["expectations"] = r.optional(top, "expectations", "", dict) or {}
            for key, answers in expectations.items():
                path = self.key(key, "expectations")
                expectations[key] = self.answers({} if answers is None else answers, path)
        for key, check in (("review", self.review), ("plan", self.plan)):
            if key in top:
                top[key] = check({} if top[key] is None else top[key], key)
        if top.get("partial", 0) is None:
            del top["partial"]  # an emptied partial answer: nothing was being typed
        elif "partial" in top:
            partial = r.mapping(top["partial"], "partial")
            r.value(partial, "at", "partial", str)
            r.value(partial, TEXT, "partial", str)

    def review(self, value: object, path: str) -> dict[str, Any]:
        review = self.r.mapping(value, path)
        for key, item in review.items():
            here = self.key(key, path)
            if key == "plan":
                review[key] = self.text(item, here)
            elif key == "goals":
                review[key] = self.each(item, here, self.review_answer)
            else:
                self.r.fail(here, msg.journal_unknown_key(("plan", "goals")))
        return review

    def review_answer(self, value: object, path: str) -> dict[str, Any]:
        answer = self.r.mapping(value, path)
        for key, item in answer.items():
            here = self.key(key, path)
            if key == plans.STATUS:
                if item is None:
                    answer[key] = ""
                elif item not in (*plans.REVIEW_STATUSES, ""):
                    self.r.fail(here, msg.journal_one_of(plans.REVIEW_STATUSES))
            elif key == plans.TEXT:
                answer[key] = self.text(item, here)
            else:
                self.r.fail(here, msg.journal_unknown_key((plans.STATUS, plans.TEXT)))
        return answer

    def plan(self, value: object, path: str) -> dict[str, Any]:
        plan = self.r.mapping(value, path)
        for key, item in plan.items():
            here = self.key(key, path)
            if key == "goals":
                plan[key] = self.each(item, here, self.goal)
            elif key == "steps":
                plan[key] = self.each(item, here, self.day)
                for step in plan[key]:
                    if step not in plans.STEPS:
                        self.r.fail(f"{here}.{step}", msg.journal_one_of(tuple(plans.STEPS)))
            elif key == "done":
                plan[key] = self.each(item, here, self.done)
            else:
                self.r.fail(here, msg.journal_unknown_key(("goals", "steps", "done")))
        return plan

    def goal(self, value: object, path: str) -> dict[str, Any]:
        goal = self.r.mapping(value, path)
        for key, item in goal.items():
            here = self.key(key, path)
            if key == plans.INVOLVED:
                goal[key] = self.ids(item, here)
            elif key == plans.FOLLOW_UP:
                goal[key] = self.day(item, here)
            elif key in plans.GOAL_KEYS:
                goal[key] = self.text(item, here)
            else:
                self.r.fail(here, msg.journal_unknown_key(plans.GOAL_KEYS))
        return goal

    def done(self, value: object, path: str) -> dict[str, Any]:
        done = self.r.mapping(value, path)
        done["day"] = self.day(self.r.value(done, "day", path, str), f"{path}.day")
        done["note"] = self.text(done.get("note"), f"{path}.note")
        for key in done:
            if key not in ("day", "note"):
                self.r.fail(self.key(key, path), msg.journal_unknown_key(("day", "note")))
        return done

    def day(self, value: object, path: str) -> str:
        """A date (``YYYY-MM-DD``), or empty: a date skipped."""
        text = self.text(value, path)
        if text and plans.iso_day(text) is None:
            self.r.fail(path, msg.JOURNAL_BAD_DATE)
        return text

    def each(
        self, value: object, path: str, check: Callable[[object, str], Any]
    ) -> dict[str, Any]:
        """A mapping (empty where emptied) whose every value ``check`` reads."""
        found = {} if value is None else self.r.mapping(value, path)
        for key, item in found.items():
            found[key] = check(item, self.key(key, path))
        return found

    def answers(self, value: object, path: str) -> dict[str, Any]:
        answers = self.r.mapping(value, path)
        for question, value in answers.items():
            here = self.key(question, path)
            if question == RATING:
                if value is None:
                    answers[question] = ""
                elif value not in (*RATINGS, ""):
                    self.r.fail(here, msg.journal_one_of(RATINGS))
            elif question in STATEMENT_QUESTIONS:
                answers[question] = self.statements(value, here)
            else:
                answers[question] = self.text(value, here)
        return answers

    def time(self, data: dict[str, Any], key: str) -> None:
        value = self.r.value(data, key, "", str)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            self.r.fail(key, msg.JOURNAL_BAD_TIME)

    def text(self, value: object, path: str) -> str:
        return self.r.answer_text(value, path)

    def key(self, key: object, parent: str) -> str:
        path = f"{parent}.{key}"
        if not isinstance(key, str):
            self.r.fail(path, msg.journal_key_not_text(key))
        return path

    def ids(self, value: object, path: str) -> list[str]:
        """A list of ids (expectations or statements)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.r.fail(path, msg.journal_not_list(value))
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.r.fail(f"{path}[{i}]", msg.journal_not_text(item))
        return value

    def statements(self, value: object, path: str) -> dict[str, Any]:
        """{statements: [ids], text: text}; either part may be missing in a draft."""
        answer = {} if value is None else self.r.mapping(value, path)
        for key, item in answer.items():
            if key == STATEMENTS:
                answer[key] = self.ids(item, f"{path}.{key}")
            elif key == TEXT:
                answer[key] = self.text(item, f"{path}.{key}")
            else:
                self.r.fail(f"{path}.{key}", msg.JOURNAL_UNKNOWN_KEY)
        return answer
