"""A team survey: filled-in team forms added up, as stored in ``<journal folder>/team/``.

A survey keeps counts only, never a form. As in den fællesoffentlige ledelsesevaluering, no
result is shown (or stored) for fewer than ``THRESHOLD`` answers: not for the survey, and not
for one expectation within it (Ved ikke counts as an answer there). Nor is a result shown
that differs from the one shown before by fewer than ``THRESHOLD`` answers, where comparing
the two would tell what those few answered. The format is described in
``docs/team-format.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

import yaml

from kaereleder import content, domain
from kaereleder.content import Publication
from kaereleder.domain import RATINGS
from kaereleder.errors import TeamError, UsageError
from kaereleder.team import form as team_form
from kaereleder.team import texts as txt
from kaereleder.team.form import Form
from kaereleder.validate import Reader, read_file
from kaereleder.yamlio import child

if TYPE_CHECKING:  # a type only: the folder is handed in
    from kaereleder.store import Store

SCHEMA = 2
RATINGS_KEY, RECOGNISED_KEY = "ratings", "recognised"
ANSWERED, HIDDEN, SHOWN_WITH = "answered", "hidden", "shown_with"
FEW, CHANGED = "few", "changed"  # why an expectation is hidden
HEADER = (
    "# kaereleder team survey: counts only, never the individual forms.\n"
    "# Formatet vises med: kaereleder vejledning team (på engelsk)\n"
)
_NAME = re.compile(r"^\w[\w-]{0,63}$")


class Counts(TypedDict, total=False):
    """One expectation's counts: how many answered; below the threshold (or changed by too
    few since last shown) ``hidden`` and perhaps ``shown_with``, else the counts."""

    answered: int
    hidden: bool
    shown_with: int
    ratings: dict[str, int]  # by rating id (domain.RATINGS)
    recognised: dict[str, int]  # by statement id


class _SurveyHeader(TypedDict):
    schema: int
    name: str
    publication: str
    content_version: int
    form: str
    imported: str  # ISO time with time zone
    answers: int


class Survey(_SurveyHeader, total=False):
    """A survey file (``docs/team-format.md``): counts only, never a form."""

    expectations: dict[str, Counts]  # only when at least THRESHOLD answered


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):  # not match: "$" would let a final newline through
        raise UsageError(txt.team_bad_name(name))
    return name


def shown(survey: Survey | dict[str, Any]) -> bool:
    """Whether the survey (or a file's mapping being validated) has enough answers for its
    result to be shown."""
    return bool(survey["answers"] >= domain.THRESHOLD)


def hidden(counts: Counts) -> str | None:
    """Why one expectation's result is not shown (FEW or CHANGED), or None: it is shown."""
    if counts["answered"] < domain.THRESHOLD:
        return FEW
    return CHANGED if counts.get("hidden") else None


def same_round(one: Survey, other: Survey) -> bool:
    return one["publication"] == other["publication"] and one["form"] == other["form"]


# --- from forms ---------------------------------------------------------------------------


def read_forms(paths: Iterable[Path]) -> tuple[list[tuple[Path, Form]], list[str]]:
    """Every readable form with its file, and a message (file and line) for each one not.

    A form counts once, however it is named: a second name of the same file (the same
    path spelled otherwise, a symbolic or a hard link: the same device and inode) or a
    byte-for-byte copy (the same content, line endings aside) is skipped as a duplicate of
    the first, and said so. One form and four links must not look like five answers."""
    from hashlib import sha256

    from kaereleder.validate import read_text

    forms: list[tuple[Path, Form]] = []
    skipped: list[str] = []
    first: dict[object, Path] = {}  # each identity of a file read → the name it was read by
    for path in paths:
        try:
            read = read_text(path, TeamError)
        except TeamError as exc:
            skipped.append(exc.message)
            continue
        names: tuple[object, ...] = (sha256(read.text.encode()).hexdigest(),)
        if read.inode:  # 0: a file system without inodes (FAT on Windows): content only
            names += (("file", read.device, read.inode),)
        same = next((first[name] for name in names if name in first), None)
        if same is not None:
            skipped.append(txt.team_duplicate(path, same))
            continue
        first.update(dict.fromkeys(names, path))
        try:
            forms.append((path, team_form.parse(read.text, path)))
        except TeamError as exc:
            skipped.append(exc.message)
    return forms, skipped


def one_round(forms: Sequence[tuple[Path, Form]]) -> tuple[list[Form], list[str]]:
    """The forms of the round (publication and form id) most of them belong to, and a
    message for each form of another round. Two rounds of the same size: an error."""
    rounds = Counter((f.publication, f.form_id) for _, f in forms).most_common()
    if len(rounds) > 1 and rounds[0][1] == rounds[1][1]:
        raise TeamError(txt.team_rounds_tied([(*key, n) for key, n in rounds]))
    chosen = rounds[0][0]
    kept = [f for _, f in forms if (f.publication, f.form_id) == chosen]
    other = [
        txt.team_other_round(path, f.publication, f.form_id, *chosen)
        for path, f in forms
        if (f.publication, f.form_id) != chosen
    ]
    return kept, other


def check_round(surveys: dict[str, Survey | TeamError], name: str, form_id: str) -> None:
    """A round is imported under one name only: never counted twice, never split."""
    for other, found in surveys.items():
        if other != name and not isinstance(found, TeamError) and found["form"] == form_id:
            raise TeamError(txt.team_same_round(form_id, other))


def aggregate(
    publication: Publication,
    forms: Sequence[Form],
    name: str,
    now: datetime,
    previous: Survey | None = None,
) -> Survey:
    """The forms of one round added up: per expectation, how many answered it (gave a
    rating, Ved ikke too), how many gave each rating and how many (of all the forms)
    recognised each statement. Below ``THRESHOLD`` answers, for the survey or for one
    expectation, only how many answered. ``previous``: the survey this one replaces; an
    expectation whose answers differ by fewer than ``THRESHOLD`` from what it last showed
    is hidden, and remembers that number (``shown_with``) for the next replacement."""
    survey: Survey = {
        "schema": SCHEMA,
        "name": name,
        "publication": publication.id,
        "content_version": forms[0].content_version,
        "form": forms[0].form_id,
        "imported": now.isoformat(timespec="seconds"),
        "answers": len(forms),
    }
    if len(forms) < domain.THRESHOLD:
        return survey
    before: dict[str, Counts] = {}
    if previous is not None and shown(previous) and same_round(previous, survey):
        before = previous.get("expectations") or {}
    items: dict[str, Counts] = {}
    for item in publication.expectations:
        answered = sum(item.id in f.ratings for f in forms)
        last = last_shown(before.get(item.id))
        counts: Counts = {"answered": answered}
        if answered < domain.THRESHOLD or (
            last is not None and 0 < abs(answered - last) < domain.THRESHOLD
        ):
            counts["hidden"] = True
            if last is not None:
                counts["shown_with"] = last
        else:
            counts["ratings"] = {
                key: sum(f.ratings.get(item.id) == key for f in forms) for key in RATINGS
            }
            counts["recognised"] = {
                s.id: sum(s.id in f.recognised for f in forms) for s in item.positive_statements
            }
        items[item.id] = counts
    survey["expectations"] = items
    return survey


def last_shown(counts: Counts | None) -> int | None:
    """How many answers an expectation's result was last shown with; None: never shown."""
    if counts is None:
        return None
    if hidden(counts) is None:
        return counts["answered"]
    return counts.get("shown_with")


def check_replace(previous: Survey | None, survey: Survey) -> None:
    """A survey whose result was shown is replaced (same round) only by one that shows a
    result too, with the same number of answers or at least ``THRESHOLD`` more or fewer:
    comparing the two must not tell what fewer than five answered."""
    if previous is None or not shown(previous) or not same_round(previous, survey):
        return
    name, before, after = previous["name"], previous["answers"], survey["answers"]
    if after < domain.THRESHOLD:
        raise TeamError(txt.team_replace_too_few(name, before, after))
    if 0 < abs(after - before) < domain.THRESHOLD:
        raise TeamError(txt.team_replace_too_close(name, before, after))


# --- the survey file ----------------------------------------------------------------------


def dump(survey: Survey) -> str:
    return HEADER + yaml.safe_dump(survey, allow_unicode=True, sort_keys=False, width=10_000)


def load(path: Path) -> Survey:
    """Read and validate a survey file; a problem names file, place and line."""
    reader = read_file(path, TeamError)
    _validate(reader)
    data: Survey = reader.doc.data  # validated: a Survey
    return data


def _validate(r: Reader) -> None:
    top = r.mapping(r.doc.data, "")
    if r.value(top, "schema", "", int) != SCHEMA:
        r.fail("schema", txt.team_survey_schema(SCHEMA))
    check = r.value(top, "name", "", str)
    if not _NAME.fullmatch(check):
        r.fail("name", txt.team_bad_name(check))
    publication = content.load(r.choice(top, "publication", "", content.PUBLICATIONS))
    for key in ("content_version", "answers"):
        if r.value(top, key, "", int) < 0:
            r.fail(key, txt.TEAM_SURVEY_NEGATIVE)
    r.value(top, "form", "", str)
    r.value(top, "imported", "", str)
    items = r.optional(top, "expectations", "", dict)
    if items is None:
        if shown(top):
            r.fail("expectations", txt.TEAM_SURVEY_NO_COUNTS)
        return
    if not shown(top):
        r.fail("expectations", txt.TEAM_SURVEY_COUNTS_BELOW)
    for item in publication.expectations:
        here = child("expectations", item.id)
        counts = r.value(items, item.id, "expectations", dict)
        answered = r.value(counts, ANSWERED, here, int)
        if not 0 <= answered <= top["answers"]:
            r.fail(child(here, ANSWERED), txt.TEAM_SURVEY_NEGATIVE)
        if HIDDEN in counts:
            if r.value(counts, HIDDEN, here, bool) is not True:
                r.fail(child(here, HIDDEN), txt.TEAM_SURVEY_HIDDEN_FLAG)
            for key in counts:
                if key not in (ANSWERED, HIDDEN, SHOWN_WITH):
                    r.fail(child(here, str(key)), txt.TEAM_SURVEY_HIDDEN_KEY)
            last = r.optional(counts, SHOWN_WITH, here, int)
            if last is not None and last < domain.THRESHOLD:
                r.fail(child(here, SHOWN_WITH), txt.TEAM_SURVEY_SHOWN_WITH)
            continue
        if answered < domain.THRESHOLD:
            r.fail(child(here, ANSWERED), txt.TEAM_SURVEY_TOO_FEW)
        groups = (
            (RATINGS_KEY, RATINGS),
            (RECOGNISED_KEY, [s.id for s in item.positive_statements]),
        )
        for key, names in groups:
            values = r.value(counts, key, here, dict)
            for value_name in names:
                count = r.value(values, value_name, child(here, key), int)
                if not 0 <= count <= top["answers"]:
                    r.fail(child(child(here, key), value_name), txt.TEAM_SURVEY_NEGATIVE)
        if sum(counts[RATINGS_KEY][key] for key in RATINGS) != answered:
            r.fail(child(here, RATINGS_KEY), txt.TEAM_SURVEY_SUM)


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
            raise TeamError(txt.team_no_survey(name, sorted(surveys), folder.team_folder()))
        found = surveys[name]
        if isinstance(found, TeamError):
            raise found
        return found
    readable = [s for s in surveys.values() if not isinstance(s, TeamError)]
    if not readable:
        for problem in surveys.values():  # one that cannot be read says why
            if isinstance(problem, TeamError):
                raise problem
        raise TeamError(txt.team_no_surveys(folder.team_folder()))
    return max(readable, key=_imported)


def newest(folder: Store, publication: str) -> Survey | None:
    """The newest readable survey on ``publication``; None if there is none."""
    found = [
        s
        for s in existing(folder).values()
        if not isinstance(s, TeamError) and s["publication"] == publication
    ]
    return max(found, key=_imported) if found else None


def _imported(survey: Survey) -> tuple[float, str]:
    try:
        moment = datetime.fromisoformat(str(survey["imported"])).timestamp()
    except ValueError:
        moment = 0.0
    return moment, str(survey["name"])


# --- saving a round: `team import` and `team tally` ---------------------------------------


def save_round(
    folder: Store,
    pub: Publication,
    kept: Sequence[Form],
    name: str,
    replace: bool,
    now: datetime,
) -> Survey:
    """Add up the forms of one round into the survey ``name`` and save it; the survey.

    One import at a time: the team folder's lock is held from the checks of the existing
    surveys until this one is saved, so two imports of one round cannot both pass them.
    """
    with folder.team_import():
        surveys = existing(folder)  # read under the lock: another may have saved meanwhile
        if name in surveys and not replace:
            raise TeamError(txt.team_exists(name))
        check_round(surveys, name, kept[0].form_id)
        found = surveys.get(name)
        previous = None if isinstance(found, TeamError) else found  # unreadable: none shown
        data = aggregate(pub, list(kept), name, now, previous)
        check_replace(previous, data)
        folder.save_survey(name, dump(data))
    return data


def withheld(pub: Publication, data: Survey) -> list[tuple[int, str]]:
    """Each expectation whose result a shown survey keeps back: its number and why."""
    if not shown(data):
        return []
    reasons = ((item.number, hidden(data["expectations"][item.id])) for item in pub.expectations)
    return [(number, why) for number, why in reasons if why]
