"""A question that surely fits on one line, written without rich.

Importing rich costs a fifth of the time ``kaereleder reflect`` takes to show its first
prompt. The first question (which publication) is short: where it surely fits the
terminal, what rich would print for it (``render.question``) is known without rich — the
question and its hint, each on its own line behind its prefix. ``PromptAsker`` prints that
itself, and rich is first imported after the first answer, while the leader reads on.
Anything longer, or any text where rich might measure or show a character differently,
goes through ``render`` as before; ``tests/test_prompts.py`` holds this to rich's output.
"""

from __future__ import annotations

import os

FALLBACK_WIDTH = 80  # rich's width where the terminal tells none, and of a dumb terminal


def width_at_least() -> int:
    """A width the terminal has at least: rich's console is never narrower.

    Rich takes ``COLUMNS``, or else the size of the first standard stream that is a
    terminal, or 80; on Windows' legacy console one column less. This is the least of
    all of them, less one.
    """
    widths = [FALLBACK_WIDTH]
    for fd in (0, 1, 2):
        try:
            widths.append(os.get_terminal_size(fd).columns)
        except (AttributeError, ValueError, OSError):  # not a terminal
            continue
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        widths.append(int(columns))
    return min(widths) - 1


def _plain(text: str) -> bool:
    """One cell per character, nothing to make visible, nothing to strip or split."""
    plain = text.isprintable() and text == text.strip()
    return bool(text) and plain and all(char < "\u0300" for char in text)


def question(text: str, hint: str, follow_on: bool = False) -> str | None:
    """What ``render.question`` prints for ``text`` and ``hint``, when both surely fit on
    a line of their own behind their two-column prefix; None when rich must wrap them."""
    room = width_at_least() - 2
    if not all(_plain(part) and len(part) <= room for part in (text, hint)):
        return None
    first = "  " if follow_on else "\n? "
    return f"{first}{text}\n  {hint}\n"
