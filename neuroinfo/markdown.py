"""Pages as Markdown, to paste into notes or a patient handout.

Data text is escaped, so it cannot turn into links, HTML or formatting it did not ask for."""

import re
from urllib.parse import quote

from neuroinfo.model import Reference
from neuroinfo.pages import (
    FOOTER,
    Alert,
    Block,
    Bullets,
    Citations,
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
# scheme's colon and every dot inside a word ("www.", "nhs.uk", "пример.рф") are escaped. An
# e-mail address, which GitHub links however it is escaped, is set as code instead.
_AUTOLINKS = re.compile(r"(?<=[\w+.-])(:)(?=//)|(?<=\w)(\.)(?=\w{2})")
_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# What makes a line a list item, a rule or a heading underline when it starts one.
_LINE_START = re.compile(r"^(\d+[.)]|[-+=])")
_WRAP = {"bold": "**", "alert": "**", "italic": "*"}
_WRAP |= {f"certainty-{level}": "**" for level in ("high", "moderate", "low", "very-low")}
_WRAP["certainty-insufficient"] = "**"
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
        text = escape(span.text)
        mark = _WRAP.get(span.style, "")
        core = text.strip()
        if mark and core:  # keep spaces outside the markers, or Markdown ignores them
            lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}{mark}{core}{mark}{tail}"
        out.append(text)
    text = "".join(out).strip()
    return _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], text)


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
            cells = [" ".join(_line(line) for line in cell) for cell in row]
            rows.append("- " + " — ".join(c for c in cells if c))
        return "\n".join(rows)
    if isinstance(block, Citations):
        items = []
        for number, (ref, extra) in enumerate(block.entries, 1):
            text = _citation(ref, block.full)
            text += "".join(f"  \n   {_line(line)}" for line in extra)
            items.append(f"{number}. {text}" if block.numbered else text)
        return "\n".join(items)
    if isinstance(block, Stack):
        return "\n\n".join(part for part in map(_block, block.blocks) if part)
    if isinstance(block, Alert):
        # A quoted block, headed in bold words, so it stands out in any renderer.
        items = ["> " + "  \n> ".join(_line(line) for line in item) for item in block.items]
        return f"> **⚠ {escape(block.title)}**\n>\n" + "\n>\n".join(items)
    body = "\n\n".join(part for part in map(_block, block.blocks) if part)
    return f"## {escape(block.title)}\n\n{body}"


def render(page: Page) -> str:
    parts = [f"# {escape(page.title)}"]
    if page.subtitle:
        parts.append("  \n".join(_line(line) for line in page.subtitle))
    parts += [part for part in map(_block, page.blocks) if part]
    parts.append(f"---\n\n*{escape(FOOTER)}*")
    return "\n\n".join(parts) + "\n"
