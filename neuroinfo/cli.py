"""The command line as Typer defines it: options, commands, help and completion.

What each command does is in run.py; heavy modules (the loader, Rich, the citation
libraries) are imported only by the commands that use them."""

import sqlite3
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from neuroinfo import __version__, run
from neuroinfo.errors import NeuroinfoError
from neuroinfo.streams import say

if TYPE_CHECKING:
    pass

HELP = """Evidence-graded reference on peripheral neuropathy and what acupuncture can and
cannot do for it. Information, not medical advice.

Examples: neuroinfo types, neuroinfo symptom numbness, neuroinfo claims, neuroinfo refs

Exit codes: 0 ok, 1 not found, 2 usage error, 3 invalid data."""


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class RefFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    bibtex = "bibtex"
    ris = "ris"
    csl_json = "csl-json"


app = typer.Typer(
    name="neuroinfo",
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"neuroinfo {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    data_dir: Annotated[
        str | None,  # text, not a Path: Typer's own checks would give a usage error (exit 2)
        typer.Option(
            "--data-dir",
            envvar="NEUROINFO_DATA_DIR",
            help="Read this data folder instead of the bundled one.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        Color, typer.Option("--color", help="Colour: auto (only on a terminal), always, never.")
    ] = Color.auto,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Global options; the commands read them from the root context (see _data_dir)."""


# ---------------------------------------------------------------- plumbing


# The global options are read from the root context's parameters, not stored by the
# callback, because during shell completion the callback never runs.
def _data_dir(ctx: typer.Context) -> Path | None:
    folder = ctx.find_root().params.get("data_dir")  # as Click parsed it: text, not a Path
    return Path(folder) if folder else None


def _color(ctx: typer.Context) -> str:
    return str(ctx.find_root().params.get("color") or "auto")


def _completer(*kinds: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """Shell completion: the ids of these kinds that start as typed, with their names as help."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        try:
            with run.knowledge(_data_dir(ctx)) as kb:
                return [
                    (record_id, kb.records(kind)[record_id].name)
                    for kind in kinds
                    for record_id in kb.records(kind)
                    if record_id.startswith(incomplete.lower())
                ]
        except (NeuroinfoError, sqlite3.Error):  # a key press must never print an error
            return []

    return complete


def _words(metavar: str, kind: str, help: str) -> Any:
    return typer.Argument(
        show_default=False, metavar=metavar, help=help, autocompletion=_completer(kind)
    )


AsJson = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
PageFormat = Annotated[
    Format, typer.Option("--format", "-f", help="Output: text, markdown or json.")
]


# ---------------------------------------------------------------- commands


@app.command(short_help="A question in your own words: the best answer first.")
def ask(
    ctx: typer.Context,
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION", help="Your question, in your own words.", show_default=False
        ),
    ],
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Answer a question in your own words: urgent advice first if it sounds like an
    emergency, then the best match, then where to read on."""
    with run.reported():
        run.ask(_data_dir(ctx), _color(ctx), question, run.chosen(fmt, as_json))


@app.command(short_help="What acupuncture and neuropathy are; causes; safety.")
def about(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None, _words("TOPIC", "topics", "A topic: acupuncture, causes, safety...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """What acupuncture and neuropathy are, causes, safety, and this tool's disclaimer."""
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "about", topic, run.chosen(fmt, as_json))


@app.command(short_help="The nerve types: motor, sensory, autonomic, combination.")
def types(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "types", "A nerve type: motor, sensory, autonomic...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Neuropathy by nerve type: motor, sensory, autonomic and combination."""
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "types", name, run.chosen(fmt, as_json))


@app.command(short_help="One symptom and the evidence on acupuncture; or the list.")
def symptom(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "symptoms", "A symptom's name, alias or id.")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """One symptom explained, with the evidence on acupuncture for it; without NAME, the list."""
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "symptom", name, run.chosen(fmt, as_json))


