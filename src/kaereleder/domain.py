"""The few facts every part of kaereleder shares: no yaml, no rich, nothing to import.

The rating scale of den fællesoffentlige ledelsesevaluering, a reflection's status, the
keys a journal keeps its answers under, and the anonymity threshold of a team survey.
The question ids here are the ones the content files declare (``tests/test_domain.py``
ties the two together).
"""

from __future__ import annotations

from typing import Final

# »Helt uenig – Delvis uenig – Hverken enig eller uenig – Delvis enig – Helt enig«, and
# »Ved ikke«, which is no step on the scale.
RATINGS = (
    "helt-uenig",
    "delvis-uenig",
    "hverken-enig-eller-uenig",
    "delvis-enig",
    "helt-enig",
    "ved-ikke",
)
SCALE = RATINGS[:5]
STEP = {key: step for step, key in enumerate(SCALE, start=1)}  # helt-uenig 1 … helt-enig 5

# A reflection is a draft until its last question is answered.
DRAFT: Final = "draft"
COMPLETE: Final = "complete"

# The questions whose answers are not plain text (the rest, follow-up and next-step are).
CHOOSE_OVERALL = ("most-important", "hardest")  # lists of expectation ids
STATEMENT_QUESTIONS = ("strengths", "improve")  # {statements: [ids], text: …}
# The keys of one expectation's answers beside the questions' own ids.
FOLLOW_UP: Final = "follow-up"
RATING: Final = "rating"
NEXT_STEP: Final = "next-step"
STATEMENTS: Final = "statements"
TEXT: Final = "text"

# A team survey shows a result only from this many answers, for the survey and for each
# expectation, as den fællesoffentlige ledelsesevaluering does.
THRESHOLD: Final = 5
