"""Pages as Markdown, to paste into notes or a patient handout.

Data text is escaped, so it cannot turn into links, HTML or formatting it did not ask for."""

import re
from urllib.parse import quote

from neuroinfo.forest import draw
from neuroinfo.model import Reference
from neuroinfo.pages import (
    FOOTER,
    Alert,
    Block,
    Bullets,
    Citations,
    Findings,
    Forest,
    Line,
    Page,
    Para,
    Rows,
    Span,
    Stack,
    citation_line,
)
from neuroinfo.safe import clean

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~$])")
# What renderers turn into links on their own (GitHub's autolinks, markdown-it's linkify): a
# scheme's colon and every dot before letters inside a word ("www.", "nhs.uk", "пример.рф")
# are escaped; a decimal point ("0.54") cannot make a link and is left alone. An
# e-mail address, which GitHub links however it is escaped, is set as code instead.
_AUTOLINKS = re.compile(r"(?<=[\w+.-])(:)(?=//)|(?<=\w)(\.)(?=[^\W\d_]{2})")
_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# What makes a line a list item, a rule or a heading underline when it starts one.
_LINE_START = re.compile(r"^(\d+[.)]|[-+=])")
_WRAP = {"bold": "**", "alert": "**", "italic": "*"}
_WRAP |= {f"certainty-{level}": "**" for level in ("high", "moderate", "low", "very-low")}
_WRAP["certainty-insufficient"] = "**"
_WRAP |= {"id": "`", "faint-id": "`", "command": "`"}  # ids are [a-z0-9-]: nothing to escape
# Characters a URL may keep; anything else is percent-encoded, so it cannot end the link.
_URL_SAFE = ":/?#@!$&'()*+,;=%~-._"


def escape(text: str) -> str:
    """Data text as inert Markdown: no formatting, links, maths or HTML of its own."""
    text = clean(text, one_line=True)
    parts, last = [], 0
    for address in _EMAIL.finditer(text):
        parts += [_inert(text[last : address.start()]), f"`{address.group()}`"]
        last = address.end()
    return "".join([*parts, _inert(text[last:])])


def _inert(text: str) -> str:
    return _AUTOLINKS.sub(r"\\\g<0>", _SPECIAL.sub(r"\\\1", text))


def _url(url: str) -> str:
    return quote(clean(url, one_line=True), safe=_URL_SAFE)


def _merged(line: Line) -> list[Span]:
    """Neighbouring spans of one style as one, so '**a** **b**' comes out as '**a b**'."""
    merged: list[Span] = []
    for span in line:
        last = merged[-1] if merged else None
        if last and (last.style == span.style or not span.text.strip()):
            merged[-1] = Span(last.text + span.text, last.style)
        else:
            merged.append(span)
    return merged


def _line(line: Line) -> str:
    out = []
    for span in _merged(line):
        mark = _WRAP.get(span.style, "")
        # A code span shows its text as it is: never escaped, and it holds no backtick.
        text = (
            clean(span.text, one_line=True).replace("`", "'") if mark == "`" else escape(span.text)
        )
        core = text.strip()
        if mark and core:  # keep spaces outside the markers, or Markdown ignores them
            lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}{mark}{core}{mark}{tail}"
        out.append(text)
    text = "".join(out).strip()
    return _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], text)


_URL_IN_TEXT = re.compile(r"https?://[^\s<>]+?(?=[.,;:)]?(?:\s|$))")


def with_links(text: str) -> str:
    """Text that holds URLs (a formatted citation), escaped, with each URL as a link."""
    parts, last = [], 0
    for found in _URL_IN_TEXT.finditer(text):
        parts += [escape(text[last : found.start()]), f"<{_url(found.group())}>"]
        last = found.end()
    return "".join([*parts, escape(text[last:])])


# The number a numbered citation style puts first: "1.", "1", "[1]" or "(1)".
_CITATION_NUMBER = re.compile(r"\A\s*[\[(]?(\d{1,4})[.)\]]?\s+(?=\S)")


