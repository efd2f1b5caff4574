"""Time from starting `kaereleder reflect` to its first prompt, in a real pty.

Starts `kaereleder reflect` (no -p, so the first prompt is the choice of publication) with
PROMPT_TOOLKIT_NO_CPR=1 in a temporary journal folder, waits until the prompt shows its
question and reads keys, then quits with Ctrl-C. Interleaved with it, the floor: the same
pty start of this Python importing questionary and printing the same marker. Prints both
medians and the ratio. Goal (issue 12): at most 1.3x the floor. Needs pexpect.

    python benchmarks/first_prompt.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

import pexpect

PROMPT = "Hvilken publikation"
READY = "\x1b[?2004h"  # the prompt reads keys: prompt_toolkit turns bracketed paste on


def until_ready(cmd: str, args: list[str], env: dict[str, str], *marks: str) -> float:
    """Seconds from a pty start of ``cmd`` until it has shown ``marks`` in turn; then Ctrl-C."""
    start = time.perf_counter()
    child = pexpect.spawn(cmd, args, env=env, encoding="utf-8", timeout=10)
    for mark in marks:
        child.expect_exact(mark)
    elapsed = time.perf_counter() - start
    child.sendintr()
    if child.expect([pexpect.EOF, pexpect.TIMEOUT]) == 1:  # the Ctrl-C was lost (seen under
        child.terminate(force=True)  # load): the time stands, the process must not hang on
    child.close()
    return elapsed


def once(exe: str, home: str) -> float:
    env = {**os.environ, "KAERELEDER_HOME": home, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm"}
    return until_ready(exe, ["reflect"], env, PROMPT, READY)


def floor() -> float:
    """A pty start of this Python that imports questionary, then says it is ready."""
    code = f"import questionary; print({READY!r}, flush=True); input()"
    return until_ready(sys.executable, ["-c", code], dict(os.environ), READY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    exe = shutil.which("kaereleder")
    if not exe:
        sys.exit("kaereleder is not installed in this environment")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    times, floors = [], []
    with tempfile.TemporaryDirectory() as home:
        once(exe, home)  # warm the file cache, .pyc files and the content cache
        floor()
        for _ in range(args.runs):
            times.append(once(exe, home))
            floors.append(floor())
    ratio = statistics.median(times) / statistics.median(floors)
    print(
        f"time to first prompt: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms ({args.runs} runs)\n"
        f"floor (import questionary, same pty start): median "
        f"{statistics.median(floors) * 1000:.0f} ms; ratio {ratio:.2f}x"
    )


if __name__ == "__main__":
    main()
