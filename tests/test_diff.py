"""`kaereleder journal diff` and kaereleder.journals.diff: what changed between two reflections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factories import CET
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import diff as diff

QUESTIONS = ("interplay", "dilemmas", "own-expectations", "take-further", "dialogue")


def save(
    home: Path,
    day: int,
    token: str,
    expectations: dict[str, Any],
    overall: dict[str, Any] | None = None,
    status: str = domain.COMPLETE,
    publication: str = "leder",
    version: int = 1,
) -> str:
    started = datetime(2026, 11, day, 9, 30, tzinfo=CET)
    data = jf.new(publication, version, started, token)
    data["status"] = status
    if status == domain.COMPLETE:
        data["finished"] = (started + timedelta(minutes=40)).isoformat(timespec="seconds")
    if overall is not None:
        data["overall"] = overall
    data["chosen"] = list(expectations)
    data["expectations"] = expectations
    store.Store(home).save(data)
    return str(data["id"])


def answers(
    rating: str,
    recognised: list[str] | None = None,
    strengths: str = "",
    hard: list[str] | None = None,
    improve: str = "",
    next_step: str = "",
    follow_up: str | None = None,
    **texts: str,
) -> dict[str, Any]:
    """Every question of an expectation answered; ``texts``: interplay=…, dialogue=… ."""
    result: dict[str, Any] = {} if follow_up is None else {domain.FOLLOW_UP: follow_up}
    result[domain.RATING] = rating
    result["strengths"] = {"statements": recognised or [], "text": strengths}
    result["improve"] = {"statements": hard or [], "text": improve}
    for question in QUESTIONS:
        result[question] = texts.get(question.replace("-", "_"), "")
    result[domain.NEXT_STEP] = next_step
    return result


def overall(hardest: list[str], missing: str = "Humor.") -> dict[str, Any]:
    return {
        "irrelevant": "Ingen",
        "missing": missing,
        "most-important": ["e1", "e3"],
        "hardest": hardest,
    }


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "diff", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def typical(tmp_path: Path) -> Path:
    """Two complete reflections on Kære leder!, three weeks apart."""
    save(
        tmp_path,
        1,
        "aaaaaa",
        {
            "e3": answers(
                "delvis-uenig",
                ["e3.involves.1", "e3.involves.3"],
                "Jeg giver plads til, at folk selv beslutter.",
                ["e3.involves.2"],
                interplay="Godt i hverdagen.",
                dilemmas="Tid mod nærvær.",
                next_step="Holde ugentlige møder",
            ),
            "e4": answers("delvis-enig", interplay="Ok.", next_step="Spørge mere ind"),
        },
        overall(["e3"]),
    )
    save(
        tmp_path,
        22,
        "bbbbbb",
        {
            "e3": answers(
                "delvis-enig",
                ["e3.involves.1", "e3.experienced.2"],
                "Jeg lader folk selv beslutte, og bakker op bagefter.",
                ["e3.involves.4"],
                interplay="Godt i hverdagen.",
                dilemmas="Tid mod nærvær.",
                next_step="Holde ugentlige møder",
                follow_up="Det gik godt; møderne holdt.",
            ),
            "e4": answers(
                "hverken-enig-eller-uenig", interplay="Ok.", next_step="Spørge mere ind"
            ),
        },
        overall(["e4"]),
    )
    return tmp_path


@pytest.fixture
def one_sided(tmp_path: Path) -> Path:
    """Expectation 6 only before, 5 only now; the overall questions only before."""
    save(
        tmp_path,
        1,
        "aaaaaa",
        {
            "e3": answers("helt-enig", next_step="Fortsætte"),
            "e6": answers("ved-ikke", interplay="Usikkert.", next_step="Spørge teamet"),
        },
        overall(["e6"]),
    )
    save(
        tmp_path,
        22,
        "bbbbbb",
        {
            "e3": answers("helt-enig", next_step="Fortsætte", follow_up="Som før."),
            "e5": answers("delvis-uenig", interplay="Vi taler for lidt sammen."),
        },
    )
    return tmp_path


@pytest.fixture
def gone(tmp_path: Path) -> Path:
    """Made with content version 0, naming a statement and an expectation that are gone."""
    save(
        tmp_path,
        1,
        "aaaaaa",
        {
            "e3": answers("delvis-enig", ["e3.involves.1", "e3.involves.9"]),
            "e8": answers("helt-enig"),
        },
        version=0,
    )
    save(tmp_path, 22, "bbbbbb", {"e3": answers("delvis-enig", ["e3.involves.1"])})
    return tmp_path


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A complete reflection, then a draft stopped in the middle of expectation 3."""
    save(
        tmp_path,
        1,
        "aaaaaa",
        {"e3": answers("delvis-enig", strengths="Jeg lytter.", next_step="Holde møder")},
    )
    partial = {
        domain.FOLLOW_UP: "Halvdelen af møderne.",
        domain.RATING: "delvis-enig",
        "strengths": {"statements": [], "text": "Jeg lytter, også når det er svært."},
    }
    save(tmp_path, 22, "bbbbbb", {"e3": partial}, status=domain.DRAFT)
    return tmp_path


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """Expectation 4 in both; one answer changed, the rest the same."""
    before = answers(
        "delvis-enig",
        ["e4.involves.1"],
        "Jeg er tilgængelig.",
        interplay="Vi løser tingene sammen.",
        next_step="Faste træffetider",
    )
    after = {**before, "interplay": "Vi løser de fleste ting sammen.\nMen ikke alle."}
    save(tmp_path, 1, "aaaaaa", {"e4": before})
    save(tmp_path, 22, "bbbbbb", {"e4": {domain.FOLLOW_UP: "Det virker.", **after}})
    return tmp_path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Over time: leder, leder, chef, leder, chef, then a leder draft (newest)."""
    for day, token, publication in (
        (1, "aaaaaa", "leder"),
        (5, "bbbbbb", "leder"),
        (8, "cccccc", "chef"),
        (12, "dddddd", "leder"),
        (15, "eeeeee", "chef"),
    ):
        eid = "e1" if publication == "leder" else "w1"
        save(tmp_path, day, token, {eid: answers("delvis-enig")}, publication=publication)
    save(tmp_path, 20, "ffffff", {"e1": {domain.RATING: "helt-enig"}}, status=domain.DRAFT)
    return tmp_path


# --- the command, exact output ----------------------------------------------------------------


def test_typical_diff(runner: CliRunner, typical: Path) -> None:
    """Ratings up and down, statements newly and no longer recognised and found hard, a text
    answer changed word by word, last time's next step beside how it went, the rest collapsed."""
    assert run(runner, typical) == (0, TYPICAL, "")