def numbered_item(citation: str, position: int) -> str:
    """A formatted citation, the `position`th of its list (from 1), as a Markdown list item:
    numbered styles ("1. Mao JJ ...", "[1] Mao JJ ...") as an ordered list's item, others as
    a bullet (a year first is no number: it is not the citation's place in the list)."""
    number = _CITATION_NUMBER.match(citation)
    if number is None or int(number.group(1)) != position:
        return f"- {with_links(citation)}"
    return f"{number.group(1)}. {with_links(citation[number.end() :])}"


def _citation(ref: Reference, full: bool) -> str:
    links = " · ".join(f"[{label}](<{_url(url)}>)" for label, url in ref.links)
    return " ".join(p for p in (_line(citation_line(ref, full)), links) if p)


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return "" if block.hint else "  \n".join(_line(line) for line in block.lines)
    if isinstance(block, Bullets):
        return "\n".join(f"- {_line(item)}" for item in block.items)
    if isinstance(block, Rows):
        rows = []
        for row in block.rows:
            cells = [" · ".join(t for t in map(_line, cell) if t) for cell in row]
            rows.append("- " + " — ".join(c for c in cells if c))
        return "\n".join(rows)
    if isinstance(block, Citations):
        items = []
        for index, (ref, extra) in enumerate(block.entries):
            text = _citation(ref, block.full)
            text += "".join(f"  \n   {_line(line)}" for line in extra)
            if not block.numbered:
                items.append(text)
            elif block.numbers:  # the bibliography's numbers: a list would renumber them
                items.append(f"- \\[{block.number(index)}\\] {text}")
            else:
                items.append(f"{index + 1}. {text}")
        return "\n".join(items)
    if isinstance(block, Stack):
        return "\n\n".join(part for part in map(_block, block.blocks) if part)
    if isinstance(block, Findings):
        return _findings(block)
    if isinstance(block, Forest):
        drawn = ["\n".join(draw(panel, PLOT_WIDTH)) for panel in block.panels]
        return "\n\n".join(f"```text\n{_fenced(text)}\n```" for text in drawn)
    if isinstance(block, Alert):
        # A quoted block, headed in bold words, so it stands out in any renderer.
        items = ["> " + "  \n> ".join(_line(line) for line in item) for item in block.items]
        return f"> **⚠ {escape(block.title)}**\n>\n" + "\n>\n".join(items)
    body = "\n\n".join(part for part in map(_block, block.blocks) if part)
    return f"## {escape(block.title)}\n\n{body}"


PLOT_WIDTH = 72  # a code block is read in an editor or on a page, not a terminal


def _findings(block: Findings) -> str:
    """A Markdown table, then the footnotes as a list."""
    head = (
        "| # | Outcome | Compared with | Effect (95% CI) | Evidence | Certainty | What it means |"
    )
    rows = [head, "|---|---|---|---|---|---|---|"]
    for row in block.rows:
        notes = f" ({escape(row.notes)})" if row.notes else ""
        cells = (
            str(row.number),
            escape(row.outcome),
            escape(row.comparator),
            escape(row.effect),
            escape(row.evidence),
            f"{escape(row.grade)}{notes}",
            escape(row.statement),
        )
        rows.append("| " + " | ".join(cells) + " |")  # escape() has escaped every "|"
    notes = "\n".join(f"- {escape(note)}" for note in block.footnotes)
    return "\n".join(rows) + (
        f"\n\n*Why certainty was lowered, and other notes:*\n\n{notes}" if notes else ""
    )


def _fenced(text: str) -> str:
    """Text for a fenced code block: data can never close the fence early."""
    return clean(text).replace("```", "` ` `")


def render(page: Page) -> str:
    parts = [f"# {escape(page.title)}"]
    if page.subtitle:
        parts.append("  \n".join(_line(line) for line in page.subtitle))
    parts += [part for part in map(_block, page.blocks) if part]
    parts.append(f"---\n\n*{escape(FOOTER)}*")
    return "\n\n".join(parts) + "\n"
