"""In a real browser: the team form filled in by mouse and by keyboard, saved and imported;
every HTML document printed to PDF on A4 (page counts, no heading last on a page).

Needs Chromium and its driver (Debian: ``apt-get install chromium chromium-driver
poppler-utils``) and selenium (in the test extras); without them these tests skip.
"""

from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from kaereleder import content, dialog
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import export as export
from kaereleder.team import form as team_form
from kaereleder.team import page as team_page

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER and POPPLER),
    reason="needs chromium, chromedriver and poppler-utils (pdftotext, pdfinfo)",
)
FORM_ID = "20261122-4f9a2c"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


class Browser:
    """One headless Chromium for the module, downloading into ``downloads``."""

    def __init__(self, downloads: Path, profile: Path) -> None:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
        service = webdriver.ChromeService(executable_path=str(DRIVER))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.execute_cdp_cmd(
            "Browser.setDownloadBehavior",
            {"behavior": "allow", "downloadPath": str(downloads)},
        )
        self.downloads = downloads

    def open(self, path: Path) -> None:
        self.driver.get(path.resolve().as_uri())

    def saved(self, before: set[Path]) -> Path:
        """The file the page has just downloaded (waited for, not slept for)."""

        def done(_: Any) -> Path | None:
            new = {p for p in self.downloads.iterdir() if p.suffix == ".yaml"} - before
            return new.pop() if new else None

        found: Path = WebDriverWait(self.driver, 10, poll_frequency=0.05).until(done)
        return found

    def pdf(self, path: Path) -> bytes:
        self.open(path)
        data = self.driver.execute_cdp_cmd(
            "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False}
        )
        return base64.b64decode(data["data"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with tempfile.TemporaryDirectory() as temp:
        downloads, profile = Path(temp) / "downloads", Path(temp) / "profile"
        downloads.mkdir()
        chrome = Browser(downloads, profile)
        try:
            yield chrome
        finally:
            chrome.driver.quit()


def page_file(tmp_path: Path, publication: Publication) -> Path:
    path = tmp_path / team_form.filename(publication, FORM_ID, "html")
    path.write_text(team_page.page(publication, FORM_ID), encoding="utf-8")
    return path


def ratings_list() -> list[str]:
    return list(team_form.RATINGS)


# --- filling in the form ------------------------------------------------------------------

# Five employees: per expectation a rating (index into the six, None: left out) and the
# numbers of the statements they recognise.
ANSWERS: list[dict[str, tuple[int | None, tuple[int, ...]]]] = [
    {f"e{n}": (3, (1, 4)) for n in range(1, 8)},
    {f"e{n}": (4, (2,)) for n in range(1, 8)},
    {"e1": (1, ()), "e2": (5, (1, 2, 3)), "e3": (None, (7,)), "e4": (3, ()), "e5": (2, ()),
     "e6": (0, ()), "e7": (4, (1,))},
    {f"e{n}": (2, ()) for n in range(1, 8)},
]  # fmt: skip
BY_KEYBOARD = {f"e{n}": (n % 6, (1, 3) if n % 2 else ()) for n in range(1, 8)}


def fill_by_mouse(
    browser: Browser, answers: dict[str, tuple[int | None, tuple[int, ...]]]
) -> None:
    """Click the labels, as a person with a mouse or a finger does."""
    driver = browser.driver
    for item, (rating, numbers) in answers.items():
        section = driver.find_element(By.CSS_SELECTOR, f'[data-item="{item}"]')
        labels = section.find_elements(By.CSS_SELECTOR, ".scale label")
        if rating is not None:
            labels[rating].click()
        else:  # a rating chosen by mistake, and taken back
            labels[0].click()
            section.find_element(By.XPATH, ".//button[.='Fjern min vurdering']").click()
        statements = section.find_elements(By.CSS_SELECTOR, "label.statement")
        for number in numbers:
            statements[number - 1].click()
    driver.find_element(By.XPATH, "//button[normalize-space()='Gem mine svar']").click()


def fill_by_keyboard(
    browser: Browser,
    publication: Publication,
    answers: dict[str, tuple[int | None, tuple[int, ...]]],
) -> None:
    """Tab, the arrow keys, space and Enter only: nothing clicked."""
    driver = browser.driver
    actions = webdriver.ActionChains(driver)
    for item in publication.expectations:
        rating, numbers = answers[item.id]
        actions.send_keys(Keys.TAB)  # into the ratings: one stop for the group
        if rating == 0:
            actions.send_keys(Keys.SPACE)
        elif rating is not None:
            actions.send_keys(Keys.ARROW_RIGHT * rating)
        actions.send_keys(Keys.TAB)  # past »Fjern min vurdering«
        for number in range(1, len(item.positive_statements) + 1):
            actions.send_keys(Keys.TAB)
            if number in numbers:
                actions.send_keys(Keys.SPACE)
    actions.send_keys(Keys.TAB)
    actions.perform()
    focused = driver.switch_to.active_element
    assert focused.text == "Gem mine svar"  # the button is the next stop after the form
    focused.send_keys(Keys.ENTER)


def expected_form(
    publication: Publication, answers: dict[str, tuple[int | None, tuple[int, ...]]]
) -> tuple[dict[str, str], frozenset[str]]:
    ratings, recognised = {}, set()
    for item in publication.expectations:
        rating, numbers = answers.get(item.id, (None, ()))
        if rating is not None:
            ratings[item.id] = ratings_list()[rating]
        recognised |= {item.positive_statements[n - 1].id for n in numbers}
    return ratings, frozenset(recognised)


def test_five_employees_fill_in_the_form_in_a_browser_and_it_is_imported(
    browser: Browser, tmp_path: Path, leder: Publication
) -> None:
    page = page_file(tmp_path, leder)
    saved: list[Path] = []
    for answers in ANSWERS:
        browser.open(page)
        before = set(browser.downloads.iterdir())
        fill_by_mouse(browser, answers)
        saved.append(browser.saved(before))
        status = browser.driver.find_element(By.ID, "status").text
        assert status.startswith(f"Dine svar er gemt som {saved[-1].name} – se i mappen")
    browser.open(page)
    before = set(browser.downloads.iterdir())
    fill_by_keyboard(browser, leder, BY_KEYBOARD)
    saved.append(browser.saved(before))

    # A name that says nothing about who answered: the round and six random hex digits.
    assert all(re.fullmatch(rf"svar-leder-{FORM_ID}-[0-9a-f]{{6}}\.yaml", p.name) for p in saved)
    assert len({p.name for p in saved}) == len(saved)
    for path, answers in zip(saved, [*ANSWERS, BY_KEYBOARD], strict=True):
        form = team_form.read(path)
        assert (form.ratings, form.recognised) == expected_form(leder, answers)
        assert form.dropped == () and form.form_id == FORM_ID
        # Its own name first: two people ticking the same boxes give two files, not copies.
        assert path.read_text(encoding="utf-8").startswith(f"# {path.name}\n")

    home = tmp_path / "journal"
    result = CliRunner().invoke(
        app, ["team", "import", *map(str, saved), "--name", "web", "--home", str(home)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("5 skemaer om »Kære leder!« er indlæst som undersøgelsen")
    survey = yaml.safe_load((home / "team" / "web.yaml").read_text(encoding="utf-8"))
    e2 = survey["expectations"]["e2"]
    assert e2["answered"] == 5
    assert e2["ratings"] == {  # 3, 4, 5, 2 by mouse, 2 % 6 = 2 by keyboard
        "helt-uenig": 0,
        "delvis-uenig": 0,
        "hverken-enig-eller-uenig": 2,
        "delvis-enig": 1,
        "helt-enig": 1,
        "ved-ikke": 1,
    }
    assert e2["recognised"]["e2.involves.2"] == 2  # the second and the third employee
    assert survey["expectations"]["e3"] == {"answered": 4, "hidden": True}  # one left it out


def test_nothing_answered_saves_nothing_and_says_so(
    browser: Browser, tmp_path: Path, leder: Publication
) -> None:
    browser.open(page_file(tmp_path, leder))
    before = set(browser.downloads.iterdir())
    browser.driver.find_element(By.ID, "gem").click()
    status = browser.driver.find_element(By.ID, "status").text
    assert status == "Du har ikke svaret på noget endnu, så der er intet at gemme."
    assert set(browser.downloads.iterdir()) == before


def test_every_input_has_a_label_and_a_phone_needs_no_sideways_scrolling(
    browser: Browser, tmp_path: Path, chef: Publication
) -> None:
    browser.open(page_file(tmp_path, chef))
    inputs = browser.driver.find_elements(By.TAG_NAME, "input")
    assert len(inputs) == 6 * 6 + sum(len(e.positive_statements) for e in chef.expectations)
    for element in inputs:  # wrapped in its label, so the text is the input's name
        label = element.find_element(By.XPATH, "ancestor::label")
        assert label.text.strip()
    legends = browser.driver.find_elements(By.TAG_NAME, "legend")
    assert len(legends) == 2 * len(chef.expectations)
    # Each group is named by its expectation and its question (as a screen reader says it).
    group = browser.driver.find_element(By.CSS_SELECTOR, '[data-item="w2"] fieldset')
    names = group.get_attribute("aria-labelledby").split()
    said = [browser.driver.find_element(By.ID, n).text for n in names]
    assert said == [chef.expectation(2).label, "»Min chef lever op til dette ønske«"]
    # A phone, or 200 % zoom on a small laptop: nothing runs off the side.
    browser.driver.set_window_size(400, 900)
    try:
        width = browser.driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width[0] <= width[1]
    finally:
        browser.driver.set_window_size(1024, 768)


# --- printing -----------------------------------------------------------------------------


def pages(pdf: bytes, folder: Path) -> list[list[str]]:
    """The non-empty lines of each page of ``pdf``; and it is A4."""
    path = folder / "out.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert re.search(r"Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)", info.stdout)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    found = [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]
    return [page for page in found if page]


def headings(document: str) -> list[str]:
    found = re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", document, flags=re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", h)).split()) for h in found]