def test_unchanged_answers_collapsed_and_shown_with_all(runner: CliRunner, small: Path) -> None:
    assert run(runner, small) == (0, SMALL, "")
    assert run(runner, small, "--all") == (0, SMALL_ALL, "")


def test_expectations_and_overall_questions_in_one_reflection_only(
    runner: CliRunner, one_sided: Path
) -> None:
    assert run(runner, one_sided) == (0, ONE_SIDED, "")


def test_statements_and_expectations_no_longer_in_the_content(
    runner: CliRunner, gone: Path
) -> None:
    assert run(runner, gone) == (0, GONE, "")


def test_a_draft_is_compared_with_a_warning(runner: CliRunner, draft: Path) -> None:
    assert run(runner, draft, "-2", "-1") == (0, DRAFT, "")


def test_markdown(runner: CliRunner, typical: Path) -> None:
    assert run(runner, typical, "--format", "markdown") == (0, TYPICAL_MARKDOWN, "")


def test_markdown_of_a_draft(runner: CliRunner, draft: Path) -> None:
    assert run(runner, draft, "-2", "-1", "--format", "markdown") == (0, DRAFT_MARKDOWN, "")


def test_json_is_the_plain_data(runner: CliRunner, small: Path, leder: Publication) -> None:
    code, out, err = run(runner, small, "--format", "json")
    assert (code, err) == (0, "")
    assert "Du hjælper os med at få problemer løst" in out  # not \u00e6
    data = json.loads(out)
    journals = store.Store(small)
    old, new = (journals.read(item.path) for item in journals.listing())
    assert data == diff.as_data(diff.compare(leder, old, new))
    assert data["summary"] == {
        "answers": 8,
        "changed": 1,
        "up": 0,
        "down": 0,
        "same": 1,
        "only_old": 0,
        "only_new": 0,
    }
    item = data["expectations"][0]
    assert (item["id"], item["present"], item["rating"]["direction"]) == ("e4", "both", "same")
    assert item["follow_up"] == {"last_step": "Faste træffetider", "how_it_went": "Det virker."}
    assert item["answers"][2] == {
        "question": "interplay",
        "changed": True,
        "text": {
            "old": "Vi løser tingene sammen.",
            "new": "Vi løser de fleste ting sammen.\nMen ikke alle.",
            "words": [
                {"op": "=", "text": "Vi løser"},
                {"op": "-", "text": "tingene"},
                {"op": "+", "text": "de fleste ting"},
                {"op": "=", "text": "sammen."},
                {"op": "=", "text": "\n"},
                {"op": "+", "text": "Men ikke alle."},
            ],
        },
        "choices": None,
    }


