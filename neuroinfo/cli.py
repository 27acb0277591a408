"""The command line: options, commands and exit codes. No YAML and no styling here.

Heavy modules (the loader, Rich, the citation libraries) are imported inside the commands
that use them, so `--help`, `--version` and `--json` pay only for what they print."""

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from neuroinfo import __version__
from neuroinfo.errors import DataError, NeuroinfoError, UsageError

if TYPE_CHECKING:
    from neuroinfo.model import KnowledgeBase, Reference

HELP = """Evidence-graded reference on peripheral neuropathy and what acupuncture can and
cannot do for it. Information, not medical advice.

Examples: neuroinfo types · neuroinfo symptom numbness · neuroinfo claims · neuroinfo refs

Exit codes: 0 ok · 1 not found · 2 usage error · 3 invalid data."""


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
    pretty_exceptions_show_locals=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"neuroinfo {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
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
    ctx.obj = {"data_dir": data_dir, "color": color.value}


# ---------------------------------------------------------------- plumbing


def _say_error(error: NeuroinfoError) -> None:
    if isinstance(error, DataError):
        lines = [str(f) for f in error.findings]
        lines.append(f"neuroinfo: the data has {len(error.findings)} problem(s); nothing was shown")
    else:
        lines = [f"neuroinfo: {error}"]
    sys.stderr.write("\n".join(_printable(line) for line in lines) + "\n")


def _printable(text: str) -> str:
    """Error text can echo user input; keep escape sequences in it inert."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@contextmanager
def _reported() -> Iterator[None]:
    """Expected failures become one message on stderr and their exit code."""
    try:
        yield
    except NeuroinfoError as error:
        _say_error(error)
        raise typer.Exit(error.exit_code) from None


def _data_dir(ctx: typer.Context) -> Path | None:
    return (ctx.find_root().obj or {}).get("data_dir")


def _knowledge(ctx: typer.Context) -> "KnowledgeBase":
    from neuroinfo.load import load

    return load(_data_dir(ctx))


def _chosen(fmt: str, as_json: bool) -> str:
    if as_json and fmt not in ("text", "json"):
        raise UsageError(f"choose one output: --json or --format {fmt}, not both")
    return "json" if as_json else fmt


@contextmanager
def _output() -> Iterator[None]:
    """A reader that closes the pipe early (`neuroinfo refs | head -1`) ends the run quietly."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _emit(ctx: typer.Context, fmt: str, data: Callable[[], Any], page: str, *args: Any) -> None:
    """Print JSON, or the page `pages.<page>(*args)` as text or Markdown.

    Rich is imported only for terminal pages."""
    if fmt == "json":
        with _output():
            sys.stdout.write(json.dumps(data(), indent=2, ensure_ascii=False) + "\n")
        return
    from neuroinfo import pages

    built = getattr(pages, page)(*args)
    if fmt == "markdown":
        from neuroinfo import markdown

        with _output():
            sys.stdout.write(markdown.render(built))
        return
    from neuroinfo import terminal

    with _output():
        terminal.show(built, ctx.find_root().obj["color"])


# What each reading command reads: the records, what to call one, the list and detail
# pages (in pages.py) and the JSON record maker (in records.py).
READERS = {
    "about": ("topics", "topics_list", "topic_page", "topic"),
    "types": ("types", "types_list", "type_page", "nerve_type"),
    "symptom": ("symptoms", "symptoms_list", "symptom_page", "symptom"),
    "claims": ("claims", "claims_list", "claim_page", "claim"),
    "refs": ("references", "refs_list", "ref_page", "reference"),
}


def _read(ctx: typer.Context, command: str, words: list[str] | None, fmt: str) -> None:
    """List every record of a kind, or show the one `words` names."""
    from neuroinfo import match, records

    kind, list_page, one_page, maker = READERS[command]
    kb = _knowledge(ctx)
    to_json = getattr(records, maker)
    if not words:
        every = kb.records(kind).values()
        _emit(ctx, fmt, lambda: [to_json(kb, r) for r in every], list_page, kb)
        return
    record = match.resolve(kb, kind, " ".join(words))
    _emit(ctx, fmt, lambda: to_json(kb, record), one_page, kb, record)


