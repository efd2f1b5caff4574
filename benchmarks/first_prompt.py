"""Time from starting `kaereleder reflect` to its first prompt, in a real pty.

Starts `kaereleder reflect` (no -p, so the first prompt is the choice of publication) with
PROMPT_TOOLKIT_NO_CPR=1 in a temporary journal folder, waits until the prompt shows its
question and reads keys, then quits with Ctrl-C. Prints the median over the runs.
Goal: <= 0.3 s. Needs pexpect.

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


def once(exe: str, home: str) -> float:
    env = {**os.environ, "KAERELEDER_HOME": home, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm"}
    start = time.perf_counter()
    child = pexpect.spawn(exe, ["reflect"], env=env, encoding="utf-8", timeout=10)
    child.expect(PROMPT)
    child.expect_exact(READY)
    elapsed = time.perf_counter() - start
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    exe = shutil.which("kaereleder")
    if not exe:
        sys.exit("kaereleder is not installed in this environment")
    with tempfile.TemporaryDirectory() as home:
        once(exe, home)  # warm the file cache and .pyc files
        times = [once(exe, home) for _ in range(args.runs)]
    print(
        f"time to first prompt: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms ({args.runs} runs)"
    )


if __name__ == "__main__":
    main()
