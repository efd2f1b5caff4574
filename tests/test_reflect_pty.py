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
    NEWLINE = "\r"  # in a free-text answer Enter starts a new line
    SUBMIT = "\x1b\r"  # Esc, then Enter: the free-text answer is given
    SPACE = " "
    DOWN = "\x1b[B"
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
    STRENGTHS_PICK = "kan du genkende i din egen ledelse"
    STRENGTHS = "Hvor har jeg min styrke"
    IMPROVE_PICK = "har du svært ved at leve op til"
    IMPROVE = "Hvor kan jeg forbedre mig"
    INTERPLAY = "Hvor fungerer samspillet"
    DILEMMAS = "Hvilke dilemmaer oplever jeg"
    OWN = "Hvilke forventninger har jeg til"
    TAKE_FURTHER = "min chef eller mine lederkolleger"
    DIALOGUE = "gribe dialogen med medarbejderne"
    NEXT_STEP = "Hvilket konkret skridt"


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
# to tick, and the keys typed as free text (Enter, "\r", starts a new line; "" skips).
Plan = Sequence[Any]

PLAN_FULL: Plan = (
    3,
    (0, 2),
    "Jeg lytter – også til de skæve idéer.",
    (),
    "",
    "Vi taler sammen hver morgen.\rMen sjældent om det svære.",
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
    text = keys.replace("\r", "\n")
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

    def __init__(self, home: Path, *args: str, umask: int | None = None) -> None:
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
            dimensions=(50, 120),
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
    missing = "Ja:\rfleksible vagtplaner\r\rog mere tid til faglig sparring"
    r = Reflection(home, umask=0)  # a permissive umask: the modes must not follow it
    r.one(Q.PUBLICATION, 0)
    r.text(Q.IRRELEVANT, irrelevant)
    r.text(Q.MISSING, missing)
    r.many(Q.MOST_IMPORTANT, (0, 2))
    r.many(Q.HARDEST, (1, 4))
    r.many(Q.CHOSEN, (4, 5))  # 2 and 5 come ticked: keep 2, untick 5, tick 6
    r.answer(PLAN_FULL)
    r.answer(PLAN_SPARSE)
    assert r.end() == 0
    assert re.search(shown("Refleksionen er gemt i"), r.output)
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
    assert f"gemt i kladden {path}" in r.output
    assert "kaereleder reflect --resume" in r.output
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
    assert resumed.first_question() == DEEPER[given][1]
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
    assert first.end() == 0
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
