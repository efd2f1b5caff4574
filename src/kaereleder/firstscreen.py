"""What ``kaereleder`` alone prints: a few Danish lines for a first-time user.

Plain text from ``messages`` only, so that it starts as fast as ``--version``.
"""

from __future__ import annotations

import shutil
import textwrap

from kaereleder import messages as msg


def text(home: str) -> str:
    """The first screen, wrapped to the terminal, for the journal folder ``home``."""
    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    names = max(len(name) for name in msg.FIRST_SCREEN_COMMANDS) + 4
    lines = [textwrap.fill(msg.FIRST_SCREEN_INTRO, width), "", msg.FIRST_SCREEN_START, ""]
    lines.append(msg.FIRST_SCREEN_COMMANDS_HEADING)
    for name, description in msg.FIRST_SCREEN_COMMANDS.items():
        lines.append(
            textwrap.fill(
                description,
                width,
                initial_indent=f"  {name}".ljust(names),
                subsequent_indent=" " * names,
                break_on_hyphens=False,
            )
        )
    lines += ["", *msg.first_screen_end(home)]
    return "\n".join(lines) + "\n"