def assert_no_heading_last(document: str, printed: list[list[str]]) -> None:
    heads = headings(document)
    for number, page in enumerate(printed[:-1], start=1):
        last = page[-1]
        assert not any(h == last or h.endswith(" " + last) for h in heads), (number, last)


def printed(browser: Browser, tmp_path: Path, name: str, document: str) -> list[list[str]]:
    path = tmp_path / name
    path.write_text(document, encoding="utf-8")
    result = pages(browser.pdf(path), tmp_path)
    assert_no_heading_last(document, result)
    return result


@pytest.mark.parametrize("publication", ["leder", "chef"])
def test_the_paper_form_is_two_a4_pages(
    browser: Browser, tmp_path: Path, publication: str
) -> None:
    pub = content.load(publication)
    document = team_page.page(pub, FORM_ID)
    result = printed(browser, tmp_path, "form.html", document)
    assert len(result) == 2
    assert result[-1][-1] == f"Skema-id: {FORM_ID}"
    assert "Gem mine svar" not in " ".join(sum(result, []))  # the screen's button: not on paper


def test_the_dialogue_guide_prints_its_handout_on_one_page(
    browser: Browser, tmp_path: Path, leder: Publication
) -> None:
    result = printed(
        browser, tmp_path, "dialog.html", dialog.html(leder, dialog.chosen(leder, [3]))
    )
    handout = [n for n, page in enumerate(result) if page[0].startswith("Før mødet:")]
    assert handout == [len(result) - 1]  # the handout starts the last page: one page
    assert_questions_whole(result)


