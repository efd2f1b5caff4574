"""What the documents kaereleder writes share (``journal export``, ``dialog``).

Markdown escaping, so that any text is shown as itself, and one self-contained printable
HTML page: no external files, print styles inline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

# --- Markdown -------------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_~<\[\]|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=|-]|\d+(?=[.)]))")


def md(text: str, block: bool = False) -> str:
    """Text shown as itself: Markdown's active characters escaped with a backslash; in a
    ``block`` also what would start a heading, quote or list at the start of a line."""
    text = _MD_INLINE.sub(r"\\\1", text)
    if not block:
        return text
    return "\n".join(_MD_LINE_START.sub(_escape_start, line) for line in text.split("\n"))


def _escape_start(match: re.Match[str]) -> str:
    """Escape a line's start: "# x" -> "\\# x", "1. x" -> "1\\. x" (a digit cannot be)."""
    indent, start = match[1], match[2]
    return f"{indent}{start}\\" if start[0].isdigit() else f"{indent}\\{start}"


def md_lines(text: str) -> list[str]:
    """Escaped lines with hard line breaks (a trailing backslash), so line breaks are kept."""
    lines = md(text, block=True).split("\n")
    return [
        line + "\\" if line and i + 1 < len(lines) and lines[i + 1] else line
        for i, line in enumerate(lines)
    ]


# --- HTML ----------------------------------------------------------------------------------

CSS = """\
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.intro, .source { color: #555; }
@page { size: A4; margin: 1.8cm 2cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; color: #000; }
  h1, h2, h3, h4, .lead { break-after: avoid; page-break-after: avoid; }
  ul, ol, table, blockquote { break-before: avoid; page-break-before: avoid; }
  li, tr, blockquote, dt, dd { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
"""


# Nothing is fetched and nothing is sent, and the browser holds the page to that: no
# scripts but ``script`` (by its hash), no connections, no images, no form submission.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"


def html_page(title: str, body: Iterable[str], css: str = "", script: str = "") -> str:
    """One HTML file in Danish that needs nothing else: ``css`` is added to the shared
    styles, ``body`` are the lines inside ``<body>``; every text in them already escaped.
    ``script``: the one script the page may run, added at the end of the body."""
    policy = POLICY
    end = []
    if script:
        import base64
        import hashlib

        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        policy += f"; script-src 'sha256-{digest}'"
        end = [f"<script>{script}</script>"]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="da">',
            '<head>\n<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>\n{CSS}{css}</style>\n</head>",
            "<body>",
            *body,
            *end,
            "</body>\n</html>\n",
        ]
    )