def test_plain_output_fits_80_columns_without_trailing_spaces(
    runner: CliRunner, typical: Path
) -> None:
    _, out, _ = run(runner, typical, "--all")
    assert "\x1b" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert not any(line != line.rstrip() for line in out.splitlines())


# --- choosing the two -------------------------------------------------------------------------


def header(out: str) -> list[str]:
    return out.splitlines()[1:3]


def test_default_is_the_two_latest_complete_on_the_same_publication(
    runner: CliRunner, mixed: Path
) -> None:
    # Newest first: a leder draft (left out), chef, leder, chef: the chef pair is complete first.
    code, out, err = run(runner, mixed)
    assert (code, err) == (0, "")
    assert header(out) == [
        "Før: 2026-11-08 09:30  ·  færdig  ·  20261108-093000-chef-cccccc",
        "Nu:  2026-11-15 09:30  ·  færdig  ·  20261115-093000-chef-eeeeee",
    ]


def test_one_id_is_compared_with_the_newest_complete_on_its_publication(
    runner: CliRunner, mixed: Path
) -> None:
    code, out, _ = run(runner, mixed, "20261101")
    assert code == 0
    assert header(out) == [
        "Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa",
        "Nu:  2026-11-12 09:30  ·  færdig  ·  20261112-093000-leder-dddddd",
    ]


def test_negative_ids_and_latest(runner: CliRunner, mixed: Path) -> None:
    code, out, _ = run(runner, mixed, "-5", "latest")
    assert code == 0
    assert header(out) == [
        "Før: 2026-11-05 09:30  ·  færdig  ·  20261105-093000-leder-bbbbbb",
        "Nu:  2026-11-20 09:30  ·  kladde  ·  20261120-093000-leder-ffffff",
    ]
    code, out, _ = run(runner, mixed, "-5", "-6")
    assert code == 0
    assert out.splitlines()[3] == "Bemærk: Refleksionen før er startet efter refleksionen nu."


