"""The standard streams, made safe before anything is printed.

- Output in an encoding that cannot show a character (ASCII, Latin-1, a C locale) gets a
  stand-in that keeps its meaning (⊕ +, ○ -, curly quotes straight, … ...) instead of a
  UnicodeEncodeError; pages fold their text the same way before layout, so widths stay right.
- A closed standard stream is reopened on /dev/null, so that no file opened later (the cache,
  say) can take its number and receive output meant for the terminal.
- Messages on stderr never fail: a full or closed stderr must not change the exit code.
- Standard output is always buffered: unbuffered (PYTHONUNBUFFERED=1), a short write on a
  nearly full disk would be lost without an error."""

import codecs
import io
import os
import sys
import unicodedata

from neuroinfo.pagecache import write_some

# Characters the pages use, with ASCII stand-ins that keep their meaning.
STANDINS = {
    "⊕": "+",
    "○": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "--",
    "−": "-",
    "…": "...",
    "→": "->",
    "←": "<-",
    "↑": "^",
    "↓": "v",
    "·": "-",
    "•": "*",
    "×": "x",
    "≥": ">=",
    "≤": "<=",
    "±": "+/-",
    "≈": "~",
    "µ": "u",
    "│": "|",
    "┃": "|",
    "─": "-",
    "━": "=",
    "┼": "+",
    "├": "|",
    "┤": "|",
    "■": "#",
    "⚠": "!",
    "┴": "+",
    "◀": "<",
    "▶": ">",
    "●": "o",
    "◆": "*",
    "▕": "|",
    "▏": "|",
    "\u00a0": " ",
    "\u2060": "",  # the word joiner Markdown output uses to keep an e-mail address unlinked
}
NAME = "neuroinfo-standin"


def standin(char: str) -> str:
    """An ASCII stand-in for one character: from the table, else its letters without
    accents (ö o, ß ss), else '?'. A byte that was not valid UTF-8 shows as \\xNN."""
    if char in STANDINS:
        return STANDINS[char]
    if "\udc80" <= char <= "\udcff":  # surrogateescape: a raw byte from a path or argument
        return f"\\x{ord(char) - 0xDC00:02x}"
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
    return plain if plain.isprintable() and plain else "?"


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(standin(c) for c in bad), error.end


codecs.register_error(NAME, _replace)


def fold(text: str, encoding: str | None) -> str:
    """`text` as it will reach a stream in `encoding`: every character it cannot carry
    replaced by its stand-in. Unchanged for UTF-8."""
    if not encoding or is_utf8(encoding):
        return text
    try:
        return text.encode(encoding, NAME).decode(encoding)
    except (LookupError, UnicodeError):  # unknown, or no stand-ins (IDNA): ASCII is safe
        return text.encode("ascii", NAME).decode("ascii")


def usable(encoding: str) -> str:
    """`encoding`, or ASCII when its codec cannot write our stand-ins: IDNA, say, which
    Python starts with but which takes no error handler at all."""
    if is_utf8(encoding):
        return encoding
    try:
        "\udcff".encode(encoding, NAME)
    except (LookupError, UnicodeError):
        return "ascii"
    return encoding


def is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def encoding_of(stream: object) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


class _Output(io.RawIOBase):
    """File descriptor 1, waiting while a pipe left non-blocking is full (see write_some)."""

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1

    def isatty(self) -> bool:
        return os.isatty(1)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return write_some(1, data)


class _Closed(io.RawIOBase):
    """Standard output closed when neuroinfo started: a write fails as writing to a closed
    descriptor does, so that a command that prints nothing (validate, an error) still ends
    as it would, and one that prints says it could not."""

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self.write(b"")

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        import errno

        raise OSError(errno.EBADF, "standard output is closed")


class _Recording(_Output):
    """Standard output, keeping a copy of what it writes (for the page cache), up to
    `limit` bytes; past that the copy is dropped."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.copy: list[bytes] | None = []
        self.kept = 0
        self.limit = limit

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            written = write_some(1, data)
        except OSError:  # a reader that left, a full disk: what was written is not the page
            self.copy = None
            raise
        if self.copy is not None:
            self.kept += written
            self.copy.append(bytes(data[:written]))
            if self.kept > self.limit:
                self.copy = None
        return written


def recording(limit: int) -> _Recording:
    """Standard output from here on through a recorder: what it wrote is `.copy`."""
    recorder = _Recording(limit)
    encoding = encoding_of(sys.stdout)
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(recorder), encoding=encoding, errors=NAME, line_buffering=False
    )
    return recorder


said_anything = False  # whether anything reached standard error
MESSAGE_WAIT_SECONDS = 10  # the longest a message waits for room in a full, non-blocking pipe


class _Forgiving(io.RawIOBase):
    """File descriptor 2 as a raw stream whose failures are dropped: a message that cannot
    be written is lost, but never turns into another error or another exit code."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        global said_anything
        said_anything = said_anything or bool(data)
        try:
            # a pipe left non-blocking by whoever started us, and full: wait a while for its
            # reader, as standard output does, rather than cut the message
            return write_some(self._fd, data, MESSAGE_WAIT_SECONDS)
        except OSError:
            return len(data)


def prepare() -> bool:
    """Make the standard streams safe (see the module's docstring). False if standard
    output was closed when the program started: then anything printed fails (_Closed)."""
    was_closed = []
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            was_closed.append(fd)
    for _ in was_closed:
        os.open(os.devnull, os.O_RDWR)  # takes the lowest free number: the closed one
    stdout_open = 1 not in was_closed and sys.stdout is not None
    encoding = usable(encoding_of(sys.stderr if sys.stderr is not None else sys.stdout))
    sys.stderr = io.TextIOWrapper(
        io.BufferedWriter(_Forgiving(2)), encoding=encoding, errors=NAME, line_buffering=True
    )
    if not stdout_open:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Closed()), encoding="utf-8")
    elif isinstance(sys.stdout, io.TextIOWrapper):
        buffer = sys.stdout.buffer
        raw = getattr(buffer, "raw", buffer)  # none when unbuffered (PYTHONUNBUFFERED=1)
        if isinstance(raw, io.FileIO) and raw.fileno() == 1:
            buffer = io.BufferedWriter(_Output())
        elif not isinstance(buffer, io.BufferedWriter) and isinstance(buffer, io.RawIOBase):
            buffer = io.BufferedWriter(buffer)
        sys.stdout = io.TextIOWrapper(
            buffer, encoding=usable(sys.stdout.encoding), errors=NAME, line_buffering=False
        )
    return stdout_open


def say(text: str) -> None:
    """Write a message line to stderr; it never fails. A message can echo what was typed:
    whatever path it came by, escape sequences in it are shown inert ("\\x1b[2J")."""
    from neuroinfo.errors import printable

    text = "\n".join(printable(line) for line in text.rstrip("\n").split("\n"))
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
