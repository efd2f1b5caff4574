"""The keys of a free-text answer: Enter saves it, other keys give a new line.

What reaches prompt_toolkit (see prompt_toolkit's ``input/win32.py`` and
``input/ansi_escape_sequences.py``):

- Enter is ``\\r`` (``c-m``) everywhere.
- Ctrl+J is ``\\n`` (``c-j``) in every vt100 terminal (macOS Terminal, iTerm2, Linux
  terminals, Windows Terminal over ssh); in the Windows console and Windows Terminal
  prompt_toolkit turns Ctrl+J and Ctrl+Enter into Esc, ``c-j``. Ctrl+J is the key that
  works everywhere; the hint names it.
- Alt+Enter is Esc, ``\\r`` where Alt is Meta (Linux terminals; macOS only with "Option as
  Meta"); Windows Terminal keeps Alt+Enter for full screen.
- Ctrl+Enter and Shift+Enter send a plain ``\\r`` in most terminals; where the terminal
  reports them (xterm's modifyOtherKeys, mintty by default) they arrive as Enter whose data
  is the escape sequence, and are taken as a new line. (The kitty protocol is only used by
  programs that switch it on; this one does not, so there they are a plain Enter.)

A paste never answers the next question: a bracketed paste is inserted whole (in the Windows
console prompt_toolkit's paste detection makes one of several keys read at once), and an
Enter read together with more keys (a terminal without bracketed paste, or typing ahead)
is a new line, not the answer.
"""

from __future__ import annotations

import os
import shutil
import sys

from prompt_toolkit.application import run_in_terminal
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys

from kaereleder.reflect import texts as txt
from kaereleder.visible import at_words

# Enter with Shift, Ctrl or both, as xterm's modifyOtherKeys and the kitty protocol send it.
_MODIFIED_ENTER = ("\x1b[27;2;13~", "\x1b[27;5;13~", "\x1b[27;6;13~")
_TEXT_KEYS = (Keys.ControlM, Keys.ControlJ, Keys.ControlI, Keys.BracketedPaste)


def bindings() -> KeyBindings:
    keys = KeyBindings()

    @keys.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        if event.key_sequence[-1].data in _MODIFIED_ENTER or _more_text_waiting(event):
            event.current_buffer.newline(copy_margin=False)
        else:
            event.current_buffer.validate_and_handle()

    @keys.add("c-j")
    @keys.add("escape", "enter")
    @keys.add("escape", "c-j")
    def _newline(event: KeyPressEvent) -> None:
        event.current_buffer.newline(copy_margin=False)

    @keys.add("c-i")
    def _tab(event: KeyPressEvent) -> None:  # prompt_toolkit would try to complete
        event.current_buffer.insert_text("\t")

    @keys.add("c-x", "c-e")
    def _editor(event: KeyPressEvent) -> None:
        chosen = editor()
        if not chosen:
            run_in_terminal(lambda: print(at_words(txt.NO_EDITOR)))
            return
        os.environ.setdefault("VISUAL", chosen)
        event.current_buffer.open_in_editor()

    return keys


def _more_text_waiting(event: KeyPressEvent) -> bool:
    """More keys came with this Enter: a paste, not an answer.

    Either in the same read (the keys queued after it), or already waiting to be read (a
    long paste arrives in several reads of 1 KB).
    """
    queued = event.app.key_processor.input_queue
    if any(not isinstance(key.key, Keys) or key.key in _TEXT_KEYS for key in queued):
        return True
    return input_pending(event.app.input)


def input_pending(source: object) -> bool:
    """Bytes wait on the terminal ``source`` (POSIX; on Windows prompt_toolkit's own paste
    detection reads a paste whole)."""
    if sys.platform == "win32":
        return False
    import select

    fileno = getattr(source, "fileno", None)
    try:
        return fileno is not None and bool(select.select([fileno()], [], [], 0)[0])
    except (AttributeError, OSError, ValueError, NotImplementedError):
        return False


def editor() -> str:
    """The editor for Ctrl-X Ctrl-E: ``$VISUAL``, ``$EDITOR``, else one a beginner can use.

    Notepad on Windows, nano (or pico, macOS's nano) elsewhere; never vi by default. An
    empty string when there is none.
    """
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return chosen
    if sys.platform == "win32":
        return "notepad"
    for name in ("nano", "pico"):
        found = shutil.which(name)
        if found:
            return found
    return ""
