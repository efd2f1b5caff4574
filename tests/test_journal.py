"""The journal format: awkward answers read back exactly; broken files are named by line."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kaereleder import journal as jf
from kaereleder.errors import JournalError

STARTED = datetime(2026, 11, 22, 9, 30, tzinfo=timezone(timedelta(hours=1)))

AWKWARD = [
    "æøå ÆØÅ",
    "emoji 🙂👍🏽",
    "NO",
    "yes",
    "12:30",
    "010",
    "0x1F",
    "1e3",
    "~",
    "null",
    "  leading and trailing spaces  ",
    "line one\r\nline two\r\n",
    "tab\there\t",
    "multi\nline\n\n  indented\n",
    "\nstarts with a newline",
    "ends without newline\nsecond",
    "next line\u0085in the middle",
    "line\u2028separator",
    "paragraph\u2029separator",
    "# not a comment",
    "- not a list",
    "key: not a mapping",
    "\"quoted\" and 'single'",
    "x" * 10_240,
    ("lang linje " * 40 + "\n") * 25,
]


def journal_with(answer: str) -> jf.Journal:
    data = jf.new("leder", 1, STARTED, "abc123")
    data["overall"] = {"irrelevant": answer, "most-important": ["e1", "e3"]}
    data["chosen"] = ["e3"]
    data["expectations"] = {
        "e3": {
            "rating": "delvis-enig",
            "strengths": {"statements": ["e3.involves.1"], "text": answer},
            "interplay": answer,
            "next-step": "",
        }
    }
    return data


@pytest.mark.parametrize("answer", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_answers_read_back_exactly(answer: str) -> None:
    data = journal_with(answer)
    assert jf.parse(jf.dump(data), "j.yaml") == data


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_reads_back_exactly(answer: str) -> None:
    data = journal_with(answer)
    assert jf.parse(jf.dump(data), "j.yaml") == data


def test_multi_line_answers_are_block_scalars_and_letters_stay_readable() -> None:
    text = jf.dump(journal_with("Første linje med æøå\nAnden linje\n"))
    assert "  irrelevant: |\n    Første linje med æøå\n    Anden linje\n" in text
    assert "\\u" not in text


def test_keys_in_the_order_asked() -> None:
    text = jf.dump(journal_with("svar"))
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert keys == [
        "schema", "id", "publication", "content_version", "status",
        "started", "finished", "overall", "chosen", "expectations",
    ]  # fmt: skip


def test_new_journal_header() -> None:
    data = jf.new("chef", 2, STARTED, "0a1b2c")
    assert data == {
        "schema": 2,
        "id": "20261122-093000-chef-0a1b2c",
        "publication": "chef",
        "content_version": 2,
        "status": "draft",
        "started": "2026-11-22T09:30:00+01:00",
        "finished": None,
    }
    assert jf.filename(data) == "20261122-093000-chef-0a1b2c.yaml"


def broken(text: str) -> str:
    with pytest.raises(JournalError) as info:
        jf.parse(text, "j.yaml")
    return info.value.message


GOOD = jf.dump(journal_with("svar"))


def test_yaml_error_names_file_line_and_column() -> None:
    text = GOOD.replace("chosen:\n- e3", "chosen: [e3")
    assert broken(text).startswith("j.yaml, linje ")
    assert ", kolonne " in broken(text)


def test_wrong_rating_names_path() -> None:
    text = GOOD.replace("rating: delvis-enig", "rating: 4")
    line = text[: text.index("rating: 4")].count("\n") + 1
    assert broken(text) == (
        f"j.yaml, linje {line}: expectations.e3.rating: skal være en af: helt-uenig, "
        "delvis-uenig, hverken-enig-eller-uenig, delvis-enig, helt-enig, ved-ikke"
    )


def test_answer_of_wrong_type() -> None:
    text = GOOD.replace("interplay: svar", "interplay: 12")
    assert broken(text).endswith("expectations.e3.interplay: skal være tekst, ikke et heltal")


def test_time_without_zone_is_refused() -> None:
    text = GOOD.replace("'2026-11-22T09:30:00+01:00'", "'2026-11-22T09:30:00'")
    assert broken(text).endswith("started: skal være et tidspunkt med tidszone, fx "
                                 "2026-11-22T09:30:00+01:00")  # fmt: skip


def test_unsafe_tag_and_duplicate_key() -> None:
    assert "er ikke tilladt" in broken(GOOD + "x: !!python/object:os.system {}\n")
    assert "står to gange" in broken(GOOD + "status: complete\n")


def test_hand_edited_journal_with_unquoted_time_still_loads() -> None:
    data = yaml.safe_load(GOOD)
    text = GOOD.replace("'2026-11-22T09:30:00+01:00'", "2026-11-22T09:30:00+01:00")
    assert jf.parse(text, "j.yaml")["started"] == data["started"]
