"""End to end: ``kaereleder reflect`` driven by keystrokes in a real pseudo-terminal.

What a user would notice is checked: exit codes, the Danish lines, the journal files on
disk, their contents and modes, and where a resumed reflection starts
(docs: the reliability promises 1, 2, 5, 10, 11 and 12).
"""

from __future__ import annotations

import io
import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from kaereleder import content, domain
from kaereleder import journal as jf

pytestmark = pytest.mark.pty
if sys.platform == "win32":
    pytest.skip("needs a POSIX pseudo-terminal (pty); Windows has none", allow_module_level=True)
pexpect = pytest.importorskip("pexpect", reason="the pty tests drive the terminal with pexpect")

LEDER = content.load("leder")
RATINGS = [*domain.RATINGS, ""]  # the rating choices in the order shown; the last one skips
TIMEOUT = 15
NEEDS_TERMINAL = "skal bruges i en terminal"


class Keys:
    """What a user's keys send to the terminal."""

    ENTER = "\r"
    NEWLINE = "\n"  # Ctrl+J: a new line in a free-text answer, in every terminal
    ALT_ENTER = "\x1b\r"  # Esc, then Enter: a new line too
    SUBMIT = "\r"  # Enter: the free-text answer is given
    SPACE = " "
    DOWN = "\x1b[B"
    UP = "\x1b[A"  # in a choice, from the first up to the last
    CLEAR = "\x15"  # Ctrl+U: the line typed (or offered) so far is removed
    PASTE_START = "\x1b[200~"  # bracketed paste, as terminals send a paste
    PASTE_END = "\x1b[201~"

    @staticmethod
    def toggle(rows: Iterable[int]) -> str:
        """Toggle the checkbox rows (0 is the first) and finish."""
        wanted = set(rows)
        keys = "".join(
            (Keys.SPACE if row in wanted else "") + Keys.DOWN
            for row in range(max(wanted, default=-1) + 1)
        )
        return keys + Keys.ENTER

    @staticmethod
    def select(row: int) -> str:
        return Keys.DOWN * row + Keys.ENTER

    @staticmethod
    def paste(text: str) -> str:
        return Keys.PASTE_START + text + Keys.PASTE_END


class Q:
    """Short, distinctive fragments of the questions of Kære leder! as shown."""

    PUBLICATION = "Hvilken publikation vil du reflektere over"
    IRRELEVANT = "du synes, der er irrelevante"
    MISSING = "slet ikke er med på listen"
    MOST_IMPORTANT = "vigtigst for dine medarbejdere"
    HARDEST = "sværest at opfylde"
    CHOSEN = "du vil tænke grundigere over"
    FOLLOW_UP = "Hvordan gik det?"
    RATING = "Hvor enig er du i udsagnet"
    # A question about the positive statements: its checklist, then its free text below it.
    STRENGTHS_PICK = "Hvor har jeg min styrke"
    STRENGTHS = "Uddyb gerne med dine egne ord"
    IMPROVE_PICK = "Hvor kan jeg forbedre mig"
    IMPROVE = "Uddyb gerne med dine egne ord"
    INTERPLAY = "Hvor fungerer samspillet"
    DILEMMAS = "Hvilke dilemmaer oplever jeg"
    OWN = "Hvilke forventninger har jeg til"
    TAKE_FURTHER = "min chef eller mine lederkolleger"
    DIALOGUE = "gribe dialogen med medarbejderne"
    NEXT_STEP = "Hvilket konkret skridt"
    PLAN = "Hvad skal dit første udviklingsmål bygge på?"


# The questions about one expectation, in the order asked: where the answer goes in the
# journal, the question, and its kind (one: a select, many: a checkbox, text: free text).
DEEPER: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("rating",), Q.RATING, "one"),
    (("strengths", "statements"), Q.STRENGTHS_PICK, "many"),
    (("strengths", "text"), Q.STRENGTHS, "text"),
    (("improve", "statements"), Q.IMPROVE_PICK, "many"),
    (("improve", "text"), Q.IMPROVE, "text"),
    (("interplay",), Q.INTERPLAY, "text"),
    (("dilemmas",), Q.DILEMMAS, "text"),
    (("own-expectations",), Q.OWN, "text"),
    (("take-further",), Q.TAKE_FURTHER, "text"),
    (("dialogue",), Q.DIALOGUE, "text"),
    (("next-step",), Q.NEXT_STEP, "text"),
)
OVERVIEW = [Q.PUBLICATION, Q.IRRELEVANT, Q.MISSING, Q.MOST_IMPORTANT, Q.HARDEST, Q.CHOSEN]
ALL_QUESTIONS = [*OVERVIEW, Q.FOLLOW_UP, *(question for _, question, _ in DEEPER)]

# A plan answers the questions of DEEPER in order: the row of the rating, the checkbox rows
# to tick, and the keys typed as free text (Ctrl+J, "\n", starts a new line, and so does
# "\r" typed together with more text, as a paste; "" skips).
Plan = Sequence[Any]

