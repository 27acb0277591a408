"""The compiled store: a data folder, read and validated once, kept in the user's cache.

Each record is stored as JSON in a small SQLite file, with its names and links indexed, so
a later run reads only the records its page shows: no YAML, no validation, and a cost that
does not grow with the size of the data. The file is keyed by the folder, and it holds a
fingerprint of the data files, the schemas and the neuroinfo version; any change to any of
them means a rebuild on the next run. A cache is data, never code: no pickle, no marshal.

Anything wrong with the cache (missing, corrupt, stale, unreadable, unwritable, planted by
someone else) only means it is rebuilt, or the data is compiled in memory for this run; it
is never an error and never changes an answer:

- a cache is trusted only in a folder that is ours and that no one else may write to, and
  only if it is a regular file that is ours (a FIFO, a link or another user's file is not);
- each record carries a checksum, so a record that does not read back as written is damage;
- beside each store, a stamp of the file as it was written (its size, inode and times): a
  store changed since in any way (a damaged byte in an index, which SQLite's own checks do
  not notice, changes no record but can change an answer) is rebuilt. Any write moves the
  file's change time, which cannot be set back, so this costs one small read, not a
  checksum of the whole store at every run;
- one run builds at a time: the others wait for it (the folder is locked while it builds),
  or compile in memory if the build takes far longer than it should;
- build files left by an interrupted run are removed once they are clearly abandoned."""

from __future__ import annotations

import json
import os
import stat
import time
import zlib

from neuroinfo import __version__, pagecache, sqlite
from neuroinfo.folders import check_folder, schema_files
from neuroinfo.frozen import as_dict as asdict
from neuroinfo.match import keys_of
from neuroinfo.model import FILES, KINDS, LINKS, KnowledgeBase, row_crc

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

FORMAT = 22  # raise when the layout below or the index's words change, so older caches are rebuilt

LAYOUT = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
    kind TEXT, id TEXT, position INTEGER, json TEXT, crc INTEGER, PRIMARY KEY (kind, id)
);
CREATE TABLE names (kind TEXT, key TEXT, id TEXT, crc INTEGER);
CREATE INDEX names_by_key ON names (kind, key);
CREATE TABLE links (kind TEXT, id TEXT, relation TEXT, target TEXT, crc INTEGER);
CREATE INDEX links_by_target ON links (relation, target);
"""

# SQLite's scratch tables (sorting while indexing, the stemmer's table) in memory, not in
# files of its own in /var/tmp, outside our folder.
TEMP_IN_MEMORY = "PRAGMA temp_store = MEMORY"
BUILDING = ".building-"  # the prefix of a build file, renamed into place when complete
HOLDER = ".lock-holder"  # the process id of the run holding the lock, for those who wait
STAMP = ".stamp"  # a store's stamp is its path with this added
MAX_STAMP_BYTES = 200
ABANDONED_AFTER = 3600  # seconds: a build file this old, whose process is gone, is litter
# How long a run waits for another run's build before compiling in memory itself.
WAIT_SECONDS_MIN = 8.0
WAIT_SECONDS_PER_MB = 10.0
WAIT_BEFORE_SAYING = 5.0  # seconds: then the wait is said on stderr, once

# The cache files opened in this run, so that a damaged one can be thrown away; and whether
# one that could not be thrown away means compiling in memory for the rest of the run.
_opened: list[str] = []
_in_memory = False


def cache_dir() -> str | None:
    """$XDG_CACHE_HOME/neuroinfo (the XDG rules say to ignore a relative $XDG_CACHE_HOME),
    else $HOME/.cache/neuroinfo; None when there is no home to put it in: no $HOME (a run
    with an emptied environment writes nowhere, not in the passwd entry's home), or a home
    that is relative or does not exist (it is never created). As pagecache.folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):
        return os.path.join(base, "neuroinfo")
    home = os.environ.get("HOME", "")
    if os.path.isabs(home) and os.path.isdir(home):
        return os.path.join(home, ".cache", "neuroinfo")
    return None


