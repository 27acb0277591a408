"""Regular expressions compiled once and kept in the user's cache.

The check's cues are some 70,000 characters of regular expressions, and the questions' signs
and framings some 20,000 more; Python's `re` parses and compiles them in pure Python: about
50 ms at every start of a check, 10 ms of a question's. What `re` compiles a pattern to is a
program for its C engine, `_sre`: a list of integers with the pattern's groups. The programs
are kept in one file per set of patterns (the check's, the search's) and per Python, and given
to `_sre` directly on later runs, which takes a few milliseconds; a program is read out of the
file only when its pattern is asked for.

The file is data: integers and strings, read only from a folder of ours that no one else
may write (the page cache's rules), with a checksum of its body, named by a digest of
Python's exact version and the engine's magic number; `_sre` validates every program before
it runs one. A pattern whose source or flags differ from the file's, a missing, foreign or
damaged file, or a Python whose `re` is built otherwise, means compiling the usual way
(and writing the file again): a damaged file never changes a match. A program is kept only
once the pattern it makes is found equal to what `re.compile` makes of the same source
(`re.Pattern` equality compares flags and programs; the groups are compared too); it is not
compared again when read, which would cost the compile it saves, so like the page cache it
trusts what our own account wrote. NEUROINFO_NO_CACHE turns it off."""

import json
import os
import re
import sys
import zlib

from neuroinfo import pagecache

MAGIC = b"NEUROINFO PATTERNS 2\n"
PREFIX = "patterns-"  # then the engine's digest, "-", the set's name, then SUFFIX
SUFFIX = ".bin"
MAX_BYTES = 8 * 2**20
KEEP_FILES = 4  # files of other Pythons kept beside this one's, for each set; the oldest go first

# (flags asked, flags as compiled, groups, group index, index group, program)
Entry = tuple[int, int, int, dict[str, int], list[str | None], list[int]]
# ... and as the file holds it until asked for: the program's place among the file's integers
Stored = tuple[int, int, int, dict[str, int], list[str | None], int, int]

_where: tuple[str] | None = None  # (the folder, or "" for none), once looked for


