"""The errors neuroinfo expects, each with the exit code the CLI turns it into."""

from neuroinfo.frozen import record

EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_INVALID_DATA = 3


class NeuroinfoError(Exception):
    """An expected failure: printed as a message on stderr, never as a traceback."""

    exit_code = EXIT_NOT_FOUND


def printable(text: str) -> str:
    """Messages can echo user input; keep escape sequences in it inert. A byte that was
    not valid UTF-8 (in a path or an argument) shows as \\xNN."""
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(char: str) -> str:
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return repr(char)[1:-1]


def shown(text: str, limit: int = 60) -> str:
    """User input as a message quotes it: on one line, and cut short if it is long."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NotFound(NeuroinfoError):
    """A name, id or query that matches nothing, or more than one thing."""

    exit_code = EXIT_NOT_FOUND


class UsageError(NeuroinfoError):
    exit_code = EXIT_USAGE


class InputError(NeuroinfoError):
    """A file to read that is missing, unreadable, too large or not text."""

    exit_code = EXIT_NOT_FOUND


class BrokenInstall(NeuroinfoError):
    """A file neuroinfo installs with itself (a schema) missing or damaged: not the user's
    data, so not exit 3."""

    exit_code = EXIT_NOT_FOUND


class OutputError(NeuroinfoError):
    """Standard output is closed, or writing to it failed (a full disk, say)."""

    exit_code = EXIT_NOT_FOUND


@record(order=True)
class Finding:
    """One problem in a data file, located by line and column (both 1-based)."""

    path: str
    line: int
    column: int
    message: str
    severity: str = "error"
    stands_for: int = 1  # a finding that sums up problems not shown counts for all of them

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


class DataError(NeuroinfoError):
    """The data folder cannot be used; carries every problem found."""

    exit_code = EXIT_INVALID_DATA

    def __init__(self, findings: list[Finding], count: int | None = None) -> None:
        self.findings = sorted(findings)
        self.count = len(findings) if count is None else count  # all of them, shown or not
        super().__init__("\n".join(str(f) for f in self.findings))
