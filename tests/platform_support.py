"""What the tests need to know about the platform they run on."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

# Windows has no owner-only modes (``os.chmod`` only sets the read-only flag): there the
# journals are private because the user's profile folder is.
OWNER_ONLY_MODES = sys.platform != "win32"


def assert_mode(path: Path, expected: int) -> None:
    """``path`` has the permission bits ``expected``, where the platform has such modes."""
    if OWNER_ONLY_MODES:
        actual = stat.S_IMODE(path.stat().st_mode)
        assert actual == expected, f"{path}: mode {actual:o}, not {expected:o}"
