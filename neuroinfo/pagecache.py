"""Pages already drawn, served again before the rest of neuroinfo is even imported.

A page is stored under a key that holds everything its bytes depend on: the version and the
source of this package, the arguments, the working folder, the environment, whether the
output is a terminal and its size, the output encoding, and the size, times and inode of
every data and schema file. Any change to any of them is a miss, and the page is drawn the
slow way (and stored again). The store is data, never code: one file per page, holding its
key in full and a checksum, trusted only in a folder of ours that no one else may write,
bounded in number, and ignored when damaged.

Only os, sys and zlib are imported here, all three loaded by Python itself already (hence
try/except/pass rather than contextlib.suppress)."""

import os
import sys
import zlib

MAGIC = b"NEUROINFO PAGE 2\n"
MAX_PAGES = 200  # files kept; the oldest go first
MAX_PAGE_BYTES = 4 * 2**20
MAX_TOTAL_BYTES = 32 * 2**20  # all the pages kept; the oldest go first
# Commands whose output depends on nothing but the key: not `validate` (today's date),
# `schema`, help or completion. `check` is kept for a regular file (its size, times and inode
# join the key, with the date its ClaimReview carries), never for standard input.
CACHED = frozenset(
    """ask question about topic topics types type symptom symptoms claims claim refs ref
    reference references bibliography points point search find check""".split()  # noqa: SIM905
)
# Options whose value follows them, so that a value is never read as the command.
_VALUED = frozenset({"--data-dir", "--color", "--format", "-f", "--cited-by", "--style"})
# Environment variables that change from one shell prompt to the next and never affect a
# page; every other variable is part of the key.
_VOLATILE = frozenset({"_", "OLDPWD", "PWD", "SHLVL", "COLUMNS_PREVIOUS", "TERM_SESSION_ID"})
# model.FILES's file names, copied so that serving a page needs no model import (a test
# holds the two the same: a file missing here would let an edit to it go unseen).
_DATA_FILES = (
    "overview.yaml",
    "types.yaml",
    "symptoms.yaml",
    "claims.yaml",
    "references.yaml",
    "points.yaml",
    "red_flags.yaml",
)

pending: str | None = None  # the key of this run's page, set when it missed
# For `check`: the size, times, inode and device of the article as it was read (None when it
# changed while read), which must be the key's: the path may have been re-pointed to another
# file (a folder link switched) between the key's stat and the read.
article_read: str | None = None
# A file written this recently may be written again within one tick of a file system whose
# times are coarse (a second; two on FAT), and two versions of the same size would then have
# the same times too. While any file a page depends on is this fresh, on such a file system,
# no page is served or kept (git calls such a file "racily clean"). A time in nanoseconds
# that is not a whole second comes from a fine clock, where every write moves it.
RACY_SECONDS = 3.0
_OFF = ("0", "false", "no", "off")  # what a switch set to it says: no


def no_cache() -> bool:
    """NEUROINFO_NO_CACHE set to anything but 0, false, no or off: no cache at all (the
    compiled store, drawn pages, the check's patterns)."""
    return os.environ.get("NEUROINFO_NO_CACHE", "").strip().casefold() not in ("", *_OFF)


def key(argv: list[str]) -> str | None:
    """The key of the page these arguments draw, or None when it is not one to keep."""
    if os.environ.get("NEUROINFO_PAGE_CACHE", "").strip().casefold() in _OFF or no_cache():
        return None
    command = _command(argv)
    if os.environ.get("_NEUROINFO_COMPLETE") or command is None:
        return None
    import time

    now = time.time()
    try:
        checked = argv[command].casefold() == "check"
        article = _article(argv[command + 1 :], now) if checked else ""
        data = _data(_data_dir(argv), now)
        if article is None or data is None:
            return None
        parts = [
            article,
            _package(),
            os.getcwd(),
            "\0".join(argv),
            "\0".join(f"{k}={v}" for k, v in sorted(os.environ.items()) if k not in _VOLATILE),
            _output(),
            data,
        ]
    except (OSError, ValueError):
        return None
    return "\n".join(parts)