def test_only_the_two_journals_are_read(
    runner: CliRunner, mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.Store(mixed).listing()  # the index is current, as after normal use
    read: list[str] = []
    real = store.Store.read

    def counting(self: store.Store, path: Path) -> jf.Journal:
        read.append(path.stem)
        return real(self, path)

    monkeypatch.setattr(store.Store, "read", counting)
    assert run(runner, mixed)[0] == 0
    assert read == ["20261108-093000-chef-cccccc", "20261115-093000-chef-eeeeee"]


def test_unknown_id(runner: CliRunner, mixed: Path) -> None:
    assert run(runner, mixed, "20270101") == (
        1,
        "",
        "Fejl: Ingen refleksion har id '20270101'. Se dine refleksioner med: "
        "kaereleder journal list\n",
    )
    assert run(runner, mixed, "-1", "-9") == (
        1,
        "",
        "Fejl: Der er kun 6 refleksioner, så '-9' findes ikke. Brug -1 til -6.\n",
    )


def test_ambiguous_prefix(runner: CliRunner, mixed: Path) -> None:
    assert run(runner, mixed, "2026110") == (
        1,
        "",
        "Fejl: '2026110' passer på 3 refleksioner: 20261108-093000-chef-cccccc, "
        "20261105-093000-leder-bbbbbb, 20261101-093000-leder-aaaaaa. Skriv mere af id'et.\n",
    )


def test_too_few_complete_reflections(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, tmp_path) == (
        1,
        "",
        f"Fejl: Der er ingen refleksioner i {tmp_path} endnu. Start en refleksion med: "
        "kaereleder reflect\n",
    )
    save(tmp_path, 1, "aaaaaa", {"e1": answers("delvis-enig")})
    save(tmp_path, 2, "bbbbbb", {"w1": answers("delvis-enig")}, publication="chef")
    save(tmp_path, 3, "cccccc", {"e1": answers("helt-enig")}, status=domain.DRAFT)
    assert run(runner, tmp_path) == (
        1,
        "",
        "Fejl: Der er ikke to færdige refleksioner over samme publikation at sammenligne. "
        "Angiv to id'er, eller se dine refleksioner med: kaereleder journal list\n",
    )


def test_nothing_newer_to_compare_with(runner: CliRunner, mixed: Path) -> None:
    assert run(runner, mixed, "20261112") == (
        1,
        "",
        "Fejl: Der er ingen nyere færdig refleksion over samme publikation end "
        "20261112-093000-leder-dddddd. Angiv den anden med: kaereleder journal diff "
        "20261112-093000-leder-dddddd ID\n",
    )


def test_two_publications_or_the_same_journal_twice(runner: CliRunner, mixed: Path) -> None:
    assert run(runner, mixed, "-2", "-3") == (
        1,
        "",
        "Fejl: 20261115-093000-chef-eeeeee er over »Kære chef! Kære ledere!«, og "
        "20261112-093000-leder-dddddd over »Kære leder!«. Kun refleksioner over samme "
        "publikation kan sammenlignes.\n",
    )
    assert run(runner, mixed, "latest", "-1") == (
        1,
        "",
        "Fejl: Begge id'er er refleksionen 20261120-093000-leder-ffffff. Angiv to forskellige.\n",
    )


def test_unknown_format(runner: CliRunner, typical: Path) -> None:
    assert run(runner, typical, "--format", "html") == (
        2,
        "",
        "Fejl: Ukendt format 'html'. Vælg text, markdown eller json.\n",
    )


def test_a_broken_journal_named_is_reported(runner: CliRunner, typical: Path) -> None:
    (typical / "20261125-093000-leder-cccccc.yaml").write_text("schema: [", encoding="utf-8")
    code, out, err = run(runner, typical, "-2", "-1")
    assert (code, out) == (1, "")
    assert err.startswith(f"Fejl: {typical / '20261125-093000-leder-cccccc.yaml'}")
    assert run(runner, typical)[0] == 0  # the default pair leaves it out


# --- kaereleder.journals.diff --------------------------------------------------------------------


def test_words_mark_removed_and_added_runs() -> None:
    assert diff.words("Jeg giver plads til folk.", "Jeg lader folk.") == (
        diff.Chunk("=", "Jeg"),
        diff.Chunk("-", "giver plads til"),
        diff.Chunk("+", "lader"),
        diff.Chunk("=", "folk."),
    )


def test_words_line_breaks_follow_the_new_text() -> None:
    assert diff.words("a b\n\nc", "a\nb c d") == (
        diff.Chunk("=", "a"),
        diff.Chunk("=", "\n"),
        diff.Chunk("=", "b c"),
        diff.Chunk("+", "d"),
    )
    assert diff.words("", "Nyt svar") == (diff.Chunk("+", "Nyt svar"),)
    assert diff.words("Gammelt svar", "") == (diff.Chunk("-", "Gammelt svar"),)


def compared(leder: Publication, old: dict[str, Any], new: dict[str, Any]) -> diff.ItemDiff:
    started = datetime(2026, 11, 1, tzinfo=CET)
    before, after = jf.new("leder", 1, started, "aaaaaa"), jf.new("leder", 1, started, "bbbbbb")
    for data, answers_ in ((before, old), (after, new)):
        data["status"] = domain.COMPLETE
        data["expectations"] = {"e3": answers_}
    return diff.compare(leder, before, after).expectations[0]


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        ("helt-uenig", "helt-enig", "up"),
        ("delvis-enig", "delvis-uenig", "down"),
        ("delvis-enig", "delvis-enig", "same"),
        ("ved-ikke", "delvis-enig", "other"),
        ("", "delvis-enig", "other"),
        ("ved-ikke", "ved-ikke", "same"),
    ],
)
def test_rating_direction(leder: Publication, old: str, new: str, direction: str) -> None:
    item = compared(leder, {domain.RATING: old}, {domain.RATING: new})
    assert item.rating == diff.Rating(old, new, direction)


