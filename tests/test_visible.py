"""The one sanitiser: control characters from files and answers never reach a terminal."""

from __future__ import annotations

import json

import pytest

from kaereleder.visible import inert_json, one_line, visible


def test_every_control_but_newline_and_tab_is_shown_visibly() -> None:
    controls = "".join(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
    shown = visible(controls)
    assert not any(c in shown for c in controls if c not in "\t\n")
    assert "\t\n" in shown
    assert visible("a\x1b[2Jb\x07\x7f\x9b") == "a␛[2Jb␇␡\\x9b"
    assert visible("Linje 1\r\nLinje 2\rx") == "Linje 1\nLinje 2␍x"
    assert visible("æøå 😀 \u2028 ok") == "æøå 😀 \u2028 ok"


def test_one_line_shows_line_breaks_too() -> None:
    assert one_line("svar.yaml\n: fejl\x1b") == "svar.yaml␤: fejl␛"


def test_json_keeps_the_data_exact_without_raw_controls() -> None:
    data = {"svar": "a\x1b]0;x\x07\x7f\x9b"}
    text = inert_json(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data
    assert not any(0x00 <= ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)


def test_at_words_breaks_each_line_between_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from kaereleder.visible import at_words

    monkeypatch.setattr("shutil.get_terminal_size", lambda: os.terminal_size((21, 24)))
    text = "Kalenderfilen er skrevet til plan.ics\nÅbn den i din kalender"
    assert at_words(text) == "Kalenderfilen er\nskrevet til plan.ics\nÅbn den i din\nkalender"


def test_say_writes_one_line_to_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    from kaereleder.visible import say

    say("Skrevet til \x1b[2Jplan.ics " + "ord " * 40, err=True)
    assert capsys.readouterr().err == "Skrevet til ␛[2Jplan.ics " + "ord " * 40 + "\n"
