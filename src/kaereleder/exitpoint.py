"""The one exit point: how an error becomes one Danish line and an exit code.

Both starts use it: the quick start of ``quick`` and the whole command line of ``cli``,
which adds the mapping of click's usage errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from kaereleder import messages as msg
from kaereleder.errors import EXIT_ERROR, EXIT_INTERRUPTED, Interrupted, KaerelederError
from kaereleder.visible import at_words

DEBUG = "KAERELEDER_DEBUG"  # set it to see the traceback of an unexpected error


def fail(message: str, code: int) -> int:
    """The error as one line (a pipe or a log gets one line); on a terminal broken between
    words, not where the terminal's edge falls."""
    from kaereleder.visible import one_line  # a message may quote a file or a path

    text = one_line(msg.ERROR_PREFIX + message)
    sys.stderr.write((at_words(text) if sys.stderr.isatty() else text) + "\n")
    return code


def exit_code(
    invoke: Callable[[], Any], usage: Callable[[Exception], int | None] | None = None
) -> int:
    """Run ``invoke`` and return its exit code; the user's errors never raise.

    ``usage`` maps the exceptions of a command-line parser to an exit code (None: not one).
    """
    try:
        result = invoke()
    except Interrupted as exc:  # a deliberate stop, not an error
        from kaereleder.visible import visible

        text = at_words(exc.message) if sys.stderr.isatty() else exc.message
        sys.stderr.write(visible(text) + "\n")
        return exc.exit_code
    except KaerelederError as exc:
        return fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one Danish line, no traceback with private answers
        code = usage(exc) if usage is not None else None
        if code is not None:
            return code
        if os.environ.get(DEBUG):
            raise
        return fail(msg.unexpected(type(exc).__name__), EXIT_ERROR)
    return result if isinstance(result, int) else 0