def _completer(*kinds: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """Shell completion: the ids of these kinds that start as typed, with their names as help."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        try:
            kb = _knowledge(ctx)
        except NeuroinfoError:
            return []
        return [
            (record_id, kb.records(kind)[record_id].name)
            for kind in kinds
            for record_id in kb.records(kind)
            if record_id.startswith(incomplete.lower())
        ]

    return complete


def _words(metavar: str, kind: str, help: str) -> Any:
    return typer.Argument(
        show_default=False, metavar=metavar, help=help, autocompletion=_completer(kind)
    )


AsJson = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
PageFormat = Annotated[
    Format, typer.Option("--format", "-f", help="text (default), markdown or json.")
]


# ---------------------------------------------------------------- commands


@app.command()
def about(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None, _words("TOPIC", "topics", "A topic: acupuncture, causes, safety...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """What acupuncture and neuropathy are, causes, safety, and this tool's disclaimer."""
    with _reported():
        _read(ctx, "about", topic, _chosen(fmt, as_json))


@app.command()
def types(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "types", "A nerve type: motor, sensory, autonomic...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Neuropathy by nerve type: motor, sensory, autonomic and combination."""
    with _reported():
        _read(ctx, "types", name, _chosen(fmt, as_json))


@app.command()
def symptom(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "symptoms", "A symptom's name, alias or id.")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """One symptom explained, with the evidence on acupuncture for it; without NAME, the list."""
    with _reported():
        _read(ctx, "symptom", name, _chosen(fmt, as_json))


@app.command()
def claims(
    ctx: typer.Context,
    claim_id: Annotated[list[str] | None, _words("ID", "claims", "A claim id.")] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Acupuncture claims, each with its evidence grade and citations."""
    with _reported():
        _read(ctx, "claims", claim_id, _chosen(fmt, as_json))


@app.command()
def refs(
    ctx: typer.Context,
    ref_id: Annotated[list[str] | None, _words("ID", "references", "A reference id.")] = None,
    fmt: Annotated[
        RefFormat,
        typer.Option(
            "--format",
            "-f",
            help="text (default), markdown, json; for reference managers bibtex, ris, csl-json.",
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
    from neuroinfo import match, records

    with _reported():
        chosen = _chosen(fmt, as_json)
        if cited_by is None and chosen in ("text", "markdown", "json"):
            _read(ctx, "refs", ref_id, chosen)
            return
        kb = _knowledge(ctx)
        if cited_by is not None and ref_id:
            raise UsageError("give a reference ID or --cited-by, not both")
        if cited_by is not None:
            kind, owner = match.resolve_among(kb, ("claims", "symptoms"), cited_by)
            chosen_refs = _cited_by(kb, kind, owner.id)
        elif ref_id:
            chosen_refs = [match.resolve(kb, "references", " ".join(ref_id))]
        else:
            chosen_refs = list(kb.references.values())
        if chosen in ("bibtex", "ris", "csl-json"):
            from neuroinfo.citations import WRITERS

            with _output():
                sys.stdout.write(WRITERS[chosen](chosen_refs))
            return
        _emit(
            ctx,
            chosen,
            lambda: [records.reference(kb, r) for r in chosen_refs],
            "refs_list",
            kb,
            chosen_refs,
        )


def _cited_by(kb: "KnowledgeBase", kind: str, owner: str) -> list["Reference"]:
    """A claim's source and references; a symptom's references and those of its claims."""
    if kind == "claims":
        claim = kb.claims[owner]
        ids = [claim.source, *claim.references]
    else:
        symptom = kb.symptoms[owner]
        related = kb.claims_about("symptoms", owner)
        ids = [*symptom.references, *(r for c in related for r in (c.source, *c.references))]
    return [kb.references[i] for i in dict.fromkeys(ids)]


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY", help="Words to look for.", show_default=False)
    ],
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    """Search symptoms, types, claims, references and topics; exits 1 when nothing matches."""
    from neuroinfo import match, records
    from neuroinfo.errors import NotFound

    with _reported():
        chosen = _chosen(fmt, as_json)
        kb = _knowledge(ctx)
        hits = match.search(
            {
                "symptom": kb.symptoms,
                "type": kb.types,
                "claim": kb.claims,
                "reference": kb.references,
                "topic": kb.topics,
            },
            " ".join(query),
            SEARCH_TEXT,
        )
        if not hits:
            raise NotFound(f"nothing matches '{' '.join(query)}'")
        _emit(ctx, chosen, lambda: [records.hit(kb, h) for h in hits], "search_results", kb, hits)


def _reference_text(r: Any) -> list[str]:
    return [r.title or "", r.container or "", *r.authors, str(r.year or ""), r.note or ""]


SEARCH_TEXT: dict[str, Callable[[Any], list[str]]] = {
    "symptom": lambda s: [s.summary, s.seek_care, s.urgent or "", *(c.label for c in s.codes)],
    "type": lambda t: [t.summary, t.nerves_do, t.damage_does, t.severity],
    "claim": lambda c: [c.statement, c.outcome, c.evidence, *c.caveats],
    "reference": _reference_text,
    "topic": lambda t: [t.summary, *t.paragraphs, *t.points],
}


class FindingsFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR",
            help="The data folder to check (default: the data in use).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        FindingsFormat, typer.Option("--format", "-f", help="text (default) or json.")
    ] = FindingsFormat.text,
) -> None:
    """Check a data folder: every problem, each as file:line:col, sorted.

    Exits 3 if there are errors; warnings (stale reviews, uncited references) exit 0."""
    from neuroinfo.load import bundled_data_dir, check, display_path
    from neuroinfo.model import KINDS

    with _reported():
        target = folder if folder is not None else _data_dir(ctx) or bundled_data_dir()
        built, findings = check(target)
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        with _output():
            if fmt == "json":
                rows = [
                    {
                        "path": f.path,
                        "line": f.line,
                        "column": f.column,
                        "severity": f.severity,
                        "message": f.message,
                    }
                    for f in findings
                ]
                sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write("".join(_printable(str(f)) + "\n" for f in findings))
        counts = ", ".join(f"{len(built[k])} {k}" for k in KINDS)
        summary = f"{errors} error(s), {warnings} warning(s) in {display_path(target)} ({counts})"
        sys.stderr.write(f"neuroinfo: {summary}\n")
        if errors:
            raise typer.Exit(3)


@app.command()
def schema(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE",
            help="A data file: overview, types, symptoms, claims or references.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of a data file (draft 2020-12); without FILE, of all of them."""
    from neuroinfo import match
    from neuroinfo import schema as schemas
    from neuroinfo.errors import NotFound

    with _reported():
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
        with _output():
            sys.stdout.write(json.dumps(shown, indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
