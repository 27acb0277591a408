"""A page laid out in lines of styled text for a given width: the one layout that both
piped text and styled terminal output print, so the two can never disagree.

Words wrap greedily; a word longer than its line is folded, never cut. Ids and commands are
never broken: one too wide for its line stands on a line of its own, whole, as links do.
Every piece of data text goes through `clean()` (no control characters, one line) and is
folded to the characters the output can show."""

import re
import unicodedata

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
from neuroinfo.streams import fold

Segment = tuple[str, str]  # (text, style); style "link:URL" is a link printed whole
Printed = list[Segment]  # one printed line

# Styles of text that is never broken across lines.
KEPT = frozenset({"id", "faint-id", "command"})
HEADING = "heading"
MIN_PROSE = 24  # the fewest columns text beside ids is given before rows stack
# Stands for a space inside an id or command while a line is wrapped: private use, which
# clean() strips from data, so data can never forge one.
_KEEP = "\ue002"
_WORDS = re.compile(r"\s*\S+\s*")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def cell_len(text: str) -> int:
    """Columns a text takes on a terminal: wide East Asian characters take two, combining
    marks none; each ASCII character one (only the others are looked up, one by one)."""
    if text.isascii():
        return len(text)
    others = _NON_ASCII.findall(text)
    total = len(text) - len(others)
    for char in others:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def _chop(text: str, width: int) -> list[str]:
    """A word in pieces of at most `width` columns."""
    pieces, current, used = [], "", 0
    for char in text:
        size = cell_len(char)
        if used + size > width and current:
            pieces.append(current)
            current, used = "", 0
        current += char
        used += size
    return [*pieces, current] if current else pieces


def _kept_whole(first: int, kept: list[tuple[int, int]]) -> bool:
    """Whether the word starting at `first` is in an id or command, never to be broken."""
    return any(a <= first < b for a, b in kept)


