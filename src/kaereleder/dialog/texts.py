"""The Danish strings of the dialogue guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kaereleder.content import Publication


DIALOG_QUESTIONS = "Spørgsmål til dialogen:"
DIALOG_THINK_ABOUT = "Spørgsmål at tænke over"
PLANS_TITLE = "Forslag til mødeplan"
PLANS_OWN = (
    "Forslaget er kaereleders eget og står ikke i publikationen. Tilpas tider og form til jer."
)
PLAN_FRAMING = (
    "Velkommen og rammesætning",
    "Du fortæller om formålet med dialogen, hvordan den skal foregå, og hvordan der bliver "
    "fulgt op. Sig gerne, at det er en fælles samtale om samarbejdet – ikke en bedømmelse "
    "af nogen.",
)
PLAN_PLENUM = (
    "Helhedsbilledet i plenum",
    "Grupperne fremlægger kort. Lyt og spørg nysgerrigt ind, før du selv forklarer.",
)
PLAN_EXPECTATION = (
    "De fire spørgsmål i plenum eller i mindre grupper, med en kort fælles opsamling."
)


def dialog_title(publication: Publication) -> str:
    return f"Mødeguide: {publication.source.title}"


def dialog_intro(publication: Publication) -> str:
    terms = publication.terms
    return (
        f"Til dig som {terms.leader}: oplægget til dialog med {terms.audience}, de valgte "
        f"{terms.items} med spørgsmålene til dialogen, to forslag til en mødeplan og et ark, "
        f"som {terms.audience} kan læse før mødet."
    )


def dialog_adapted(publication: Publication, note: str) -> str:
    return f"Bemærk: Dette oplæg til dialog er ikke trykt i »{publication.source.title}«. {note}"


def dialog_chosen(publication: Publication) -> str:
    return f"De valgte {publication.terms.items}"


def plan_groups(step: str) -> tuple[str, str]:
    return ("Helhedsbilledet i mindre grupper", f"Grupper på 3–4 drøfter spørgsmålene i »{step}«.")


def plan_summary(publication: Publication) -> tuple[str, str]:
    return (
        f"{publication.terms.leader_genitive.capitalize()} opsamling og opfølgning",
        "Du giver dit bud på, hvordan I kommer godt videre: hvad I er enige om, hvad du selv "
        "tager med, og hvornår og hvordan I følger op.",
    )


def plan_title(minutes: int) -> str:
    return f"Mødeplan på {minutes} minutter"


def plan_minutes(minutes: int) -> str:
    return f"{minutes} min"


def _numbers(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]


def plan_left_out(
    publication: Publication, minutes: int, taken: list[int], rest: list[int]
) -> str:
    items = publication.terms.items
    return (
        f"Der er ikke god tid til alle {len(taken) + len(rest)} valgte {items} på {minutes} "
        f"minutter, så planen tager nummer {_numbers(taken)}. Tag nummer {_numbers(rest)} på et "
        f"senere møde, eller vælg selv, hvilke I tager: kaereleder dialog -e N."
    )


HANDOUT_TITLE = "Før mødet: gensidige forventninger til god ledelse"


def handout_intro(publication: Publication) -> tuple[str, ...]:
    source, terms = publication.source, publication.terms
    return (
        f"På mødet taler vi sammen om gensidige forventninger til god ledelse hos os. "
        f"Udgangspunktet er »{source.title}« ({source.publisher}, {source.year}), hvor "
        f"{terms.audience_short} fortæller, hvad de forventer af deres {terms.leader}.",
        "Det er en fælles samtale om samarbejdet og om, hvad vi hver især kan bidrage med "
        "– ikke en bedømmelse af nogen.",
        f"Læs {terms.the_items} nedenfor, og tænk over spørgsmålene. Noterne er dine egne: "
        "du skal ikke skrive dit navn på noget eller aflevere noget.",
    )
