"""The team form as one web page: to fill in in a browser, or to print and fill in by hand.

One self-contained HTML file (inline CSS and script, nothing fetched, nothing sent): per
expectation the six rating choices as radio buttons and the positive statements as
checkboxes, every input labelled. »Gem mine svar« writes the answers as a YAML form
(``team_form``'s format, so ``team import`` reads it) through the browser's own download,
under a name that says nothing about who answered. Printed, the same page is the paper form
(two A4 pages), and ``team tally`` types it in: the statements are numbered for that.
"""

from __future__ import annotations

import json
from html import escape

from kaereleder import messages as msg
from kaereleder.content import Expectation, Publication
from kaereleder.document import html_page
from kaereleder.team import form as team_form
from kaereleder.team import texts as txt

CSS = """\
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { padding: 0; font-weight: 600; margin: .6rem 0 .3rem; }
.item { margin-top: 1.6rem; }
.item h2 { margin: .1rem 0 .2rem; }
.lead { color: #555; margin: 0; }
.scale { display: flex; flex-wrap: wrap; gap: .3rem .6rem; }
.scale label { display: inline-flex; align-items: center; gap: .35rem;
  border: 1px solid #767676; border-radius: .3rem; padding: .35rem .6rem; }
.group { margin: .5rem 0 .1rem; font-style: italic; }
.statement { display: flex; gap: .5rem; align-items: flex-start; margin: .3rem 0;
  padding: .2rem 0; }
.statement input { margin-top: .3em; flex: none; }
.number { flex: none; min-width: 1.6em; font-variant-numeric: tabular-nums; }
input[type=radio], input[type=checkbox] { width: 1.15rem; height: 1.15rem; accent-color: #000; }
input:focus-visible, button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
label:focus-within { text-decoration: underline; }
.save { margin-top: 2rem; padding: 1rem; border: 2px solid #000; border-radius: .4rem; }
.clear { font: inherit; font-size: .9em; margin-top: .4rem; padding: .2rem .6rem;
  border: 1px solid #767676; border-radius: .3rem; background: #fff; color: #000; }
.save button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border: 2px solid #000;
  border-radius: .4rem; background: #fff; color: #000; cursor: pointer; }
#status { font-weight: 600; }
.paper { display: none; }
@media print {
  body { font-size: 8.6pt; line-height: 1.28; }
  @page { size: A4; margin: 1.2cm 1.4cm; }
  h1 { font-size: 13pt; margin: 0 0 .2rem; }
  .intro { margin: 0 0 .25rem; }
  .screen, .save, .clear { display: none; }
  .paper { display: block; margin: .25rem 0; }
  .item { margin-top: .55rem; break-inside: avoid; page-break-inside: avoid; }
  .item h2 { font-size: 10pt; margin: 0; border-bottom: 1px solid #000; }
  .lead, .recognise legend { display: none; }
  .rating legend { float: left; margin: 0 .6rem 0 0; font-weight: 600; }
  .rating { margin: .15rem 0; }
  .scale { gap: .1rem .5rem; }
  .scale label { border: 0; padding: 0; gap: .2rem; }
  .group { margin: .15rem 0 0; }
  .statement { margin: 0; padding: 0; gap: .3rem; }
  .statement input { margin-top: .1em; }
  input[type=radio], input[type=checkbox] { width: .8rem; height: .8rem; margin: 0; }
  .source { margin-top: .4rem; font-size: 7.5pt; }
}
"""

# The page's behaviour: the answers as the YAML form, saved through a download. Written
# for every browser since 2017 (no modules, no fetch): nothing leaves the computer.
SCRIPT = """\
(function () {
  "use strict";
  var form = document.getElementById("svar");
  var text = JSON.parse(document.getElementById("tekster").textContent);
  var status = document.getElementById("status");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function token() {
    var bytes = new Uint8Array(3), out = "", i;
    if (window.crypto && window.crypto.getRandomValues) { window.crypto.getRandomValues(bytes); }
    else { for (i = 0; i < 3; i++) { bytes[i] = Math.floor(Math.random() * 256); } }
    for (i = 0; i < 3; i++) { out += (bytes[i] + 256).toString(16).slice(1); }
    return out;
  }
  function answers() {
    var lines = text.head.slice(), answered = 0;
    var items = form.querySelectorAll("[data-item]");
    for (var i = 0; i < items.length; i++) {
      var item = items[i], id = item.getAttribute("data-item");
      var chosen = item.querySelector("input[type=radio]:checked");
      lines.push("  " + id + ":");
      lines.push("    vurdering:" + (chosen ? " " + chosen.value : ""));
      lines.push("    genkender:");
      if (chosen) { answered++; }
      var boxes = item.querySelectorAll("input[type=checkbox]");
      for (var j = 0; j < boxes.length; j++) {
        lines.push("      " + boxes[j].value + ":" + (boxes[j].checked ? " x" : ""));
        if (boxes[j].checked) { answered++; }
      }
    }
    return answered ? lines.join("\\n") + "\\n" : null;
  }
  var clear = form.querySelectorAll("[data-clear]");
  for (var c = 0; c < clear.length; c++) {
    clear[c].addEventListener("click", function (event) {
      var id = event.target.getAttribute("data-clear");
      var item = form.querySelector('[data-item="' + id + '"]');
      var chosen = item.querySelector("input[type=radio]:checked");
      if (chosen) { chosen.checked = false; }
    });
  }
  document.getElementById("gem").addEventListener("click", function () {
    var yaml = answers();
    if (yaml === null) { status.textContent = text.empty; return; }
    var name = text.file.replace("{token}", token());
    // Its own name first: two people who tick the same boxes give two files, not copies.
    var blob = new Blob(["# " + name + "\\n" + yaml], { type: "application/octet-stream" });
    if (window.navigator.msSaveOrOpenBlob) { window.navigator.msSaveOrOpenBlob(blob, name); }
    else {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 60000);
    }
    status.textContent = text.saved.replace("{name}", name);
  });
})();
"""