def serve(page_key: str, folder: str | None) -> bool:
    """Write the stored page for `page_key` to standard output; False on any miss."""
    if folder is None:
        return False
    hashed = digest(page_key)
    data = read(os.path.join(folder, f"{hashed[:32]}.page"), MAX_PAGE_BYTES + 65536)
    if data is None or not data.startswith(MAGIC):
        return False
    header, _, page = data[len(MAGIC) :].partition(b"\n")
    stored, _, crc = header.partition(b" ")
    if stored != hashed.encode() or crc != str(zlib.crc32(page)).encode() or _paged(page):
        return False
    view = memoryview(page)
    while view:
        view = view[write_some(1, view) :]
    return True


def write_some(fd: int, data: bytes | bytearray | memoryview, patience: float | None = None) -> int:
    """`os.write`, waiting while a pipe left non-blocking by whoever started us is full,
    where a plain write would fail ("Resource temporarily unavailable"): for as long as it
    takes, or up to `patience` seconds a time, after which BlockingIOError is raised."""
    while True:
        try:
            return os.write(fd, data)
        except BlockingIOError:
            import select

            if not select.select([], [fd], [], patience)[1]:
                raise


def store(page_key: str, folder: str | None, page: bytes) -> None:
    """Keep `page` under `page_key`; quietly nothing if the folder cannot be used."""
    if folder is None or not page or len(page) > MAX_PAGE_BYTES:
        return
    hashed = digest(page_key)  # the key itself holds the environment: never written down
    body = MAGIC + f"{hashed} {zlib.crc32(page)}\n".encode() + page
    try:
        prune(folder, ".page", MAX_PAGES - 1, MAX_TOTAL_BYTES - len(body))  # room for this one
    except OSError:
        return
    write(os.path.join(folder, f"{hashed[:32]}.page"), body)


def write(path: str, body: bytes) -> None:
    """Write `body` to `path` whole or not at all (through a file of ours, renamed into
    place); quietly nothing when it cannot be written."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            os.fchmod(handle, 0o600)  # readable by us whatever the umask (077 or 777 alike)
            view = memoryview(body)
            while view:  # a write may take only part of it (a full disk, a signal)
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)
        os.replace(temporary, path)
    except OSError:
        try:  # noqa: SIM105
            os.unlink(temporary)
        except OSError:
            pass


def folder(name: str = "pages") -> str | None:
    """The folder of stored pages (or of another cache kept by these rules), made if need
    be: under $XDG_CACHE_HOME (absolute) or $HOME/.cache, never in a home that does not
    exist; only if it is a real folder of ours that no one else may write to."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME", "")  # as the store's (cache.cache_dir): $HOME only
        if not os.path.isabs(home) or not os.path.isdir(home):
            return None
        base = os.path.join(home, ".cache")
    parent = os.path.join(base, "neuroinfo")
    path = os.path.join(parent, name)
    try:
        make_private(parent)
        if not _closed(parent):
            return None  # nothing is made in a folder that is not ours alone
        make_private(path)
        return path if _closed(path) else None
    except OSError:
        return None


def _closed(path: str) -> bool:
    """Whether `path` is a real folder of ours that no one else may write to, after closing
    it to others if it is ours and open (each file in it is checked for its owner anyway)."""
    info = os.lstat(path)
    is_folder = (info.st_mode & 0o170000) == 0o040000
    if is_folder and info.st_uid == os.geteuid() and info.st_mode & 0o022:
        os.chmod(path, 0o700)
        info = os.lstat(path)
    return _ours(info)


def make_private(path: str) -> None:
    """The folder at `path`, and any folder above it that is missing (~/.cache, say), made
    ours alone (0700, as the XDG rules ask), whatever the umask would have made of them."""
    missing = []
    while not os.path.isdir(path):  # a loop, not a call for each: a path may be 1,000 deep
        missing.append(path)
        parent = os.path.dirname(path) or "."
        if parent == path:
            break
        path = parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            return  # made by another run just now, or not a folder: the caller checks
        os.chmod(folder, 0o700)


def _ours(info: os.stat_result) -> bool:
    """A real folder of ours that no one else may write to (the compiled store's rules)."""
    is_folder = (info.st_mode & 0o170000) == 0o040000
    return is_folder and info.st_uid == os.geteuid() and not info.st_mode & 0o022


# ---------------------------------------------------------------- the parts of a key