PLAN_FULL: Plan = (
    3,
    (0, 2),
    "Jeg lytter – også til de skæve idéer.",
    (),
    "",
    "Vi taler sammen hver morgen.\nMen sjældent om det svære.",
    "",
    "Æ, ø og å: at jeg selv skal beslutte det hele.",
    "",
    "På næste personalemøde: »Hvad mangler I?«",
    "Indføre 10 minutters tjek-ind hver mandag",
)
PLAN_SPARSE: Plan = (
    6,
    (),
    "",
    (1,),
    "Jeg glemmer at spørge igen efter en uge.",
    "Godt i teamet, mindre godt på tværs.",
    "",
    "",
    "",
    "",
    "",
)

_ESCAPE = r"(?:\x1b\[[0-9;?]*[A-Za-z])"
_GAP = rf"(?:\s|{_ESCAPE})+"  # a space where the terminal may wrap or change style
_PROMPT_ON = "\x1b[?2004h"  # a prompt has started reading keys (bracketed paste on)
_PROMPT_OFF = "\x1b[?2004l"


def shown(text: str) -> str:
    """A pattern for text on screen, whatever wrapping and styles fall between its words."""
    return _GAP.join(re.escape(word) for word in text.split())


def plain(screen: str) -> str:
    """What was written to the terminal without styles and carriage returns."""
    return re.sub(_ESCAPE, "", screen).replace("\r", "")


def typed(keys: str) -> str:
    """The answer stored for keys typed into a free-text question."""
    text = keys.replace(Keys.ALT_ENTER, "\n").replace("\r", "\n")
    return text.strip("\n") if text.strip() else ""


def stored(expectation_id: str, plan: Plan) -> dict[str, Any]:
    """The answers a journal holds for ``plan`` (or as much of it as was given)."""
    statements = [s.id for s in LEDER.by_id(expectation_id).positive_statements]  # type: ignore[union-attr]
    answers: dict[str, Any] = {}
    for (path, _, kind), given in zip(DEEPER, plan, strict=False):
        if kind == "one":
            value: Any = RATINGS[given]
        elif kind == "many":
            value = [statements[row] for row in sorted(given)]
        else:
            value = typed(given)
        node = answers
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return answers


def _set_umask(mask: int) -> None:
    os.umask(mask)


_STARTED: list[Reflection] = []


@pytest.fixture(autouse=True)
def _stop_what_a_failed_test_left_running() -> Iterator[None]:
    yield
    while _STARTED:
        child = _STARTED.pop().child
        if not child.closed:
            child.close(force=True)


class Reflection:
    """``kaereleder reflect`` running in its own pseudo-terminal, answered by keystrokes."""

    def __init__(
        self, home: Path, *args: str, umask: int | None = None, columns: int = 120
    ) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env.update(
            KAERELEDER_HOME=str(home), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1"
        )
        self.screen = io.StringIO()
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "kaereleder", "reflect", *args],
            env=env,
            encoding="utf-8",
            dimensions=(50, columns),
            timeout=TIMEOUT,
            preexec_fn=None if umask is None else lambda: _set_umask(umask),
        )
        self.child.logfile_read = self.screen
        _STARTED.append(self)

    # --- waiting ------------------------------------------------------------------------

    def seen(self) -> str:
        """What the terminal has shown up to the last match."""
        screen = self.screen.getvalue()
        return screen[: len(screen) - len(self.child.buffer)]

    def _reading_keys(self) -> None:
        """Wait until the prompt reads keys, so that nothing typed reaches a cooked tty."""
        seen = self.seen()
        if seen.rfind(_PROMPT_ON) <= seen.rfind(_PROMPT_OFF):
            self.child.expect_exact(_PROMPT_ON)

    def wait_for(self, question: str) -> None:
        self.child.expect(shown(question))
        self._reading_keys()

    def first_question(self, candidates: Sequence[str] = ALL_QUESTIONS) -> str:
        """The first of ``candidates`` that is asked."""
        index = self.child.expect([shown(question) for question in candidates])
        self._reading_keys()
        return candidates[index]

    # --- answering ----------------------------------------------------------------------

    def text(self, question: str, keys: str) -> None:
        self.wait_for(question)
        self.child.send(keys + Keys.SUBMIT)

    def typed_then_enter(self, question: str, keys: str) -> None:
        """Type the answer, wait until it is on screen, then press Enter alone: a person."""
        self.wait_for(question)
        if keys.strip():
            self.child.send(keys)
            self.child.expect(shown(keys.split()[-1]))
        self.child.send(Keys.ENTER)

    def many(self, question: str, rows: Iterable[int]) -> None:
        self.wait_for(question)
        self.child.send(Keys.toggle(rows))

    def one(self, question: str, row: int) -> None:
        self.wait_for(question)
        self.child.send(Keys.select(row))

    def type(self, question: str, keys: str) -> None:
        """Type into a free-text question without giving the answer; wait for the echo."""
        self.wait_for(question)
        self.child.send(keys)
        self.child.expect(shown(keys.replace("\r", " ").split()[-1]))

    def answer(self, plan: Plan, start: int = 0) -> None:
        """Answer the questions of DEEPER from ``start`` as ``plan`` says."""
        for (_, question, kind), given in zip(DEEPER[start:], plan[start:], strict=False):
            getattr(self, kind)(question, given)

    def no_plan(self) -> None:
        """At the end: »Ingen plan nu«, the last choice."""
        self.wait_for(Q.PLAN)
        self.child.send(Keys.UP + Keys.ENTER)

    # --- ending -------------------------------------------------------------------------

    def end(self) -> int | None:
        """Wait for the command to end; its exit code (None if a signal killed it)."""
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus

    def interrupt(self) -> int | None:
        self.child.sendintr()
        return self.end()

    def hang_up(self) -> int | None:
        """Close the terminal, as closing its window does: the kernel sends SIGHUP."""
        process = self.child.ptyproc
        process.fileobj.close()
        deadline = time.monotonic() + TIMEOUT
        while process.isalive():
            assert time.monotonic() < deadline, "still running after the terminal closed"
            time.sleep(0.01)
        process.closed = self.child.closed = True
        return process.exitstatus

    @property
    def output(self) -> str:
        return plain(self.screen.getvalue())


