"""Hand-edited journals: any structure the validator accepts renders without a traceback.

Hypothesis builds journals of every shape a person might write by hand (wrong kinds of
answers included); each either fails validation with a JournalError or shows, diffs and
exports cleanly.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from kaereleder import content, domain
from kaereleder import journal as jf
from kaereleder.errors import JournalError
from kaereleder.journals import diff as diff
from kaereleder.journals import export as export
from kaereleder.render import diff as diff_view
from kaereleder.render import journal as journal_view

LEDER = content.load("leder")
IDS = [e.id for e in LEDER.expectations] + ["e9"]
STATEMENTS = [s.id for e in LEDER.expectations for s in e.positive_statements] + ["e1.gone.1"]
QUESTIONS = [q.id for q in LEDER.reflection.deeper] + ["follow-up", "next-step", "ukendt"]

text = st.text(max_size=40)
value: st.SearchStrategy[Any] = st.one_of(
    text,
    st.none(),
    st.integers(),
    st.lists(st.sampled_from(IDS + STATEMENTS), max_size=3),
    st.fixed_dictionaries(
        {}, optional={"statements": st.lists(st.sampled_from(STATEMENTS)), "text": text}
    ),  # fmt: skip
    st.dictionaries(text, text, max_size=2),
)
answers = st.dictionaries(
    st.sampled_from(QUESTIONS),
    value,
    max_size=6,
).map(dict)
ratings = st.sampled_from([*domain.RATINGS, "", "4", None])


@st.composite
def journals(draw: st.DrawFn) -> dict[str, Any]:
    data = jf.new("leder", draw(st.sampled_from([1, 2])), datetime.now().astimezone(), "abc123")
    data["status"] = draw(st.sampled_from([domain.DRAFT, domain.COMPLETE]))
    data["overall"] = draw(
        st.dictionaries(
            st.sampled_from(["irrelevant", "missing", "most-important", "hardest"]),
            value,
            max_size=4,
        )  # fmt: skip
    )
    data["chosen"] = draw(st.lists(st.sampled_from(IDS), max_size=3))
    expectations = draw(st.dictionaries(st.sampled_from(IDS), answers, max_size=3))
    for answer in expectations.values():
        rating = draw(ratings)
        if rating is not None:
            answer["rating"] = rating
    data["expectations"] = expectations
    return data


def loads(data: dict[str, Any]) -> dict[str, Any] | None:
    """The journal as kaereleder reads it from disk, or None where validation refuses it."""
    try:
        return jf.parse(yaml.safe_dump(data, allow_unicode=True), "j.yaml")
    except JournalError:
        return None


def render(renderable: object) -> str:
    out = io.StringIO()
    Console(file=out, width=60, no_color=True).print(renderable)
    return out.getvalue()


@settings(max_examples=150, deadline=None)
@given(journals(), journals())
def test_whatever_validates_shows_diffs_and_exports(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    first, second = loads(old), loads(new)
    for data in (first, second):
        if data is not None:
            render(journal_view.reflection(LEDER, data))
            export.markdown(LEDER, data)
            export.html(LEDER, data)
    if first is not None and second is not None:
        result = diff.compare(LEDER, first, second)
        render(diff_view.text(LEDER, result, show_all=True))
        diff_view.markdown(LEDER, result, show_all=True)
        diff.as_data(result)


def test_wrong_kinds_of_answers_are_refused_by_path() -> None:
    data = jf.new("leder", 1, datetime.now().astimezone(), "abc123")
    data["expectations"] = {"e3": {"follow-up": ["a"]}}
    with pytest.raises(JournalError) as info:
        loads_strict(data)
    assert info.value.message.endswith("expectations.e3.follow-up: skal være tekst, ikke en liste")
    data["expectations"] = {"e3": {"strengths": "skrevet i hånden"}}
    with pytest.raises(JournalError) as info:
        loads_strict(data)
    assert info.value.message.endswith(
        "expectations.e3.strengths: skal være en samling af nøgler, ikke tekst"
    )
    data["expectations"] = {}
    data["overall"] = {"hardest": "e3"}
    with pytest.raises(JournalError) as info:
        loads_strict(data)
    assert info.value.message.endswith("overall.hardest: skal være en liste, ikke tekst")


def loads_strict(data: dict[str, Any]) -> dict[str, Any]:
    return jf.parse(yaml.safe_dump(data, allow_unicode=True), "j.yaml")
