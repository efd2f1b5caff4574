"""Scale: 1,000 realistic journals, and the time and memory of the journal commands.

Writes 1,000 complete reflections (seven expectations, every question answered) into a
temporary folder through kaereleder's own store, then runs, as a user would:
  journal list     (warm: the listing index is current, as after normal use)
  journal list     (cold: the index removed, every file read and validated)
  journal diff     (the two latest: the newest revisits the one before, a few answers
                    changed; and two reflections where every answer differs)
  journal trend
and prints the median time and the peak memory (max RSS) of each. Goals on the project
machine: list <= 0.3 s, diff <= 0.15 s, peak memory <= 60 MiB.

    python benchmarks/journals.py [--count 1000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kaereleder import content, domain, journal, store
from kaereleder.plans import model as plans

WORDS = [
    "jeg", "vi", "medarbejderne", "teamet", "tillid", "ramme", "opgave", "dialog", "møde",
    "borger", "ansvar", "tid", "prioritere", "lytte", "beslutning", "forandring", "feedback",
    "anerkendelse", "kerneopgave", "hverdag", "konflikt", "ressourcer", "samarbejde",
    "tydelig", "ledelse", "udvikling", "trivsel",
]  # fmt: skip


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def answer(rng: random.Random) -> str:
    lines = [sentence(rng, rng.randint(8, 25)) for _ in range(rng.randint(1, 4))]
    return "\n".join(lines) + ("\n" if len(lines) > 1 else "")


def realistic(pub: content.Publication, when: datetime, rng: random.Random) -> journal.Journal:
    data = journal.new(pub.id, pub.content_version, when, f"{rng.getrandbits(24):06x}")
    ids = [e.id for e in pub.expectations]
    data["overall"] = {
        "irrelevant": answer(rng),
        "missing": answer(rng),
        "most-important": rng.sample(ids, 2),
        "hardest": rng.sample(ids, 2),
    }
    data["chosen"] = ids
    data["expectations"] = {}
    for e in pub.expectations:
        statements = [s.id for s in e.positive_statements]
        answers: journal.Journal = {"rating": rng.choice(domain.RATINGS)}
        for q in pub.reflection.deeper:
            if q.statements:
                answers[q.id] = {"statements": rng.sample(statements, 2), "text": answer(rng)}
            else:
                answers[q.id] = answer(rng)
        answers["next-step"] = sentence(rng, 12)
        data["expectations"][e.id] = answers
    data["plan"] = plan(when, rng)
    data["status"] = domain.COMPLETE
    data["finished"] = (when + timedelta(minutes=45)).isoformat(timespec="seconds")
    return data


def plan(when: datetime, rng: random.Random) -> plans.Plan:
    """Two goals with dates and the three steps, as most reflections end."""
    goal: plans.Goal = {
        "from": "e4",
        "goal": sentence(rng, 5),
        "actions": sentence(rng, 12),
        "involved": ["chef", "medarbejderne"],
        "follow-up": plans.suggested_follow_up(when.date()).isoformat(),
    }
    steps = {step: plans.step_due(step, when.date()).isoformat() for step in plans.STEPS}
    other: plans.Goal = {**goal, "from": "own", "involved": ["chef"]}  # no shared list: no alias
    return {"goals": {"g1": goal, "g2": other}, "steps": steps}


def previous_of(journals: store.Store) -> journal.Journal:
    return journals.read(journals.paths()[-1])


def revisited(before: journal.Journal, when: datetime, rng: random.Random) -> journal.Journal:
    """A later reflection on the same: five answers rewritten, two ratings moved, the plan
    before reviewed and a new one made."""
    import copy

    data = copy.deepcopy(before)
    data.update(journal.new(data["publication"], data["content_version"], when, "abcdef"))
    data["status"] = domain.COMPLETE
    data["finished"] = (when + timedelta(minutes=45)).isoformat(timespec="seconds")
    answers = data["expectations"]
    for expectation_id in rng.sample(sorted(answers), 5):
        question = rng.choice(["interplay", "dilemmas", "take-further", "dialogue"])
        answers[expectation_id][question] = answer(rng)
    for expectation_id in rng.sample(sorted(answers), 2):
        answers[expectation_id]["rating"] = rng.choice(domain.RATINGS[:5])
    # The plan before reviewed: one goal done, one carried on into the plan now.
    done, carried = (
        {"status": status, "text": sentence(rng, 10)} for status in ("done", "carried")
    )
    data["review"] = {"plan": before["id"], "goals": {"g1": done, "g2": carried}}
    data["plan"] = plan(when, rng)
    data["plan"]["goals"]["g2"]["from"] = "carried.g2"
    return data


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one run of ``cmd``."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = shutil.which("kaereleder")
    if not exe:
        sys.exit("kaereleder is not installed in this environment")
    rng = random.Random(2026)
    pub = content.load("leder")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "journaler"
        journals = store.Store(home)
        journals.prepare()
        start = time.perf_counter()
        first = datetime(2023, 1, 1, 9, tzinfo=timezone(timedelta(hours=1)))
        for i in range(args.count - 1):
            journals.save(realistic(pub, first + timedelta(days=i, minutes=i), rng))
        # The newest is a second look at the one before: a few answers and ratings changed.
        journals.save(revisited(previous_of(journals), first + timedelta(days=args.count), rng))
        size = sum(p.stat().st_size for p in home.glob("*.yaml"))
        print(
            f"wrote {args.count} journals ({size / args.count / 1024:.1f} KiB each) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        env = {**os.environ, "KAERELEDER_HOME": str(home), "NO_COLOR": "1"}
        commands = {
            "journal list (warm)": [exe, "journal", "list"],
            "journal diff": [exe, "journal", "diff"],
            "journal diff (all new)": [exe, "journal", "diff", "-3", "-2"],
            "journal trend": [exe, "journal", "trend"],
        }
        print(f"{'command':24} {'median':>9} {'peak RSS':>10}")
        for name, cmd in commands.items():
            run(cmd, env)
            results = [run(cmd, env) for _ in range(args.runs)]
            median = statistics.median(r[0] for r in results)
            peak = max(r[1] for r in results) / 1024
            print(f"{name:24} {median * 1000:7.0f}ms {peak:8.1f}MiB")
        cold = []
        for _ in range(3):
            (home / store.INDEX).unlink()
            cold.append(run([exe, "journal", "list"], env))
        median = statistics.median(r[0] for r in cold)
        peak = max(r[1] for r in cold) / 1024
        print(f"{'journal list (cold)':24} {median * 1000:7.0f}ms {peak:8.1f}MiB")


if __name__ == "__main__":
    main()