def _command(argv: list[str]) -> int | None:
    """Where the command is in `argv`, when it is one whose pages are kept."""
    if any(t in ("-h", "--help", "--version") or t.endswith("-completion") for t in argv):
        return None
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
            continue
        if token in _VALUED:
            skip = True
        elif not token.startswith("-"):  # the first word is the command
            return index if token.casefold() in CACHED else None
    return None


def _article(rest: list[str], now: float) -> str | None:
    """For `check`: the file's path, size, times, inode and device, and today's date (the
    ClaimReview's); None for standard input, anything but a regular file, no file, or one
    that is racy."""
    import time

    skip, words = False, []
    for position, token in enumerate(rest):
        if skip:
            skip = False
        elif token == "--":
            words += rest[position + 1 :]
            break
        elif token in _VALUED:
            skip = True
        elif token == "-" or not token.startswith("-"):
            words.append(token)
    if len(words) != 1 or words[0] == "-":
        return None
    info = os.stat(words[0])
    if (info.st_mode & 0o170000) != 0o100000 or racy(info, now):  # stat.S_ISREG
        return None
    # the path as hex: a name may hold a line end, which ends the key's first part
    path = os.fsencode(os.path.abspath(words[0])).hex()
    return f"{path}\0{stat_key(info)}\0{time.strftime('%Y-%m-%d')}"


def stat_key(info: os.stat_result) -> str:
    """A file's size, times, inode and device, as a key holds them."""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"


def read_as_keyed(page_key: str) -> bool:
    """Whether the page may be kept under `page_key`: for `check`, the article read is the
    file the key was taken from, unchanged."""
    article = page_key.partition("\n")[0]
    if not article:
        return True  # not a check
    return article_read is not None and article.split("\0")[1] == article_read


def racy(info: os.stat_result, now: float) -> bool:
    """Whether a file was modified within RACY_SECONDS of `now`, by a clock of whole seconds."""
    return info.st_mtime_ns % 1_000_000_000 == 0 and abs(now - info.st_mtime) < RACY_SECONDS


def _package() -> str:
    """Python, the size and time of every source file of this package (its version among
    them), and the folders packages are installed in (installing or removing Rich, Typer or
    any other changes them), so that a changed neuroinfo never serves an older page."""
    here = os.path.dirname(os.path.abspath(__file__))
    found = [sys.version, sys.executable]
    for folder in sys.path:
        try:
            info = os.stat(folder or ".")
        except OSError:
            continue
        found.append(f"{folder}:{info.st_mtime_ns}:{info.st_ino}")
    for folder, subfolders, files in os.walk(here):
        subfolders[:] = sorted(d for d in subfolders if d not in ("__pycache__", "data"))
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                info = os.stat(path)
                found.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    return "\0".join(found)


def _output() -> str:
    """What decides the page's layout, colour, encoding and paging."""
    sizes = []
    for fd in (0, 1, 2):  # a page piped from a terminal is laid out to its width too
        try:
            sizes.append(f"{fd}:{os.isatty(fd)}:{os.get_terminal_size(fd)}")
        except (OSError, ValueError):
            sizes.append(f"{fd}:{os.isatty(fd)}:-")
    stream = sys.stdout
    encoding = f"{getattr(stream, 'encoding', None)}:{getattr(stream, 'errors', None)}"
    return f"{' '.join(sizes)} {encoding}"


def _data_dir(argv: list[str]) -> str:
    """The data folder the command will read: the last --data-dir (as the command line
    reads it; words after `--` are not options), else NEUROINFO_DATA_DIR, else the bundled."""
    chosen = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        if token == "--data-dir" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif token.startswith("--data-dir="):
            chosen = token.partition("=")[2]
    if chosen is not None:
        return chosen
    if os.environ.get("NEUROINFO_DATA_DIR"):
        return os.environ["NEUROINFO_DATA_DIR"]
    here = os.path.dirname(os.path.abspath(__file__))
    shipped = os.path.join(here, "data")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(here), "data")


def _data(folder: str, now: float) -> str | None:
    """Size, times and inode of each data file and schema (a missing one counts too); None
    when one of them is racy."""
    here = os.path.dirname(os.path.abspath(__file__))
    schemas = os.path.join(here, "data", "schemas")
    if not os.path.isdir(schemas):  # a source checkout: data/ beside the package
        schemas = os.path.join(os.path.dirname(here), "data", "schemas")
    paths = [os.path.join(folder, name) for name in _DATA_FILES]
    try:  # noqa: SIM105
        paths += sorted(os.path.join(schemas, n) for n in os.listdir(schemas))
    except OSError:
        pass
    found = [os.path.abspath(folder)]
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            found.append(f"{path}:-")
            continue
        if racy(info, now):
            return None
        found.append(f"{path}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}")
    return "\0".join(found)


