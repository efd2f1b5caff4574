"""Text from a file or an answer made harmless for a terminal: the one sanitiser.

Every C0 and C1 control character but newline and tab is shown visibly instead of being
written: ESC as ``␛`` (the Unicode control pictures, U+2400 …), DEL as ``␡``, a C1 control
as ``\\x9b``. CRLF becomes a newline. An answer or a form then cannot set the window title,
clear the screen, write to the clipboard (OSC 52) or hide lines. The render package applies
it to everything it prints, ``cli`` to every error line, ``echo`` to the rest (documents,
JSON, the lines of ``team import``). No rich here: an error line must not pay for it.
"""

from __future__ import annotations

_SHOWN = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_SHOWN[0x7F] = "\u2421"
_SHOWN.update({code: f"\\x{code:02x}" for code in range(0x80, 0xA0)})
_ONE_LINE = {**_SHOWN, 0x0A: "\u2424"}  # ␤: a line break inside a one-line message
# JSON escapes C0 itself; DEL and C1 are escaped too, so that the data stays exact.
_JSON = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def visible(text: str) -> str:
    """``text`` with every control character but newline and tab made visible."""
    if text.isprintable():  # no control character at all: the common case, and fast
        return text
    return text.replace("\r\n", "\n").translate(_SHOWN)


def one_line(text: str) -> str:
    """``text`` as one line on the terminal: a line break in it is made visible as well."""
    return text.replace("\r\n", "\n").translate(_ONE_LINE)


def inert_json(text: str) -> str:
    """JSON text (from ``json.dumps``) with DEL and C1 controls escaped as ``\\u00XX``."""
    return text.translate(_JSON)


def echo(text: str, err: bool = False, nl: bool = True) -> None:
    """A document or a line that may quote a file, made visible first, to stdout (stderr
    with ``err``). No click: the quick start of ``journal list`` writes with it too."""
    import sys

    stream = sys.stderr if err else sys.stdout
    stream.write(visible(text) + ("\n" if nl else ""))
    stream.flush()


def at_words(text: str) -> str:
    """``text`` for the terminal, each line broken between words, not where the terminal's
    edge falls."""
    import shutil
    import textwrap

    width = shutil.get_terminal_size().columns - 1
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        for line in text.split("\n")
    )


def say(text: str, err: bool = False) -> None:
    """A message (not a document) made visible, to stdout (stderr with ``err``); on a
    terminal broken between words."""
    import sys

    stream = sys.stderr if err else sys.stdout
    shown = visible(text)
    stream.write((at_words(shown) if stream.isatty() else shown) + "\n")
    stream.flush()


def echo_json(data: object) -> None:
    """``data`` as indented JSON on stdout, Unicode kept, no control character raw."""
    import json
    import sys

    sys.stdout.write(inert_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    sys.stdout.flush()
