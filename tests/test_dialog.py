"""`kaereleder dialog`: the meeting guide a leader prints for a staff meeting."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from html import escape, unescape
from pathlib import Path

import pytest
from markdown_it import MarkdownIt  # a dependency of rich: a real CommonMark parser
from typer.testing import CliRunner

from kaereleder import dialog
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.dialog import texts as dialog_txt
from platform_support import assert_mode


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["dialog", *args])
    return result.exit_code, result.stdout, result.stderr


def seen(html: str) -> str:
    """What a reader sees of an HTML text: tags dropped, white space folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def guide_texts(pub: Publication) -> list[str]:
    """Every text of the publication's "Oplæg til dialog", in printed order."""
    r = pub.reflection
    texts = [r.dialogue_title, *(b.text for b in r.dialogue_intro)]
    for step in r.steps:
        texts += [f"{step.number}. {step.title}", *(b.text for b in step.blocks)]
        texts += [q.text for q in step.questions] + [b.text for b in step.outro]
    return texts + [b.text for b in r.dialogue_outro]


def questions(pub: Publication) -> list[str]:
    return [q.text for s in pub.reflection.steps if s.id == "each" for q in s.questions]


@pytest.mark.parametrize("name", ["leder", "chef"])
def test_the_guide_text_is_the_publications_verbatim(
    runner: CliRunner, name: str, request: pytest.FixtureRequest
) -> None:
    pub: Publication = request.getfixturevalue(name)
    code, out, err = run(runner, "-p", name)
    assert (code, err) == (0, "")
    md_seen = seen(MarkdownIt("commonmark").render(out))
    code, page, _ = run(runner, "-p", name, "--format", "html")
    html_seen = seen(page)
    position = 0
    for text in guide_texts(pub):
        assert text in md_seen, text
        assert escape(text) in page, text
        position = html_seen.index(text, position)  # in the publication's order
    assert f"Kilde: {pub.source.citation}" in md_seen
    assert len(questions(pub)) == 4


@pytest.mark.parametrize("numbers", [[], [4], [2, 6], [7, 1, 3]])
def test_four_questions_for_each_chosen_expectation(
    leder: Publication, numbers: list[int]
) -> None:
    chosen = dialog.chosen(leder, numbers)
    lines = dialog.guide(leder, chosen).pages[0].lines
    titles = [f"{e.number}. {e.title}" for e in chosen]
    starts = [i for i, line in enumerate(lines) if line.text in titles]
    assert [lines[i].text for i in starts] == titles
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        asked = [line.text for line in lines[start:end] if line.kind == "question"]
        assert asked == questions(leder)
    out = dialog.markdown(leder, chosen)
    for question in questions(leder):  # step 3, each expectation, the handout
        assert out.count(question) == len(chosen) + 2


def test_each_expectation_with_its_positive_statements(leder: Publication) -> None:
    e3 = leder.expectation(3)
    out = seen(MarkdownIt("commonmark").render(dialog.markdown(leder, [e3])))
    for section in e3.request.sections:
        if section.positive:
            assert out.count(section.heading or "") == 2  # the guide and the handout
            for item in section.items:
                assert out.count(item.text) == 2
    quotes = next(s for s in e3.request.sections if s.kind == "quotes")
    assert quotes.items[0].text not in out  # what it involves, not the whole expectation
    assert out.count("Kære leder, det er vigtigt for os, at …") == 2


PLAN_ROW = re.compile(r"^- \*\*(\d):(\d\d)–(\d):(\d\d)\*\* .* \((\d+) min\)\\$", re.M)


@pytest.mark.parametrize("numbers", [[], [5], [1, 2], [1, 2, 3], [6, 5, 4, 3]])
@pytest.mark.parametrize("name", ["leder", "chef"])
def test_plans_last_exactly_60_and_90_minutes(
    name: str, numbers: list[int], request: pytest.FixtureRequest
) -> None:
    pub: Publication = request.getfixturevalue(name)
    chosen = dialog.chosen(pub, numbers)
    for minutes in (60, 90):
        slots, _ = dialog.plan(pub, chosen, minutes)
        assert sum(slot.minutes for slot in slots) == minutes
        assert all(slot.minutes > 0 and slot.minutes % 5 == 0 for slot in slots)
    out = dialog.markdown(pub, chosen)
    for minutes in (60, 90):
        plan = out.split(f"## Mødeplan på {minutes} minutter\n")[1].split("\n#")[0]
        clock = 0
        for h1, m1, h2, m2, length in (map(int, row) for row in PLAN_ROW.findall(plan)):
            assert (60 * h1 + m1, 60 * h2 + m2) == (clock, clock + length)
            clock += length
        assert clock == minutes