def give_overview(r: Reflection, hardest: Iterable[int], toggles: Iterable[int]) -> None:
    """Answer the questions about the expectations as a whole briefly, then choose."""
    r.text(Q.IRRELEVANT, "")
    r.text(Q.MISSING, "Mere tid til sparring")
    r.many(Q.MOST_IMPORTANT, (0,))
    r.many(Q.HARDEST, hardest)  # these come ticked in the choice that follows
    r.many(Q.CHOSEN, toggles)


def journal_files(home: Path) -> list[Path]:
    """The journals in the folder; no temp file with private text may be left beside them."""
    assert not list(home.glob("*.tmp-*")), list(home.iterdir())
    return sorted(p for p in home.glob("*.yaml") if not p.name.startswith("."))


def load(path: Path) -> dict[str, Any]:
    return jf.parse(path.read_text(encoding="utf-8"), path)


def only_journal(home: Path) -> tuple[Path, dict[str, Any]]:
    files = journal_files(home)
    assert len(files) == 1, files
    return files[0], load(files[0])


# --- 1. a whole reflection ------------------------------------------------------------------


def test_a_whole_reflection_is_saved_exactly_and_privately(tmp_path: Path) -> None:
    home = tmp_path / "journaler"
    irrelevant = "Nr. 7 burde hedde »ordentlig tone« – især hos os (æøå ÆØÅ)"
    missing = "Ja:\x1b\rfleksible vagtplaner\n\x1b\rog mere tid til faglig sparring"
    r = Reflection(home, umask=0)  # a permissive umask: the modes must not follow it
    r.one(Q.PUBLICATION, 0)
    r.text(Q.IRRELEVANT, irrelevant)
    r.text(Q.MISSING, missing)
    r.many(Q.MOST_IMPORTANT, (0, 2))
    r.many(Q.HARDEST, (1, 4))
    r.many(Q.CHOSEN, (4, 5))  # 2 and 5 come ticked: keep 2, untick 5, tick 6
    r.answer(PLAN_FULL)
    r.answer(PLAN_SPARSE)
    r.no_plan()
    assert r.end() == 0
    assert re.search(shown("Refleksionen er gemt i"), r.output)
    assert "kaereleder journal export seneste -o refleksion.html" in r.output
    assert "(Use " not in r.output  # questionary's English key hints

    path, data = only_journal(home)
    assert data["status"] == domain.COMPLETE
    assert data["publication"] == "leder"
    assert data["finished"]
    assert data["overall"] == {
        "irrelevant": irrelevant,
        "missing": "Ja:\nfleksible vagtplaner\n\nog mere tid til faglig sparring",
        "most-important": ["e1", "e3"],
        "hardest": ["e2", "e5"],
    }
    assert data["chosen"] == ["e2", "e6"]
    assert data["expectations"] == {"e2": stored("e2", PLAN_FULL), "e6": stored("e6", PLAN_SPARSE)}
    assert data["expectations"]["e6"]["rating"] == ""  # "Spring over"
    assert "partial" not in data
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert path in list(home.iterdir())
    for file in home.iterdir():  # the journal and anything else kept beside it
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_every_answer_typed_and_then_enter_is_on_disk_after_kill_9(tmp_path: Path) -> None:
    """The leader types an answer and presses Enter, as anywhere else; then the window dies."""
    home = tmp_path / "j"
    two_lines = "Vi holder morgenmøde." + Keys.ALT_ENTER + "Men ikke om fredagen."
    r = Reflection(home, "-p", "leder")
    r.typed_then_enter(Q.IRRELEVANT, "Ingen")
    r.typed_then_enter(Q.MISSING, "Tid til faglig sparring")
    r.many(Q.MOST_IMPORTANT, (0,))
    r.many(Q.HARDEST, (1,))
    r.many(Q.CHOSEN, ())
    r.one(Q.RATING, 3)
    r.many(Q.STRENGTHS_PICK, (0,))
    r.typed_then_enter(Q.STRENGTHS, "Jeg lytter." + Keys.NEWLINE + "Også når det er svært.")
    r.many(Q.IMPROVE_PICK, ())
    r.typed_then_enter(Q.IMPROVE, "")
    r.typed_then_enter(Q.INTERPLAY, two_lines)
    r.wait_for(Q.DILEMMAS)  # the answers were given: the next question is asked
    r.child.kill(signal.SIGKILL)
    r.end()

    _, draft = only_journal(home)
    assert draft["status"] == domain.DRAFT
    assert draft["overall"] == {
        "irrelevant": "Ingen",
        "missing": "Tid til faglig sparring",
        "most-important": ["e1"],
        "hardest": ["e2"],
    }
    assert draft["chosen"] == ["e2"]
    first = LEDER.by_id("e2").positive_statements[0].id  # type: ignore[union-attr]
    assert draft["expectations"] == {
        "e2": {
            "rating": "delvis-enig",
            "strengths": {"statements": [first], "text": "Jeg lytter.\nOgså når det er svært."},
            "improve": {"statements": [], "text": ""},
            "interplay": "Vi holder morgenmøde.\nMen ikke om fredagen.",
        }
    }


