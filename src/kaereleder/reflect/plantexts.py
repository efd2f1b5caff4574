"""The Danish strings of the plan at the end of a reflection and the review at its start."""

from __future__ import annotations

from datetime import date

from kaereleder.messages import when
from kaereleder.plans import model as plans
from kaereleder.plans.texts import day

# --- the review of the last plan, at the start ----------------------------------------------


def review_intro(started: object, count: int) -> str:
    goals, them = ("et udviklingsmål", "det") if count == 1 else (f"{count} udviklingsmål", "dem")
    return (
        "\n"  # a part of its own: set off from the start screen
        f"Sidst du reflekterede ({when(started)}), satte du dig {goals}. Først: hvordan er det "
        f"gået med {them}?"
    )


def reviewed_goal(number: int, goal: plans.Goal, done: plans.Done | None) -> str:
    lines = [f"Mål {number}: {goal.get(plans.GOAL, '')}"]
    follow_up = plans.iso_day(goal.get(plans.FOLLOW_UP, ""))
    if follow_up is not None:
        lines.append(f"Opfølgning: {day(follow_up)}")
    if done is not None:
        on = plans.iso_day(done.get("day", ""))
        note = done.get("note", "").strip()
        marked = f"Markeret som nået {day(on)}" if on else "Markeret som nået"
        lines.append(marked + (f": {note}" if note else ""))
    return "\n".join(lines)


def review_status(number: int) -> str:
    return f"Hvor står du med mål {number}?"


REVIEW_TEXT = "Hvordan gik det?"

# --- the plan, at the end -----------------------------------------------------------------

PLAN_INTRO = (
    "\n"  # a part of its own: set off from the last answer
    "Til sidst: din udviklingsplan. Sæt dig ét eller to mål ud fra dine næste skridt eller med "
    "dine egne ord, som i en lederudviklingssamtale, hvert med en dato for opfølgning. Du kan "
    "også springe planen over."
)
FIRST_FROM = "Hvad skal dit første udviklingsmål bygge på?"
SECOND_FROM = "Vil du sætte dig et mål mere? Hvad skal det bygge på?"
OWN_GOAL = "Mit eget mål"
NO_PLAN = "Ingen plan nu"
NO_MORE = "Ikke flere mål"


def from_next_step(label: str, step: str) -> str:
    return f"{label}: {step}"


def from_carried(goal: str) -> str:
    return f"Fra sidste plan (arbejder videre): {goal}"


def goal_words(number: int, suggested: bool) -> str:
    words = f"Dit {'første' if number == 1 else 'andet'} mål med få ord"
    return words + (": ret gerne forslaget, eller tryk Enter" if suggested else "")


def resumed_goal(number: int, goal: str) -> str:
    return f"Dit {'første' if number == 1 else 'andet'} mål: {goal}"


ACTIONS = "Hvad vil du gøre for at nå det?"
INVOLVED = "Hvem skal være med?"


def follow_up(suggested: date) -> str:
    return (
        f"Hvornår vil du følge op på målet? Forslaget er om tre måneder, {day(suggested)}. "
        "Enter tager forslaget; skriv ellers en dato som 15.3.2027."
    )


def follow_up_on(when: date) -> str:
    return f"Opfølgning {day(when)}."


def no_date(text: str) -> str:
    return f"»{text}« er ikke en dato, jeg kan læse. Skriv den som dag.måned.år, fx 2.3.2027."


def past_date(when: date) -> str:
    return f"{day(when)} er allerede gået. Skriv en dato fra i dag og frem, fx 2.3.2027."


STEPS = "Publikationens næste skridt: hvilke vil du tage med i planen?"


def step_choice(label: str, due: date) -> str:
    return f"{label} – senest {day(due)}"


# --- the summary ----------------------------------------------------------------------------

SUMMARY_PLAN = "Din udviklingsplan"


def summary_goal(number: int, goal: plans.Goal) -> str:
    follow = plans.iso_day(goal.get(plans.FOLLOW_UP, ""))
    text = f"Mål {number}: {goal.get(plans.GOAL, '')}"
    return text + (f" – opfølgning {day(follow)}" if follow else "")


# One line within 80 columns, so that neither command is broken.
PLAN_HINT = "Se planen: kaereleder plan · i din kalender: kaereleder plan --ics -o plan.ics"

# --- answers files --------------------------------------------------------------------------

ANSWERS_TOO_MANY_GOALS = "højst to mål (g1 og g2)"
ANSWERS_FROM = "brug et forventningsnummer, et id, own, carried.g1 eller carried.g2, eller tom"
ANSWERS_UNKNOWN_STEP = "ukendt skridt; kendte er: " + ", ".join(plans.STEPS)
ANSWERS_UNKNOWN_WHO = "ukendt; vælg blandt: " + ", ".join(plans.WHO)


def answers_not_offered(offered: list[str]) -> str:
    named = ", ".join(v for v in offered if v) or "ingen"
    return f"kan ikke vælges i denne refleksion; det kan: {named} (eller tom)"