def test_the_60_minute_plan_takes_fewer_and_says_so(leder: Publication) -> None:
    chosen = dialog.chosen(leder, [])
    sixty, note60 = dialog.plan(leder, chosen, 60)
    ninety, note90 = dialog.plan(leder, chosen, 90)
    taken = [s.title for s in sixty if s.detail == dialog_txt.PLAN_EXPECTATION]
    assert taken == ["1. Du er tydelig om rammerne for vores arbejde",
                     "2. Du lytter og inddrager os i beslutningerne"]  # fmt: skip
    assert len([s for s in ninety if s.detail == dialog_txt.PLAN_EXPECTATION]) == 3
    assert note60 == (
        "Der er ikke god tid til alle 7 valgte forventninger på 60 minutter, så planen tager "
        "nummer 1 og 2. Tag nummer 3, 4, 5, 6 og 7 på et senere møde, eller vælg selv, hvilke "
        "I tager: kaereleder dialog -e N."
    )
    assert note90 is not None and "nummer 1, 2 og 3. Tag nummer 4, 5, 6 og 7" in note90
    assert dialog.plan(leder, dialog.chosen(leder, [6, 2]), 60)[1] is None
    assert dialog.plan(leder, dialog.chosen(leder, [6, 2, 4]), 90)[1] is None
    assert dialog.plan(leder, dialog.chosen(leder, [6, 2, 4]), 60)[1] is not None


def test_the_plans_are_marked_as_the_tools_own(runner: CliRunner) -> None:
    out = run(runner, "-e", "3")[1]
    plans = out.split("\n# Forslag til mødeplan\n")[1].split("\n# Før mødet")[0]
    assert plans.startswith(
        "\n*Forslaget er kaereleders eget og står ikke i publikationen. "
        "Tilpas tider og form til jer.*\n"
    )
    assert "## Mødeplan på 60 minutter" in plans and "## Mødeplan på 90 minutter" in plans
    assert "- **0:00–0:05** Velkommen og rammesætning (5 min)\\" in plans
    assert "- **0:20–0:50** 3. Du viser tillid og bakker os op (30 min)\\" in plans
    assert "- **0:50–1:00** Lederens opsamling og opfølgning (10 min)\\" in plans
    assert "- **1:20–1:30** Lederens opsamling og opfølgning (10 min)\\" in plans


def test_chef_speaks_of_chef_and_ledere(runner: CliRunner, chef: Publication) -> None:
    code, out, err = run(runner, "-p", "chef", "-e", "4")
    assert (code, err) == (0, "")
    assert out.startswith(
        "# Mødeguide: Kære chef! Kære ledere!\n\n*Til dig som chef: oplægget til dialog med "
        "lederne, de valgte ønsker med spørgsmålene til dialogen, to forslag til en mødeplan "
        "og et ark, som lederne kan læse før mødet.*\n"
    )
    note = (
        "*Bemærk: Dette oplæg til dialog er ikke trykt i »Kære chef! Kære ledere!«. "
        f"{chef.reflection.note}*"
    )
    assert out.count(note) == 2  # the guide and the handout
    assert "## 2. Oplæg til dialog med lederne" in out
    assert "Chefens opsamling og opfølgning" in out
    assert "hvor ledere fortæller, hvad de forventer af deres chef." in out
    assert "## De valgte ønsker" in out and "## Ønskerne" in out
    assert "medarbejder" not in out.lower() and "forventning " not in out
    assert "Bemærk" not in run(runner, "-p", "leder")[1]


def test_expectations_are_chosen_with_e(runner: CliRunner, leder: Publication) -> None:
    out = run(runner, "-e", "5", "-e", "2", "-e", "5")[1]
    headings = re.findall(r"^### (\d)\. ", out, re.M)
    assert headings == ["1", "2", "3", "5", "2", "5", "2"]  # steps 1-3, guide, handout
    assert "**0:35–0:50** 2. Du lytter og inddrager os i beslutningerne (15 min)" in out
    assert "**0:35–1:00** 5. Du ser, udnytter og udvikler vores stærke sider (25 min)" in out
    for number in (1, 3, 4, 6, 7):
        assert leder.expectation(number).title not in out
    everything = run(runner)[1]
    for expectation in leder.expectations:
        assert everything.count(f"### {expectation.number}. {expectation.title}\n") == 2


