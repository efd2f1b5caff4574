"""A team survey: filled-in team forms added up, as stored in ``<journal folder>/team/``.

A survey keeps counts only, never a form. Below ``THRESHOLD`` answers it keeps not even
those: as in den fællesoffentlige ledelsesevaluering, no result is shown (or stored) for
fewer than five answers. The format is described in ``docs/team-format.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from kaereleder import content, team_form
from kaereleder import messages as msg
from kaereleder.content import Publication
from kaereleder.errors import TeamError, UsageError
from kaereleder.journal import RATINGS
from kaereleder.store import Store
from kaereleder.team_form import Form
from kaereleder.validate import Reader, read_file
from kaereleder.yamlio import child

SCHEMA = 1
THRESHOLD = 5
RATINGS_KEY, RECOGNISED_KEY = "ratings", "recognised"
HEADER = (
    "# kaereleder team survey: counts only, never the individual forms.\n"
    "# The format is described in docs/team-format.md of kaereleder.\n"
)
_NAME = re.compile(r"^\w[\w-]{0,63}$")

Survey = dict[str, Any]


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise UsageError(msg.team_bad_name(name))
    return name


def shown(survey: Survey) -> bool:
    """Whether the survey has enough answers for its result to be shown."""
    return int(survey["answers"]) >= THRESHOLD


# --- from forms ---------------------------------------------------------------------------


def read_forms(paths: Iterable[Path]) -> tuple[list[tuple[Path, Form]], list[str]]:
    """Every readable form with its file, and a message (file and line) for each one not."""
    forms: list[tuple[Path, Form]] = []
    skipped: list[str] = []
    for path in dict.fromkeys(paths):  # a file named twice counts once
        try:
            forms.append((path, team_form.read(path)))
        except TeamError as exc:
            skipped.append(exc.message)
    return forms, skipped


def one_round(forms: Sequence[tuple[Path, Form]]) -> tuple[list[Form], list[str]]:
    """The forms of the round (publication and form id) most of them belong to, and a
    message for each form of another round. Two rounds of the same size: an error."""
    rounds = Counter((f.publication, f.form_id) for _, f in forms).most_common()
    if len(rounds) > 1 and rounds[0][1] == rounds[1][1]:
        raise TeamError(msg.team_rounds_tied([(*key, n) for key, n in rounds]))
    chosen = rounds[0][0]
    kept = [f for _, f in forms if (f.publication, f.form_id) == chosen]
    other = [
        msg.team_other_round(path, f.publication, f.form_id, *chosen)
        for path, f in forms
        if (f.publication, f.form_id) != chosen
    ]
    return kept, other


def check_round(surveys: dict[str, Survey | TeamError], name: str, form_id: str) -> None:
    """A round is imported under one name only: never counted twice, never split."""
    for other, found in surveys.items():
        if other != name and not isinstance(found, TeamError) and found["form"] == form_id:
            raise TeamError(msg.team_same_round(form_id, other))


def aggregate(publication: Publication, forms: Sequence[Form], name: str, now: datetime) -> Survey:
    """The forms of one round added up: per expectation, how many gave each rating and
    how many recognised each statement. Below ``THRESHOLD`` only how many answered."""
    survey: Survey = {
        "schema": SCHEMA,
        "name": name,
        "publication": publication.id,
        "content_version": forms[0].content_version,
        "form": forms[0].form_id,
        "imported": now.isoformat(timespec="seconds"),
        "answers": len(forms),
    }
    if len(forms) < THRESHOLD:
        return survey
    survey["expectations"] = {
        item.id: {
            RATINGS_KEY: {
                key: sum(f.ratings.get(item.id) == key for f in forms) for key in RATINGS
            },
            RECOGNISED_KEY: {
                s.id: sum(s.id in f.recognised for f in forms) for s in item.positive_statements
            },
        }
        for item in publication.expectations
    }
    return survey


# --- the survey file ----------------------------------------------------------------------


def dump(survey: Survey) -> str:
    return HEADER + yaml.safe_dump(survey, allow_unicode=True, sort_keys=False, width=10_000)


def load(path: Path) -> Survey:
    """Read and validate a survey file; a problem names file, place and line."""
    reader = read_file(path, TeamError)
    _validate(reader)
    data: Survey = reader.doc.data
    return data


def _validate(r: Reader) -> None:
    top = r.mapping(r.doc.data, "")
    if r.value(top, "schema", "", int) != SCHEMA:
        r.fail("schema", msg.team_survey_schema(SCHEMA))
    check = r.value(top, "name", "", str)
    if not _NAME.match(check):
        r.fail("name", msg.team_bad_name(check))
    publication = content.load(r.choice(top, "publication", "", content.PUBLICATIONS))
    for key in ("content_version", "answers"):
        if r.value(top, key, "", int) < 0:
            r.fail(key, msg.TEAM_SURVEY_NEGATIVE)
    r.value(top, "form", "", str)
    r.value(top, "imported", "", str)
    items = r.optional(top, "expectations", "", dict)
    if items is None:
        if shown(top):
            r.fail("expectations", msg.TEAM_SURVEY_NO_COUNTS)
        return
    for item in publication.expectations:
        here = child("expectations", item.id)
        counts = r.value(items, item.id, "expectations", dict)
        groups = (
            (RATINGS_KEY, RATINGS),
            (RECOGNISED_KEY, [s.id for s in item.positive_statements]),
        )
        for key, names in groups:
            values = r.value(counts, key, here, dict)
            for value_name in names:
                count = r.value(values, value_name, child(here, key), int)
                if not 0 <= count <= top["answers"]:
                    r.fail(child(child(here, key), value_name), msg.TEAM_SURVEY_NEGATIVE)


# --- finding surveys ----------------------------------------------------------------------


def existing(folder: Store) -> dict[str, Survey | TeamError]:
    """Every survey by name: loaded, or the error loading it gave."""
    found: dict[str, Survey | TeamError] = {}
    for path in folder.survey_paths():
        try:
            found[path.stem] = load(path)
        except TeamError as exc:
            found[path.stem] = exc
    return found


def find(folder: Store, name: str | None) -> Survey:
    """The survey ``name``, or the newest one (by when it was imported)."""
    surveys = existing(folder)
    if name is not None:
        check_name(name)
        if name not in surveys:
            raise TeamError(msg.team_no_survey(name, sorted(surveys), folder.team_folder()))
        found = surveys[name]
        if isinstance(found, TeamError):
            raise found
        return found
    readable = [s for s in surveys.values() if not isinstance(s, TeamError)]
    if not readable:
        raise TeamError(msg.team_no_surveys(folder.team_folder()))
    return max(readable, key=_imported)


def _imported(survey: Survey) -> tuple[float, str]:
    try:
        moment = datetime.fromisoformat(str(survey["imported"])).timestamp()
    except ValueError:
        moment = 0.0
    return moment, str(survey["name"])