def test_statements_added_removed_kept_with_their_text(leder: Publication) -> None:
    old = {"strengths": {"statements": ["e3.involves.1", "e3.involves.9"], "text": "x"}}
    new = {"strengths": {"statements": ["e3.involves.1", "e3.involves.2"], "text": "x"}}
    (answer,) = compared(leder, old, new).answers
    assert answer.changed
    assert answer.text == diff.Wording("x", "x", ())
    assert answer.choices == diff.Choices(
        "recognised",
        added=(diff.Named("e3.involves.2", leder.expectation(3).positive_statements[1].text),),
        removed=(diff.Named("e3.involves.9", None),),
        kept=(diff.Named("e3.involves.1", leder.expectation(3).positive_statements[0].text),),
    )


def test_whitespace_alone_is_no_change(leder: Publication) -> None:
    item = compared(leder, {"interplay": "Godt  samspil.\n"}, {"interplay": "Godt samspil."})
    (answer,) = item.answers
    assert not answer.changed


def test_as_data_is_json_ready(leder: Publication) -> None:
    item = compared(leder, {domain.RATING: "helt-enig"}, {domain.RATING: "helt-enig"})
    assert json.loads(json.dumps(diff.as_data(item)))["rating"] == {
        "old": "helt-enig",
        "new": "helt-enig",
        "direction": "same",
    }


def test_colour_terminal_shows_words_in_colour_without_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rich.console import Console

    monkeypatch.delenv("NO_COLOR")
    from kaereleder.render import diff as view

    chunks = diff.words("Jeg lytter.", "Jeg lytter godt.")
    colour = Console(force_terminal=True, color_system="standard", width=80)
    with colour.capture() as captured:
        colour.print(view.Words(chunks))
    assert captured.get() == "  Jeg \x1b[9;31mlytter.\x1b[0m \x1b[32mlytter godt.\x1b[0m\n"
    plain = Console(width=80, color_system=None)  # piped, TERM=dumb or NO_COLOR
    with plain.capture() as captured:
        plain.print(view.Words(chunks))
    assert captured.get() == "  Jeg [-lytter.-] {+lytter godt.+}\n"


# --- expected output (80 columns, no colour) ----------------------------------------------------

TYPICAL = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb

3 af 20 svar er ændret. Din vurdering: 1 op, 1 ned, 0 uændret.

────────────────────────── Forventningerne som helhed ──────────────────────────

? Hvilke af forventningerne oplever du selv som sværest at opfylde?
  Valgt nu, ikke før:
  • 4. Du hjælper os med at få problemer løst
  Valgt før, ikke nu:
  • 3. Du viser tillid og bakker os op

3 uændrede svar (--all viser dem).

────────────────────── 3. Du viser tillid og bakker os op ──────────────────────

Din vurdering: Delvis uenig → Delvis enig (op)
Dit næste skridt før: Holde ugentlige møder
Hvordan gik det? Det gik godt; møderne holdt.

? Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg
  genkende i min egen ledelse?
  Genkender du nu, ikke før:
  • Lader os løse opgaver og træffe beslutninger selv, men er til rådighed for
    fælles refleksion og læring.
  Genkendte du før, ikke nu:
  • Bakker op om de beslutninger, vi selv træffer – men også hjælper os med at
    lære af processen.
  Før:
  Jeg giver plads til, at folk selv beslutter.
  Nu:
  Jeg lader folk selv beslutte, og bakker op bagefter.

? Hvor kan jeg forbedre mig? Hvilke af de positive udsagn har jeg svært ved at
  leve op til? Hvilke konsekvenser har det i hverdagen?
  Finder du svært nu, ikke før:
  • I udgangspunktet stoler på vores dømmekraft, når vi fx står i en konflikt
    med en borger eller en pårørende.
  Fandt du svært før, ikke nu:
  • Følger engageret med i vores arbejde – uden at gribe unødigt ind eller
    kontrollere det i detaljer.

6 uændrede svar (--all viser dem).

────────────────── 4. Du hjælper os med at få problemer løst ───────────────────

Din vurdering: Delvis enig → Hverken enig eller uenig (ned)
Dit næste skridt før: Spørge mere ind
Hvordan gik det? (ikke besvaret)

8 uændrede svar (--all viser dem).
"""


SMALL = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb

1 af 8 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
Ordændringer: [-fjernet-] {+tilføjet+}

────────────────── 4. Du hjælper os med at få problemer løst ───────────────────

Din vurdering: Delvis enig (uændret)
Dit næste skridt før: Faste træffetider
Hvordan gik det? Det virker.

? Hvor fungerer samspillet med medarbejderne godt? Hvor bør det forbedres, hvis
  vi skal lykkes i fællesskab?
  Vi løser [-tingene-] {+de fleste ting+} sammen.
  {+Men ikke alle.+}

7 uændrede svar (--all viser dem).
"""


