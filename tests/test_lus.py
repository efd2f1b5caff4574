"""`kaereleder journal export ID --lus`: the pack for the talk with the chef holds only what
the leader chose; private answers only when chosen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from factories import CET, reflection
from kaereleder import journal as jf
from kaereleder import store
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import lus as lus
from kaereleder.journals import lus_team
from kaereleder.reflect.prompts import PromptAsker
from kaereleder.team.compare import Comparison
from platform_support import assert_mode
from test_export import folded, text_of
from test_export_plan import PLAN, REVIEW
from test_team import write_forms

TODAY = date(2026, 12, 2)
DILEMMA = "Jeg er i tvivl om <Hanne> & kan ikke sige det højt"
STRENGTH = "Jeg lytter godt"
FURTHER = "Hvordan får jeg *tid* til sparring?"
FURTHER_E3 = "Mere opbakning oppefra"
NEXT = "Korte møder hver mandag"
MISSING = "Humor på arbejdet"


def a_reflection(**fields: object) -> jf.Journal:
    expectations = {
        "e1": {
            "rating": "delvis-enig",
            "strengths": {"statements": ["e1.involves.1"], "text": STRENGTH},
            "dilemmas": DILEMMA,
            "take-further": FURTHER,
            "next-step": NEXT,
        },
        "e3": {"rating": "helt-enig", "take-further": FURTHER_E3, "dialogue": ""},
        "e5": {"rating": "", "take-further": ""},
    }
    data = reflection(
        datetime(2026, 11, 22, 9, 30, tzinfo=CET),
        "abc123",
        version=2,
        overall={"irrelevant": "", "missing": MISSING, "most-important": ["e1"], "hardest": []},
        chosen=["e1", "e3", "e5"],
        expectations=expectations,
        plan=PLAN,
        **fields,
    )
    return data


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    store.Store(folder).save(a_reflection())
    return folder


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app, ["journal", "export", "seneste", "--lus", *args, "--home", str(home)]
    )
    return result.exit_code, result.stdout, result.stderr


def md_shown(out: str) -> str:
    from markdown_it import MarkdownIt

    return text_of(MarkdownIt("commonmark").enable("table").render(out))


LEFT_OUT = (
    "Uden terminal er kun det forvalgte med; udeladt: Som helhed · Det, der mangler, "
    "Som helhed · Vigtigst, Forventning 1 · Styrker, Forventning 1 · Dilemmaer, "
    "Forventning 1 · Næste skridt. Vil du selv vælge, hvad der kommer med, så kør kommandoen "
    "i en terminal med -o FIL.\n"
)


def test_without_a_terminal_only_the_defaults(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home)
    assert (code, err) == (0, LEFT_OUT)
    assert out.startswith(
        "# Til samtalen med min chef\n\n*Forberedelse til lederudviklingssamtalen (LUS) ud fra "
        "min egen refleksion. Jeg har selv valgt, hvad der står her; resten af refleksionen er "
        "privat.*\n\n- Til: min chef\n- Dato: "
    )
    shown = md_shown(out)
    for text in (
        "Mine selvvurderinger: »Jeg lever op til denne forventning«",
        "1. Du er tydelig om rammerne for vores arbejde\nDelvis enig",
        "3. Du viser tillid og bakker os op\nHelt enig",
        "5. Du ser, udnytter og udvikler vores stærke sider\n(sprunget over)",
        "Det vil jeg gerne drøfte",
        FURTHER,
        FURTHER_E3,
        "Min udviklingsplan",
        "Mål 1: Ugentlige <møder> & *korte*",
        "Opfølgning: 2. marts 2027",
        "Refleksion: Kære leder!, 22. november 2026 kl. 09.30",
    ):
        assert folded(text) in shown, text
    for private in (DILEMMA, STRENGTH, NEXT, MISSING, "Mere fra min refleksion", "Dilemmaer"):
        assert private not in shown and private not in out, private
    assert "medarbejdernes syn" not in out  # no survey: no team part


def test_a_chef_reflection_is_for_the_director(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    data = reflection(
        datetime(2026, 11, 22, 9, 30, tzinfo=CET),
        "def456",
        publication="chef",
        expectations={
            "w1": {"rating": "helt-enig", "take-further": "Strategien", "dilemmas": "Privat"}
        },
    )
    store.Store(home).save(data)
    code, out, err = run(runner, home)
    assert code == 0
    assert out.startswith("# Til samtalen med min direktør\n")
    assert "Strategien" in out and "Privat" not in out
    assert err == (
        "Uden terminal er kun det forvalgte med; udeladt: Ønske 1 · Dilemmaer. Vil du selv "
        "vælge, hvad der kommer med, så kør kommandoen i en terminal med -o FIL.\n"
    )


def test_nothing_private_nothing_said(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "j"
    data = reflection(
        datetime(2026, 11, 22, 9, 30, tzinfo=CET),
        "def456",
        expectations={"e2": {"rating": "helt-enig", "take-further": "Tid"}},
    )
    store.Store(home).save(data)
    code, out, err = run(runner, home, "--format", "html")
    assert (code, err) == (0, "")
    assert "<h1>Til samtalen med min chef</h1>" in out and "Tid" in out


DOWN = "\x1b[B"


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def test_the_leader_leaves_out_the_plan_and_adds_a_dilemma(
    pipe: PipeInput, leder: Publication, capsys: pytest.CaptureFixture[str]
) -> None:
    data = a_reflection()
    offered = lus.offers(leder, data, None)
    assert [(o.key, o.preselected) for o in offered] == [
        ("ratings", True),
        ("e1/take-further", True),
        ("e3/take-further", True),
        ("plan", True),
        ("overall/missing", False),
        ("overall/most-important", False),
        ("e1/strengths", False),
        ("e1/dilemmas", False),
        ("e1/next-step", False),
    ]
    pipe.send_text(DOWN * 3 + " " + DOWN * 4 + " \r")
    asker = PromptAsker(input=pipe, output=DummyOutput())
    chosen = lus.choose(asker, leder, offered)
    assert chosen == ["ratings", "e1/take-further", "e3/take-further", "e1/dilemmas"]
    said = " ".join(capsys.readouterr().out.split())  # wrapped to the terminal
    assert "Det afkrydsede kommer med i pakken, og din chef kan læse det." in said
    assert f"→ Forventning 1 · Dilemmaer: »{DILEMMA}«" in said
    out = lus.render("markdown", leder, data, chosen, None, TODAY)
    assert "Min udviklingsplan" not in out and "Ugentlige" not in out
    shown = md_shown(out)
    assert (
        folded(
            "Mere fra min refleksion\n1. Du er tydelig om rammerne for vores arbejde: Hvilke "
            f"dilemmaer oplever jeg i forhold til medarbejdernes forventninger?\n{DILEMMA}"
        )
        in shown
    )
    assert STRENGTH not in out and NEXT not in out
    html = lus.render("html", leder, data, chosen, None, TODAY)
    assert "Jeg er i tvivl om &lt;Hanne&gt; &amp; kan ikke sige det højt" in html
    assert "Ugentlige" not in html


def test_the_checklist_labels_say_which_answer_and_its_words(leder: Publication) -> None:
    long = "ord " * 80
    data = a_reflection(review=REVIEW)
    data["expectations"]["e1"]["dilemmas"] = long
    labels = {o.key: o.label for o in lus.offers(leder, data, None)}
    assert labels["ratings"] == (
        "Dine selvvurderinger: 1. Delvis enig, 3. Helt enig, 5. (sprunget over)"
    )
    assert labels["plan"] == (  # every word of the plan the chef will read
        "Din udviklingsplan: 2 mål, 3 skridt med datoer: »Ugentlige <møder> & *korte* · "
        "Et kvarter hver mandag # med hele teamet · Sparring med en kollega · Godt møde«"
    )
    assert labels["review"] == "Sådan gik din sidste plan: »Det gik godt«"
    assert labels["e1/strengths"] == (  # the statements chosen, then the own words
        "Forventning 1 · Styrker: »Kommunikerer tydeligt om både kerneopgaven og hverdagens "
        f"opgaveløsning, så alle ved, hvad de skal og hvorfor. {STRENGTH}«"
    )
    assert labels["e1/dilemmas"] == f"Forventning 1 · Dilemmaer: »{('ord ' * 40)[:159].rstrip()}…«"


def test_the_pack_file_is_private(runner: CliRunner, home: Path, tmp_path: Path) -> None:
    target = tmp_path / "ud" / "lus.html"
    code, out, err = run(runner, home, "-o", str(target))
    assert (code, out) == (0, "")
    assert err == LEFT_OUT + f"Pakken til samtalen er skrevet til {target} (kun læsbar for dig).\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert_mode(target, 0o600)
    assert_mode(target.parent, 0o700)


def test_an_unknown_id_is_one_line(runner: CliRunner, home: Path) -> None:
    result = runner.invoke(app, ["journal", "export", "zzz", "--lus", "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Fejl: ") and result.stderr.count("\n") == 1


# --- the team's view ----------------------------------------------------------------------


def imported(runner: CliRunner, tmp_path: Path, home: Path, count: int) -> None:
    files = write_forms(tmp_path / "svar", count)
    result = runner.invoke(
        app, ["team", "import", *files, "--name", "efteraar", "--home", str(home)]
    )
    assert result.exit_code == 0


def test_the_team_comparison_as_team_compare_shows_it(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    imported(runner, tmp_path, home, 8)
    code, out, err = run(runner, home)
    assert (code, err) == (0, LEFT_OUT)
    team = out[out.index("## Kære leder!  ·  Din refleksion og medarbejdernes syn") :]
    compare = runner.invoke(app, ["team", "compare", "--format", "markdown", "--home", str(home)])
    table = [line for line in compare.stdout.splitlines() if line.startswith("|")]
    assert table and all(line in team.splitlines() for line in table)
    assert "### Steder at tale om" in team
    assert "3. Du viser tillid og bakker os op**: Din vurdering er Helt enig (5)" in team
    # The statements the leader recognised are part of a private answer: not in the pack.
    assert "Udsagn, du genkender" not in out and "Skaber overblik" not in team


def with_team(
    runner: CliRunner, tmp_path: Path, home: Path, leder: Publication
) -> tuple[jf.Journal, Comparison]:
    """Eight forms imported; the reflection and the team's view beside it."""
    imported(runner, tmp_path, home, 8)
    folder = store.Store(home)
    data = folder.read(folder.find("seneste").path)
    team = lus_team.team_for(folder, leder, data)
    assert team is not None
    return data, team


