from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaereleder import yamlio
from kaereleder.yamlio import YamlProblem


def problem(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as info:
        yamlio.load(text)
    return info.value


def test_values_and_their_lines() -> None:
    doc = yamlio.load("a: 1\nb:\n  - x\n  - {c: NO}\n")
    assert doc.data == {"a": 1, "b": ["x", {"c": False}]}
    assert doc.line("b[1].c") == 4
    assert doc.line("b[0]") == 3
    assert doc.line("b[7].missing") == 3  # nearest parent that exists: the list


def test_duplicate_key_names_both_lines() -> None:
    error = problem("a: 1\nb: 2\na: 3\n")
    assert error.message == "nøglen 'a' står to gange (linje 1 og 3)"
    assert error.line == 3


def test_python_tags_are_refused() -> None:
    error = problem("a: !!python/object/apply:os.system ['echo hi']\n")
    assert (
        error.message == "mærket tag:yaml.org,2002:python/object/apply:os.system er ikke tilladt"
    )
    assert error.line == 1


def test_custom_tags_are_refused() -> None:
    assert problem("- !secret x\n").message == "mærket !secret er ikke tilladt"


def test_aliases_are_refused() -> None:
    assert "ankre og aliasser" in problem("a: &x [1]\nb: *x\n").message


def test_merge_keys_are_refused() -> None:
    assert "fletning" in problem("a: &x {k: 1}\nb:\n  <<: {k: 2}\n").message


def test_syntax_error_has_line_and_column() -> None:
    error = problem("a: [1, 2\nb: 3\n")
    assert error.message.startswith("ugyldig YAML: ")
    assert (error.line, error.column) == (2, 2)


def test_timestamps_stay_text() -> None:
    assert yamlio.load("t: 2026-11-22T10:00:00+01:00\n").data == {"t": "2026-11-22T10:00:00+01:00"}


def test_empty_document() -> None:
    assert yamlio.load("").data is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_loads_or_gives_a_problem(text: str) -> None:
    try:
        yamlio.load(text)
    except YamlProblem as exc:
        assert exc.message
