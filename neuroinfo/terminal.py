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
from rich.table import Table
from rich.text import Text

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
    Stack,
    citation_line,
)
from neuroinfo.safe import clean
from neuroinfo.streams import encoding_of, fold

STYLES = {
    "": "",
    "bold": "bold",
    "dim": "dim",
    "italic": "italic",
    "quote": "",
    "alert": "bold red",
}
HEADING = "bold cyan"
ALERT_STYLE = "bold red"


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


def _console(stream: TextIO, on: bool, width: int | None = None) -> Console:
    return Console(
        file=stream,
        width=width,
        force_terminal=on,
        color_system="standard" if on else None,
        markup=False,
        emoji=False,
        highlight=False,
    )


def show(page: Page, color: str = "auto", stream: TextIO | None = None) -> None:
    """Print a page. Links are drawn after layout, so no width ever cuts one short."""
    stream = stream or sys.stdout
    on = styled(stream, color)
    width = usable_width(_console(stream, on).width)  # the terminal's, else COLUMNS, else 80
    drawing = _Drawing(width, encoding_of(stream))
    layout = _console(io.StringIO(), on, width)
    layout.print(drawing.page(page), crop=False)
    text = _TRAILING.sub(_codes_only, layout.file.getvalue())  # type: ignore[attr-defined]
    stream.write(_TOKEN.sub(lambda m: drawing.link(int(m[1]), on), text))
    stream.flush()


MIN_WIDTH, MAX_WIDTH = 20, 500


def usable_width(width: int) -> int:
    """A width pages can be laid out in: COLUMNS=0 or a tiny window still shows the page
    (folded), and a huge COLUMNS costs no more than a wide screen."""
    return min(max(width, MIN_WIDTH), MAX_WIDTH)


# A link is laid out as this short token and replaced by the whole link afterwards.
# clean() strips private-use characters from data, so data can never forge one.
_TOKEN = re.compile("\ue000(\\d+)\ue001")
# The padding Rich leaves at the end of a line, with any style codes among it. Once a link
# is longer than its token, that padding would push the line past the edge and wrap it.
_TRAILING = re.compile(r"(?:[ ]|\x1b\[[0-9;]*m)+$", re.MULTILINE)


def _codes_only(padding: re.Match[str]) -> str:
    return "".join(re.findall(r"\x1b\[[0-9;]*m", padding[0]))


class _Drawing:
    """Turns a page into Rich renderables, keeping its links aside until after layout."""

    def __init__(self, width: int, encoding: str) -> None:
        self.width = width
        self.encoding = encoding
        self.links: list[tuple[str, str]] = []

    def text(self, line: Line) -> Text:
        """One line of spans; a word too long for the line breaks, and nothing is cut off."""
        text = Text(overflow="fold")
        for span in line:
            text.append(self.plain(span.text), style=STYLES.get(span.style, ""))
        return text

    def plain(self, text: str) -> str:
        """Data text on one line, inert, in characters the output can show."""
        return fold(clean(text, one_line=True), self.encoding)

    def link(self, index: int, styled: bool) -> str:
        label, url = self.links[index]
        if not styled:
            return f"{label} {url}"
        return f"\x1b[2m{label}\x1b[0m \x1b]8;;{url}\x1b\\\x1b[34m{url}\x1b[0m\x1b]8;;\x1b\\"

    def page(self, page: Page) -> RenderableType:
        title = Text(self.plain(page.title), style="bold", overflow="fold")
        if page.kind:
            title.append(f"  {page.kind}", style="dim")
        parts: list[RenderableType] = [title, *(self.text(line) for line in page.subtitle)]
        for block in page.blocks:
            parts += [Text(""), self.block(block)]
        parts += [Text(""), Text(self.plain(FOOTER), style="dim")]
        return Group(*parts)

    def block(self, block: Block) -> RenderableType:
        if isinstance(block, Para):
            return Group(*(self.text(line) for line in block.lines))
        if isinstance(block, Bullets):
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for item in block.items:
                grid.add_row(self.plain("•"), self.text(item))
            return grid
        if isinstance(block, Rows):
            return self.rows(block)
        if isinstance(block, Citations):
            return self.citations(block)
        if isinstance(block, Stack):
            return Group(*(self.block(b) for b in block.blocks))
        if isinstance(block, Alert):
            return self.alert(block)
        inner: list[RenderableType] = []
        for index, child in enumerate(block.blocks):
            inner += [Text("")] if index else []
            inner.append(self.block(child))
        heading = Text(self.plain(block.title), style=HEADING)
        return Group(heading, Padding(Group(*inner), (0, 0, 0, 2)))

    def alert(self, block: Alert) -> RenderableType:
        """Marked in words and symbols as well as colour: '!!' before the heading, '!'
        before each red flag, so it stands out on a terminal without colour too."""
        heading = Text(self.plain(f"!! {block.title.upper()}"), style=ALERT_STYLE)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style=ALERT_STYLE)
        grid.add_column(overflow="fold")
        for index, item in enumerate(block.items):
            if index:
                grid.add_row("", "")
            grid.add_row("!", Group(*(self.text(line) for line in item)))
        return Group(heading, Padding(grid, (0, 0, 0, 1)))

    def citation(self, ref: Reference, full: bool = False) -> list[Text]:
        """The citation, then one line per link."""
        tokens = []
        for label, url in ref.links:
            self.links.append((label, clean(url, one_line=True)))
            tokens.append(Text(f"\ue000{len(self.links) - 1}\ue001"))
        return [self.text(citation_line(ref, full)), *tokens]

    def citations(self, block: Citations) -> Table:
        grid = Table.grid(padding=(0, 1))
        if block.numbered:
            grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for number, (ref, extra) in enumerate(block.entries, 1):
            if block.numbered and block.full and number > 1:
                grid.add_row("", "")
            body = Group(*self.citation(ref, block.full), *(self.text(line) for line in extra))
            grid.add_row(f"[{number}]", body) if block.numbered else grid.add_row(body)
        return grid

    def rows(self, block: Rows) -> Table:
        """Columns of ids stay on one line while they need at most half the width; on a
        narrower terminal they fold, so that the other columns keep room to be read."""
        table = Table.grid(padding=(0, 2))
        for column in range(len(block.rows[0]) if block.rows else 0):
            needs = max(self.text(line).cell_len for row in block.rows for line in row[column])
            fits = column in block.whole and needs <= self.width // 2
            table.add_column(overflow="fold", no_wrap=fits)
        for index, row in enumerate(block.rows):
            if block.spaced and index:
                table.add_row(*([""] * len(row)))
            table.add_row(*(Group(*(self.text(line) for line in cell)) for cell in row))
        return table