def fingerprint(folder: str) -> str:
    """The folder, then for each data file and schema its name, size, inode and change
    times, then the version: stored whole in the cache and compared whole. The inode change
    time cannot be set back, so a same-size edit whose mtime was restored still counts; a
    file just written on a file system of whole-second times (pagecache.racy) makes a
    fingerprint no later run matches."""
    parts = [__version__, str(FORMAT), _text_of(folder)]
    now = time.time()
    for path in [*(os.path.join(folder, name) for name in FILES.values()), *schema_files()]:
        name = os.path.basename(path)
        try:
            info = os.stat(path)
            if pagecache.racy(info, now):
                # written a moment ago: on a file system with coarse times, a second edit of
                # the same size would have the same times, so this fingerprint is one no
                # later run matches, and the store is built again once the file has settled
                parts.append(f"{name} racy {time.time_ns()} {os.getpid()}")
            # a link re-pointed while the build read it, and back, is a new link: its own
            # inode joins the fingerprint, so what the build read is never taken as current
            link = os.lstat(path)
        except OSError:
            parts.append(f"{name} missing")
            continue
        times = f"{info.st_mtime_ns} {info.st_ctime_ns}"
        parts.append(f"{name} {info.st_size} {info.st_ino} {times}")
        if link.st_ino != info.st_ino:
            parts.append(f"{name} link {link.st_ino} {link.st_ctime_ns}")
    return "\n".join(parts)


def _text_of(folder: str) -> str:
    """The folder's path as text that any store can hold, even when it is not valid UTF-8."""
    raw = os.fsencode(folder)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "bytes:" + raw.hex()


def knowledge(folder: str | os.PathLike[str]) -> KnowledgeBase:
    """The knowledge base in `folder`: from the cache when it is current, else built anew."""
    folder = os.fspath(folder)
    check_folder(folder)
    home = cache_dir()
    if _in_memory or pagecache.no_cache() or home is None:
        return KnowledgeBase(_compile_in_memory(folder))
    try:
        folder = os.path.realpath(folder)
    except OSError:  # a relative folder, and the working folder was deleted: no cache key
        return KnowledgeBase(_compile_in_memory(folder))
    current = fingerprint(folder)
    # One file per folder. Two folders sharing a name could only cost a rebuild, never a
    # wrong answer, because the whole fingerprint (folder included) is compared.
    path = os.path.join(home, f"{zlib.crc32(os.fsencode(folder)):08x}.sqlite")
    trusted = _trusted_folder(home)
    db = _open_current(path, current) if trusted else None
    if db is None:
        db = _rebuild(folder, path, current) if trusted else _compile_in_memory(folder)
    return KnowledgeBase(db)


def discard() -> bool:
    """Delete the cache files this run opened, one having proved damaged, so that the next
    read rebuilds them (or, if one cannot be deleted, compiles in memory). False if this run
    opened none, when the damage cannot be the cache's."""
    global _in_memory
    if not _opened:
        return False
    while _opened:
        try:
            os.unlink(_opened.pop())
        except FileNotFoundError:
            pass
        except OSError:
            _in_memory = True
    return True


def in_memory() -> None:
    """Compile in memory for the rest of this run: the cache keeps failing."""
    global _in_memory
    _in_memory = True


def _ours(info: os.stat_result) -> bool:
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _trusted_folder(home: str) -> bool:
    """The cache folder exists (made if need be), is a real folder of ours, and no one else
    may write to it; one of ours that others may write to is closed to them first."""
    try:
        pagecache.make_private(home)
        info = os.lstat(home)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
            return False
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            os.chmod(home, 0o700)
        return True
    except OSError:
        return False


def _uri(path: str) -> str:
    """A file URI for SQLite, every byte but letters, digits and -._~/ percent-encoded (as
    pathlib's as_uri, without importing it)."""
    return "file://" + "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in os.fsencode(path))


_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")


