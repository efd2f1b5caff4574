"""The commands that only read the publications: ``list`` and ``show``.

Both the quick start (``quick``) and the Typer app (``cli``) call these, so the two
cannot print different things. No typer here.
"""

from __future__ import annotations

from kaereleder import content

# The option both commands take; cli builds its Typer option from these names too.
PUBLICATION_OPTION = ("-p", "--publication")
DEFAULT_PUBLICATION = "leder"  # of show (and every command that needs one publication)


def list_publications(publication: str | None) -> None:
    from kaereleder import render

    names = content.PUBLICATIONS if publication is None else (content.check_name(publication),)
    render.console().print(render.listing(content.load(name) for name in names))


def show(number: str, publication: str) -> None:
    """``number`` as typed: ``3``, or a Danish word from one to ten (``tre``)."""
    from kaereleder import render

    pub = content.load(publication)
    render.console().print(render.expectation(pub, pub.expectation(content.number_of(number))))