# --- 2. Ctrl-C while typing, then --resume ----------------------------------------------------


def test_ctrl_c_keeps_every_answer_and_the_text_typed_for_resume(tmp_path: Path) -> None:
    home = tmp_path / "j"
    half = "Halvt svar om samspil: æøå\rog en linje mere"
    r = Reflection(home, "-p", "leder")
    give_overview(r, hardest=(1,), toggles=(4,))  # 2 comes ticked; tick 5
    r.answer(PLAN_FULL)
    r.answer(PLAN_SPARSE[:5])
    r.type(Q.INTERPLAY, half)
    assert r.interrupt() == 130

    path, draft = only_journal(home)
    assert "Afbrudt." in r.output
    assert re.search(shown(f"gemt i kladden {path}"), r.output)
    assert re.search(shown("kaereleder reflect --resume"), r.output)
    stop = r.output[r.output.rindex("Afbrudt.") :]
    assert max(len(line) for line in stop.splitlines()) < 120  # broken between words
    assert draft["status"] == domain.DRAFT
    assert draft["chosen"] == ["e2", "e5"]
    assert draft["expectations"] == {
        "e2": stored("e2", PLAN_FULL),
        "e5": stored("e5", PLAN_SPARSE[:5]),
    }
    assert draft["partial"] == {"at": "expectations.e5.interplay", "text": typed(half)}

    resumed = Reflection(home, "--resume")
    assert resumed.first_question() == Q.INTERPLAY
    resumed.child.send(" – og resten." + Keys.SUBMIT)  # the text typed is there already
    resumed.answer(PLAN_SPARSE, start=6)
    resumed.no_plan()
    assert resumed.end() == 0

    assert only_journal(home)[0] == path
    data = load(path)
    assert data["status"] == domain.COMPLETE
    assert "partial" not in data
    assert data["expectations"] == {
        "e2": stored("e2", PLAN_FULL),
        "e5": {**stored("e5", PLAN_SPARSE), "interplay": typed(half) + " – og resten."},
    }


# --- 3. kill -9 -------------------------------------------------------------------------------


@pytest.mark.parametrize("given", [1, 4, 10])
@pytest.mark.parametrize("start", ["overview", "-e"])
def test_kill_9_after_n_answers_loses_none_and_resume_asks_the_next(
    tmp_path: Path, start: str, given: int
) -> None:
    home = tmp_path / "j"
    if start == "-e":
        r = Reflection(home, "-p", "leder", "-e", "2")
    else:
        r = Reflection(home, "-p", "leder")
        give_overview(r, hardest=(1,), toggles=())
    r.answer(PLAN_FULL[:given])
    r.wait_for(DEEPER[given][1])  # the next question is asked: the answers were given
    r.child.kill(signal.SIGKILL)
    r.end()
    assert r.child.signalstatus == signal.SIGKILL

    _, draft = only_journal(home)
    assert draft["status"] == domain.DRAFT
    assert draft["chosen"] == ["e2"]
    assert draft["expectations"] == {"e2": stored("e2", PLAN_FULL[:given])}

    resumed = Reflection(home, "--resume")
    keys, question, _ = DEEPER[given]
    if keys[1:] == ("text",):  # between a checklist and its free text: the question again
        resumed.child.expect(shown(DEEPER[given - 1][1]))  # shown as a note, not asked
        assert resumed.first_question([question]) == question
    else:
        assert resumed.first_question() == question
    assert resumed.interrupt() == 130


# --- 4. the terminal closed, SIGTERM ---------------------------------------------------------


@pytest.mark.parametrize("stop", ["SIGHUP", "SIGTERM", "terminal closed"])
def test_a_signal_at_a_prompt_saves_the_draft_and_exits_130(tmp_path: Path, stop: str) -> None:
    home = tmp_path / "j"
    unfinished = "Ufærdig tanke om mine styrker"
    r = Reflection(home, "-p", "leder", "-e", "7")
    r.answer(PLAN_FULL[:2])
    r.type(Q.STRENGTHS, unfinished)
    if stop == "terminal closed":
        code = r.hang_up()
    else:
        r.child.kill(getattr(signal, stop))
        code = r.end()
        assert r.child.signalstatus is None  # it ended itself, not killed by the signal
        assert "Afbrudt." in r.output
    assert code == 130

    _, draft = only_journal(home)
    assert draft["status"] == domain.DRAFT
    assert draft["expectations"] == {"e7": stored("e7", PLAN_FULL[:2])}
    assert draft["partial"] == {"at": "expectations.e7.strengths.text", "text": unfinished}


