"""A forest plot in text: one line per result, its estimate as a marker and its 95%
interval as a bar on a scale shared by the panel, the line of no effect drawn through.

Pure layout: the rows go in with their numbers, lines of text come out for a given width,
in box-drawing characters or, where the output cannot show them, plain ASCII."""

import math

from neuroinfo.frozen import as_dict, record


@record
class PlotRow:
    label: str  # "[3]": the row's number in the summary-of-findings table
    estimate: float
    interval: tuple[float, float] | None
    text: str  # the figures as printed: "-0.54 (-0.95 to -0.13)", or "1.3 (no interval)"


@record
class Panel:
    """Rows that share one scale: one measure, one direction of benefit."""

    title: str
    ratio: bool  # drawn on a log scale around 1; otherwise around 0
    better: str  # "lower" or "higher": the side that favours acupuncture
    groups: tuple[tuple[str, tuple[PlotRow, ...]], ...]  # (comparator, rows)
    low_text: str  # the panel's lowest and highest figures, as printed
    high_text: str


@record
class Marks:
    bar: str
    marker: str
    null: str
    cross: str
    axis: str
    tick: str
    left: str
    right: str


UNICODE = Marks("─", "■", "│", "┼", "─", "┴", "◀", "▶")
ASCII = Marks("-", "#", "|", "+", "-", "+", "<", ">")
MIN_PLOT = 12  # the narrowest plot area drawn


def marks_for(encoding: str) -> Marks:
    """Box-drawing characters where the output can show them, else ASCII."""
    try:
        "".join(as_dict(UNICODE).values()).encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return ASCII
    return UNICODE


def draw(panel: Panel, width: int, marks: Marks = UNICODE) -> list[str]:
    """The panel as lines of at most `width` characters (MIN_PLOT sets a floor). The
    figures follow each bar, or go on a line of their own where there is no room."""
    rows = [row for _, group in panel.groups for row in group]
    label_width = max(len(row.label) for row in rows)
    text_width = max(len(row.text) for row in rows)
    beside = width - label_width - text_width - 2 >= MIN_PLOT
    room = width - label_width - 1 - (text_width + 1 if beside else 0)
    plot_width = max(MIN_PLOT, room)
    import textwrap  # only when a plot is drawn

    scale = _Scale(panel, rows, plot_width)
    lines = textwrap.wrap(panel.title, max(width, MIN_PLOT), break_on_hyphens=False)
    lines += _direction(panel, label_width + 1, max(plot_width, width - label_width - 1), marks)
    for comparator, group in panel.groups:
        lines += textwrap.wrap(f"Against {comparator}", max(width, MIN_PLOT))
        for row in group:
            plot = scale.row(row, marks)
            if beside:
                lines.append(f"{row.label:>{label_width}} {plot} {row.text}".rstrip())
            else:
                lines.append(f"{row.label:>{label_width}} {plot}".rstrip())
                lines.append(" " * (label_width + 1) + row.text)
    axis = [marks.axis] * plot_width
    axis[scale.null] = marks.tick
    lines.append(" " * (label_width + 1) + "".join(axis))
    lines.append(" " * (label_width + 1) + scale.ticks(panel))
    return lines


class _Scale:
    """Where a value falls on the plot: linear around 0, logarithmic around 1 for ratios."""

    def __init__(self, panel: Panel, rows: list[PlotRow], width: int) -> None:
        self.ratio = panel.ratio
        values = [v for row in rows for v in (row.estimate, *(row.interval or ()))]
        null = 1.0 if panel.ratio else 0.0
        self.low = self._t(min(*values, null))
        self.high = self._t(max(*values, null))
        self.width = width
        self.null = self.at(null)

    def _t(self, value: float) -> float:
        return math.log(value) if self.ratio else value

    def at(self, value: float) -> int:
        """The column of `value`, 0 to width - 1."""
        span = self.high - self.low or 1.0
        return round((self._t(value) - self.low) / span * (self.width - 1))

    def row(self, row: PlotRow, marks: Marks) -> str:
        cells = [" "] * self.width
        cells[self.null] = marks.null
        if row.interval is not None:
            start, end = self.at(row.interval[0]), self.at(row.interval[1])
            for column in range(start, end + 1):
                cells[column] = marks.cross if column == self.null else marks.bar
        cells[self.at(row.estimate)] = marks.marker
        return "".join(cells)

    def ticks(self, panel: Panel) -> str:
        """The lowest figure under the left end, no effect under its line, the highest
        under the right end; a label that would run into another is left out."""
        line = [" "] * self.width
        null_text = "1" if panel.ratio else "0"
        placed: list[tuple[int, int]] = []
        for text, column, align in (
            (null_text, self.null, "centre"),
            (panel.low_text, 0, "left"),
            (panel.high_text, self.width - 1, "right"),
        ):
            start = column if align == "left" else column - len(text) + 1
            if align == "centre":
                start = column - (len(text) - 1) // 2
            start = min(max(start, 0), self.width - len(text))
            end = start + len(text)
            if any(start <= b + 1 and a <= end for a, b in placed):  # would touch another
                continue
            line[start:end] = text
            placed.append((start, end - 1))
        return "".join(line).rstrip()


def _direction(panel: Panel, indent: int, width: int, marks: Marks) -> list[str]:
    """Which side favours acupuncture, on one line when both labels fit, else on two."""
    acupuncture, control = "favours acupuncture", "favours control"
    left, right = (acupuncture, control) if panel.better == "lower" else (control, acupuncture)
    left, right = f"{marks.left} {left}", f"{right} {marks.right}"
    if len(left) + len(right) + 1 <= width:
        return [" " * indent + left + " " * (width - len(left) - len(right)) + right]
    return [" " * indent + left, " " * indent + right.rjust(width)]