class Layout:
    """Pages as printed lines at one width, for one output encoding."""

    def __init__(self, width: int, encoding: str) -> None:
        self.width = width
        self.encoding = encoding

    def plain(self, text: str) -> str:
        """Data text on one line, inert, in characters the output can show."""
        return fold(clean(text, one_line=True), self.encoding)

    # ------------------------------------------------------------ lines

    def wrap(self, line: Line, width: int) -> list[Printed]:
        """One line of spans wrapped at `width`. An id or command wider than the line goes
        on a line of its own, whole; any other word that long is folded."""
        text, runs = "", []  # runs: (start, end, style)
        for span in line:
            shown = span.text if span.text.isspace() else self.plain(span.text)
            if span.style in KEPT:
                shown = shown.replace(" ", _KEEP)
            if shown:
                runs.append((len(text), len(text) + len(shown), span.style))
                text += shown
        if not text:
            return [[]]
        width = max(width, 1)
        # each character of an ASCII line takes one column: its words are measured by length
        columns = len if text.isascii() else cell_len
        if columns(text) <= width:  # the common case: it fits
            return [self._segments(text, runs, 0, len(text))]
        kept = [(a, b) for a, b, style in runs if style in KEPT]
        breaks: list[int] = []
        position = 0
        for word in _WORDS.finditer(text):
            start, group = word.start(), word.group()
            core = group.rstrip()
            size = columns(core)
            if size <= width - position:
                position += columns(group)
            elif size > width and _kept_whole(start + len(group) - len(group.lstrip()), kept):
                if start:
                    breaks.append(start)
                if start + len(group) < len(text):
                    breaks.append(start + len(group))
                position = 0
            elif size > width:
                offset = start
                pieces = _chop(group, width)
                for index, piece in enumerate(pieces):
                    if offset:
                        breaks.append(offset)
                    if index == len(pieces) - 1:
                        position = columns(piece)
                    offset += len(piece)
            else:
                breaks.append(start)
                position = columns(group)
        return [
            self._segments(text, runs, begin, end)
            for begin, end in zip([0, *breaks], [*breaks, len(text)], strict=True)
        ]

    def _segments(
        self, text: str, runs: list[tuple[int, int, str]], begin: int, end: int
    ) -> Printed:
        """text[begin:end] as runs of one style, without the white space at either end."""
        while end > begin and text[end - 1].isspace():
            end -= 1
        while begin < end and text[begin].isspace():
            begin += 1
        out: Printed = []
        for start, stop, style in runs:
            part = text[max(start, begin) : min(stop, end)]
            if not part:
                continue
            part = part.replace(_KEEP, " ")
            if out and out[-1][1] == style:
                out[-1] = (out[-1][0] + part, style)
            else:
                out.append((part, style))
        return out

    def lines(self, lines: tuple[Line, ...], width: int) -> list[Printed]:
        return [printed for line in lines for printed in self.wrap(line, width)]

    # ------------------------------------------------------------ pages and blocks

    def page(self, page: Page) -> list[Printed]:
        kind = (Span("  ", "dim"), Span(page.kind, "dim")) if page.kind else ()
        title = (Span(page.title, "bold"), *kind)
        out = self.wrap(title, self.width)
        out += self.lines(page.subtitle, self.width)
        for block in page.blocks:
            out += [[], *self.block(block, self.width)]
        out += [[], *self.wrap((Span(FOOTER, "dim"),), self.width)]
        return out

    def block(self, block: Block, width: int) -> list[Printed]:
        if isinstance(block, Para):
            return self.hint(block, width) if block.hint else self.lines(block.lines, width)
        if isinstance(block, Bullets):
            return self.grid([([(self.plain("•"), "")], (item,)) for item in block.items], width)
        if isinstance(block, Rows):
            return self.rows(block, width)
        if isinstance(block, Citations):
            return self.citations(block, width)
        if isinstance(block, Stack):
            return [line for child in block.blocks for line in self.block(child, width)]
        if isinstance(block, Alert):
            return self.alert(block, width)
        if isinstance(block, Findings):
            return self.findings(block, width)
        if isinstance(block, Forest):
            return self.forest(block, width)
        inner: list[Printed] = []
        for index, child in enumerate(block.blocks):
            inner += [[]] if index else []
            inner += self.block(child, width - 2)
        return [*self.wrap((Span(block.title, HEADING),), width), *_indented(inner, 2)]

    def hint(self, block: Para, width: int) -> list[Printed]:
        """A hint such as 'Open one with: neuroinfo symptom NAME': the command after the
        colon is kept whole."""
        text = "".join(span.text for line in block.lines for span in line)
        label, colon, command = text.partition(": ")
        if not colon or not command.startswith("neuroinfo "):
            return self.lines(block.lines, width)
        command, space, note = command.partition(" (")  # "... NAME (a name, alias or id)"
        spans = (Span(label + ": ", "dim"), Span(command, "command"), Span(space + note, "dim"))
        return self.wrap(spans, width)

    def grid(
        self, rows: list[tuple[Printed, tuple[Line, ...]]], width: int, spaced: bool = False
    ) -> list[Printed]:
        """A label column and a text column beside it, one space apart."""
        if not rows:
            return []
        label_width = max(_width(label) for label, _ in rows)
        out: list[Printed] = []
        for index, (label, body) in enumerate(rows):
            out += [[]] if spaced and index else []
            lines = self.lines(body, width - label_width - 1) or [[]]
            for number, line in enumerate(lines):
                left = label if number == 0 else []
                pad = " " * (label_width - _width(left) + 1)
                out.append([*left, (pad, ""), *line] if line else list(left))
        return out

    def alert(self, block: Alert, width: int) -> list[Printed]:
        """Marked in words and symbols as well as colour: '!!' before the heading, '!'
        before each red flag, so it stands out on a terminal without colour too."""
        heading = self.wrap((Span(f"!! {block.title.upper()}", "alert"),), width)
        rows = [([("!", "alert")], item) for item in block.items]
        return [*heading, *_indented(self.grid(rows, width - 1, spaced=True), 1)]

    def citations(self, block: Citations, width: int) -> list[Printed]:
        out: list[Printed] = []
        labels = [f"[{block.number(i)}]" for i in range(len(block.entries))]
        label_width = max(map(len, labels), default=0) if block.numbered else -1
        for index, (ref, extra) in enumerate(block.entries):
            if block.numbered and block.full and index:
                out.append([])
            body_width = width - label_width - 1
            body = self.wrap(citation_line(ref, block.full), body_width)
            body += [self._link(label, url) for label, url in ref.links]
            body += self.lines(extra, body_width)
            for number, line in enumerate(body):
                if not block.numbered:
                    out.append(line)
                    continue
                left: Printed = [(labels[index], "dim")] if number == 0 else []
                pad = " " * (label_width - _width(left) + 1)
                out.append([*left, (pad, ""), *line] if line else left)
        return out

    def _link(self, label: str, url: str) -> Printed:
        return [(label, "dim"), (" ", ""), (clean(url, one_line=True), f"link:{url}")]

    def findings(self, block: Findings, width: int) -> list[Printed]:
        """Each row numbered as in the forest plot; the reasons follow as footnotes."""
        rows = []
        for row in block.rows:
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
            rows.append(([(f"[{row.number}]", "dim")], lines))
        out = self.grid(rows, width, spaced=True)
        if block.footnotes:
            notes = []
            for note in block.footnotes:
                letter, _, reason = note.partition(". ")
                notes.append(([(f"{letter}.", "dim")], ((Span(reason, "dim"),),)))
            heading = self.wrap(
                (Span("Why certainty was lowered, and other notes:", "dim"),), width
            )
            out += [[], *heading, *self.grid(notes, width)]
        return out

    def forest(self, block: Forest, width: int) -> list[Printed]:
        from neuroinfo.forest import draw, marks_for  # only a claim's page has a forest plot

        marks = marks_for(self.encoding)
        out: list[Printed] = []
        for index, panel in enumerate(block.panels):
            out += [[]] if index else []
            out += [[(line, "")] if line else [] for line in draw(panel, width, marks)]
        return out

    # ------------------------------------------------------------ rows

    def rows(self, block: Rows, width: int) -> list[Printed]:
        """A list in columns. Columns of ids and codes never break (they are there to be
        copied); when they leave too little room for the text beside them, each row is
        stacked instead: its first cell, then the others indented under it."""
        if not block.rows:
            return [[]]
        count = len(block.rows[0])
        needs = [
            max(_width(p) for row in block.rows for line in row[c] for p in self.wrap(line, 10**6))
            for c in range(count)
        ]
        # The widest id or command in each column: no column is made narrower.
        kept = [
            max(
                (
                    cell_len(self.plain(s.text))
                    for row in block.rows
                    for line in row[c]
                    for s in line
                    if s.style in KEPT
                ),
                default=1,
            )
            for c in range(count)
        ]
        fixed = [c == 0 or c in block.whole for c in range(count)]
        least = sum(
            n if f else max(MIN_PROSE, k) for n, k, f in zip(needs, kept, fixed, strict=True)
        )
        if least + 2 * (count - 1) > width:
            return self.stacked(block, width)
        wrapable = [c not in block.whole for c in range(count)]  # the first column may wrap
        widths = _collapse(needs, wrapable, width - 2 * (count - 1), kept)
        out: list[Printed] = []
        for index, row in enumerate(block.rows):
            out += [[]] if block.spaced and index else []
            cells = [self.lines(cell, widths[c]) or [[]] for c, cell in enumerate(row)]
            for number in range(max(map(len, cells))):
                printed: Printed = []
                for c, cell in enumerate(cells):
                    part = cell[number] if number < len(cell) else []
                    if c:
                        printed.append(("  ", ""))
                    printed += part
                    if c < count - 1:
                        printed.append((" " * max(0, widths[c] - _width(part)), ""))
                out.append(_trimmed(printed))
        return out

    def stacked(self, block: Rows, width: int) -> list[Printed]:
        """Each row as lines: its first cell with its ids beside it when the line has room,
        then the rest indented under it."""
        out: list[Printed] = []
        for index, row in enumerate(block.rows):
            if index and block.spaced:
                out.append([])
            ids = [line for column in block.whole if column for line in row[column]]
            rest = [line for c in range(1, len(row)) if c not in block.whole for line in row[c]]
            if not ids and rest and all(span.style in KEPT for span in rest[0]):
                ids, rest = rest[:1], rest[1:]  # an id that leads the next cell
            head = list(row[0])
            if len(head) == 1 and ids:
                joined = (*head[0], Span("  ", ""), *ids[0])
                if _width(self.wrap(joined, 10**6)[0]) <= width:
                    head, ids = [joined], ids[1:]
            out += self.lines(tuple(head), width)
            out += _indented(self.lines((*ids, *rest), width - 2), 2)
        return out


