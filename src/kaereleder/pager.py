"""Long output on a terminal goes through a pager, the way git does it.

``$PAGER`` if set (empty or ``cat``: none); otherwise ``less`` where it is installed, with
``LESS=FRX`` unless ``$LESS`` is set: quit at once if it fits on one screen, keep colours,
leave the text on the screen afterwards. Never when the output is not a terminal. On
Windows: plain output unless ``$PAGER`` names a pager (``more`` cannot show UTF-8 or
colours reliably in the classic console, and the terminal scrolls back on its own).

No rich here: the render package captures the text, this module only pipes it.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence

NO_PAGER = ("", "cat")


def command(environ: Mapping[str, str], platform: str = sys.platform) -> list[str] | None:
    """The pager to run (on a terminal), or None for plain output."""
    chosen = environ.get("PAGER")
    if chosen is not None:
        if chosen.strip() in NO_PAGER:
            return None
        words = shlex.split(chosen, posix=platform != "win32")
        return words or None
    if platform == "win32":
        return None
    less = shutil.which("less")
    return [less] if less else None


def environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The pager's environment: git's defaults for less and lv unless the user set them."""
    env = dict(environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env


def show(text: str, pager: Sequence[str]) -> bool:
    """Pipe ``text`` to ``pager`` and wait for it; False if it cannot be started (then the
    caller writes the text itself). Quitting the pager early is not an error; Ctrl-C goes
    to the pager (as in git), which decides what it means."""
    try:
        process = subprocess.Popen(list(pager), stdin=subprocess.PIPE, env=environment(os.environ))
    except OSError:
        return False
    assert process.stdin is not None
    sys.stdout.flush()
    with contextlib.suppress(BrokenPipeError, OSError):  # the pager was quit early
        process.stdin.write(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
    with contextlib.suppress(BrokenPipeError, OSError):
        process.stdin.close()
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:  # the pager has the terminal: it handles Ctrl-C
            continue