class Kept:
    """One set of patterns, kept in a file of its own: those a command loads together, so
    that a run reads no file of programs it has no use for."""

    def __init__(self, name: str) -> None:
        self.name = name
        # (source, flags asked) -> entry: the file's, read on the first pattern asked for
        self._stored: dict[tuple[str, int], Stored] | None = None
        self._codes: memoryview | None = None
        self._used: dict[tuple[str, int], Entry] = {}  # this run's, to be written
        self._missed = False

    def pattern(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(source, flags)`, from its kept program when there is one."""
        if self._stored is None:
            self._stored, self._codes = _load(self.file_name())
        stored = self._stored.get((source, flags))
        if stored is not None and self._codes is not None:
            _, final, groups, index, names, start, length = stored
            try:
                import _sre  # type: ignore[import-not-found]

                program = self._codes[start : start + length].tolist()
                found = _sre.compile(source, final, program, groups, index, tuple(names))
            except Exception:  # a program _sre will not take: compiled the usual way below
                pass
            else:
                self._used[(source, flags)] = (flags, final, groups, index, names, program)
                return found  # type: ignore[no-any-return]
        compiled = re.compile(source, flags)
        if _folder() is not None:  # only worth the second compile when it can be kept
            entry = _program(source, flags, compiled)
            if entry is not None:
                self._used[(source, flags)] = entry
                self._missed = True
        return compiled

    def pattern_at_words(self, source: str) -> re.Pattern[str]:
        r"""`pattern(source)` for a `source` every alternative of which starts a word (a `\b`,
        after any lookbehind, then a letter or a digit), guarded to be tried only where a word
        starts. It matches the same: unguarded, the engine tries each alternative, lookbehinds
        first, at every character of the text. Worth it for long alternations (TESTIMONY is
        searched three times faster), not for short ones, whose alternatives the engine passes
        over faster than it checks the guard (tests/test_compiled.py compares each guarded
        pattern with its source)."""
        return self.pattern(rf"\b(?=\w)(?:{source})")

    def keep(self) -> None:
        """Write this run's programs to the file, when any was compiled the usual way."""
        if not self._missed:
            return
        self._missed = False
        folder = _folder()
        if folder is None:
            return
        from array import array  # only when writing: a run that reads the file needs none

        meta, codes = [], array("I")
        for (source, flags), (_, final, groups, index, names, code) in self._used.items():
            meta.append([source, flags, final, groups, index, names, len(code)])
            codes.extend(code)
        body = json.dumps(meta).encode() + b"\n" + codes.tobytes()
        pagecache.write(os.path.join(folder, self.file_name()), MAGIC + _header(body) + body)
        try:  # noqa: SIM105 - this Python's file and KEEP_FILES others, no stale temporary file
            pagecache.prune(folder, self.suffix(), KEEP_FILES + 1)
        except OSError:
            pass

    def suffix(self) -> str:
        return f"-{self.name}{SUFFIX}"

    def file_name(self) -> str:
        return f"{PREFIX}{_engine()[:16]}{self.suffix()}"


CHECK = Kept("check")  # the check's cues and the reading of its texts
SEARCH = Kept("search")  # the folding of words, and the signs and framings of questions


def keep() -> None:
    """Write each set's programs that this run compiled the usual way."""
    for kept in (CHECK, SEARCH):
        kept.keep()


def _program(source: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """The program `re` makes of `source`, as `re._compiler.compile` makes it; None when
    this Python's `re` works otherwise (then nothing is kept)."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        index = dict(parsed.state.groupdict)
        names: list[str | None] = [None] * parsed.state.groups
        for name, number in index.items():
            names[number] = name
        final, groups = flags | parsed.state.flags, parsed.state.groups - 1
        made = _sre.compile(source, final, code, groups, index, tuple(names))
        same = (made, made.groups, made.groupindex) == (
            compiled,
            compiled.groups,
            compiled.groupindex,
        )
    except Exception:
        return None
    return (flags, final, groups, index, names, list(code)) if same else None


def _load(name: str) -> tuple[dict[tuple[str, int], Stored], memoryview | None]:
    """The kept programs of a file, each as its place among the file's integers, and those
    integers; nothing when there is no file, or it is not to be trusted."""
    folder = _folder()
    data = pagecache.read(os.path.join(folder, name), MAX_BYTES) if folder else None
    if data is None or not data.startswith(MAGIC):
        return {}, None
    # read through a view: the body is a megabyte, and each copy of it costs a part of one
    # of the milliseconds this saves
    view = memoryview(data)
    split = data.find(b"\n", len(MAGIC)) + 1
    if not split or data[len(MAGIC) : split] != _header(view[split:]):
        return {}, None
    try:
        blob = data.index(b"\n", split) + 1
        codes = view[blob:].cast("I")
        stored: dict[tuple[str, int], Stored] = {}
        start = 0
        for source, flags, final, groups, index, names, length in json.loads(data[split:blob]):
            stored[(source, flags)] = (flags, final, groups, index, names, start, length)
            start += length
    except (ValueError, TypeError, RecursionError):  # a forged file, nested past the stack
        return {}, None
    return (stored, codes) if start == len(codes) else ({}, None)


def _engine() -> str:
    """This Python and its regex engine, as a digest: the file's name and key."""
    import _sre

    return pagecache.digest(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.byteorder}")


def _header(body: bytes | memoryview) -> bytes:
    """The key (this Python, its engine) and the body's checksum."""
    return f"{_engine()} {zlib.crc32(body)}\n".encode()


def _folder() -> str | None:
    """The folder of kept programs; None with NEUROINFO_NO_CACHE set (no cache at all).
    Looked for once a run."""
    global _where
    if _where is None:
        _where = ("",) if pagecache.no_cache() else (pagecache.folder("compiled") or "",)
    return _where[0] or None