# --- 5. no terminal ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [[], ["-p", "leder", "-e", "1"], ["--resume"]])
def test_without_a_terminal_it_stops_at_once_and_writes_nothing(
    tmp_path: Path, args: list[str]
) -> None:
    home = tmp_path / "j"
    env = {**os.environ, "KAERELEDER_HOME": str(home)}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kaereleder", "reflect", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )
    assert time.monotonic() - started < 5
    assert result.returncode == 1
    assert NEEDS_TERMINAL in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not home.exists()
    assert list(tmp_path.iterdir()) == []


def test_output_sent_to_a_file_is_refused_as_the_prompts_would_be_unseen(tmp_path: Path) -> None:
    home = tmp_path / "j"
    out = tmp_path / "ud.txt"
    env = {**os.environ, "KAERELEDER_HOME": str(home), "PROMPT_TOOLKIT_NO_CPR": "1"}
    command = f"'{sys.executable}' -m kaereleder reflect > '{out}'"
    child = pexpect.spawn("bash", ["-c", command], env=env, encoding="utf-8", timeout=TIMEOUT)
    child.expect(NEEDS_TERMINAL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert out.read_text(encoding="utf-8") == ""
    assert not home.exists()


# --- 6. two at once ---------------------------------------------------------------------------


def test_two_reflections_at_the_same_time_are_both_saved(tmp_path: Path) -> None:
    home = tmp_path / "j"
    plans = {
        who: [f"{who}: {given}" if isinstance(given, str) else given for given in PLAN_FULL]
        for who in ("A", "B")
    }
    first = Reflection(home, "-p", "leder", "-e", "1")
    second = Reflection(home, "-p", "leder", "-e", "1")
    for step in range(len(DEEPER)):  # one answer each, in turn
        first.answer(plans["A"][: step + 1], start=step)
        second.answer(plans["B"][: step + 1], start=step)
    first.no_plan()
    assert first.end() == 0
    second.no_plan()
    assert second.end() == 0

    files = journal_files(home)
    assert len(files) == 2, files
    journals = [load(path) for path in files]
    assert all(data["status"] == domain.COMPLETE for data in journals)
    assert journals[0]["id"] != journals[1]["id"]
    assert sorted(data["expectations"]["e1"]["next-step"] for data in journals) == [
        typed(plans["A"][-1]),
        typed(plans["B"][-1]),
    ]
    for data in journals:
        who = data["expectations"]["e1"]["next-step"][0]
        assert data["expectations"] == {"e1": stored("e1", plans[who])}


def test_a_draft_open_in_one_window_is_refused_in_another(tmp_path: Path) -> None:
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "1")
    r.answer(PLAN_FULL[:2])
    r.wait_for(DEEPER[2][1])  # the second answer is saved before the third question shows
    path, before = only_journal(home)
    answers = tmp_path / "svar.yaml"
    answers.write_text("expectations:\n  1:\n    next-step: Fra et andet vindue\n", "utf-8")
    second = subprocess.run(
        [sys.executable, "-m", "kaereleder", "reflect", "--resume", "--answers", str(answers)],
        env={**os.environ, "KAERELEDER_HOME": str(home)},
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert (second.returncode, second.stderr) == (
        1,
        f"Fejl: Kladden {path} er åben i en anden kaereleder reflect lige nu. Fortsæt der, "
        "eller afslut den først.\n",
    )
    assert load(path) == before
    r.child.send(PLAN_FULL[2] + Keys.SUBMIT)  # the third question is on the screen
    r.answer(PLAN_FULL, start=3)
    r.no_plan()
    assert r.end() == 0
    assert load(path)["expectations"] == {"e1": stored("e1", PLAN_FULL)}
    assert [p.name for p in home.iterdir() if p.name.endswith(".lock")] == []


def test_a_tab_and_bytes_that_are_not_utf8_are_kept_in_the_answer(tmp_path: Path) -> None:
    """A Latin-1 terminal sends æ as the byte 0xE6; prompt_toolkit yields a lone surrogate."""
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "1")
    r.answer(PLAN_FULL[:2])
    r.wait_for(Q.STRENGTHS)
    r.child.send("Punkt:\tlytte")
    r.child.expect("lytte")
    os.write(r.child.child_fd, b" gl\xe6de \xf8 \xe5")  # Latin-1: æ ø å
    r.child.expect(shown("de"))
    r.child.send(" ok" + Keys.SUBMIT)
    r.answer(PLAN_FULL, start=3)
    r.no_plan()
    assert r.end() == 0
    _, data = only_journal(home)
    assert data["expectations"]["e1"]["strengths"]["text"] == "Punkt:\tlytte glæde ø å ok"


