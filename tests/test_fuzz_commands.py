"""Fuzzing every command that reads a file a user or an employee can hand the tool.

Arbitrary bytes, arbitrary YAML structures, and valid files with one part replaced by
anything: as a journal in the folder, an answers file, a team form and a team survey. Each
command gives its normal output (exit 0) or one Danish line with exit 1 (``team import``:
a »Springer over« line per file before it): never »uventet fejl«, never a traceback, never
a control character. Examples are bounded to keep the suite fast.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factories import CET
from kaereleder import content, domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.team import form as team_form
from kaereleder.team import survey as team_survey

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["", "e3", "3", "helt-enig", "x", "\x1b[2J", "2026-10-01T09:00:00+01:00"]),
)
structures: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=12), st.integers()), inner, max_size=4),
    ),
    max_leaves=12,
)


def as_yaml(value: Any) -> bytes:
    return yaml.safe_dump(value, allow_unicode=True).encode("utf-8")


def paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a nested structure, by its keys and indexes."""
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*at, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from paths(item, (*at, i))


def replaced(value: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    result = copy.deepcopy(value)
    node = result
    for key in at[:-1]:
        node = node[key]
    node[at[-1]] = new
    return result


def mutations(valid: Any) -> st.SearchStrategy[bytes]:
    """A valid document with one place replaced by anything, or arbitrary YAML or bytes."""
    places = list(paths(valid))
    one_changed = st.builds(
        lambda at, new: as_yaml(replaced(valid, at, new)), st.sampled_from(places), structures
    )
    # one_changed twice: half the examples are near-valid files, which reach deepest
    return st.one_of(one_changed, one_changed, structures.map(as_yaml), st.binary(max_size=200))


def check(result: Any, import_lines: bool = False) -> None:
    """Normal output, or one Danish line and exit 1 (import: skipped files before it)."""
    out, err = result.stdout, result.stderr
    assert "uventet fejl" not in err and "Traceback" not in out + err, err
    assert result.exit_code in (0, 1), (result.exit_code, err)
    assert not CONTROLS.search(out + err), out + err
    if result.exit_code == 1:
        lines = err.splitlines()
        assert lines and lines[-1].startswith("Fejl: "), err
        others = lines[:-1]
        assert (
            all(line.startswith("Springer over: ") for line in others)
            if import_lines
            else not others
        ), err


def written(folder: Path, data: bytes) -> tuple[Path, Path]:
    """``data`` as a file in ``folder``, and a journal folder beside it."""
    path = folder / "fil.yaml"
    path.write_bytes(data)
    return path, folder / "j"


# --- a journal in the folder --------------------------------------------------------------

LEDER = content.load("leder")
VALID_JOURNAL = {
    **jf.new("leder", 1, datetime(2026, 10, 2, 9, 0, tzinfo=CET), "bbbbbb"),
    "status": domain.COMPLETE,
    "finished": "2026-10-02T10:00:00+01:00",
    "overall": {"irrelevant": "Ingen", "most-important": ["e1", "e3"]},
    "chosen": ["e3"],
    "expectations": {
        "e3": {
            "rating": "delvis-enig",
            "strengths": {"statements": ["e3.involves.1"], "text": "Jeg lytter"},
            "next-step": "Holde møde",
        }
    },
}
# A team form with one rating: enough to be read.
FILLED = team_form.text(LEDER, "20261122-4f9a2c").replace(
    "    vurdering:\n", "    vurdering: delvis-enig\n", 1
)
FUZZED = "20261002-090000-leder-bbbbbb.yaml"
JOURNAL_COMMANDS = [
    ["journal", "list"],
    ["journal", "list", "--json"],
    ["journal", "show", "20261002"],
    ["journal", "diff"],
    ["journal", "diff", "--format", "json"],
    ["journal", "trend"],
    ["journal", "export", "20261002", "--format", "html"],
    ["team", "compare"],
    ["reflect", "--resume", "--answers"],
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal folder with a good reflection before the fuzzed one, a team survey."""
    home = tmp_path_factory.mktemp("fuzz") / "journal"
    older = {**copy.deepcopy(VALID_JOURNAL), "id": "20261001-090000-leder-aaaaaa"}
    store.Store(home).save(older)
    forms = home.parent / "skemaer"
    forms.mkdir()
    files = []
    for i in range(5):
        files.append(forms / f"svar-{i}.yaml")
        files[-1].write_text(FILLED + f"# {i}\n", encoding="utf-8")
    args = ["team", "import", *map(str, files), "--name", "host", "--home", str(home)]
    assert CliRunner().invoke(app, args).exit_code == 0
    (home.parent / "svar.yaml").write_text("chosen: [3]\n", encoding="utf-8")
    return home


@FUZZ
@given(data=mutations(VALID_JOURNAL))
def test_any_journal_file_in_the_folder(folder: Path, data: bytes) -> None:
    (folder / FUZZED).write_bytes(data)
    runner = CliRunner()
    for args in JOURNAL_COMMANDS:
        if args[0] == "reflect":
            args = [*args, str(folder.parent / "svar.yaml")]
        check(runner.invoke(app, [*args, "--home", str(folder)]))
        for draft in folder.glob("2026120*.yaml"):  # a reflection made now: not kept
            draft.unlink()
    listed = runner.invoke(app, ["journal", "list", "--home", str(folder)])
    assert "20261001-090000-leder-aaaaaa" in listed.stdout  # the good one still listed


# --- an answers file ----------------------------------------------------------------------

VALID_ANSWERS = {
    "publication": "leder",
    "overall": {"irrelevant": "Ingen", "hardest": [4]},
    "chosen": [4, "e6"],
    "expectations": {
        4: {
            "rating": "delvis-enig",
            "strengths": {"statements": ["e4.involves.1"], "text": "Jeg lytter."},
            "next-step": "Møder",
        }
    },
}


@FUZZ
@given(data=mutations(VALID_ANSWERS))
def test_any_answers_file(tmp_path: Path, data: bytes) -> None:
    answers, home = written(tmp_path, data)
    check(CliRunner().invoke(app, ["reflect", "--answers", str(answers), "--home", str(home)]))
    for path in home.glob("*.yaml"):
        path.unlink()


# --- a team form and a survey ---------------------------------------------------------------

VALID_FORM = yaml.safe_load(FILLED)


@FUZZ
@given(data=mutations(VALID_FORM))
def test_any_team_form(tmp_path: Path, data: bytes) -> None:
    form, home = written(tmp_path, data)
    args = ["team", "import", str(form), "--name", "x", "--home", str(home), "--replace"]
    check(CliRunner().invoke(app, args), import_lines=True)


def valid_survey() -> dict[str, Any]:
    forms = [
        team_form.Form("leder", 1, "20261122-4f9a2c", {"e1": "delvis-enig"}, frozenset())
        for _ in range(5)
    ]
    now = datetime(2026, 11, 22, 9, 0, tzinfo=CET)
    survey: dict[str, Any] = team_survey.aggregate(LEDER, forms, "host", now)
    return yaml.safe_load(team_survey.dump(survey))


@FUZZ
@given(data=mutations(valid_survey()))
def test_any_survey_file(folder: Path, data: bytes) -> None:
    survey = folder / "team" / "host.yaml"
    survey.write_bytes(data)
    runner = CliRunner()
    check(runner.invoke(app, ["team", "compare", "--home", str(folder)]))
    check(
        runner.invoke(app, ["team", "compare", "host", "--format", "json", "--home", str(folder)])
    )
    forms = sorted(str(p) for p in (folder.parent / "skemaer").glob("*.yaml"))
    args = ["team", "import", *forms, "--name", "andet", "--home", str(folder)]
    check(runner.invoke(app, args), import_lines=True)
    (folder / "team" / "andet.yaml").unlink(missing_ok=True)
