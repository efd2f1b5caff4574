"""Start-up time of kaereleder against the floor of importing its libraries.

Runs, interleaved, in the current Python environment:
  floor      python -c "import typer, rich, yaml"
  show 3     kaereleder show 3       (output to a pipe)
  --help     kaereleder --help
  alone      kaereleder              (the first screen)
and prints the median of each and its ratio to the floor. Goal: show 3 within 1.3x.

    python benchmarks/startup.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    exe = shutil.which("kaereleder") or ""
    if not exe:
        sys.exit("kaereleder is not installed in this environment")
    # Run the console script's Python directly, as the shell would.
    commands = {
        "floor (import typer, rich, yaml)": [sys.executable, "-c", "import typer, rich, yaml"],
        "kaereleder show 3": [exe, "show", "3"],
        "kaereleder --help": [exe, "--help"],
        "kaereleder (the first screen)": [exe],
    }
    os.environ.setdefault("NO_COLOR", "1")
    for cmd in commands.values():  # warm the file cache and .pyc files
        timed(cmd)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            samples[name].append(timed(cmd))
    floor = statistics.median(next(iter(samples.values())))
    print(f"{'command':36} {'median':>9} {'ratio':>7}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:36} {median * 1000:7.1f}ms {median / floor:6.2f}x")


if __name__ == "__main__":
    main()
