"""The render package's own building blocks, at fixed widths."""

from __future__ import annotations

import io

from rich.console import Console

from kaereleder import render


def rendered(renderable: object, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, no_color=True, highlight=False).print(renderable)
    return out.getvalue()


def test_lines_that_fit_are_written_as_they_are() -> None:
    lines = ["20261124-093000-leder-b71e05  færdig  5 4 3", "", "  indrykket  "]
    assert (
        rendered(render.Lines(lines), 60)
        == "20261124-093000-leder-b71e05  færdig  5 4 3\n\n  indrykket  \n"
    )


def test_a_line_longer_than_the_width_wraps_at_words_without_trailing_spaces() -> None:
    long = "20261124-093000-leder-b71e05  2026-11-24 09:30  leder  færdig  5 4 3"
    out = rendered(render.Lines(["kort", long, "kort igen"]), 40)
    assert out == (
        "kort\n20261124-093000-leder-b71e05  2026-11-24\n09:30  leder  færdig  5 4 3\nkort igen\n"
    )
