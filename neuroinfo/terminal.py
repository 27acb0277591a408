"""Pages drawn for the terminal with Rich.

Every piece of data text goes through `clean()` into a `Text` object, so it is never read
as Rich markup and never carries control characters. Links are printed in full, and are
also clickable (OSC 8) when the output is styled for a terminal."""

import io
import os
import re
import sys
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from neuroinfo.model import Reference
from neuroinfo.pages import (
    FOOTER,
    Block,
    Bullets,
    Citations,
    Line,
    Page,
    Para,
    Rows,
    Stack,
)

STYLES = {
    "": "",
    "bold": "bold",
    "dim": "dim",
    "italic": "italic",
    "quote": "",
    "alert": "bold red",
}
HEADING = "bold cyan"

# C0/C1 controls (tab and newline are handled apart), and the bidirectional overrides
# and isolates that can make text display in an order other than the one it has.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, one_line: bool = False) -> str:
    """Data text made safe to print; `one_line` also folds line breaks and runs of spaces."""
    text = _UNSAFE.sub("", text.replace("\t", " "))
    return re.sub(r"\s+", " ", text) if one_line else text


def styled(stream: TextIO, color: str) -> bool:
    """Whether to style output: --color first, then NO_COLOR, FORCE_COLOR, TERM=dumb, a TTY."""
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") in ("dumb", "unknown"):
        return False
    return stream.isatty()


def make_console(color: str = "auto", stream: TextIO | None = None) -> Console:
    stream = stream or sys.stdout
    on = styled(stream, color)
    return Console(
        file=stream,
        force_terminal=on,
        color_system="standard" if on else None,
        markup=False,
        emoji=False,
        highlight=False,
    )


def show(page: Page, color: str = "auto", stream: TextIO | None = None) -> None:
    """Print a page. Plain output is rendered first so lines carry no trailing padding."""
    stream = stream or sys.stdout
    console = make_console(color, stream)
    if console.is_terminal:
        console.print(render(page), crop=False)
        return
    plain = Console(
        file=io.StringIO(),
        width=console.width,
        color_system=None,
        markup=False,
        emoji=False,
        highlight=False,
    )
    plain.print(render(page), crop=False)
    text = plain.file.getvalue()  # type: ignore[attr-defined]
    stream.write("\n".join(line.rstrip() for line in text.split("\n")))
    stream.flush()


def render(page: Page) -> RenderableType:
    title = Text(clean(page.title, one_line=True), style="bold")
    if page.kind:
        title.append(f"  {page.kind}", style="dim")
    parts: list[RenderableType] = [title, *(_text(line) for line in page.subtitle)]
    for block in page.blocks:
        parts += [Text(""), _block(block)]
    parts += [Text(""), Text(FOOTER, style="dim")]
    return Group(*parts)


def _text(line: Line) -> Text:
    text = Text()
    for span in line:
        style = (
            Style.parse(STYLES.get(span.style, "")) if span.style != "link" else Style(color="blue")
        )
        if span.url:
            style += Style(link=span.url)
        text.append(clean(span.text, one_line=True), style=style)
    return text


def _block(block: Block) -> RenderableType:
    if isinstance(block, Para):
        return Group(*(_text(line) for line in block.lines))
    if isinstance(block, Bullets):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for item in block.items:
            grid.add_row("•", _text(item))
        return grid
    if isinstance(block, Rows):
        return _rows(block)
    if isinstance(block, Citations):
        return _citations(block)
    if isinstance(block, Stack):
        return Group(*(_block(b) for b in block.blocks))
    inner: list[RenderableType] = []
    for index, child in enumerate(block.blocks):
        inner += [Text("")] if index else []
        inner.append(_block(child))
    return Group(Text(block.title, style=HEADING), Padding(Group(*inner), (0, 0, 0, 2)))


def _rows(block: Rows) -> Table:
    table = Table.grid(padding=(0, 2))
    for column in range(len(block.rows[0]) if block.rows else 0):
        table.add_column(no_wrap=column == 0 and len(block.rows[0]) == 2)
    for index, row in enumerate(block.rows):
        if block.spaced and index:
            table.add_row(*([""] * len(row)))
        table.add_row(*(Group(*(_text(line) for line in cell)) for cell in row))
    return table


def citation(ref: Reference, full: bool = False) -> list[Text]:
    """'Authors (year). Title. Journal 14(3):276-281.' then one line per link, never cut short."""
    if ref.authors:
        authors = list(ref.authors) if full else list(ref.authors[:3])
        who = ", ".join(authors)
        if len(ref.authors) > len(authors) or not ref.authors_complete:
            who += ", et al."
    else:
        who = ref.container or ""
    line = Text()
    if who:
        line.append(clean(who, one_line=True))
    if ref.year:
        line.append(f" ({ref.year})")
    if line:
        line.append(". ")
    if ref.title:
        line.append(clean(ref.title, one_line=True).rstrip(".") + ". ", style="italic")
    elif ref.note and not full:
        line.append(clean(ref.note, one_line=True) + " ")
    if ref.authors and ref.container:
        line.append(clean(ref.where, one_line=True) + ". ")
    line.rstrip()
    links = [
        Text.assemble(
            (f"{label} ", "dim"),
            (clean(url, one_line=True), Style(color="blue", link=clean(url, one_line=True))),
            overflow="ignore",
            no_wrap=True,
        )
        for label, url in ref.links
    ]
    return [line, *links]


def _citations(block: Citations) -> Table:
    grid = Table.grid(padding=(0, 1))
    if block.numbered:
        grid.add_column(no_wrap=True, style="dim")
    grid.add_column()
    for number, (ref, extra) in enumerate(block.entries, 1):
        if block.numbered and block.full and number > 1:
            grid.add_row("", "")
        body = Group(*citation(ref, block.full), *(_text(line) for line in extra))
        grid.add_row(f"[{number}]", body) if block.numbered else grid.add_row(body)
    return grid
