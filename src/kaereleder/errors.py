"""The one error type of kaereleder: a Danish message and an exit code.

Helpers raise; only ``cli.main`` prints and exits. Exit codes: 0 ok, 1 an error the
user can fix, 2 usage, 130 interrupted.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class KaerelederError(Exception):
    """An error the user sees as one Danish line."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class ContentError(KaerelederError):
    """A content file is missing, unreadable or invalid."""


class JournalError(KaerelederError):
    """A journal file is unreadable, invalid or cannot be written."""


class NotFoundError(KaerelederError):
    """An expectation, publication or journal the user named does not exist."""


class UsageError(KaerelederError):
    """The command line is wrong."""

    exit_code = EXIT_USAGE


class Interrupted(KaerelederError):
    """The user stopped (Ctrl-C, SIGHUP, SIGTERM); what was answered is saved."""

    exit_code = EXIT_INTERRUPTED


class AnswersError(KaerelederError):
    """An answers file (``reflect --answers``) is unreadable or invalid."""


class TeamError(KaerelederError):
    """A team form or survey (``kaereleder team``) is unreadable or invalid."""