def _width(line: Printed) -> int:
    return sum(cell_len(text) for text, _ in line)


def _indented(lines: list[Printed], by: int) -> list[Printed]:
    return [[(" " * by, ""), *line] if line else [] for line in lines]


def _trimmed(line: Printed) -> Printed:
    """The line without the spaces that pad its last cell."""
    while line and not line[-1][0].strip():
        line = line[:-1]
    return line


def _collapse(widths: list[int], wrapable: list[bool], total: int, least: list[int]) -> list[int]:
    """Column widths that fit `total`: the widest column that may wrap gives way first,
    down to the next widest, and so on (Rich's rule for tables, kept as it was), but never
    below `least` (the widest id it holds)."""
    widths = list(widths)
    excess = sum(widths) - total
    while excess > 0:
        wrapable = [may and w > low for w, may, low in zip(widths, wrapable, least, strict=True)]
        open_widths = [w for w, may in zip(widths, wrapable, strict=True) if may]
        if not open_widths:
            break
        widest = max(open_widths)
        second = max((w for w in open_widths if w != widest), default=0)
        step = min(excess, widest - second)
        ties = [i for i, w in enumerate(widths) if wrapable[i] and w == widest]
        if step <= 0 or widest <= 1:
            break
        for position, i in enumerate(ties):
            share = min(round(step / (len(ties) - position)), widths[i] - least[i])
            widths[i] -= share
            step -= share
            excess -= share
    return widths


__all__ = ["Layout", "Printed", "Reference", "cell_len"]