SMALL_ALL = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb

1 af 8 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
Ordændringer: [-fjernet-] {+tilføjet+}

────────────────── 4. Du hjælper os med at få problemer løst ───────────────────

Din vurdering: Delvis enig (uændret)
Dit næste skridt før: Faste træffetider
Hvordan gik det? Det virker.

? Hvor fungerer samspillet med medarbejderne godt? Hvor bør det forbedres, hvis
  vi skal lykkes i fællesskab?
  Vi løser [-tingene-] {+de fleste ting+} sammen.
  {+Men ikke alle.+}

Uændrede svar

? Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg
  genkende i min egen ledelse?
  Genkender du:
  • Ikke lader os stå alene med et kritisk problem, vi ikke kan håndtere selv,
    men sørger for, at der bliver handlet på det.
  Jeg er tilgængelig.

? Hvor kan jeg forbedre mig? Hvilke af de positive udsagn har jeg svært ved at
  leve op til? Hvilke konsekvenser har det i hverdagen?
  (sprunget over)

? Hvilke dilemmaer oplever jeg i forhold til medarbejdernes forventninger?
  (sprunget over)

? Hvilke forventninger har jeg til medarbejderne? Hvordan viser jeg disse
  forventninger?
  (sprunget over)

? Hvad vil være vigtigt for mig at få diskuteret med min chef eller mine
  lederkolleger?
  (sprunget over)

? Hvordan kunne jeg gribe dialogen med medarbejderne an om den enkelte
  forventning?
  (sprunget over)

? Næste skridt: Hvilket konkret skridt vil du tage?
  Faste træffetider
"""


ONE_SIDED = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb

0 af 8 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
1 forventning er kun med i refleksionen før.
1 forventning er kun med i refleksionen nu.

────────────────────────── Forventningerne som helhed ──────────────────────────

Kun med i refleksionen før.

4 svar, kun før (--all viser dem).

────────────────────── 3. Du viser tillid og bakker os op ──────────────────────

Din vurdering: Helt enig (uændret)
Dit næste skridt før: Fortsætte
Hvordan gik det? Som før.

8 uændrede svar (--all viser dem).

────────────── 5. Du ser, udnytter og udvikler vores stærke sider ──────────────

Kun med i refleksionen nu.
Din vurdering nu: Delvis uenig

8 svar, kun nu (--all viser dem).

────────── 6. Du viser omsorg for dem, der har det svært i en periode ──────────

Kun med i refleksionen før.
Din vurdering før: Ved ikke

8 svar, kun før (--all viser dem).
"""


GONE = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb
Bemærk: Refleksionen før blev skrevet med indholdsversion 0; indholdet er nu
version 1. Udsagn, der ikke længere findes, vises med deres id.

1 af 8 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
1 forventning er kun med i refleksionen før.

────────────────────── 3. Du viser tillid og bakker os op ──────────────────────

Din vurdering: Delvis enig (uændret)

? Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg
  genkende i min egen ledelse?
  Genkendte du før, ikke nu:
  • e3.involves.9 (findes ikke længere i indholdet)

7 uændrede svar (--all viser dem).

───────────────────── e8 (findes ikke længere i indholdet) ─────────────────────

Kun med i refleksionen før.
Din vurdering før: Helt enig

8 svar, kun før (--all viser dem).
"""


DRAFT = """\
Kære leder!  ·  to refleksioner sammenlignet
Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
Nu:  2026-11-22 09:30  ·  kladde  ·  20261122-093000-leder-bbbbbb
Bemærk: Refleksionen nu er en kladde; spørgsmål, den ikke er nået til endnu, er
ikke med i sammenligningen.

1 af 1 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.
Ordændringer: [-fjernet-] {+tilføjet+}

────────────────────── 3. Du viser tillid og bakker os op ──────────────────────

Din vurdering: Delvis enig (uændret)
Dit næste skridt før: Holde møder
Hvordan gik det? Halvdelen af møderne.

? Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg
  genkende i min egen ledelse?
  Jeg [-lytter.-] {+lytter, også når det er svært.+}

7 spørgsmål, som kladden ikke er nået til endnu, er ikke med.
"""


TYPICAL_MARKDOWN = """\
# Kære leder!  ·  to refleksioner sammenlignet

- Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
- Nu:  2026-11-22 09:30  ·  færdig  ·  20261122-093000-leder-bbbbbb

