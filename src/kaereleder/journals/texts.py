"""The Danish strings of the journal commands (list, show, diff, trend, export)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kaereleder.messages import PUBLICATION_TITLES, STATUS_LABELS

if TYPE_CHECKING:
    from kaereleder.content import Publication
    from kaereleder.journal import Summary


# --- journal commands ---------------------------------------------------------------------

JOURNAL_HELP = "Dine refleksioner over tid: vis, sammenlign og eksporter dem."
JOURNAL_PATH_HELP = "Vis mappen, hvor dine refleksioner ligger."
JOURNAL_LIST_HELP = "Vis dine refleksioner, nyeste først, med vurderingerne i kort form."
JOURNAL_SHOW_HELP = "Vis én refleksion med spørgsmålenes tekst."
JOURNAL_ID_HELP = (
    "Refleksionens id, en entydig begyndelse af det, seneste eller latest (den nyeste), "
    "forrige (den næstnyeste), -1 (den nyeste), -2 (den næstnyeste) …"
)
JSON_HELP = "Skriv data som JSON (til scripts)."
JOURNAL_DELETE_HELP = (
    "Slet én refleksion for altid, efter en bekræftelse, der viser dens dato og status."
)
DELETE_YES_HELP = "Slet uden at spørge (til scripts)."
DELETE_KEEP = "Nej, behold den"
DELETE_CONFIRM = "Ja, slet den"
DELETE_KEPT = "Intet er slettet."
DELETE_INTERRUPTED = "Afbrudt. Intet er slettet."


def _journal_named(summary: Summary | None, journal_id: str) -> str:
    if summary is None:
        return f"{journal_id} (kan ikke læses)"
    started = summary["started"][:16].replace("T", " ")
    status = STATUS_LABELS.get(summary["status"], summary["status"])
    title = PUBLICATION_TITLES.get(summary["publication"], summary["publication"])
    return f"fra {started} ({status}, {title})"


def delete_question(summary: Summary | None, journal_id: str) -> str:
    return (
        f"Vil du slette refleksionen {_journal_named(summary, journal_id)}? "
        "Den kan ikke gendannes."
    )


def deleted(summary: Summary | None, journal_id: str) -> str:
    return f"Refleksionen {_journal_named(summary, journal_id)} er slettet."


def delete_needs_terminal(ref: str) -> str:
    return (
        "Sletning skal bekræftes i en terminal. Intet er slettet. "
        f"Uden at spørge: kaereleder journal delete {ref} --yes"
    )


def delete_open_elsewhere(path: Path) -> str:
    return (
        f"Refleksionen {path.stem} er åben i en kaereleder reflect lige nu. Afslut den dér, "
        "og prøv igen. Intet er slettet."
    )


RATING_LEGEND = (
    "Kolonnerne 1–7 er forventningerne (ønskerne), og tallet din vurdering af »Jeg lever op "
    "til …«: 1 Helt uenig · 2 Delvis uenig · 3 Hverken enig eller uenig · 4 Delvis enig · "
    "5 Helt enig · ? Ved ikke · – sprunget over. Tom: ikke med i refleksionen."
)
LIST_COLUMNS = ("Id", "Startet", "Publ.", "Status", "Vurderinger")
BROKEN = "FEJL"
OVERALL_TITLE = "Forventningerne som helhed"
STATEMENT_GONE = "findes ikke længere i indholdet"
UNANSWERED = "(ikke besvaret endnu)"
CHOSEN_STATEMENTS = "Valgte udsagn"
CONTENT_VERSION_NOTE = (
    "Refleksionen blev skrevet med indholdsversion {old}; indholdet er nu version {new}."
)


def journal_header(title: str, started: str, status: str) -> str:
    return f"{title}  ·  {started[:16].replace('T', ' ')}  ·  {STATUS_LABELS.get(status, status)}"


# --- journal diff -------------------------------------------------------------------------

JOURNAL_DIFF_HELP = (
    "Sammenlign to refleksioner over samme publikation: hvad har ændret sig? Uden id'er de "
    "to seneste færdige; med ét id den og den nyeste færdige. Har refleksionerne en "
    "udviklingsplan, vises også, hvordan det gik med målene, og hvilke der er ført videre."
)
DIFF_OLD_HELP = (
    "Refleksionen før: id, en entydig begyndelse af det, seneste, forrige, latest, "
    "-1 (den nyeste), -2 … "
    "(standard: den næstseneste færdige)."
)
DIFF_NEW_HELP = "Refleksionen nu (standard: den nyeste færdige over samme publikation)."
DIFF_ALL_HELP = "Vis også de uændrede svar."


DIFF_BEFORE = "før"
DIFF_NOW = "nu"
DIFF_BEFORE_LABEL = "Før:"  # a rewritten answer, shown whole: before above now
DIFF_NOW_LABEL = "Nu:"


def diff_title(title: str) -> str:
    return f"{title}  ·  to refleksioner sammenlignet"


def diff_side(label: str, started: str, status: str, journal_id: str) -> str:
    when = started[:16].replace("T", " ")
    status = STATUS_LABELS.get(status, status)
    return f"{label.capitalize() + ':':5}{when}  ·  {status}  ·  {journal_id}"


def diff_summary(answers: int, changed: int, up: int, down: int, same: int) -> str:
    return (
        f"{changed} af {answers} svar er ændret. "
        f"Din vurdering: {up} op, {down} ned, {same} uændret."
    )


def diff_only(publication: Publication, count: int, label: str) -> str:
    terms = publication.terms
    what = f"1 {terms.item} er" if count == 1 else f"{count} {terms.items} er"
    return f"{what} kun med i refleksionen {label}."


DIFF_WARNINGS = {
    "draft": "Refleksionen {label} er en kladde; spørgsmål, den ikke er nået til endnu, er ikke "
    "med i sammenligningen.",
    "content": "Refleksionen {label} blev skrevet med indholdsversion {old}; indholdet er nu "
    "version {new}. Udsagn, der ikke længere findes, vises med deres id.",
    "reversed": "Refleksionen før er startet efter refleksionen nu.",
}
DIFF_WARNING_PREFIX = "Bemærk: "
DIFF_LEGEND = ("Ordændringer:", "fjernet", "tilføjet")
DIRECTION_LABELS = {"up": "op", "down": "ned", "same": "uændret"}
NOT_ANSWERED = "(ikke besvaret)"
DIFF_RATING = "Din vurdering"
DIFF_LAST_STEP = "Dit næste skridt før:"
DIFF_ONLY_IN = "Kun med i refleksionen {label}."
DIFF_NOT_ASKED = "(ikke besvaret {label})"
CHOICES_ADDED = {
    "recognised": "Genkender du nu, ikke før:",
    "hard": "Finder du svært nu, ikke før:",
    "expectations": "Valgt nu, ikke før:",
}
CHOICES_REMOVED = {
    "recognised": "Genkendte du før, ikke nu:",
    "hard": "Fandt du svært før, ikke nu:",
    "expectations": "Valgt før, ikke nu:",
}
CHOICES_ALL = {
    "recognised": "Genkender du:",
    "hard": "Finder du svært:",
    "expectations": "Valgt:",
}
DIFF_UNCHANGED_TITLE = "Uændrede svar"


def diff_collapsed(count: int) -> str:
    if count == 1:
        return "1 uændret svar (--all viser det)."
    return f"{count} uændrede svar (--all viser dem)."


def diff_one_sided(count: int, label: str) -> str:
    return f"{count} svar, kun {label} (--all viser dem)."


def diff_unreached(count: int) -> str:
    questions = "1 spørgsmål" if count == 1 else f"{count} spørgsmål"
    return f"{questions}, som kladden ikke er nået til endnu, er ikke med."


def diff_gone(item_id: str) -> str:
    return f"{item_id} ({STATEMENT_GONE})"


# --- journal trend and export -------------------------------------------------------------

JOURNAL_TREND_HELP = (
    "Vis din vurdering af hver forventning (hvert ønske) i alle færdige refleksioner "
    "som et kompakt diagram over tid, og hvor mange udviklingsmål du satte hver gang."
)
JOURNAL_EXPORT_HELP = (
    "Eksporter én refleksion som et dokument til en samtale med din coach, din chef "
    "eller til lederudviklingssamtalen."
)
TREND_NOT_A_GRADE = (
    "Din egen vurdering over tid – et udgangspunkt for udvikling, ikke en karakter."
)
TREND_LEGEND = (
    "Din vurdering af »Jeg lever op til …«: 1 Helt uenig · 2 Delvis uenig · "
    "3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke · "
    "– sprunget over · tomt felt: ikke med den gang."
)


def trend_title(publication: Publication) -> str:
    statement = publication.terms.this_item
    return f"{publication.source.title}  ·  »Jeg lever op til {statement}« over tid"


def trend_shown(shown: int, total: int) -> str:
    return (
        f"Viser de seneste {shown} af {total} refleksioner. Alle: kaereleder journal trend --json"
    )


def trend_drafts(count: int) -> str:
    drafts = "1 kladde er" if count == 1 else f"{count} kladder er"
    return f"{drafts} ikke med. Gør en kladde færdig med: kaereleder reflect --resume"


def no_trend(publication: Publication, home: Path) -> str:
    return (
        f"Der er ingen færdige refleksioner over {publication.source.title} i {home} endnu. "
        f"Start en med: kaereleder reflect -p {publication.id}"
    )


def export_into_journals(path: Path) -> str:
    return (
        f"{path} ligger i mappen med dine refleksioner, hvor den ville blive læst som en "
        "refleksion eller erstatte en. Skriv til en anden mappe eller et andet navn, "
        "fx -o refleksion.md."
    )


def exported_to(path: Path) -> str:
    return f"Refleksionen er skrevet til {path} (kun læsbar for dig)."


def export_title(publication: Publication) -> str:
    return f"Min refleksion over {publication.source.title}"


EXPORT_INTRO = (
    "Egne refleksioner som oplæg til en udviklende samtale med en coach, min chef eller "
    "til lederudviklingssamtalen – ikke en bedømmelse."
)
EXPORT_STARTED = "Startet"
EXPORT_FINISHED = "Afsluttet"
EXPORT_STATUS = "Status"
EXPORT_ID = "Id"
EXPORT_OVERVIEW = "Overblik"
EXPORT_RATING = "Egen vurdering"
# The plan and the review of the last one, in an export.
PLAN_TITLE = "Min udviklingsplan"
PLAN_GOALS = "Udviklingsmål"
PLAN_NONE = "(ingen plan denne gang – sprunget over)"
PLAN_OWN_GOAL = "Mit eget mål"
PLAN_ACTIONS = "Det vil jeg gøre"
PLAN_INVOLVED = "Hvem er med"
PLAN_FOLLOW_UP = "Opfølgning"
PLAN_STEPS = "De næste skridt med datoer"
REVIEW_TITLE = "Sådan gik min sidste plan"
REVIEW_OF = "Planen fra refleksionen"


def plan_goal(number: int, goal: str) -> str:
    return f"Mål {number}: {goal}"


def plan_from(expectation: str) -> str:
    return f"Ud fra mit næste skridt på {expectation}"


def plan_carried(key: str) -> str:
    return f"Videreført fra min sidste plan ({review_goal(key).lower()})"


def plan_done(day: str, note: str) -> str:
    return f"klaret {day}: {note}" if note.strip() else f"klaret {day}"


def review_goal(key: str) -> str:
    """``g1`` as »Mål 1«."""
    return f"Mål {key.removeprefix('g')}"


# --- journal export --lus: the pack for the talk with one's chef ---------------------------

EXPORT_LUS_HELP = (
    "En pakke til samtalen med din chef (lederudviklingssamtalen): dine vurderinger, det, "
    "du vil drøfte, din plan og teamets syn. Du vælger selv, hvad der kommer med; dine "
    "øvrige svar kun, hvis du vælger dem."
)
# Whom the pack is for: one's own chef; a chef's is the director (»min direktør«).
LUS_READER = {"leder": "min chef", "chef": "min direktør"}  # in the pack: the leader speaks
_YOUR_READER = {"leder": "din chef", "chef": "din direktør"}  # on screen: spoken to


def lus_reader(publication: Publication) -> str:
    return LUS_READER.get(publication.id, LUS_READER["leder"])


def lus_title(publication: Publication) -> str:
    return f"Til samtalen med {lus_reader(publication)}"


LUS_INTRO = (
    "Forberedelse til lederudviklingssamtalen (LUS) ud fra min egen refleksion. Jeg har selv "
    "valgt, hvad der står her; resten af refleksionen er privat."
)
LUS_FOR = "Til"
LUS_MADE = "Dato"
LUS_REFLECTION = "Refleksion"
LUS_TAKE_FURTHER = "Det vil jeg gerne drøfte"
LUS_MORE = "Mere fra min refleksion"
LUS_OVERALL = "Som helhed"
# An answer in the checklist, in a few words.
LUS_SHORT = {
    "irrelevant": "Irrelevante",
    "missing": "Det, der mangler",
    "most-important": "Vigtigst",
    "hardest": "Sværest",
    "follow-up": "Hvordan gik det",
    "strengths": "Styrker",
    "improve": "Forbedring",
    "interplay": "Samspil",
    "dilemmas": "Dilemmaer",
    "own-expectations": "Mine forventninger",
    "take-further": "Til drøftelse",
    "dialogue": "Dialogen",
    "next-step": "Næste skridt",
}
LUS_SHORT_PARTS = {
    "ratings": "selvvurderingerne",
    "plan": "planen",
    "team": "teamets syn",
    "review": "sådan gik din sidste plan",
}
LUS_TEAM_WITHOUT_OWN = (
    "Mine egne vurderinger er ikke med i pakken, og derfor heller ikke, hvor de ligger langt "
    "fra teamets."
)
LUS_NOTHING = "Du valgte intet, så der er intet skrevet."
LUS_INTERRUPTED = "Afbrudt. Intet er skrevet."


def lus_ratings_title(publication: Publication) -> str:
    return f"Mine selvvurderinger: »Jeg lever op til {publication.terms.this_item}«"


def lus_reflection(publication: Publication, started: str) -> str:
    return f"{publication.source.title}, {started}"


def lus_question(publication: Publication) -> str:
    return (
        f"Det afkrydsede kommer med i pakken, og {_YOUR_READER[publication.id]} kan læse det. "
        "Fjern krydset ved det, du vil holde for dig selv; dine øvrige svar kommer kun med, "
        "hvis du vælger dem."
    )


def lus_offer_ratings(rated: list[str]) -> str:
    return f"Dine selvvurderinger: {', '.join(rated)}"


def lus_offer_plan(goals: int, steps: int, said: str = "") -> str:
    """The plan in the checklist: how much, and the words of it the chef will read (goals,
    what you will do, notes of what is done)."""
    if not goals and not steps:
        return "Din udviklingsplan (sprunget over)"
    made = "1 mål" if goals == 1 else f"{goals} mål"
    dates = "1 skridt med dato" if steps == 1 else f"{steps} skridt med datoer"
    return f"Din udviklingsplan: {made}, {dates}" + (f": »{said}«" if said else "")


def lus_offer_team(name: str, answers: int) -> str:
    return f"Teamets syn: undersøgelsen »{name}« ({answers} svar) ved siden af dine vurderinger"


def lus_offer_review(said: str) -> str:
    return f"Sådan gik din sidste plan: »{said}«" if said else "Sådan gik din sidste plan"


def lus_left_out(names: list[str]) -> str:
    return (
        f"Uden terminal er kun det forvalgte med; udeladt: {', '.join(names)}. "
        "Vil du selv vælge, hvad der kommer med, så kør kommandoen i en terminal med -o FIL."
    )


def lus_written(path: Path) -> str:
    return f"Pakken til samtalen er skrevet til {path} (kun læsbar for dig)."


# Each command's line in `kaereleder journal --help`: whole, never cut with "...".
SHORT_HELP = {
    "path": "Vis mappen, hvor dine refleksioner ligger.",
    "list": "Dine refleksioner, nyeste først, med dine vurderinger.",
    "show": "Vis én refleksion med spørgsmålenes tekst.",
    "delete": "Slet én refleksion, efter en bekræftelse.",
    "diff": "Hvad har ændret sig mellem to refleksioner?",
    "trend": "Din vurdering af hver forventning (hvert ønske) over tid.",
    "export": "Én refleksion som dokument til coach, chef eller LUS.",
}
