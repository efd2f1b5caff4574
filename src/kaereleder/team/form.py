"""The team form: a questionnaire for the employees (in *Kære chef!*, the leaders).

``text`` makes the YAML form to fill in, explained in Danish comments; ``read`` validates
a filled-in form into a ``Form``: a rating and the recognised statements per expectation,
never a name. The format is described in ``docs/team-format.md``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from kaereleder import content
from kaereleder import messages as msg
from kaereleder.content import Expectation, Publication
from kaereleder.domain import RATINGS
from kaereleder.errors import TeamError
from kaereleder.team import texts as txt
from kaereleder.validate import Reader, read_document, read_file
from kaereleder.yamlio import child

SCHEMA = "kaereleder-team-1"
FORM, PUBLICATION, VERSION, FORM_ID, ITEMS = (
    "skema",
    "publikation",
    "indholdsversion",
    "skema-id",
    "forventninger",
)
RATING, RECOGNISED = "vurdering", "genkender"
MARKS = ("x", "ja")  # and YAML's true (yes, on): a statement recognised
WIDTH = 88  # of the comment lines

_ID = re.compile(r"^[0-9]{8}-[0-9a-f]{6}$")


class Form(NamedTuple):
    """One filled-in form: what it answered, nothing about who."""

    publication: str
    content_version: int
    form_id: str  # the round: every form handed out together shares it
    ratings: dict[str, str]  # expectation id → rating (answered ones only)
    recognised: frozenset[str]  # statement ids marked with x
    dropped: tuple[str, ...] = ()  # a message (file, line) per field not counted


def valid_id(form_id: str) -> bool:
    return bool(_ID.fullmatch(form_id))


def new_id(today: datetime, token: str) -> str:
    """A form id: the day it was made and six hex digits, ``20261122-4f9a2c``."""
    return f"{today:%Y%m%d}-{token}"


def filename(publication: Publication, form_id: str, suffix: str) -> str:
    return f"{txt.TEAM_FORM_FILE}-{publication.id}-{form_id}.{suffix}"


def answer_filename(publication: Publication, form_id: str) -> str:
    """The name a form saved from the web page gets: the round and a random ``{token}``,
    nothing about who answered."""
    return f"{txt.TEAM_ANSWER_FILE}-{publication.id}-{form_id}-{{token}}.yaml"


# --- writing the form ---------------------------------------------------------------------


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    )


def _comment(text: str, indent: str = "") -> list[str]:
    return _wrap(text, f"{indent}# ", f"{indent}# ")


def text(publication: Publication, form_id: str) -> str:
    """The form to fill in, for every expectation of ``publication``."""
    rule = "# " + "─" * (WIDTH - 2)
    out = [rule, f"# {txt.team_form_title(publication)}", rule]
    for paragraph in txt.team_form_intro(publication):
        out += ["#", *_comment(paragraph)]
    out += ["#", *_comment(txt.TEAM_FORM_HOW)]
    for step in txt.team_form_steps(publication):
        out += _wrap(step, "# ", "#    ")
    out += ["#", *_comment(txt.TEAM_FORM_EXAMPLE), *txt.team_form_example(publication), ""]
    out += [*_comment(txt.TEAM_FORM_KEEP), f"{FORM}: {SCHEMA}", f"{PUBLICATION}: {publication.id}"]
    out += [f"{VERSION}: {publication.content_version}", f"{FORM_ID}: {form_id}", ""]
    out.append(f"{ITEMS}:")
    for item in publication.expectations:
        out += ["", *_expectation(publication, item)]
    return "\n".join(out) + "\n"


def _expectation(publication: Publication, item: Expectation) -> list[str]:
    count, kind = len(publication.expectations), publication.terms.item.capitalize()
    header = f"── {msg.ITEM_OF.format(item=kind, number=item.number, count=count)} "
    out = [f"  # {header.ljust(WIDTH - 4, '─')}"]
    out += _comment(item.request.heading, "  ") + _comment(item.label, "  ")
    out += [f"  {item.id}:", *_comment(txt.team_form_rating(publication), "    ")]
    out += [f"    {RATING}:", *_comment(txt.team_form_recognise(publication), "    ")]
    out.append(f"    {RECOGNISED}:")
    for section in item.request.sections:
        if not section.positive:
            continue
        out += _comment(section.heading or "", "      ")
        for statement in section.items:
            out += _wrap(statement.text, "      # - ", "      #   ")
            out.append(f"      {statement.id}:")
    return out


# --- reading a filled-in form -------------------------------------------------------------


def read(path: Path) -> Form:
    """Validate the filled-in form at ``path``; a problem names file, place and line."""
    return _Reader(read_file(path, TeamError)).form()


def parse(text: str, source: Path) -> Form:
    """Validate the text of a filled-in form read from ``source``."""
    return _Reader(read_document(text, source, TeamError)).form()


def rating_value(value: object) -> str | None:
    """A rating as written (``Delvis enig``, ``delvis-enig``) → its key; None if unknown."""
    if not isinstance(value, str):
        return None
    key = _key(value)
    return key if key in RATINGS else None


def _key(value: str) -> str:
    return "-".join(value.lower().replace("_", " ").replace("-", " ").split())


def suggest(value: object, known: Iterable[str]) -> str | None:
    """The one of ``known`` that ``value`` was most likely meant to be, if any is close."""
    import difflib

    found = difflib.get_close_matches(_key(str(value)), list(known), n=1, cutoff=0.6)
    return found[0] if found else None


class _Reader:
    """Reads a form: what makes it another form (its round, its publication) or could tell
    who answered (a key of its own) rejects it; a wrong value drops that field only."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.dropped: list[str] = []

    def drop(self, path: str, problem: str) -> None:
        """Leave out one field, and say so with file, line and place."""
        line = self.r.doc.line(path)
        where = f"{self.r.source}, linje {line}" if line else self.r.source
        self.dropped.append(f"{where}: {path}: {problem}")

    def form(self) -> Form:
        r = self.r
        if r.doc.data is None:
            r.fail("", txt.TEAM_FORM_EMPTY)
        top = r.mapping(r.doc.data, "")
        for key in top:
            if key not in (FORM, PUBLICATION, VERSION, FORM_ID, ITEMS):
                r.fail(str(key), txt.TEAM_FORM_UNKNOWN_KEY)
        if top.get(FORM) != SCHEMA:
            r.fail(FORM if FORM in top else "", txt.TEAM_NOT_A_FORM)
        publication = content.load(r.choice(top, PUBLICATION, "", content.PUBLICATIONS))
        version = r.value(top, VERSION, "", int)
        form_id = r.value(top, FORM_ID, "", str)
        if not _ID.match(form_id):
            r.fail(FORM_ID, txt.TEAM_FORM_BAD_ID)
        ratings: dict[str, str] = {}
        recognised: set[str] = set()
        for key, value in r.value(top, ITEMS, "", dict).items():
            here = child(ITEMS, str(key))
            item = publication.by_id(str(key))
            if item is None:
                ids = [e.id for e in publication.expectations]
                self.drop(here, txt.team_form_no_item(publication, suggest(key, ids)))
                continue
            if type(value) is not dict:
                if value is not None:
                    self.drop(here, txt.TEAM_FORM_NOT_ANSWERS)
                continue
            rating = self.rating(value, here)
            if rating:
                ratings[item.id] = rating
            recognised.update(self.marks(item, value, here))
        if not ratings and not recognised:
            first = child(child(ITEMS, publication.expectations[0].id), RATING)
            if self.dropped:
                raise TeamError(txt.team_form_nothing_left(self.dropped))
            r.fail(first, txt.TEAM_FORM_UNFILLED)
        dropped = tuple(self.dropped)
        return Form(publication.id, version, form_id, ratings, frozenset(recognised), dropped)

    def rating(self, answers: dict[str, Any], path: str) -> str | None:
        for key in answers:
            if key not in (RATING, RECOGNISED):
                near = suggest(key, (RATING, RECOGNISED))
                self.drop(child(path, str(key)), txt.team_form_unknown_answer(near))
        value = answers.get(RATING)
        if value is None or value == "":
            return None
        rating = rating_value(value)
        if rating is None:
            near = suggest(value, RATINGS)
            self.drop(child(path, RATING), txt.team_form_bad_rating(value, near))
        return rating

    def marks(self, item: Expectation, answers: dict[str, Any], path: str) -> list[str]:
        here = child(path, RECOGNISED)
        marks = answers.get(RECOGNISED)
        if marks is None:
            return []
        if type(marks) is not dict:
            self.drop(here, txt.TEAM_FORM_NOT_MARKS)
            return []
        known = [s.id for s in item.positive_statements]
        chosen = []
        for key, mark in marks.items():
            place = child(here, str(key))
            if key not in known:
                if mark not in (None, "", False):  # an empty line of its own harms nothing
                    near = suggest(key, known)
                    self.drop(place, txt.team_form_unknown_statement(near))
            elif mark is True or (isinstance(mark, str) and mark.strip().lower() in MARKS):
                chosen.append(str(key))
            elif mark not in (None, "", False):
                self.drop(place, txt.team_form_bad_mark(mark))
        return chosen