def test_ctrl_c_keeps_partial_text_that_was_not_utf8(tmp_path: Path) -> None:
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "7")
    r.answer(PLAN_FULL[:2])
    r.type(Q.STRENGTHS, "Halvt:")
    os.write(r.child.child_fd, b" \xe6\xf8\xe5 slut")
    r.child.expect("slut")
    assert r.interrupt() == 130
    _, draft = only_journal(home)
    assert draft["partial"] == {"at": "expectations.e7.strengths.text", "text": "Halvt: æøå slut"}


def test_a_failed_save_asks_to_try_again_and_keeps_the_answer(tmp_path: Path) -> None:
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "1")
    r.answer(PLAN_FULL[:2])
    r.wait_for(Q.STRENGTHS)
    path, _ = only_journal(home)
    aside = path.with_suffix(".bak")
    path.rename(aside)
    path.mkdir()  # the journal cannot be replaced now: the save fails
    r.child.send(PLAN_FULL[2] + Keys.SUBMIT)
    r.wait_for("Vil du prøve at gemme igen?")
    assert "Dit svar er ikke tabt" in plain(r.seen())
    path.rmdir()
    aside.rename(path)
    r.child.send(Keys.select(0))  # Prøv igen
    r.answer(PLAN_FULL, start=3)
    r.no_plan()
    assert r.end() == 0
    assert load(path)["expectations"] == {"e1": stored("e1", PLAN_FULL)}


# --- 7. pasting -------------------------------------------------------------------------------


def test_pasted_lines_stay_in_one_answer(tmp_path: Path) -> None:
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "6")
    r.answer((6, ()))
    r.wait_for(Q.STRENGTHS)
    r.child.send("linje 1\rlinje 2\rlinje 3")  # one write, as a terminal without paste mode
    r.child.expect(shown("linje 3"))
    assert not re.search(shown(Q.IMPROVE_PICK), plain(r.seen())), "a line answered on"
    r.child.send(Keys.SUBMIT)
    r.many(Q.IMPROVE_PICK, (0,))
    r.wait_for(Q.IMPROVE)
    r.child.send(Keys.paste("a – æøå\r\nb\r\rc\r") + Keys.SUBMIT)  # bracketed paste
    r.wait_for(Q.INTERPLAY)
    assert r.interrupt() == 130

    _, draft = only_journal(home)
    statements = [s.id for s in LEDER.by_id("e6").positive_statements]  # type: ignore[union-attr]
    assert draft["expectations"]["e6"] == {
        "rating": "",
        "strengths": {"statements": [], "text": "linje 1\nlinje 2\nlinje 3"},
        "improve": {"statements": [statements[0]], "text": "a – æøå\nb\n\nc"},
    }


def test_a_three_line_bracketed_paste_waits_for_enter(tmp_path: Path) -> None:
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "4")
    r.answer((6, ()))
    r.wait_for(Q.STRENGTHS)
    r.child.send(Keys.paste("Første linje\rAnden linje\rTredje linje\r"))
    r.child.expect(shown("Tredje linje"))
    r.child.send("!")  # typing goes on in the same answer after the paste
    r.child.expect_exact("!")
    assert not re.search(shown(Q.IMPROVE_PICK), plain(r.seen())), "the paste answered on"
    r.child.send(Keys.ENTER)
    r.wait_for(Q.IMPROVE_PICK)
    assert r.interrupt() == 130
    _, draft = only_journal(home)
    assert draft["expectations"]["e4"]["strengths"] == {
        "statements": [],
        "text": "Første linje\nAnden linje\nTredje linje\n!",
    }


# --- 8. a start that orients, drafts offered ----------------------------------------------


def test_the_start_shows_what_comes_before_the_first_question(tmp_path: Path) -> None:
    r = Reflection(tmp_path / "j", "-p", "leder")
    r.wait_for(Q.IRRELEVANT)
    before = plain(r.seen())
    for text in (
        "Undersøgelsen finder frem til syv forventninger til god ledelse.",  # the publication
        "Det tager omkring 30–60 minutter.",
        "Hvert svar gemmes, så snart du har givet det.",
        "Du kan trygt stoppe med Ctrl+C eller lukke vinduet",
        *(f"{e.number}. {e.title}" for e in LEDER.expectations),
    ):
        assert re.search(shown(text), before), text
    assert r.interrupt() == 130


def test_e_that_no_publication_has_fails_before_anything_is_asked(tmp_path: Path) -> None:
    r = Reflection(tmp_path / "j", "-e", "9")
    assert r.end() == 1
    assert re.search(shown("Fejl: Der er ingen forventning eller ønske nummer 9."), r.output)
    assert Q.PUBLICATION not in r.output
    assert not (tmp_path / "j").exists()


DRAFT_OFFER = "Hvad vil du?"