3 af 20 svar er ændret. Din vurdering: 1 op, 1 ned, 0 uændret.

## Forventningerne som helhed

### Hvilke af forventningerne oplever du selv som sværest at opfylde?

_Valgt nu, ikke før:_

- 4. Du hjælper os med at få problemer løst

_Valgt før, ikke nu:_

- 3. Du viser tillid og bakker os op

_3 uændrede svar (--all viser dem)._

## 3. Du viser tillid og bakker os op

**Din vurdering: Delvis uenig → Delvis enig (op)**

**Dit næste skridt før:** Holde ugentlige møder

**Hvordan gik det?** Det gik godt; møderne holdt.

### Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg genkende i min egen ledelse?

_Genkender du nu, ikke før:_

- Lader os løse opgaver og træffe beslutninger selv, men er til rådighed for fælles refleksion og læring.

_Genkendte du før, ikke nu:_

- Bakker op om de beslutninger, vi selv træffer – men også hjælper os med at lære af processen.

**Før:**

Jeg giver plads til, at folk selv beslutter.

**Nu:**

Jeg lader folk selv beslutte, og bakker op bagefter.

### Hvor kan jeg forbedre mig? Hvilke af de positive udsagn har jeg svært ved at leve op til? Hvilke konsekvenser har det i hverdagen?

_Finder du svært nu, ikke før:_

- I udgangspunktet stoler på vores dømmekraft, når vi fx står i en konflikt med en borger eller en pårørende.

_Fandt du svært før, ikke nu:_

- Følger engageret med i vores arbejde – uden at gribe unødigt ind eller kontrollere det i detaljer.

_6 uændrede svar (--all viser dem)._

## 4. Du hjælper os med at få problemer løst

**Din vurdering: Delvis enig → Hverken enig eller uenig (ned)**

**Dit næste skridt før:** Spørge mere ind

**Hvordan gik det?** (ikke besvaret)

_8 uændrede svar (--all viser dem)._
"""  # noqa: E501


DRAFT_MARKDOWN = """\
# Kære leder!  ·  to refleksioner sammenlignet

- Før: 2026-11-01 09:30  ·  færdig  ·  20261101-093000-leder-aaaaaa
- Nu:  2026-11-22 09:30  ·  kladde  ·  20261122-093000-leder-bbbbbb

> Bemærk: Refleksionen nu er en kladde; spørgsmål, den ikke er nået til endnu, er ikke med i sammenligningen.

1 af 1 svar er ændret. Din vurdering: 0 op, 0 ned, 1 uændret.

Ordændringer: ~~fjernet~~ **tilføjet**

## 3. Du viser tillid og bakker os op

**Din vurdering: Delvis enig (uændret)**

**Dit næste skridt før:** Holde møder

**Hvordan gik det?** Halvdelen af møderne.

### Hvor har jeg min styrke på dette punkt? Hvilke af de positive udsagn kan jeg genkende i min egen ledelse?

Jeg ~~lytter.~~ **lytter, også når det er svært.**