def test_html_is_one_printable_file(runner: CliRunner) -> None:
    code, out, err = run(runner, "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">')
    assert not re.search(r"(src|href)=|<link|<script|@import|url\(", out)
    assert re.findall(r"https?://\S+", out) == ["https://lederweb.dk</p>"] * 2
    assert out.count('<section class="page">') == 3
    assert "@media print { .page + .page { break-before: page;" in out
    assert out.count('<table class="plan">') == 2
    assert "<h1>Før mødet: gensidige forventninger til god ledelse</h1>" in out


def test_html_and_markdown_escape_the_text(leder: Publication) -> None:
    tricky = "Du <b>lytter</b> & *ser* os"
    e1 = leder.expectation(1)._replace(title=tricky)
    page = dialog.html(leder, [e1])
    assert "<b>" not in page
    assert page.count(f"<h3>1. {escape(tricky)}</h3>") == 2
    text = dialog.markdown(leder, [e1])
    rendered = MarkdownIt("commonmark").render(text)
    assert "<b>" not in rendered and "<em>ser</em>" not in rendered
    assert rendered.count(f"<h3>1. {escape(tricky, quote=False)}</h3>") == 2


def test_the_handout_asks_no_names(leder: Publication) -> None:
    handout = dialog.guide(leder, leder.expectations).pages[2]
    assert handout.title == "Før mødet: gensidige forventninger til god ledelse"
    texts = [line.text for line in handout.lines]
    assert texts[:3] == [
        "På mødet taler vi sammen om gensidige forventninger til god ledelse hos os. "
        "Udgangspunktet er »Kære leder!« (Væksthus for Ledelse, 2019), hvor medarbejdere "
        "fortæller, hvad de forventer af deres leder.",
        "Det er en fælles samtale om samarbejdet og om, hvad vi hver især kan bidrage med "
        "– ikke en bedømmelse af nogen.",
        "Læs forventningerne nedenfor, og tænk over spørgsmålene. Noterne er dine egne: du "
        "skal ikke skrive dit navn på noget eller aflevere noget.",
    ]
    assert not any(re.search(r"navn\s*:", t, re.I) for t in texts)
    assert texts[-6:-1] == [
        "Til hver udvalgt forventning kan I drøfte:",
        *questions(leder),
    ]
    assert texts[-1] == f"Kilde: {leder.source.citation}"


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_file_has_the_usual_permissions(
    runner: CliRunner, tmp_path: Path, umask: int, mode: int
) -> None:
    """The guide is meant for others: the usual permissions, not private (issue 8)."""
    target = tmp_path / "møder" / "personalemøde.html"
    old = os.umask(umask)
    try:
        code, out, err = run(runner, "-e", "3", "-o", str(target))
    finally:
        os.umask(old)
    assert (code, out) == (0, "")
    assert err == f"Mødeguiden er skrevet til {target}.\n"
    assert_mode(target, mode)
    assert target.read_text(encoding="utf-8") == run(runner, "--format", "html", "-e", "3")[1]
    assert [p.name for p in target.parent.iterdir()] == ["personalemøde.html"]  # no temp file


@pytest.mark.parametrize(
    ("name", "start"), [("guide.html", "<!DOCTYPE html>"), ("guide.md", "# ")]
)
def test_format_from_the_extension(
    runner: CliRunner, tmp_path: Path, name: str, start: str
) -> None:
    target = tmp_path / name
    assert run(runner, "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith(start)


def test_format_that_contradicts_the_extension(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "guide.html"
    assert run(runner, "--format", "markdown", "-o", str(target)) == (
        2,
        "",
        "Fejl: --format markdown passer ikke til filen guide.html, der efter endelsen er HTML. "
        "Udelad --format, eller giv filen en endelse, der passer.\n",
    )
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["-e", "9"], 1, "Kære leder! har ingen forventning nummer 9. Der er 7 forventninger, "
                         "nummer 1–7."),
        (["-p", "chef", "-e", "7"], 1, "Kære chef! Kære ledere! har intet ønske nummer 7. Der "
                                       "er 6 ønsker, nummer 1–6."),
        (["-p", "direktør"], 1, "Ukendt publikation 'direktør'. Vælg leder (Kære leder!) eller "
                                "chef (Kære chef! Kære ledere!)."),
        (["--format", "pdf"], 2, "Ukendt format 'pdf'. Vælg markdown eller html."),
        (["-e", "tre"], 2, "Ugyldig værdi for '-e' / '--expectation': 'tre' er ikke et heltal. "
                           "Se 'kaereleder dialog --help'."),
    ],
)  # fmt: skip
def test_errors(runner: CliRunner, args: list[str], code: int, message: str) -> None:
    assert run(runner, *args) == (code, "", f"Fejl: {message}\n")


def test_dialog_imports_neither_rich_nor_questionary(
    loaded_modules: Callable[..., set[str]],
) -> None:
    loaded = loaded_modules(["dialog", "-e", "1"])
    assert ("rich" in loaded, "questionary" in loaded) == (False, False)
