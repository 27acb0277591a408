"""Where data lives: the bundled folder and its schemas, and the checks any data folder must
pass before it is read. Kept apart from the loader so that a warm run need not import it."""

from __future__ import annotations

import os
import stat

from neuroinfo.errors import DataError, NeuroinfoError
from neuroinfo.model import FILES

TYPE_CHECKING = False
if TYPE_CHECKING:  # pathlib costs milliseconds at start-up: a warm run uses os.path
    from pathlib import Path


class DataFolderError(NeuroinfoError):
    exit_code = DataError.exit_code


def bundled_data_folder() -> str:
    """The data shipped inside the package, or the repository's data/ for a source checkout."""
    package = os.path.dirname(os.path.realpath(__file__))
    shipped = os.path.join(package, "data")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(package), "data")


def bundled_data_dir() -> Path:
    """bundled_data_folder() as a Path, for the commands that compile or show data."""
    from pathlib import Path

    return Path(bundled_data_folder())


def schema_files() -> list[str]:
    """The bundled schemas: the shared definitions and one per data file."""
    folder = os.path.join(bundled_data_folder(), "schemas")
    names = ["common.schema.json", *(f.replace(".yaml", ".schema.json") for f in FILES.values())]
    return [os.path.join(folder, name) for name in names]


def display_path(path: str | os.PathLike[str]) -> str:
    """The path relative to the working folder when it lies inside it, else in full."""
    path = os.fspath(path)
    if not os.path.isabs(path):
        return path
    try:
        relative = os.path.relpath(path)
    except (ValueError, OSError):  # another drive on Windows; a working folder deleted
        return str(path)
    return (
        str(path) if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative
    )


def check_folder(folder: str | os.PathLike[str]) -> None:
    """The folder exists, can be read, and holds at least one data file; else one message."""
    shown = display_path(folder)
    if not shown.strip() or shown != shown.strip():  # " " shown bare is no name at all
        shown = f"'{shown}'"
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise DataFolderError(f"no such data folder: {shown}") from None
    except OSError as error:  # a path too long, a link loop, a folder on the way locked
        reason = error.strerror or str(error)
        raise DataFolderError(f"data folder cannot be read ({reason}): {shown}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise DataFolderError(f"data folder is not a folder: {shown}")
    if not os.access(folder, os.R_OK | os.X_OK):
        raise DataFolderError(f"data folder cannot be read (permission denied): {shown}")
    if not any(os.path.lexists(os.path.join(folder, name)) for name in FILES.values()):
        expected = ", ".join(FILES.values())
        raise DataFolderError(f"no data files in {shown} (expected one or more of: {expected})")
