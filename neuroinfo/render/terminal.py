"""Pages printed on a terminal or into a pipe, from the one layout (layout.py).

Piped output is the layout's text, with no escape codes. On a terminal the same lines are
styled with the codes Rich gives each style (SGR codes, written out below: loading Rich to
render them cost 15 to 25 ms at every start; tests/test_cli.py checks each against Rich), and
links are made clickable (OSC 8); nothing about the layout changes. A page longer than the
terminal goes through a pager, as git does."""

from __future__ import annotations

import os
import sys

from neuroinfo.pages import Page
from neuroinfo.render.layout import Layout, Printed
from neuroinfo.streams import encoding_of

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import TextIO

# How each style of the pages looks on a terminal, in Rich's style words, and the escape
# codes (SGR) Rich puts before and after text in that style for a standard colour terminal.
STYLES = {
    "bold": "bold",
    "dim": "dim",
    "italic": "italic",
    "alert": "bold red",
    "heading": "bold cyan",
    "id": "bold",
    "faint-id": "dim",
    "command": "dim",
    "certainty-high": "bold green",
    "certainty-moderate": "bold blue",
    "certainty-low": "bold yellow",
    "certainty-very-low": "bold red",
    "certainty-insufficient": "bold magenta",
}
SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "bold red": "1;31",
    "bold cyan": "1;36",
    "bold green": "1;32",
    "bold blue": "1;34",
    "bold yellow": "1;33",
    "bold magenta": "1;35",
}
MIN_WIDTH, MAX_WIDTH = 20, 500
MEASURE = 100  # the widest a page is laid out: prose stays readable on a wide terminal


# Terminals that can do nothing but print text, or are not known at all (no TERM).
DUMB = frozenset({"", "dumb", "unknown"})


def styled(stream: TextIO, color: str) -> bool:
    """Whether to style output: --color first, then NO_COLOR, FORCE_COLOR, a dumb terminal
    (or none named), a TTY."""
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM", "") in DUMB:
        return False
    return stream.isatty()


def usable_width(width: int) -> int:
    """A width pages can be laid out in: COLUMNS=0 or a tiny window still shows the page
    (folded), and a huge COLUMNS costs no more than a wide screen."""
    return min(max(width, MIN_WIDTH), MAX_WIDTH)


def size(stream: TextIO) -> tuple[int, int]:
    """The terminal's columns and lines: COLUMNS and LINES when set, else the size of the
    first of standard input, output and error that is a terminal, else 80 by 25 (and 80 by
    25 on a dumb terminal)."""
    if os.environ.get("TERM") in ("dumb", "unknown") and stream.isatty():
        return 80, 25
    width = height = None
    for fd in (0, 1, 2):
        try:
            width, height = os.get_terminal_size(fd)
        except (OSError, ValueError):
            continue
        break
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    width = int(columns) if _number(columns) else width
    height = int(lines) if _number(lines) else height
    return width or 80, height or 25


def _number(text: str) -> bool:
    """Plain ASCII digits of a sensible length ('²' is a digit to str.isdigit, and a
    5,000-digit number is more than int() will read)."""
    return text.isascii() and text.isdigit() and len(text) < 7


def show(page: Page, color: str = "auto", stream: TextIO | None = None) -> None:
    """Print a page, through a pager when it is longer than the terminal."""
    stream = stream or sys.stdout
    on = styled(stream, color)
    columns, lines = size(stream)
    printed = Layout(min(usable_width(columns), MEASURE), encoding_of(stream)).page(page)
    text = "".join(_styled(line) if on else _plain(line) for line in printed)
    if not (stream.isatty() and len(printed) >= lines and _page(text, stream)):
        stream.write(text)
    stream.flush()


def _plain(line: Printed) -> str:
    return "".join(text for text, _ in line) + "\n"


def _styled(line: Printed) -> str:
    out = []
    for text, style in line:
        if style.startswith("link:") and not _no_links():
            url = style[5:]
            out.append(f"\x1b]8;;{url}\x1b\\\x1b[34m{text}\x1b[0m\x1b]8;;\x1b\\")
        elif style.startswith("link:"):
            out.append(f"\x1b[34m{text}\x1b[0m")
        elif style in STYLES and text.strip():
            out.append(f"\x1b[{SGR[STYLES[style]]}m{text}\x1b[0m")
        else:
            out.append(text)
    return "".join(out) + "\n"


def _no_links() -> bool:
    """The Linux console and the VT terminals print a hyperlink's escape sequence (OSC 8) as
    text: there a link is only coloured."""
    term = os.environ.get("TERM", "")
    return term == "linux" or term.startswith(("vt", "cons"))


def _page(text: str, stream: TextIO) -> bool:
    """Show `text` through the pager; False if there is none or it cannot start."""
    from neuroinfo.pagecache import pager

    command = pager()
    if command is None:
        return False
    import signal  # only when there is a pager to start
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        child = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # Ctrl-C reaches the pager too, which handles it; ended here, neuroinfo left the pager
    # holding a terminal with no echo. So, as git does, it is ignored until the pager ends.
    try:
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: left as it is
        interrupt = None
    try:
        assert child.stdin is not None
        child.stdin.write(text.encode(encoding_of(stream), "replace"))
        child.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early: that is fine
        pass
    try:
        # A pager the shell could not parse (2), run (126) or find (127) showed nothing:
        # print the page.
        return child.wait() not in (2, 126, 127)
    finally:
        if interrupt is not None:
            signal.signal(signal.SIGINT, interrupt)