_7 spørgsmål, som kladden ikke er nået til endnu, er ikke med._
"""  # noqa: E501


# --- a rewritten answer: before and now in full; a small edit: words marked ----------------


@pytest.mark.parametrize(
    ("old", "new", "whole"),
    [
        ("Jeg giver plads til, at folk selv beslutter.", "Jeg lader folk selv beslutte.", True),
        ("Vi løser tingene sammen.", "Vi løser de fleste ting sammen.\nMen ikke alle.", False),
        ("Jeg lytter.", "Jeg lytter, også når det er svært.", False),  # added to
        ("", "Et svar for første gang.", False),  # all added: words marked
        ("En to tre fire", "En to fem seks", False),  # half kept: still a small edit
        ("En to tre fire", "En fem seks syv", True),
    ],
)
def test_rewritten_means_less_than_half_of_the_old_words_kept(
    old: str, new: str, whole: bool
) -> None:
    wording = diff.Wording(old, new, diff.words(old, new))
    assert diff.rewritten(wording) is whole


def test_a_rewritten_answer_over_several_lines_reads_before_then_now(
    runner: CliRunner, tmp_path: Path
) -> None:
    before = answers("delvis-enig", interplay="Vi taler sammen\nhver morgen.")
    after = answers("delvis-enig", interplay="Samspillet er godt.\n\nMen vi mangler tid\ntil det.")
    save(tmp_path, 1, "aaaaaa", {"e4": before})
    save(tmp_path, 22, "bbbbbb", {"e4": after})
    code, out, _ = run(runner, tmp_path)
    assert code == 0
    assert "Ordændringer" not in out and "[-" not in out and "{+" not in out
    question = out.index("? Hvor fungerer samspillet")
    assert out[question:].splitlines()[2:11] == [
        "  Før:",
        "  Vi taler sammen",
        "  hver morgen.",
        "  Nu:",
        "  Samspillet er godt.",
        "  Men vi mangler tid",
        "  til det.",
        "",
        "7 uændrede svar (--all viser dem).",
    ]


# --- the pager --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "platform", "less", "expected"),
    [
        ({}, "linux", "/usr/bin/less", ["/usr/bin/less"]),
        ({}, "darwin", "/usr/bin/less", ["/usr/bin/less"]),
        ({}, "linux", None, None),  # no less: plain output
        ({}, "win32", "C:/less.exe", None),  # Windows: plain output
        ({"PAGER": "most -s"}, "linux", "/usr/bin/less", ["most", "-s"]),
        ({"PAGER": "more"}, "win32", None, ["more"]),
        ({"PAGER": ""}, "linux", "/usr/bin/less", None),
        ({"PAGER": "cat"}, "linux", "/usr/bin/less", None),
    ],
)
def test_which_pager(
    monkeypatch: pytest.MonkeyPatch,
    environ: dict[str, str],
    platform: str,
    less: str | None,
    expected: list[str] | None,
) -> None:
    from kaereleder import pager

    monkeypatch.setattr(pager.shutil, "which", lambda name: less if name == "less" else None)
    assert pager.command(environ, platform) == expected


def test_less_gets_gits_defaults_unless_the_user_set_them() -> None:
    from kaereleder import pager

    assert pager.environment({"HOME": "/h"}) == {"HOME": "/h", "LESS": "FRX", "LV": "-c"}
    assert pager.environment({"LESS": "-S"})["LESS"] == "-S"


@pytest.fixture
def long_diff(typical: Path) -> Path:
    """``--all`` makes the typical diff longer than a 24-line terminal."""
    return typical


MARK_PAGER = (
    f"{sys.executable} -c \"import sys; [print('PAGED:' + l, end='') for l in sys.stdin]\""
)


def in_a_terminal(home: Path, *args: str, rows: int = 24, **env: str) -> str:
    import pexpect

    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PAGER")}
    environ.update(TERM="xterm", NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1", **env)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "kaereleder", "journal", "diff", *args, "--home", str(home)],
        env=environ,
        encoding="utf-8",
        dimensions=(rows, 80),
        timeout=15,
    )
    out = child.read()
    child.close()
    assert child.exitstatus == 0
    return str(out).replace("\r\n", "\n")


def test_long_output_on_a_terminal_goes_through_the_pager(long_diff: Path) -> None:
    out = in_a_terminal(long_diff, "--all", PAGER=MARK_PAGER)
    lines = out.splitlines()
    assert len(lines) > 24
    assert all(line.startswith("PAGED:") for line in lines)
    assert lines[0] == "PAGED:Kære leder!  ·  to refleksioner sammenlignet"


def test_output_that_fits_on_the_screen_is_not_paged(long_diff: Path) -> None:
    out = in_a_terminal(long_diff, "--all", rows=200, PAGER=MARK_PAGER)
    assert "PAGED:" not in out
    assert out.startswith("Kære leder!  ·  to refleksioner sammenlignet\n")


def test_piped_output_never_goes_through_the_pager(long_diff: Path) -> None:
    env = {**os.environ, "PAGER": MARK_PAGER, "NO_COLOR": "1", "LINES": "5"}
    result = subprocess.run(
        [sys.executable, "-m", "kaereleder", "journal", "diff", "--all", "--home", str(long_diff)],
        capture_output=True,
        encoding="utf-8",
        env=env,
    )
    assert result.returncode == 0
    assert "PAGED:" not in result.stdout
    assert len(result.stdout.splitlines()) > 24


def test_a_pager_that_cannot_start_means_plain_output(long_diff: Path) -> None:
    out = in_a_terminal(long_diff, "--all", PAGER="findes-ikke-pager")
    assert out.startswith("Kære leder!  ·  to refleksioner sammenlignet\n")
    assert len(out.splitlines()) > 24