def test_a_draft_is_offered_to_continue_start_anew_or_delete(tmp_path: Path) -> None:
    home = tmp_path / "j"
    first = Reflection(home, "-p", "leder")
    first.text(Q.IRRELEVANT, "Ingen")
    first.wait_for(Q.MISSING)
    assert first.interrupt() == 130
    draft, _ = only_journal(home)

    again = Reflection(home)  # continue, the default: Enter
    again.wait_for(DRAFT_OFFER)
    assert re.search(shown("som du ikke er blevet færdig med"), plain(again.seen()))
    again.child.send(Keys.ENTER)
    assert again.first_question() == Q.MISSING
    again.child.send("Tid" + Keys.ENTER)
    again.wait_for(Q.MOST_IMPORTANT)
    assert again.interrupt() == 130
    assert only_journal(home) == (draft, {**load(draft)})
    assert load(draft)["overall"] == {"irrelevant": "Ingen", "missing": "Tid"}

    anew = Reflection(home)  # a new one: the draft stays
    anew.one(DRAFT_OFFER, 1)
    anew.one(Q.PUBLICATION, 1)  # Kære chef!
    anew.wait_for("Er der nogle af ønskerne")
    anew.child.send("Nej" + Keys.ENTER)
    anew.child.expect(shown("Har dine ledere ønsker"))
    assert anew.interrupt() == 130
    files = journal_files(home)
    assert len(files) == 2 and draft in files
    newer = next(path for path in files if path != draft)

    rid = Reflection(home)  # delete: the newest draft is offered; "no" first, then "yes"
    rid.one(DRAFT_OFFER, 2)
    rid.one("Vil du slette kladden", 0)
    rid.one(DRAFT_OFFER, 2)
    rid.one("Vil du slette kladden", 1)
    rid.wait_for(Q.PUBLICATION)
    assert "Kladden er slettet." in plain(rid.seen())
    assert rid.interrupt() == 130
    assert journal_files(home) == [draft]
    assert not newer.exists()
    assert [p.name for p in home.iterdir() if p.name.endswith(".lock")] == []

    stop = Reflection(home)  # Ctrl-C at the offer: nothing changes
    stop.wait_for(DRAFT_OFFER)
    before = draft.read_bytes()
    assert stop.interrupt() == 130
    assert "Afbrudt. Intet er ændret; din kladde ligger, hvor den lå." in stop.output
    assert journal_files(home) == [draft]
    assert draft.read_bytes() == before


# --- 9. widths --------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [40, 60, 160])
def test_checklists_wrap_and_prose_stops_at_90_columns(tmp_path: Path, columns: int) -> None:
    r = Reflection(tmp_path / "j", "-p", "leder", "-e", "3", columns=columns)
    r.one(Q.RATING, 3)
    r.wait_for(Q.STRENGTHS_PICK)
    r.child.expect(shown(LEDER.expectations[2].positive_statements[-1].text))
    screen = plain(r.seen())
    for statement in LEDER.expectations[2].positive_statements:  # whole, never cut
        assert re.search(shown(statement.text), screen), statement.text
    assert "…" not in screen.replace("Det indebærer blandt andet, at du ...", "").replace(
        "Vi oplever det især, når du …", ""
    )
    # Text written in one run, between line ends and cursor moves: wider would wrap.
    runs = re.split(rf"{_ESCAPE}|\r|\n", r.seen())
    widest = max(len(run.rstrip()) for run in runs)
    assert widest <= min(columns, 90), widest
    assert r.interrupt() == 130


def test_closing_the_window_then_plain_reflect_finishes_the_draft(tmp_path: Path) -> None:
    """The issue's "done when": Enter after each answer, the window closed half-way, then
    plain ``kaereleder reflect`` offers the draft and the reflection is finished."""
    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "5")
    r.one(Q.RATING, 4)
    r.many(Q.STRENGTHS_PICK, (1,))
    r.typed_then_enter(Q.STRENGTHS, "Jeg ser folks styrker")
    r.many(Q.IMPROVE_PICK, ())
    r.typed_then_enter(Q.IMPROVE, "At bruge dem bedre")
    r.wait_for(Q.INTERPLAY)
    assert r.hang_up() == 130

    later = Reflection(home)
    later.wait_for(DRAFT_OFFER)
    assert re.search(shown("5 svar gemt."), plain(later.seen()))
    later.child.send(Keys.ENTER)  # continue: the default
    assert later.first_question() == Q.INTERPLAY
    assert re.search(shown("ved det første spørgsmål, du ikke har svaret på."), later.output)
    later.child.send(Keys.ENTER)  # skipped
    for question in (Q.DILEMMAS, Q.OWN, Q.TAKE_FURTHER, Q.DIALOGUE):
        later.typed_then_enter(question, "")
    later.typed_then_enter(Q.NEXT_STEP, "Give hver især en opgave, de er gode til")
    later.no_plan()
    assert later.end() == 0

    path, data = only_journal(home)
    assert data["status"] == domain.COMPLETE
    statement = LEDER.by_id("e5").positive_statements[1].id  # type: ignore[union-attr]
    assert data["expectations"]["e5"] == {
        "rating": "helt-enig",
        "strengths": {"statements": [statement], "text": "Jeg ser folks styrker"},
        "improve": {"statements": [], "text": "At bruge dem bedre"},
        "interplay": "",
        "dilemmas": "",
        "own-expectations": "",
        "take-further": "",
        "dialogue": "",
        "next-step": "Give hver især en opgave, de er gode til",
    }


# --- 10. the plan at the end ------------------------------------------------------------------