def test_the_team_statements_come_with_the_strengths_answer(
    runner: CliRunner, tmp_path: Path, home: Path, leder: Publication
) -> None:
    data, team = with_team(runner, tmp_path, home, leder)
    chosen = [*lus.defaults(lus.offers(leder, data, team)), "e1/strengths"]
    out = lus.render("markdown", leder, data, chosen, team, TODAY)
    assert "### Udsagn, du genkender, men under halvdelen af medarbejderne gør" in out
    assert (
        "Udsagnene sammenlignes for de forventninger, du gik i dybden med i din refleksion: 1."
        in out
    )


def test_without_the_ratings_the_team_shows_no_own_rating(
    runner: CliRunner, tmp_path: Path, home: Path, leder: Publication
) -> None:
    data, team = with_team(runner, tmp_path, home, leder)
    out = lus.render("html", leder, data, ["team", "plan"], team, TODAY)
    assert "<th>gns.</th></tr>" in out and "Din vurdering" not in out
    assert "(5)</td>" not in out and "(4)</td>" not in out
    assert "Mine egne vurderinger er ikke med i pakken" in out


def test_fewer_than_five_answers_no_team_part(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    imported(runner, tmp_path, home, 4)
    code, out, err = run(runner, home)
    assert code == 0
    assert "medarbejdernes syn" not in out and "Teamets syn" not in err


def test_an_expectation_fewer_than_five_answered_shows_only_the_reason(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    from test_team import FEW, FEW_REASON

    files = write_forms(tmp_path / "svar", 8, ratings=FEW)
    args = ["team", "import", *files, "--name", "efteraar", "--home", str(home)]
    assert runner.invoke(app, args).exit_code == 0
    code, out, err = run(runner, home)
    assert code == 0
    team = out[out.index("## Kære leder!") :]
    assert (
        "| 3. Du viser tillid og bakker os op | – | – | – | – | – | – | – | Helt enig (5) |"
    ) in team
    assert f"- **3. Du viser tillid og bakker os op**: {FEW_REASON}." in team
    assert team.split("### Steder at tale om\n\n")[1].split("\n\n")[1:] == [
        "Ingen: hvor du har vurderet dig selv, ligger din vurdering højst ét trin fra "
        "medarbejdernes gennemsnit.",
        "Forventning 3 er ikke med her (vises ikke af hensyn til anonymiteten).\n",
    ]  # expectation 3 (Helt enig against a mean of 2) is no place to talk about here


def test_the_review_when_chosen_names_the_goals(leder: Publication) -> None:
    data = a_reflection(review=REVIEW)
    reviewed = {"goals": {"g1": {"from": "own", "goal": "Mere sparring"}}}
    out = lus.render("markdown", leder, data, ["review"], None, TODAY, reviewed)  # type: ignore[arg-type]
    assert "## Sådan gik min sidste plan" in out
    assert "**Mål 1: Mere sparring**\n\n> Nået\\\n> Det gik godt" in out
    assert "Min udviklingsplan" not in out and "selvvurderinger" not in out