# ---------------------------------------------------------------- files


def digest(page_key: str) -> str:
    """SHA-256 of the key, from the C module Python's hashlib itself loads (hashlib would
    load OpenSSL first)."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
    except ImportError:  # pragma: no cover - its name from Python 3.12
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef]
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment]
    return sha256(page_key.encode("utf-8", "surrogateescape")).hexdigest()


def read(path: str, limit: int) -> bytes | None:
    """The file's bytes if it is a regular file of ours, no one else may write, and of at
    most `limit` bytes; else None."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)  # never a FIFO
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        regular = (info.st_mode & 0o170000) == 0o100000
        if not regular or info.st_uid != os.geteuid() or info.st_mode & 0o022:
            return None
        if info.st_size > limit:
            return None
        chunks = []
        wanted = info.st_size + 1  # the whole file in one read (one bytes, never joined)
        while True:
            chunk = os.read(handle, wanted)
            if not chunk:
                break
            chunks.append(chunk)
            wanted = 1 << 20  # ... unless it grew while read
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(handle)


def _paged(page: bytes) -> bool:
    """Whether a terminal would show this page through the pager (the slow path does it):
    on a terminal, unless --no-pager or no pager (see pager) says not, when the page has as many
    lines as the terminal (LINES, else the first of standard input, output, error)."""
    if not os.isatty(1) or "--no-pager" in sys.argv or pager() is None:
        return False
    lines = os.environ.get("LINES", "")
    height = int(lines) if lines.isascii() and lines.isdigit() and len(lines) < 7 else 0
    for fd in (0, 1, 2):
        if height:
            break
        try:
            height = os.get_terminal_size(fd).lines
        except (OSError, ValueError):
            continue
    return page.count(b"\n") >= (height or 25)


def pager() -> str | None:
    """The pager to use on a terminal: $NEUROINFO_PAGER (empty for none), else $PAGER, else
    less, told to quit at once if the page fits (-F), keep colours (-R) and leave the page
    on the screen (-X), as git does; by default none on a dumb terminal (TERM=dumb, empty or
    unset), which less cannot drive (it stops to warn, and waits for Return)."""
    chosen = os.environ.get("NEUROINFO_PAGER", os.environ.get("PAGER"))
    if chosen is None:
        chosen = "" if os.environ.get("TERM", "") in ("", "dumb") else "less -FRX"
    return chosen.strip() or None


def _now() -> float:
    import time

    return time.time()


def prune(folder: str, suffix: str, keep: int, room: int | None = None) -> None:
    """At most `keep` files ending in `suffix` in `folder`, of at most `room` bytes in all if
    given, the least recently written going first, and no temporary file a run killed while
    writing left behind an hour ago."""
    with os.scandir(folder) as entries:
        found = []
        for entry in entries:
            try:  # the entry itself: a link (none of ours) or one gone meanwhile is left out
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if (info.st_mode & 0o170000) == 0o120000:  # a link (stat.S_ISLNK): not ours
                _unlink(entry.path)
            else:
                found.append((entry, info))
    now = _now()
    for entry, info in found:  # a time an hour ahead is a clock set back since: as old
        if entry.name.endswith(".tmp") and abs(info.st_mtime - now) > 3600:
            _unlink(entry.path)
    kept = [(e, info) for e, info in found if e.name.endswith(suffix)]
    if len(kept) <= keep and room is None:
        return
    # the newest first; one written "in the future" (the clock moved back since) is taken
    # as the oldest, or each new page would go first until the clock caught up
    kept.sort(
        key=lambda pair: pair[1].st_mtime_ns if pair[1].st_mtime <= now + 60 else 0, reverse=True
    )
    total = 0
    for place, (entry, info) in enumerate(kept):
        total += info.st_size
        if place < keep and (room is None or total <= room):
            continue
        _unlink(entry.path)


def _unlink(path: str) -> None:
    try:  # noqa: SIM105
        os.unlink(path)
    except OSError:
        pass
