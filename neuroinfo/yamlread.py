"""Read one YAML file into plain Python values plus the line and column of every value.

Only safe, plain data gets through: regular files of at most MAX_FILE_BYTES, no tags that
build objects, no anchors or aliases (which is also what stops "billion laughs" expansion),
no duplicate keys, no merge keys, no nesting deeper than MAX_DEPTH. Values are built from
the parser's events with an explicit stack: no node tree is held in memory, and nothing
recurses, so a hostile file cannot exhaust the stack (PyYAML's own composer crashes on very
deep nesting)."""

import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from neuroinfo.errors import Finding

try:  # The C parser is several times faster; the pure-Python one gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]
Positions = dict[Path_, tuple[int, int]]

MAX_DEPTH = 32
# Twice the 50,000 symptoms neuroinfo is built to serve; beyond it, time and memory would
# grow without a use.
MAX_RECORDS = 100_000
# Bounds that keep the memory a file costs in proportion to what the data can use: no list
# inside a record holds more than MAX_ITEMS entries (the schemas allow 1,000), no value is
# longer than MAX_CHARACTERS (they allow 10,000), and a file holds at most MAX_VALUES values
# in all (50,000 symptoms hold under a million).
MAX_ITEMS = 10_000
MAX_CHARACTERS = 100_000
MAX_VALUES = 2_000_000
# The largest data file neuroinfo reads. 50,000 symptoms make a file of about 16 MiB.
MAX_FILE_BYTES = 32 * 2**20
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAX_DIGITS = 15
# The only ways a number may be written: plain decimal, as in JSON.
_NUMBER_FORMS = {
    "tag:yaml.org,2002:int": re.compile(rf"-?(0|[1-9][0-9]{{0,{MAX_DIGITS - 1}}})"),
    "tag:yaml.org,2002:float": re.compile(
        rf"-?(?=[0-9.]{{1,{MAX_DIGITS + 1}}}(?:[eE]|$))(0|[1-9][0-9]*)?\.[0-9]*"
        r"(?:[eE][-+]?[0-9]{1,3})?"
    ),
}
_STR = "tag:yaml.org,2002:str"
_PLAIN_COLLECTIONS = {None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
_constructor = yaml.constructor.SafeConstructor()


class _Refused:
    """Stands in for a value that was refused and already reported, so nothing else complains."""

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = _Refused()


class _TooDeep(Exception):
    pass


class _TooMany(Exception):
    pass


class _Merge:
    """A '<<' key: refused, but only once its position is known."""


class _Frame:
    """A sequence or mapping being built. A refused one (container None) swallows its content."""

    def __init__(
        self, path: Path_, container: list[Any] | dict[str, Any] | None, start: Any
    ) -> None:
        self.path = path
        self.container = container
        self.start = start  # where the collection begins: its position in its parent
        self.key: Any = None  # in a mapping, the key waiting for its value (REFUSED if bad)
        self.expecting_key = True
        self.first_line: dict[str, int] = {}


class _Reader:
    def __init__(self, label: str, loader: Any, track: bool, lines: "_Lines") -> None:
        self.label = label
        self.loader = loader
        self.lines = lines
        self.track = track
        self.positions: Positions = {}
        self.findings: list[Finding] = []
        self.values = 0

    def finding(self, mark: Any, message: str) -> None:
        self.findings.append(Finding(self.label, *self.lines.of(mark), message))

    def read(self) -> Any:
        stack: list[_Frame] = []
        root: Any = None
        documents = 0
        while self.loader.check_event():
            event = self.loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.finding(event.start_mark, "a data file holds one YAML document only")
                    return REFUSED
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                value = REFUSED if frame.container is None else frame.container
                if not stack:
                    root = value
                elif stack[-1].container is not None:
                    self.place(stack[-1], value, frame.start)
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue  # the stream and document ends
            parent = stack[-1] if stack else None
            if parent is not None and parent.container is None:  # inside a refused collection
                if isinstance(event, yaml.CollectionStartEvent):
                    stack.append(_Frame(parent.path, None, event.start_mark))
                continue
            if parent is None and self.track:
                self.positions[()] = self.lines.of(event.start_mark)
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    self.finding(event.start_mark, f"nesting is deeper than {MAX_DEPTH} levels")
                    raise _TooDeep
                is_key = isinstance(parent and parent.container, dict) and parent.expecting_key
                if is_key:
                    self.finding(event.start_mark, "keys must be plain text")
                container = None if is_key else self.collection(event)
                stack.append(_Frame(self.child_path(parent), container, event.start_mark))
                continue
            value = self.scalar(event)
            if parent is None:
                root = value
            else:
                self.place(parent, value, event.start_mark)
        return root

    @staticmethod
    def child_path(parent: _Frame | None) -> Path_:
        if parent is None:
            return ()
        if isinstance(parent.container, list):
            return (*parent.path, len(parent.container))
        return (*parent.path, parent.key) if isinstance(parent.key, str) else parent.path

    def collection(self, event: Any) -> list[Any] | dict[str, Any] | None:
        if event.anchor is not None:  # reported here; only the aliases are refused
            self.finding(event.start_mark, "anchors and aliases are not allowed in data files")
        if event.tag not in _PLAIN_COLLECTIONS:
            self.finding(event.start_mark, f"YAML tag {event.tag!r} is not allowed in data files")
            return None
        return [] if isinstance(event, yaml.SequenceStartEvent) else {}

    def scalar(self, event: Any) -> Any:
        self.values += 1
        if self.values > MAX_VALUES:
            self.finding(event.start_mark, f"a data file holds at most {MAX_VALUES:,} values")
            raise _TooMany
        if not isinstance(event, yaml.AliasEvent) and len(event.value) > MAX_CHARACTERS:
            limit = f"{MAX_CHARACTERS:,} characters"
            self.finding(event.start_mark, f"a value may be at most {limit} long")
            return REFUSED
        if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
            self.finding(event.start_mark, "anchors and aliases are not allowed in data files")
            if isinstance(event, yaml.AliasEvent):
                return REFUSED
        tag = event.tag
        if tag in (None, "!"):
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == "tag:yaml.org,2002:merge":
            return _Merge()
        if tag in (_STR, _TIMESTAMP):  # dates stay ISO text, as in JSON
            return event.value
        if tag not in _SCALAR_TAGS:
            self.finding(event.start_mark, f"YAML tag {tag!r} is not allowed in data files")
            return REFUSED
        if tag in _NUMBER_FORMS and not _NUMBER_FORMS[tag].fullmatch(event.value):
            # YAML 1.1 also reads hex, octal, binary, base 60, '1_000' and '.inf' as
            # numbers; some cost time that grows with the square of their length.
            shown = event.value if len(event.value) <= 20 else event.value[:20] + "…"
            self.finding(
                event.start_mark,
                f"write numbers as plain decimals of at most {MAX_DIGITS} digits, "
                f"such as 12 or 0.54 (found '{shown}')",
            )
            return REFUSED
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            # The tag's own function, not construct_object(), which would keep every value
            # it builds for the life of the process.
            return _constructor.yaml_constructors[tag](_constructor, node)
        except (yaml.YAMLError, ValueError) as error:
            self.finding(event.start_mark, f"cannot read this value: {error}")
            return REFUSED

    def place(self, frame: _Frame, value: Any, start: Any) -> None:
        """Put a finished value (which began at `start`) into its list, or its mapping."""
        container = frame.container
        if isinstance(container, list):
            if len(frame.path) == 1 and len(container) >= MAX_RECORDS:
                self.finding(start, f"a data file holds at most {MAX_RECORDS:,} records")
                raise _TooMany
            if len(frame.path) > 1 and len(container) >= MAX_ITEMS:
                self.finding(start, f"a list inside a record holds at most {MAX_ITEMS:,} entries")
                raise _TooMany
            if self.track:
                self.positions[(*frame.path, len(container))] = self.lines.of(start)
            container.append(value)
            return
        assert isinstance(container, dict)
        if not frame.expecting_key:
            if isinstance(frame.key, str):
                container[frame.key] = value
            frame.expecting_key = True
            return
        frame.expecting_key, frame.key = False, REFUSED
        if isinstance(value, _Merge):
            self.finding(start, "merge keys ('<<') are not allowed in data files")
        elif value is REFUSED:
            pass  # already reported
        elif not isinstance(value, str):
            self.finding(start, "keys must be plain text")
        elif value in frame.first_line:
            first = frame.first_line[value]
            self.finding(start, f"duplicate key '{value}' (first given on line {first})")
        else:
            frame.key = value
            frame.first_line[value] = self.lines.of(start)[0]
            if self.track:
                self.positions[(*frame.path, value)] = self.lines.of(start)


# YAML also ends a line at U+0085, U+2028 and U+2029, which most editors do not: a finding
# after one, inside a quoted phrase say, named the line below the one an editor shows.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


class _Lines:
    """Where a YAML mark is, as an editor numbers lines and columns."""

    def __init__(self, text: str) -> None:
        # for each line as YAML counts them: the editor's line, and the characters before
        # it on that line; None when the two agree (nearly always)
        self.table: list[tuple[int, int]] | None = None
        if _ODD_BREAK.search(text):
            self.table = [(1, 0)]
            line, start = 1, 0
            for found in _BREAK.finditer(text):
                if found.group() in ("\n", "\r", "\r\n"):
                    line, start = line + 1, found.end()
                self.table.append((line, found.end() - start))

    def of(self, mark: Any) -> tuple[int, int]:
        if self.table is None or mark.line >= len(self.table):
            return mark.line + 1, mark.column + 1
        line, before = self.table[mark.line]
        return line, before + mark.column + 1


def _inside(path: str, folder: str) -> bool:
    folder = os.path.realpath(folder)
    return os.path.commonpath([path, folder]) == folder


def read_yaml(path: Path, label: str, track: bool = True) -> tuple[Any, Positions, list[Finding]]:
    """Parse `path`; `label` is how findings name the file. Never raises on bad content.

    The value is REFUSED when the file as a whole could not be read; a refused part of it
    is REFUSED in place, already reported. Without `track`, positions are not recorded
    (they take memory and time, and valid data never needs them)."""

    def refused(message: str) -> tuple[Any, Positions, list[Finding]]:
        return REFUSED, {}, [Finding(label, 1, 1, message)]

    if os.path.islink(path) and not _inside(os.path.realpath(path), os.path.dirname(path)):
        # a data folder's files are its own: a link to /etc/shadow would have its lines quoted
        # back in the findings ("unknown top-level key 'root:...'"), in a CI job's log, say
        return refused("cannot read file: a symbolic link out of the data folder")
    try:
        # Opened first and checked after, so that nothing can swap the file for a pipe in
        # between; O_NONBLOCK means opening a pipe never waits for a writer.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            info = os.fstat(handle)
            if stat.S_ISDIR(info.st_mode):
                return refused("cannot read file: Is a directory")
            if not stat.S_ISREG(info.st_mode):  # a device, pipe or socket could never end
                return refused("cannot read file: not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                return refused(f"file is larger than the {MAX_FILE_BYTES // 2**20} MiB limit")
            with open(handle, "rb", closefd=False) as file:
                data = file.read(MAX_FILE_BYTES + 1)  # never more, even if the file grows
        finally:
            os.close(handle)
    except OSError as error:
        if isinstance(error, FileNotFoundError) and os.path.islink(path):
            return refused("cannot read file: a broken symbolic link (its target does not exist)")
        return refused(f"cannot read file: {error.strerror or error}")
    if len(data) > MAX_FILE_BYTES:
        return refused(f"file is larger than the {MAX_FILE_BYTES // 2**20} MiB limit")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        # where an editor shows it: the line it is on, the character before it counted
        line = data.count(b"\n", 0, error.start) + 1
        start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[start : error.start].decode("utf-8", "replace")) + 1
        problem = f"not UTF-8 text (byte {error.start})"
        return REFUSED, {}, [Finding(label, line, column, problem)]
    loader = _Loader(text)
    lines = _Lines(text)
    reader = _Reader(label, loader, track, lines)
    try:
        value = reader.read()
    except (_TooDeep, _TooMany):
        return REFUSED, {}, reader.findings
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, error.position) + 1
        column = error.position - text.rfind("\n", 0, error.position)
        character = f"#x{error.character:04x}" if isinstance(error.character, int) else "?"
        # Our own words: the parser's wording changes between releases.
        problem = f"invalid YAML: the non-printable character {character} is not allowed"
        return REFUSED, {}, [Finding(label, line, column, problem)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = lines.of(mark) if mark else (1, 1)
        problem = error.problem or error.context or "not valid YAML"
        return REFUSED, {}, [Finding(label, line, column, f"invalid YAML: {problem}")]
    except yaml.YAMLError as error:
        return REFUSED, {}, [Finding(label, 1, 1, f"invalid YAML: {error}")]
    finally:
        loader.dispose()
    return value, reader.positions, reader.findings