def assert_questions_whole(result: list[list[str]]) -> None:
    """The four dialogue questions of an expectation are on the page their lead is on."""
    leads = 0
    for page in result:
        for start in (n for n, line in enumerate(page) if line == "Spørgsmål til dialogen:"):
            leads += 1
            rest = " ".join(page[start + 1 : start + 12])
            assert "Hvordan kan vi selv bidrage til et godt samarbejde om dette?" in rest, page
    assert leads


def test_the_whole_dialogue_guide_and_an_export_keep_headings_with_their_text(
    browser: Browser, tmp_path: Path, leder: Publication
) -> None:
    for publication in (leder, content.load("chef")):
        whole = dialog.html(publication, publication.expectations)
        assert_questions_whole(printed(browser, tmp_path, "dialog.html", whole))
    from test_export import a_journal  # the tests folder is on the path (rootdir)

    data = a_journal()
    data["expectations"]["e4"]["interplay"] = "Et langt svar, der fylder. " * 80
    printed(browser, tmp_path, "export.html", export.html(leder, data))


def test_the_lus_pack_prints_on_a4_with_the_team_table_whole(
    browser: Browser, tmp_path: Path, leder: Publication
) -> None:
    from kaereleder import store
    from kaereleder.journals import lus
    from test_lus import TODAY, a_reflection, with_team

    home = tmp_path / "journaler"
    store.Store(home).save(a_reflection())
    data, team = with_team(CliRunner(), tmp_path, home, leder)
    chosen = [*lus.defaults(lus.offers(leder, data, team)), "e1/dilemmas"]
    document = lus.render("html", leder, data, chosen, team, TODAY)
    result = printed(browser, tmp_path, "lus.html", document)
    assert len(result) <= 3  # the pack, the plan and the team's view
    assert result[0][0] == "Til samtalen med min chef"
    # Expectations 2 and 7 are only in the team's table: its first rows and its last row
    # are on one page.
    table = [" ".join(page) for page in result if any("2. Du lytter" in line for line in page)]
    assert len(table) == 1 and "7. Du insisterer" in table[0], table