def test_a_plan_with_two_goals_and_a_date_is_saved(tmp_path: Path) -> None:
    """The issue's "done when": a reflection finished with two goals and a date."""
    from datetime import datetime

    from kaereleder.plans import model as plans

    home = tmp_path / "j"
    r = Reflection(home, "-p", "leder", "-e", "4")
    r.answer(PLAN_FULL)
    r.one(Q.PLAN, 0)  # the next step just given
    r.wait_for("Dit første mål med få ord")
    r.child.expect(shown(PLAN_FULL[-1]))  # offered as the goal's words: Enter takes them
    r.child.send(Keys.ENTER)
    r.text("Hvad vil du gøre for at nå det?", "Fem minutter hver mandag")
    r.many("Hvem skal være med?", (0, 3))
    r.wait_for("Hvornår vil du følge op på målet?")
    r.child.send(Keys.CLEAR + "32.1" + Keys.ENTER)  # no such day: said, and asked again
    r.wait_for(r"»32.1« er ikke en dato, jeg kan læse.")
    r.child.send(Keys.CLEAR + "2.3.2099" + Keys.ENTER)
    r.one("Vil du sætte dig et mål mere?", 0)  # own words: the next step is taken
    r.text("Dit andet mål med få ord", "Sige nej oftere")
    r.text("Hvad vil du gøre for at nå det?", "")
    r.many("Hvem skal være med?", ())
    r.text("Hvornår vil du følge op på målet?", "")  # Enter: the date suggested
    r.many("Publikationens næste skridt", (1,))  # all ticked: untick the dialogue
    assert r.end() == 0

    _, data = only_journal(home)
    today = datetime.now().astimezone().date()
    assert data["status"] == domain.COMPLETE
    assert data["plan"] == {
        "goals": {
            "g1": {
                "from": "e4",
                "goal": typed(PLAN_FULL[-1]),
                "actions": "Fem minutter hver mandag",
                "involved": ["chef", "medarbejderne"],
                "follow-up": "2099-03-02",
            },
            "g2": {
                "from": "own",
                "goal": "Sige nej oftere",
                "actions": "",
                "involved": [],
                "follow-up": plans.suggested_follow_up(today).isoformat(),
            },
        },
        "steps": {
            "chef": plans.step_due("chef", today).isoformat(),
            "reflect": plans.step_due("reflect", today).isoformat(),
        },
    }
    assert re.search(shown("Din udviklingsplan"), r.output)
    assert re.search(shown("Opfølgning 2. marts 2099."), r.output)  # how 2.3.2099 was read
    assert re.search(shown("Mål 2: Sige nej oftere – opfølgning"), r.output)
    assert "kaereleder plan --ics -o plan.ics" in r.output


def test_the_last_plan_is_reviewed_and_a_plan_stopped_half_way_is_resumed(
    tmp_path: Path,
) -> None:
    """At the next reflection: how each goal went, the one carried on offered again; Ctrl+C
    while writing the new goal, then plain ``kaereleder reflect`` continues there."""
    from datetime import datetime, timedelta

    from factories import CET, saved

    home = tmp_path / "j"
    earlier = saved(
        home,
        datetime.now(CET) - timedelta(days=90),
        "0a0b0c",
        plan={"goals": {"g1": {"from": "own", "goal": "Sige nej oftere", "follow-up": ""}}},
    )
    r = Reflection(home, "-p", "leder", "-e", "4")
    r.wait_for("Hvor står du med mål 1?")
    assert re.search(shown("Mål 1: Sige nej oftere"), plain(r.seen()))
    r.child.send(Keys.select(1))  # Arbejder videre med det
    r.text(Q.FOLLOW_UP, "Halvvejs")
    r.answer(PLAN_FULL)
    r.one(Q.PLAN, 2)  # the next step just given, own words, the goal carried on
    r.wait_for("Dit første mål med få ord")
    r.child.expect(shown("Sige nej oftere"))
    r.child.send(Keys.ENTER)
    r.type("Hvad vil du gøre for at nå det?", "Øve mig på")
    assert r.interrupt() == 130

    later = Reflection(home)
    later.one(DRAFT_OFFER, 0)
    later.wait_for("Hvad vil du gøre for at nå det?")
    assert re.search(shown("Dit første mål: Sige nej oftere"), plain(later.seen()))
    later.child.send(" møder" + Keys.ENTER)  # the text typed before the stop is there
    later.many("Hvem skal være med?", ())
    later.text("Hvornår vil du følge op på målet?", "")
    later.one("Vil du sætte dig et mål mere?", 2)  # Ikke flere mål (e4's step, own, none)
    later.many("Publikationens næste skridt", ())
    assert later.end() == 0

    [path] = [p for p in journal_files(home) if p != earlier]
    data = load(path)
    assert data["review"] == {
        "plan": earlier.stem,
        "goals": {"g1": {"status": "carried", "text": "Halvvejs"}},
    }
    goal = data["plan"]["goals"]["g1"]
    assert (goal["from"], goal["goal"], goal["actions"]) == (
        "carried.g1",
        "Sige nej oftere",
        "Øve mig på møder",
    )
    assert data["plan"]["goals"]["g2"] == {"from": ""}
    assert data["status"] == domain.COMPLETE
