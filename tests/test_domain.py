"""The shared facts of ``domain`` agree with what the content files declare."""

from __future__ import annotations

import pytest

from conftest import imported_with
from kaereleder import content, domain


@pytest.mark.parametrize("name", content.PUBLICATIONS)
def test_the_question_kinds_are_the_ones_the_content_declares(name: str) -> None:
    reflection = content.load(name).reflection
    assert tuple(q.id for q in reflection.overall if q.kind == "choose") == domain.CHOOSE_OVERALL
    assert tuple(q.id for q in reflection.deeper if q.statements) == domain.STATEMENT_QUESTIONS
    answer_keys = {domain.FOLLOW_UP, domain.RATING, domain.NEXT_STEP}
    assert answer_keys.isdisjoint(q.id for q in (*reflection.overall, *reflection.deeper))


def test_the_scale_is_the_five_steps_and_ved_ikke_is_none() -> None:
    assert domain.RATINGS[:5] == domain.SCALE and domain.RATINGS[5] == "ved-ikke"
    assert [domain.STEP[key] for key in domain.SCALE] == [1, 2, 3, 4, 5]


def test_domain_imports_nothing() -> None:
    assert imported_with("kaereleder.domain") == ["kaereleder.domain"]
