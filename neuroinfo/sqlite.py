"""SQLite, from Python's own C module for it. The `sqlite3` package around that module adds
only adapters for dates and times, and imports `datetime` for them: 2 to 3 ms at every start,
for values neuroinfo never stores. The names are the same objects `sqlite3` exports (a test
holds them to it); a Python whose C module lacks one of them gets them from `sqlite3`."""

try:
    from _sqlite3 import (  # type: ignore[import-not-found]
        Connection,
        DatabaseError,
        Error,
        OperationalError,
        connect,
    )
except ImportError:  # the module is private to CPython: its names are not promised
    from sqlite3 import Connection, DatabaseError, Error, OperationalError, connect

__all__ = ["Connection", "DatabaseError", "Error", "OperationalError", "connect"]
