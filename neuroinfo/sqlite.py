"""SQLite, from Python's own C module for it. The `sqlite3` package around that module adds
only adapters for dates and times, and imports `datetime` for them: 2 to 3 ms at every start,
for values neuroinfo never stores. The names are the same objects `sqlite3` exports."""

from _sqlite3 import Connection, DatabaseError, Error, OperationalError, connect  # type: ignore[import-not-found]

__all__ = ["Connection", "DatabaseError", "Error", "OperationalError", "connect"]
