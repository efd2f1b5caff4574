"""The content files: complete, as printed, and validated with clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaereleder import content
from kaereleder.content import Publication
from kaereleder.errors import ContentError, NotFoundError

CONTENT = content.content_dir()


def counts(publication: Publication) -> list[dict[str, int]]:
    return [
        {
            s.id.split(".", 1)[1]: len(s.items)
            for side in (e.request, e.reply)
            for s in side.sections
        }
        for e in publication.expectations
    ]


def test_kaere_leder_has_seven_expectations_as_printed(leder: Publication) -> None:
    assert [e.number for e in leder.expectations] == [1, 2, 3, 4, 5, 6, 7]
    assert leder.expectations[2].title == "Du viser tillid og bakker os op"
    first = {"involves": 3, "experienced": 3, "quotes": 3, "risks": 3}
    reply = {"not-simple": 3, "reply-quotes": 3, "expectations": 3}
    assert counts(leder) == [{**first, **reply}] + [{**first, "involves": 4, **reply}] * 6


def test_kaere_chef_has_six_wishes_as_printed(chef: Publication) -> None:
    assert [e.number for e in chef.expectations] == [1, 2, 3, 4, 5, 6]
    for wish in counts(chef):
        assert wish["involves"] == 4
        assert wish["could-do"] == 3
        assert wish["quotes"] == 3
        assert wish["risks"] == 3
        assert wish["tries"] in (3, 4)
        assert wish["not-easy"] == 3
        assert wish["reply-quotes"] == 3
        assert wish["expectations"] == 3


def test_positive_statements_are_the_first_two_sections(leder: Publication) -> None:
    third = leder.expectation(3)
    assert [s.id for s in third.positive_statements] == [
        "e3.involves.1", "e3.involves.2", "e3.involves.3", "e3.involves.4",
        "e3.experienced.1", "e3.experienced.2", "e3.experienced.3",
    ]  # fmt: skip


def test_reflection_questions(leder: Publication, chef: Publication) -> None:
    for publication in (leder, chef):
        reflection = publication.reflection
        assert [q.id for q in reflection.overall] == [
            "irrelevant", "missing", "most-important", "hardest",
        ]  # fmt: skip
        assert [q.kind for q in reflection.overall] == ["text", "text", "choose", "choose"]
        assert [q.id for q in reflection.deeper] == [
            "strengths", "improve", "interplay", "dilemmas",
            "own-expectations", "take-further", "dialogue",
        ]  # fmt: skip
        assert [q.id for q in reflection.steps[2].questions] == [
            "reality", "supplement", "wishes", "contribute",
        ]  # fmt: skip
    assert leder.reflection.printed is True
    assert leder.reflection.deeper[0].text == (
        "Hvor har jeg min styrke på dette punkt? "
        "Hvilke af de positive udsagn kan jeg genkende i min egen ledelse?"
    )
    assert chef.reflection.printed is False
    assert chef.reflection.note and "Tilpasset" in chef.reflection.note


def test_chef_introduction_has_four_differences(chef: Publication) -> None:
    assert chef.introduction is not None
    assert chef.introduction.title == "Same same, but different!"
    headings = [b.text for b in chef.introduction.blocks if b.kind == "heading"]
    assert headings[0] == "Fire typiske forskelle"
    assert len(headings) == 5
    assert sum(b.kind == "quote" for b in chef.introduction.blocks) == 5


def test_each_file_cites_its_source() -> None:
    for name, year in (("leder", 2019), ("chef", 2016)):
        text = (CONTENT / f"{name}.yaml").read_text(encoding="utf-8")
        assert text.startswith("# Source: Kære ")
        assert "Væksthus for Ledelse" in text.splitlines()[1] + text.splitlines()[0]
        assert content.load(name).source.year == year
        assert "lederweb.dk" in content.load(name).source.url


def test_no_hyphenation_left_from_line_breaks(leder: Publication, chef: Publication) -> None:
    for publication in (leder, chef):
        for e in publication.expectations:
            for side in (e.request, e.reply):
                for section in side.sections:
                    for item in section.items:
                        assert "- " not in item.text.replace(" - ", "").replace("- og", "")
                        assert "  " not in item.text and item.text == item.text.strip()


def test_unknown_expectation_says_what_exists(leder: Publication) -> None:
    with pytest.raises(NotFoundError) as info:
        leder.expectation(9)
    assert info.value.message == (
        "Kære leder! har ingen forventning nummer 9. Der er 7 forventninger, nummer 1–7."
    )


# --- broken content files ----------------------------------------------------------------

LEDER = (CONTENT / "leder.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def broken(text: str) -> str:
    with pytest.raises(ContentError) as info:
        content.parse(text, "leder.yaml")
    return info.value.message


def test_wrong_type_names_path_and_line() -> None:
    text = LEDER.replace("    number: 3\n", "    number: tre\n", 1)
    line = line_of(text, "number: tre")
    assert broken(text) == (
        f"leder.yaml, linje {line}: expectations[2].number: skal være et heltal, ikke tekst"
    )


def test_missing_field_names_path_and_line() -> None:
    text = LEDER.replace('    title: "Du viser tillid og bakker os op"\n', "", 1)
    line = line_of(text, "  - id: e3\n")
    assert broken(text) == f"leder.yaml, linje {line}: expectations[2]: 'title' mangler"


def test_duplicate_id_names_both_places() -> None:
    text = LEDER.replace("id: e3.involves.2\n", "id: e3.involves.1\n", 1)
    line = line_of(text, 'id: e3.involves.1\n              text: "Følger')
    assert broken(text) == (
        f"leder.yaml, linje {line}: expectations[2].request.sections[0].items[1].id: "
        "id 'e3.involves.1' bruges også i expectations[2].request.sections[0].items[0]"
    )


def test_duplicate_yaml_key() -> None:
    text = LEDER.replace("content_version: 1\n", "content_version: 1\ncontent_version: 2\n", 1)
    line = line_of(text, "content_version: 2")
    assert broken(text) == (
        f"leder.yaml, linje {line}: nøglen 'content_version' står to gange "
        f"(linje {line - 1} og {line})"
    )


def test_unsafe_tag() -> None:
    text = LEDER.replace("content_version: 1\n", "content_version: !!python/name:os.system\n")
    assert broken(text) == (
        f"leder.yaml, linje {line_of(text, 'content_version')}: "
        "mærket tag:yaml.org,2002:python/name:os.system er ikke tilladt"
    )


def test_syntax_error_names_line_and_column() -> None:
    text = LEDER.replace("  year: 2019\n", "  year: [2019\n", 1)
    assert broken(text).startswith(f"leder.yaml, linje {line_of(text, 'url:')}, kolonne ")


def test_unknown_section_kind() -> None:
    text = LEDER.replace("kind: quotes", "kind: citater", 1)
    assert broken(text).endswith("kind: 'citater' er ikke en af: bullets, quotes")


def test_numbers_must_follow_in_order() -> None:
    text = LEDER.replace("    number: 3\n", "    number: 4\n", 1)
    assert broken(text).endswith("expectations[2].number: skal være 3")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "content_dir", lambda: tmp_path)
    content.load.cache_clear()
    try:
        with pytest.raises(ContentError) as info:
            content.load("leder")
        assert info.value.message.startswith(f"Indholdsfilen {tmp_path / 'leder.yaml'} kan ikke")
    finally:
        content.load.cache_clear()


# `kaereleder om`: the foreword and how the study (project) was made, verbatim. The counts
# are of the seed text (the publication's PDF as text, hyphenation at line ends undone),
# so a sentence dropped or added in the transcription changes them.
ABOUT = {
    "leder": [
        ("about.foreword", "Forord", 300, "Mange projekter fra", "Næstformand"),
        ("about.study", "Sådan er undersøgelsen gennemført", 245, "Udvælgelse", "undersøgelsen."),
    ],
    "chef": [
        ("about.foreword", "Forord", 247, "Hvornår er man en god chef,", "Næstformand"),
        ("about.booklet", "Sådan er hæftet bygget op", 80, "Hæftet gennemgår", "interviewene."),
        ("about.project", "Sådan er projektet gennemført", 127, "Dette projekt", "-teorier."),
    ],
}


@pytest.mark.parametrize("name", content.PUBLICATIONS)
def test_about_is_complete_as_printed(name: str) -> None:
    publication = content.load(name)
    expected = ABOUT[name]
    assert [(s.id, s.title) for s in publication.about] == [(e[0], e[1]) for e in expected]
    for section, (_, title, words, first, last) in zip(publication.about, expected, strict=True):
        text = " ".join([title, *(b.text for b in section.blocks)])
        assert len(text.split()) == words, section.id
        assert section.blocks[0].text.startswith(first) and text.endswith(last)
        sentences = [b.text for b in section.blocks if b.kind == "paragraph"]
        for sentence in sentences:
            assert "  " not in sentence and not sentence.startswith(" ")
        # hyphenation at line ends is undone ("medarbej- dernes"); real hyphens stay
        assert not re.search(r"[a-zæøå]- (?!og |eller )[a-zæøå]", text), section.id


def test_about_keeps_the_publications_own_words(leder: Publication, chef: Publication) -> None:
    leder_text = " ".join(b.text for s in leder.about for b in s.blocks)
    assert "Som lader signalementet af god ledelse definere af, hvad" in leder_text  # as printed
    assert "som ”almindeligt velfungerende”." in leder_text
    assert "(to-fire)" in leder_text
    assert "Solvejg Schultz-Jakobsen, KL\nFormand" in leder_text
    chef_text = " ".join(b.text for s in chef.about for b in s.blocks)
    assert "udfordringer som en ledelse af ledere." in chef_text
    assert "ledelsestilgange eller -teorier." in chef_text
    bullets = [b.text for b in chef.about[1].blocks if b.kind == "bullet"]
    assert len(bullets) == 6
    assert bullets[-1] == "hvilke forventninger de har til ledernes egen indsats på området."
