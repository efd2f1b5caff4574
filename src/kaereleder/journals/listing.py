"""``kaereleder journal list``: every reflection, newest first, one line each; or as JSON.

No typer here: the quick start (``quick``) and the Typer command both call ``run``.
"""

from __future__ import annotations

from pathlib import Path

from kaereleder import content, store
from kaereleder import messages as msg
from kaereleder.visible import echo, echo_json


def columns() -> dict[str, list[str]]:
    """Each publication's expectation ids in printed order."""
    return {name: [e.id for e in content.load(name).expectations] for name in content.PUBLICATIONS}


def run(home: Path | None, as_json: bool) -> None:
    folder = store.at(home)
    items = folder.listing()[::-1]
    if as_json:
        echo_json(
            [
                {"path": str(i.path), **i.summary}
                if i.summary
                else {"path": str(i.path), "error": i.error}
                for i in items
            ]
        )
        return
    if not items:
        echo(msg.no_journals(folder.home), err=True)
        return
    from kaereleder import render
    from kaereleder.render import journal as view

    render.console().print(view.listing(items, columns()))
