"""Pages drawn for the terminal with Rich.

Every piece of data text goes through `clean()` into a `Text` object, so it is never read
as Rich markup and never carries control characters. Links are printed in full, and are
also clickable (OSC 8) when the output is styled for a terminal."""

import io
import os
import re
import sys
from typing import TextIO

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from neuroinfo import forest
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
from neuroinfo.streams import encoding_of, fold

STYLES = {
    "": "",
    "bold": "bold",
    "dim": "dim",
    "italic": "italic",
    "quote": "",
    "alert": "bold red",
    "id": "bold",
    "faint-id": "dim",
    "command": "dim",
    "certainty-high": "bold green",
    "certainty-moderate": "bold blue",
    "certainty-low": "bold yellow",
    "certainty-very-low": "bold red",
    "certainty-insufficient": "bold magenta",
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
    """Print a page, through a pager when it is longer than the terminal. Links and
    commands are drawn after layout, so no width ever cuts one short or wraps it."""
    stream = stream or sys.stdout
    on = styled(stream, color)
    console = _console(stream, on)
    width = min(usable_width(console.width), MEASURE)  # the terminal's, else COLUMNS, else 80
    drawing = _Drawing(width, encoding_of(stream))
    layout = _console(io.StringIO(), on, width)
    layout.print(drawing.page(page), crop=False)
    text = _TRAILING.sub(_codes_only, layout.file.getvalue())  # type: ignore[attr-defined]
    text = _TOKEN.sub(lambda m: drawing.token(int(m[1]), on), text).replace(_KEEP, " ")
    if not (stream.isatty() and text.count("\n") >= console.height and _page(text, stream)):
        stream.write(text)
    stream.flush()


def pager() -> str | None:
    """The pager to use on a terminal: $NEUROINFO_PAGER (empty for none), else $PAGER, else
    less, told to quit at once if the page fits (-F), keep colours (-R) and leave the page
    on the screen (-X), as git does."""
    chosen = os.environ.get("NEUROINFO_PAGER", os.environ.get("PAGER"))
    if chosen is None:
        chosen = "less -FRX"
    return chosen.strip() or None


def _page(text: str, stream: TextIO) -> bool:
    """Show `text` through the pager; False if there is none or it cannot start."""
    import subprocess

    command = pager()
    if command is None:
        return False
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        child = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    try:
        assert child.stdin is not None
        child.stdin.write(text.encode(encoding_of(stream), "replace"))
        child.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early: that is fine
        pass
    # A pager the shell could not find or run (126, 127) showed nothing: print the page.
    return child.wait() not in (126, 127)


MIN_WIDTH, MAX_WIDTH = 20, 500
MEASURE = 100  # the widest a page is laid out: prose stays readable on a wide terminal


def usable_width(width: int) -> int:
    """A width pages can be laid out in: COLUMNS=0 or a tiny window still shows the page
    (folded), and a huge COLUMNS costs no more than a wide screen."""
    return min(max(width, MIN_WIDTH), MAX_WIDTH)


# A link or a command is laid out as this short token and replaced whole afterwards.
# clean() strips private-use characters from data, so data can never forge one.
_TOKEN = re.compile("\ue000(\\d+)\ue001")
# Stands for a space inside an id or command while Rich lays out the page, so that Rich
# never breaks a line there; it is turned back into a space afterwards.
_KEEP = "\ue002"
# Styles of text that is never broken across lines, with how a token prints it.
KEPT = {"id": "\x1b[1m", "faint-id": "\x1b[2m", "command": "\x1b[2m"}
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
        self.tokens: list[tuple[str, str, str]] = []  # (kind, text, url)

    def text(self, line: Line) -> Text:
        """One line of spans; a word too long for the line breaks, and nothing is cut off."""
        text = Text(overflow="fold")
        for span in line:
            shown = span.text if span.text.isspace() else self.plain(span.text)
            text.append(shown, style=STYLES.get(span.style, ""))
        return text

    def plain(self, text: str) -> str:
        """Data text on one line, inert, in characters the output can show."""
        return fold(clean(text, one_line=True), self.encoding)

    def token(self, index: int, styled: bool) -> str:
        """The link, id or command a token stands for, printed whole."""
        kind, label, url = self.tokens[index]
        if kind == "kept":  # `url` holds its style
            return f"{KEPT[url]}{label}\x1b[0m" if styled else label
        if not styled:
            return f"{label} {url}"
        return f"\x1b[2m{label}\x1b[0m \x1b]8;;{url}\x1b\\\x1b[34m{url}\x1b[0m\x1b]8;;\x1b\\"

    def hold(self, kind: str, text: str, url: str = "") -> Text:
        """A short token for a link or for text too wide for its line, replaced after
        layout by the whole of it."""
        self.tokens.append((kind, text, url))
        return Text(f"\ue000{len(self.tokens) - 1}\ue001")

    def line(self, line: Line) -> RenderableType:
        """Like `text`, but an id or command in it is never broken (see _Whole)."""
        kept = [self.plain(span.text) for span in line if span.style in KEPT]
        if not kept:
            return self.text(line)
        whole, token = Text(overflow="fold"), Text(overflow="fold")
        for span in line:
            text = span.text if span.text.isspace() else self.plain(span.text)
            style = STYLES.get(span.style, "")
            if span.style in KEPT:  # on a line of its own when it is too wide for any
                whole.append(text.replace(" ", _KEEP), style=style)
                token.append("\n" if token.plain.strip() else "")
                token.append_text(self.hold("kept", text, span.style))
                token.append("\n")
            else:
                whole.append(text, style=style)
                token.append(text.lstrip() if token.plain.endswith("\n") else text, style=style)
        token.rstrip()
        return _Whole(whole, token, max(len(text) for text in kept))

    def hint(self, block: Para) -> RenderableType:
        """A hint such as 'Open one with: neuroinfo symptom NAME': the command after the
        colon is kept whole."""
        text = "".join(span.text for line in block.lines for span in line)
        label, colon, command = text.partition(": ")
        if not colon or not command.startswith("neuroinfo "):
            return Group(*(self.text(line) for line in block.lines))
        command, space, note = command.partition(" (")  # "... NAME (a name, alias or id)"
        return self.line(
            (Span(label + ": ", "dim"), Span(command, "command"), Span(space + note, "dim"))
        )

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
            if block.hint:
                return self.hint(block)
            return Group(*(self.line(line) for line in block.lines))
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
        if isinstance(block, Findings):
            return self.findings(block)
        if isinstance(block, Forest):
            marks = forest.marks_for(self.encoding)
            plots: list[RenderableType] = []
            for index, panel in enumerate(block.panels):
                plots += [Text("")] if index else []
                plots.append(_Plot(panel, marks))
            return Group(*plots)
        inner: list[RenderableType] = []
        for index, child in enumerate(block.blocks):
            inner += [Text("")] if index else []
            inner.append(self.block(child))
        heading = Text(self.plain(block.title), style=HEADING)
        return Group(heading, Padding(Group(*inner), (0, 0, 0, 2)))

    def findings(self, block: Findings) -> RenderableType:
        """Each row as a numbered entry (the plot uses the same numbers): the outcome and
        comparator, the effect and its evidence, then the certainty and what it means; the
        reasons certainty was lowered follow as footnotes."""
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for index, row in enumerate(block.rows):
            if index:
                grid.add_row("", "")
            lines = (
                (Span(row.outcome, "bold"), Span(f" · against {row.comparator}", "dim")),
                (Span(row.effect), Span(f" · {row.evidence}", "dim")),
                (
                    Span(row.grade, f"certainty-{row.certainty}"),
                    Span(" · ", "dim"),
                    Span(row.statement),
                    Span(f" ({row.notes})" if row.notes else "", "dim"),
                ),
            )
            grid.add_row(f"[{row.number}]", Group(*(self.text(line) for line in lines)))
        if not block.footnotes:
            return grid
        notes = Table.grid(padding=(0, 1))
        notes.add_column(no_wrap=True, style="dim")
        notes.add_column(overflow="fold")
        for note in block.footnotes:
            letter, _, reason = note.partition(". ")
            notes.add_row(f"{letter}.", self.text((Span(reason, "dim"),)))
        heading = self.text((Span("Why certainty was lowered, and other notes:", "dim"),))
        return Group(grid, Text(""), heading, notes)

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
        tokens = [self.hold("link", label, clean(url, one_line=True)) for label, url in ref.links]
        return [self.text(citation_line(ref, full)), *tokens]

    def citations(self, block: Citations) -> Table:
        grid = Table.grid(padding=(0, 1))
        if block.numbered:
            grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for index, (ref, extra) in enumerate(block.entries):
            number = block.number(index)
            if block.numbered and block.full and index:
                grid.add_row("", "")
            body = Group(*self.citation(ref, block.full), *(self.line(line) for line in extra))
            grid.add_row(f"[{number}]", body) if block.numbered else grid.add_row(body)
        return grid

    def rows(self, block: Rows) -> RenderableType:
        """A list in columns. Columns of ids and codes never break (they are there to be
        copied); when they leave too little room for the text beside them, each row is
        stacked instead: its first cell, then the others indented under it."""
        if not block.rows:
            return Text("")
        count = len(block.rows[0])
        needs = [
            max(self.text(line).cell_len for row in block.rows for line in row[column])
            for column in range(count)
        ]
        fixed = sum(needs[c] for c in range(count) if c in block.whole or c == 0)
        prose = count - len([c for c in range(count) if c in block.whole or c == 0])
        if fixed + 2 * (count - 1) + MIN_PROSE * prose > self.width:
            return self.stacked(block)
        table = Table.grid(padding=(0, 2))
        for column in range(count):
            whole = column in block.whole
            table.add_column(
                overflow="fold", no_wrap=whole, min_width=needs[column] if whole else None
            )
        for index, row in enumerate(block.rows):
            if block.spaced and index:
                table.add_row(*([""] * len(row)))
            table.add_row(*(Group(*(self.line(line) for line in cell)) for cell in row))
        return table

    def stacked(self, block: Rows) -> RenderableType:
        """Each row as lines: its first cell with its ids beside it when the line has room,
        then the rest indented under it."""
        parts: list[RenderableType] = []
        for index, row in enumerate(block.rows):
            if index and block.spaced:
                parts.append(Text(""))
            ids = [line for column in block.whole if column for line in row[column]]
            rest = [
                line
                for column in range(1, len(row))
                if column not in block.whole
                for line in row[column]
            ]
            if not ids and rest and all(span.style in KEPT for span in rest[0]):
                ids, rest = rest[:1], rest[1:]  # an id that leads the next cell
            head = list(row[0])
            if len(head) == 1 and ids:
                joined = (*head[0], Span("  ", ""), *ids[0])
                if self.text(joined).cell_len <= self.width:
                    head, ids = [joined], ids[1:]
            parts += [self.line(line) for line in head]
            parts += [Padding(self.line(line), (0, 0, 0, 2)) for line in (*ids, *rest)]
        return Group(*parts)


MIN_PROSE = 24  # the fewest columns a column of text beside ids is given before rows stack


class _Plot:
    """A forest plot panel, drawn for the width it is given, never wrapped."""

    def __init__(self, panel: forest.Panel, marks: forest.Marks) -> None:
        self.panel, self.marks = panel, marks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in forest.draw(self.panel, options.max_width, self.marks):
            yield Text(line, no_wrap=True, overflow="ignore")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(forest.MIN_PLOT, options.max_width)


class _Whole:
    """A line with an id or command in it that must never be broken. Where the line has
    room for the longest of them, it is laid out as one word (`whole`); where it has not,
    it is laid out as a short token (`token`) and printed whole past the edge, as links are.
    Which one is chosen at drawing time, when the room the line really has is known."""

    def __init__(self, whole: Text, token: Text, longest: int) -> None:
        self.whole, self.token, self.longest = whole, token, longest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.whole if options.max_width >= self.longest else self.token

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.whole)