def _open_current(path: str, current: str) -> sqlite.Connection | None:
    """The cached store at `path` if it is a regular file of ours, readable, and matches
    `current`. Checked before SQLite opens it, which would wait forever on a FIFO."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or not _ours(info) or _stamp_of(path) != _stamped(info):
        return None
    try:
        # no wait on a lock: neuroinfo never writes a store in place, so a lock is another
        # program's (SQLite's own wait is 5 s, twice a run), and the store is rebuilt instead
        db = sqlite.connect(f"{_uri(path)}?mode=ro", uri=True, timeout=0)
    except (sqlite.Error, ValueError):
        return None
    try:
        db.execute(TEMP_IN_MEMORY)
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is not None and row[0] == current:
            _opened.append(path)
            return db
    except sqlite.Error:  # not a database, or not ours: rebuild it
        pass
    db.close()
    return None


def _stamped(info: os.stat_result) -> str:
    return f"{info.st_size} {info.st_ino} {info.st_mtime_ns} {info.st_ctime_ns}"


def _stamp_of(path: str) -> str | None:
    """The stamp written beside the store at `path`, if it is a regular file of ours."""
    try:
        handle = os.open(path + STAMP, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or not _ours(info):
            return None
        return os.read(handle, MAX_STAMP_BYTES).decode("ascii", "replace")
    except OSError:
        return None
    finally:
        os.close(handle)


def _write_stamp(path: str) -> None:
    """Stamp the store just put at `path`, through a build file renamed into place."""
    import tempfile

    handle, temporary = tempfile.mkstemp(
        dir=os.path.dirname(path), prefix=f"{BUILDING}{os.getpid()}-", suffix=STAMP
    )
    try:
        os.fchmod(handle, 0o600)  # readable by us whatever the umask
        with os.fdopen(handle, "w", encoding="ascii") as file:
            file.write(_stamped(os.lstat(path)))
        if os.path.isdir(path + STAMP) and not os.path.islink(path + STAMP):
            os.rmdir(path + STAMP)  # an empty folder in its place (a link or file is replaced)
        os.replace(temporary, path + STAMP)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _rebuild(folder: str, path: str, current: str) -> sqlite.Connection:
    """Validate and compile the folder, and write the result atomically where it belongs.

    The cache folder is locked while one run builds; a run that finds it locked waits for
    the build and uses it, or compiles in memory if it waits too long."""
    import fcntl

    try:
        lock = os.open(os.path.dirname(path), os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return _compile_in_memory(folder)
    try:
        if not _locked(lock, _patience(folder), os.path.dirname(path)):
            return _compile_in_memory(folder)
        _write_holder(os.path.dirname(path))
        db = _open_current(path, current)  # another run may have built it while we waited
        if db is not None:
            return db
        _clear_abandoned(os.path.dirname(path))
        _clear_orphans(os.path.dirname(path), path)
        return _build(folder, path, current)
    finally:
        try:
            fcntl.flock(lock, fcntl.LOCK_UN)
        finally:
            os.close(lock)


def _patience(folder: str) -> float:
    files = (os.path.join(folder, name) for name in FILES.values())
    size = sum(os.stat(p).st_size for p in files if os.path.exists(p))
    return WAIT_SECONDS_MIN + WAIT_SECONDS_PER_MB * size / 2**20


def _locked(lock: int, patience: float, folder: str) -> bool:
    """Take the lock, waiting up to `patience` seconds for a run that holds it, and not at
    all once that run is seen stopped (Ctrl-Z in another terminal): it may never go on."""
    import fcntl

    started = time.monotonic()
    told = False
    looked = 0.0
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            waited = time.monotonic() - started
            if waited > patience:
                return False
            if waited - looked > HOLDER_LOOKS:
                looked = waited
                if _holder_stopped(folder):
                    return False
            if waited > WAIT_BEFORE_SAYING and not told:  # a build takes a fraction of that
                from neuroinfo.streams import say

                say("neuroinfo: waiting for another neuroinfo to finish compiling the data")
                told = True
            time.sleep(0.02)
        except OSError:  # a file system without locks: build without one
            return True


HOLDER_LOOKS = 0.2  # seconds between looks at whether the run holding the lock is stopped


def _write_holder(folder: str) -> None:
    """Say which run holds the lock (see _holder_stopped); never fails the build."""
    try:
        handle = os.open(
            os.path.join(folder, HOLDER),
            os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_NONBLOCK,
            0o600,
        )
    except OSError:
        return
    try:
        os.fchmod(handle, 0o600)
        os.write(handle, str(os.getpid()).encode("ascii"))
    except OSError:
        pass
    finally:
        os.close(handle)


def _holder_stopped(folder: str) -> bool:
    """Whether the run holding the lock is stopped (by a signal or a debugger), as Linux's
    /proc tells it; False wherever that cannot be told."""
    try:
        handle = os.open(os.path.join(folder, HOLDER), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        try:
            pid = int(os.read(handle, 32).decode("ascii").strip())
        finally:
            os.close(handle)
        with open(f"/proc/{pid}/stat", "rb") as stat_file:
            state = stat_file.read(4096).rpartition(b")")[2].split()[:1]
    except (OSError, ValueError):
        return False
    return state in ([b"T"], [b"t"])


def _clear_abandoned(folder: str) -> None:
    """Remove build files whose run has ended without finishing (killed, or the machine
    stopped). Only while holding the lock, so no build in progress is touched."""
    now = time.time()
    for entry in os.scandir(folder):
        if not entry.name.startswith(BUILDING):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            pid = int(entry.name[len(BUILDING) :].split("-")[0])
            if _alive(pid) and now - info.st_mtime < ABANDONED_AFTER:
                continue
            os.unlink(entry.path)
        except (OSError, ValueError, OverflowError):  # a pid too large for the system: no run
            continue


def _clear_orphans(folder: str, keep: str) -> None:
    """Remove the stores of data folders that no longer exist, so that a cache folder does
    not grow with every folder ever read, and the stamps of stores that are gone. Only our
    own regular files are opened."""
    for entry in os.scandir(folder):
        if entry.name.startswith(BUILDING):
            continue
        if entry.name.endswith(".sqlite" + STAMP):
            if not os.path.lexists(entry.path[: -len(STAMP)]):
                _remove(entry.path)
            continue
        if not entry.name.endswith(".sqlite"):
            continue
        path = entry.path
        if os.path.normpath(path) == os.path.normpath(keep):
            continue
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode) or not _ours(info):
                continue
            db = sqlite.connect(f"{_uri(path)}?mode=ro", uri=True, timeout=0)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            finally:
                db.close()
            recorded = row[0].split("\n")[2] if row and isinstance(row[0], str) else ""
            place = bytes.fromhex(recorded[6:]) if recorded.startswith("bytes:") else recorded
            if recorded and not os.path.isdir(place):
                os.unlink(path)
                _remove(path + STAMP)
        except (OSError, sqlite.Error, ValueError, IndexError):
            continue  # not ours to judge: leave it


def _remove(path: str) -> None:
    from contextlib import suppress

    with suppress(OSError):
        os.unlink(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _build(folder: str, path: str, current: str) -> sqlite.Connection:
    import signal
    import tempfile
    from pathlib import Path

    from neuroinfo.load import build

    built = build(Path(folder))  # a DataError here means nothing is cached
    # SIGTERM ends the run through the `finally` below, so its build file goes with it.
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        prefix = f"{BUILDING}{os.getpid()}-"
        folder_of_stores = os.path.dirname(path)
        # SIGTERM waits while the build file is made, and comes (if it came) inside the block
        # that removes the file: never between the file's making and that block
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        try:
            handle, temporary = tempfile.mkstemp(
                dir=folder_of_stores, prefix=prefix, suffix=".sqlite"
            )
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            raise
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            try:
                os.fchmod(handle, 0o600)  # readable by us whatever the umask
            finally:
                os.close(handle)
            db = sqlite.connect(temporary)
            try:
                # No journal and no syncs: this file is seen only after the rename below,
                # and a crash before then leaves nothing but a build file to clear away.
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                _compile(db, built, current)
            finally:
                db.close()
            os.replace(temporary, path)  # readers see the old file or the new one, never half
            _write_stamp(path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        db = _open_current(path, current)
        if db is not None:
            return db
    except (OSError, sqlite.Error):  # a read-only or full disk: compile in memory instead
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    db = sqlite.connect(":memory:")
    _compile(db, built, current)
    return db


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _compile_in_memory(folder: str) -> sqlite.Connection:
    from pathlib import Path

    from neuroinfo.load import build

    db = sqlite.connect(":memory:")
    _compile(db, build(Path(folder)), "")
    return db


def _compile(db: sqlite.Connection, built: dict[str, dict[str, Any]], current: str) -> None:
    from neuroinfo.load import bulk_work

    db.execute(TEMP_IN_MEMORY)
    with bulk_work():
        _fill(db, built, current)


def _fill(db: sqlite.Connection, built: dict[str, dict[str, Any]], current: str) -> None:
    db.executescript(LAYOUT)
    records, names, links = [], [], []
    for kind in KINDS:
        for position, record in enumerate(built[kind].values()):
            record_json = json.dumps(asdict(record))
            crc = zlib.crc32(record_json.encode())
            records.append((kind, record.id, position, record_json, crc))
            names += [
                (kind, key, record.id, row_crc(kind, key, record.id)) for key in keys_of(record)
            ]
            for link_kind, field in LINKS:
                if link_kind != kind:
                    continue
                value = getattr(record, field)
                relation = f"{kind}.{field}"
                for target in (value,) if isinstance(value, str) else value:
                    crc = row_crc(kind, record.id, relation, target)
                    links.append((kind, record.id, relation, target, crc))
    db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?)", records)
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", names)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?)", links)
    from neuroinfo.search import index

    index.build(db, built, keys_of)
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (current,))
    db.commit()
