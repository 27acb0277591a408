"""The check's patterns, compiled once and kept in the user's cache.

The cues are some 70,000 characters of regular expressions, and Python's `re` parses and
compiles them in pure Python: about 50 ms at every start, more than all the rest of a
check. What `re` compiles a pattern to is a program for its C engine, `_sre`: a list of
integers with the pattern's groups. The programs are kept in one file and given to `_sre`
directly on later runs, which takes a few milliseconds.

The file is data: integers and strings, read only from a folder of ours that no one else
may write (the page cache's rules), with a checksum of its body, under a key of Python's
exact version and the engine's magic number; `_sre` validates every program before it
runs one. A pattern whose source or flags differ from the file's, a missing, foreign or
damaged file, or a Python whose `re` is built otherwise, means compiling the usual way
(and writing the file again): a damaged file never changes a match. A program is kept only
once it is found equal to what `re.compile` makes of the same pattern (`re.Pattern` equality
compares the programs); it is not compared again when read, which would cost the compile it
saves, so like the page cache it trusts what our own account wrote. NEUROINFO_NO_CACHE turns
it off."""

import json
import os
import re
import sys
import zlib
from array import array

from neuroinfo import pagecache

MAGIC = b"NEUROINFO PATTERNS 1\n"
FILE_NAME = "patterns.bin"
MAX_BYTES = 8 * 2**20

# source: (flags, flags as compiled, groups, group index, index group, program); filled from
# the file on the first pattern, then with each pattern compiled in this run.
_kept: dict[str, tuple[int, int, int, dict[str, int], list[str | None], list[int]]] | None = None
_used: dict[str, tuple[int, int, int, dict[str, int], list[str | None], list[int]]] = {}
_missed = False


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from its kept program when there is one."""
    global _kept, _missed
    if _kept is None:
        _kept = _load()
    entry = _kept.get(source)
    if entry is not None and entry[0] == flags:
        try:
            import _sre

            found = _sre.compile(source, entry[1], entry[5], entry[2], entry[3], tuple(entry[4]))
        except Exception:  # a program _sre will not take: compiled the usual way below
            pass
        else:
            _used[source] = entry
            return found
    compiled = re.compile(source, flags)
    entry = _program(source, flags, compiled)
    if entry is not None:
        _used[source] = entry
        _missed = True
    return compiled


def keep() -> None:
    """Write this run's programs to the file, when any was compiled the usual way."""
    global _missed
    if not _missed:
        return
    _missed = False
    folder = _folder()
    if folder is None:
        return
    meta, codes = [], array("I")
    for source, (flags, final, groups, index, names, code) in _used.items():
        meta.append([source, flags, final, groups, index, names, len(code)])
        codes.extend(code)
    body = json.dumps(meta).encode() + b"\n" + codes.tobytes()
    pagecache.write(os.path.join(folder, FILE_NAME), MAGIC + _header(body) + body)


def _program(
    source: str, flags: int, compiled: re.Pattern[str]
) -> tuple[int, int, int, dict[str, int], list[str | None], list[int]] | None:
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
        same = _sre.compile(source, final, code, groups, index, tuple(names)) == compiled
    except Exception:
        return None
    return (flags, final, groups, index, names, list(code)) if same else None


def _load() -> dict[str, tuple[int, int, int, dict[str, int], list[str | None], list[int]]]:
    """The kept programs by source; empty when there is no file, or it is not to be trusted."""
    folder = _folder()
    data = pagecache.read(os.path.join(folder, FILE_NAME), MAX_BYTES) if folder else None
    if data is None or not data.startswith(MAGIC):
        return {}
    header, _, body = data[len(MAGIC) :].partition(b"\n")
    if header + b"\n" != _header(body):
        return {}
    try:
        text, _, blob = body.partition(b"\n")
        codes = array("I")
        codes.frombytes(blob)
        kept, start = {}, 0
        for source, flags, final, groups, index, names, length in json.loads(text):
            kept[source] = (flags, final, groups, index, names, codes[start : start + length])
            start += length
    except (ValueError, TypeError):
        return {}
    return {s: (*e[:5], e[5].tolist()) for s, e in kept.items()} if start == len(codes) else {}


def _header(body: bytes) -> bytes:
    """The key (this Python, its engine) and the body's checksum."""
    import _sre

    engine = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.byteorder}"
    return f"{pagecache.digest(engine)} {zlib.crc32(body)}\n".encode()


def _folder() -> str | None:
    """The folder of kept programs; None with NEUROINFO_NO_CACHE set (no cache at all)."""
    if os.environ.get("NEUROINFO_NO_CACHE"):
        return None
    return pagecache.folder("compiled")