def page(publication: Publication, form_id: str) -> str:
    """The form as one HTML page: filled in on screen and saved, or printed."""
    title = txt.team_form_title(publication)
    body = [f"<h1>{escape(title)}</h1>"]
    body += [f'<p class="intro">{escape(p)}</p>' for p in txt.team_form_intro(publication)]
    body += [
        f'<p class="screen"><strong>{escape(txt.team_page_how(publication))}</strong></p>',
        f'<p class="paper"><strong>{escape(txt.TEAM_PRINT_HOW)}</strong> '
        f"{escape(txt.team_print_return(publication))}</p>",
        f'<form id="svar" action="#" aria-label="{escape(title)}">',
    ]
    for item in publication.expectations:
        body += _item(publication, item)
    body += [
        "</form>",
        '<div class="save">',
        f"<p>{escape(txt.team_page_save(publication))}</p>",
        f'<p><button type="button" id="gem">{escape(txt.TEAM_PAGE_BUTTON)}</button></p>',
        '<p id="status" role="status" aria-live="polite"></p>',
        f"<noscript><p>{escape(txt.TEAM_PAGE_NOSCRIPT)}</p></noscript>",
        "</div>",
    ]
    source = f"{msg.SOURCE_LABEL}: {publication.source.citation}"
    body.append(f'<p class="source">{escape(source)}<br>{escape(txt.team_print_id(form_id))}</p>')
    body += [
        f'<script type="application/json" id="tekster">{_texts(publication, form_id)}</script>',
    ]
    return html_page(title, body, CSS, SCRIPT)


def _item(publication: Publication, item: Expectation) -> list[str]:
    key = item.id
    out = [
        f'<section class="item" data-item="{key}" aria-labelledby="{key}-h">',
        f'<p class="lead">{escape(item.request.heading)}</p>',
        f'<h2 id="{key}-h">{escape(item.label)}</h2>',
        # A screen reader names each group with the expectation, not only the question.
        f'<fieldset class="rating" aria-labelledby="{key}-h {key}-r">',
        f'<legend id="{key}-r">»{escape(txt.team_statement(publication))}«</legend>',
        '<div class="scale">',
    ]
    for value, label in msg.RATING_LABELS.items():
        out.append(
            f'<label><input type="radio" name="{key}" value="{value}">{escape(label)}</label>'
        )
    out += [
        "</div>",
        f'<button type="button" class="clear" data-clear="{key}">'
        f"{escape(txt.TEAM_PAGE_CLEAR)}</button>",  # a rating chosen by mistake: none again
        "</fieldset>",
    ]
    out.append(f'<fieldset class="recognise" aria-labelledby="{key}-h {key}-s">')
    recognise = escape(txt.team_form_recognise(publication, paper=True))
    out.append(f'<legend id="{key}-s">{recognise}</legend>')
    number = 0
    for section in item.request.sections:
        if not section.positive:
            continue
        out.append(f'<p class="group">{escape(section.heading or "")}</p>')
        for statement in section.items:
            number += 1
            out.append(
                f'<label class="statement"><input type="checkbox" value="{statement.id}">'
                f'<span class="number">{number}.</span><span>{escape(statement.text)}</span>'
                "</label>"
            )
    out += ["</fieldset>", "</section>"]
    return out


def _texts(publication: Publication, form_id: str) -> str:
    """What the script needs, as JSON safe inside a script element."""
    data = {
        "head": [
            f"# {txt.team_form_title(publication)}",
            f"{team_form.FORM}: {team_form.SCHEMA}",
            f"{team_form.PUBLICATION}: {publication.id}",
            f"{team_form.VERSION}: {publication.content_version}",
            f"{team_form.FORM_ID}: {form_id}",
            f"{team_form.ITEMS}:",
        ],
        "file": team_form.answer_filename(publication, form_id),
        "empty": txt.TEAM_PAGE_EMPTY,
        "saved": txt.TEAM_PAGE_SAVED,
    }
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
