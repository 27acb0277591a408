"""Pages as Markdown, to paste into notes or a patient handout.

Data text is escaped, so it cannot turn into links, HTML or formatting it did not ask for."""

import re

from neuroinfo.pages import (
    FOOTER,
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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_WRAP = {"bold": "**", "alert": "**", "italic": "*"}


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", clean(text, one_line=True))


def _merged(line: Line) -> list[Span]:
    """Neighbouring spans of one style as one, so '**a** **b**' comes out as '**a b**'."""
    merged: list[Span] = []
    for span in line:
        last = merged[-1] if merged else None
        if (
            last
            and not span.url
            and not last.url
            and (last.style == span.style or not span.text.strip())
        ):
            merged[-1] = Span(last.text + span.text, last.style)
        else:
            merged.append(span)
    return merged


def _line(line: Line) -> str:
    out = []
    for span in _merged(line):
        text = escape(span.text)
        if span.url:
            out.append(f"[{text}](<{clean(span.url, one_line=True)}>)")
            continue
        mark = _WRAP.get(span.style, "")
        core = text.strip()
        if mark and core:  # keep spaces outside the markers, or Markdown ignores them
            lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}{mark}{core}{mark}{tail}"
        out.append(text)
    return "".join(out).strip()


def _citation(ref: object, full: bool) -> str:
    links = " · ".join(f"[{label}](<{url}>)" for label, url in ref.links)  # type: ignore[attr-defined]
    return " ".join(p for p in (_line(citation_line(ref, full)), links) if p)  # type: ignore[arg-type]


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
    body = "\n\n".join(part for part in map(_block, block.blocks) if part)
    return f"## {escape(block.title)}\n\n{body}"


def render(page: Page) -> str:
    parts = [f"# {escape(page.title)}"]
    if page.subtitle:
        parts.append("  \n".join(_line(line) for line in page.subtitle))
    parts += [part for part in map(_block, page.blocks) if part]
    parts.append(f"---\n\n*{escape(FOOTER)}*")
    return "\n\n".join(parts) + "\n"
