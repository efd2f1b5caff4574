"""Start-up time of kaereleder against the floor of importing the stack it is built on.

Runs, interleaved, with this environment's Python and console script:
  floor      python -c "import typer, rich.console, yaml"
  show 3     kaereleder show 3       (output to a pipe)
  list       kaereleder list
  --version  kaereleder --version
  --help     kaereleder --help
  alone      kaereleder              (the first screen)
and prints the median of each and its ratio to the floor. Goal (issue 12): show 3 and list
at most 0.75x the floor. ``--compare BIN`` adds the same commands of another installation
(its ``bin`` folder, e.g. a venv with the previous release), interleaved in the same run, so
that before and after are measured side by side.

Measure a regular install (``pip install .``): an editable one, or PYTHONDONTWRITEBYTECODE,
compiles every module at every start.

    python benchmarks/startup.py [--runs 30] [--compare OTHER_VENV/bin]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {"show 3": ["show", "3"], "list": ["list"], "--version": ["--version"],
            "--help": ["--help"], "(the first screen)": []}  # fmt: skip


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--compare", type=Path, help="the bin folder of another installation")
    args = parser.parse_args()
    exe = shutil.which("kaereleder", path=str(Path(sys.executable).parent)) or ""
    if not exe:
        sys.exit("kaereleder is not installed in this environment")
    floor_cmd = [sys.executable, "-c", "import typer, rich.console, yaml"]
    commands = {"floor (import typer, rich.console, yaml)": floor_cmd}
    commands.update({f"kaereleder {name}": [exe, *argv] for name, argv in COMMANDS.items()})
    if args.compare:
        other = str(args.compare / "kaereleder")
        commands.update({f"compared {name}": [other, *argv] for name, argv in COMMANDS.items()})
    os.environ.setdefault("NO_COLOR", "1")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    for cmd in commands.values():  # warm the file cache, .pyc files and the content cache
        timed(cmd)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            samples[name].append(timed(cmd))
    floor = statistics.median(next(iter(samples.values())))
    print(f"{'command':44} {'median':>9} {'ratio':>7}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:44} {median * 1000:7.1f}ms {median / floor:6.2f}x")


if __name__ == "__main__":
    main()