@app.command(short_help="Acupuncture claims with their evidence grades.")
def claims(
    ctx: typer.Context,
    claim_id: Annotated[list[str] | None, _words("ID", "claims", "A claim id.")] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Acupuncture claims, each with its evidence grade and citations."""
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "claims", claim_id, run.chosen(fmt, as_json))


@app.command(short_help="The bibliography, what cites it, and citation exports.")
def refs(
    ctx: typer.Context,
    ref_id: Annotated[list[str] | None, _words("ID", "references", "A reference id.")] = None,
    fmt: Annotated[
        RefFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output: text, markdown, json; for reference managers bibtex, ris, csl-json.",
        ),
    ] = RefFormat.text,
    cited_by: Annotated[
        str | None,
        typer.Option(
            "--cited-by",
            metavar="ID",
            help="Only the references a claim or symptom cites.",
            autocompletion=_completer("claims", "symptoms"),
            show_default=False,
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """The bibliography, and which claims and symptoms cite each reference.

    Export it for Zotero, Mendeley or EndNote with --format bibtex, ris or csl-json."""
    with run.reported():
        chosen = run.chosen(fmt, as_json)
        if cited_by is None and chosen in ("text", "markdown", "json"):
            run.read(_data_dir(ctx), _color(ctx), "refs", ref_id, chosen)
        else:
            run.export_refs(_data_dir(ctx), _color(ctx), ref_id, cited_by, chosen)


@app.command(short_help="Acupuncture points: where each lies, which studies used it.")
def points(
    ctx: typer.Context,
    code: Annotated[
        list[str] | None, _words("CODE", "points", "A point: ST36, st-36, Zusanli...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Acupuncture points in the studies: where each lies, and which studies used it."""
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "points", code, run.chosen(fmt, as_json))


@app.command(short_help="Search every kind of record; exit 1 if nothing matches.")
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY", help="Words to look for.", show_default=False)
    ],
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Search symptoms, types, claims, references, points and topics; exit 1 if nothing matches."""
    with run.reported():
        run.search(_data_dir(ctx), _color(ctx), query, run.chosen(fmt, as_json))


class FindingsFormat(StrEnum):
    text = "text"
    json = "json"


@app.command(short_help="Check a data folder and list every problem.")
def validate(
    ctx: typer.Context,
    folder: Annotated[
        str | None,  # checked by neuroinfo (exit 3), not by Typer (exit 2)
        typer.Argument(
            metavar="DIR",
            help="The data folder to check (default: the data in use).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        FindingsFormat, typer.Option("--format", "-f", help="Output: text or json.")
    ] = FindingsFormat.text,
) -> None:
    """Check a data folder: every problem, each as file:line:col, sorted.

    Exits 3 if there are errors; warnings (stale reviews, uncited references) exit 0."""
    from neuroinfo.folders import bundled_data_dir, display_path
    from neuroinfo.load import check
    from neuroinfo.model import KINDS

    with run.reported():
        target = Path(folder) if folder is not None else _data_dir(ctx) or bundled_data_dir()
        built, findings = check(target)
        errors = sum(f.stands_for for f in findings if f.severity == "error")
        warnings = sum(f.stands_for for f in findings) - errors
        if fmt == "json":
            fields = ("path", "line", "column", "severity", "message")
            run.write_json([{name: getattr(f, name) for name in fields} for f in findings])
        else:
            with run.output():
                sys.stdout.write("".join(run.printable(str(f)) + "\n" for f in findings))
        counts = ", ".join(f"{len(built[k])} {k.replace('_', ' ')}" for k in KINDS)
        where = run.printable(display_path(target))
        say(f"neuroinfo: {errors:,} error(s), {warnings:,} warning(s) in {where} ({counts})")
        if errors:
            raise typer.Exit(3)


@app.command(short_help="Print the JSON Schema of a data file.")
def schema(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE",
            help="A data file: overview, types, symptoms, claims, references or points.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of a data file (draft 2020-12); without FILE, of all of them."""
    from neuroinfo import match
    from neuroinfo import schema as schemas
    from neuroinfo.errors import NotFound

    with run.reported():
        if file is None:
            shown: Any = {schemas.FILE_OF[k]: schemas.bundled(k) for k in schemas.KINDS}
        else:
            stem = file.removesuffix(".json").removesuffix(".schema").removesuffix(".yaml")
            kinds = {name.removesuffix(".yaml"): k for k, name in schemas.FILE_OF.items()}
            if stem not in kinds:
                hints = match.suggest(stem, kinds)
                hint = f"; did you mean: {', '.join(hints)}" if hints else ""
                raise NotFound(f"no data file named '{file}'{hint}")
            shown = schemas.bundled(kinds[stem])
        run.write_json(shown)
