"""Paper forms typed in: one line per expectation, the rating's key and statement numbers.

A line is the rating's key (``1``–``5`` from Helt uenig to Helt enig as on the paper, ``6``,
``v`` or ``?`` Ved ikke, ``-`` none) and then the numbers of the statements ticked, as the
printed form numbers them (``4 1 3``: Delvis enig, statements 1 and 3). An empty line: the
expectation left blank. Each form becomes a ``team_form.Form``, so ``team tally`` adds the
forms up exactly as ``team import`` does; only the survey's counts are ever stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from kaereleder.content import Expectation, Publication
from kaereleder.domain import RATINGS
from kaereleder.team import texts as txt
from kaereleder.team.form import Form

KEYS = {str(n): rating for n, rating in enumerate(RATINGS, start=1)} | {
    "v": "ved-ikke",
    "?": "ved-ikke",
    "-": "",
}


Ask = Callable[[str], str | None]  # a prompt → the line typed; None: the input ended
Say = Callable[[str, bool], None]  # a line to show; True: a problem (stderr)


class Answer(NamedTuple):
    rating: str  # a key of RATINGS, or "" for none
    statements: tuple[str, ...]  # the ids of the statements ticked


def parse(item: Expectation, line: str) -> Answer:
    """One typed line for ``item``; a ValueError with a Danish message if it is wrong."""
    tokens = [t for t in re.split(r"[\s,;]+", line.strip().lower()) if t]
    if not tokens:
        return Answer("", ())
    rating = KEYS.get(tokens[0])
    if rating is None:
        raise ValueError(txt.tally_bad_rating(tokens[0]))
    statements = item.positive_statements
    chosen: list[str] = []
    for token in tokens[1:]:
        if not token.isdigit() or not 1 <= int(token) <= len(statements):
            raise ValueError(txt.tally_bad_statement(token, len(statements)))
        statement = statements[int(token) - 1].id
        if statement not in chosen:
            chosen.append(statement)
    return Answer(rating, tuple(chosen))


def form(publication: Publication, form_id: str, answers: dict[str, Answer]) -> Form:
    """The answers of one paper form as the form ``team import`` would have read."""
    ratings = {item: a.rating for item, a in answers.items() if a.rating}
    recognised = frozenset(s for a in answers.values() for s in a.statements)
    return Form(publication.id, publication.content_version, form_id, ratings, recognised)


def blank(one: Form) -> bool:
    return not one.ratings and not one.recognised


def session(publication: Publication, form_id: str, ask: Ask, say: Say) -> list[Form]:
    """Forms typed in one after another until ``s`` or the end of the input: each one
    line per expectation, a wrong line asked again, ``o`` types the last form again."""
    say(txt.tally_intro(publication), False)
    forms: list[Form] = []
    while True:
        say(txt.tally_form(len(forms) + 1), False)
        one = _one(publication, form_id, ask, say)
        if one is None:  # the input ended within this form: it is left out
            return forms
        if blank(one):
            say(txt.TALLY_BLANK, False)
        else:
            forms.append(one)
            say(txt.tally_counted(len(forms), len(one.ratings), len(one.recognised)), False)
        choice = ask(txt.TALLY_NEXT)
        while choice is not None and choice.strip().lower() not in ("", "o", "s"):
            choice = ask(txt.TALLY_NEXT)
        if choice is None or choice.strip().lower() == "s":
            return forms
        if choice.strip().lower() == "o" and not blank(one):
            forms.pop()
            say(txt.TALLY_AGAIN, False)


def _one(publication: Publication, form_id: str, ask: Ask, say: Say) -> Form | None:
    answers: dict[str, Answer] = {}
    for item in publication.expectations:
        prompt = txt.tally_prompt(publication, item.number, len(item.positive_statements))
        while item.id not in answers:
            line = ask(prompt)
            if line is None:
                if answers:
                    say(txt.TALLY_PARTIAL, True)
                return None
            try:
                answers[item.id] = parse(item, line)
            except ValueError as exc:
                say(str(exc), True)
    return form(publication, form_id, answers)
