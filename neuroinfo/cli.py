"""The command line: options, commands and exit codes. No YAML and no styling here.

Heavy modules (the loader, Rich pages) are imported inside the commands that use them,
so `--help`, `--version` and `--json` pay only for what they print."""

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
from neuroinfo.errors import DataError, NeuroinfoError

if TYPE_CHECKING:
    from neuroinfo.model import KnowledgeBase

HELP = """Evidence-graded reference on peripheral neuropathy and what acupuncture can and
cannot do for it. Information, not medical advice.

Examples: neuroinfo types · neuroinfo symptom numbness · neuroinfo claims · neuroinfo refs

Exit codes: 0 ok · 1 not found · 2 usage error · 3 invalid data."""


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


app = typer.Typer(
    name="neuroinfo",
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
)

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print machine-readable JSON instead of a page.")
]


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


def _knowledge(ctx: typer.Context) -> "KnowledgeBase":
    from neuroinfo.load import load

    return load(ctx.obj["data_dir"])


def _joined(words: list[str] | None) -> str | None:
    return " ".join(words) if words else None


def _show(
    ctx: typer.Context, as_json: bool, data: Callable[[], Any], page: str, *args: Any
) -> None:
    """Print JSON, or the page `pages.<page>(*args)` builds; Rich loads only for pages.

    A reader that closes the pipe early ends the run quietly."""
    try:
        if as_json:
            sys.stdout.write(json.dumps(data(), indent=2, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            from neuroinfo import pages, terminal

            terminal.show(getattr(pages, page)(*args), ctx.obj["color"])
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


# ---------------------------------------------------------------- commands


@app.command()
def about(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            show_default=False, metavar="TOPIC", help="A topic, e.g. acupuncture, causes, safety."
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """What acupuncture and neuropathy are, causes, safety, and this tool's disclaimer."""
    from neuroinfo import match, records

    with _reported():
        kb = _knowledge(ctx)
        if not (name := _joined(topic)):
            _show(
                ctx,
                as_json,
                lambda: [records.topic(kb, t) for t in kb.topics.values()],
                "topics_list",
                kb,
            )
            return
        found = match.resolve(kb.topics, name, "topic")
        _show(ctx, as_json, lambda: records.topic(kb, found), "topic_page", kb, found)


@app.command()
def types(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None,
        typer.Argument(
            show_default=False, metavar="NAME", help="A nerve type: motor, sensory, autonomic..."
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Neuropathy by nerve type: motor, sensory, autonomic and combination."""
    from neuroinfo import match, records

    with _reported():
        kb = _knowledge(ctx)
        if not (wanted := _joined(name)):
            _show(
                ctx,
                as_json,
                lambda: [records.nerve_type(kb, t) for t in kb.types.values()],
                "types_list",
                kb,
            )
            return
        found = match.resolve(kb.types, wanted, "nerve type")
        _show(
            ctx,
            as_json,
            lambda: records.nerve_type(kb, found),
            "type_page",
            kb,
            found,
        )


@app.command()
def symptom(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None,
        typer.Argument(show_default=False, metavar="NAME", help="A symptom's name, alias or id."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """One symptom explained, with the evidence on acupuncture for it; without NAME, the list."""
    from neuroinfo import match, records

    with _reported():
        kb = _knowledge(ctx)
        if not (wanted := _joined(name)):
            _show(
                ctx,
                as_json,
                lambda: [records.symptom(kb, s) for s in kb.symptoms.values()],
                "symptoms_list",
                kb,
            )
            return
        found = match.resolve(kb.symptoms, wanted, "symptom")
        _show(
            ctx,
            as_json,
            lambda: records.symptom(kb, found),
            "symptom_page",
            kb,
            found,
        )


@app.command()
def claims(
    ctx: typer.Context,
    claim_id: Annotated[
        list[str] | None, typer.Argument(show_default=False, metavar="ID", help="A claim id.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Acupuncture claims, each with its evidence grade and citations."""
    from neuroinfo import match, records

    with _reported():
        kb = _knowledge(ctx)
        if not (wanted := _joined(claim_id)):
            _show(
                ctx,
                as_json,
                lambda: [records.claim(kb, c) for c in kb.claims.values()],
                "claims_list",
                kb,
            )
            return
        found = match.resolve(kb.claims, wanted, "claim")
        _show(ctx, as_json, lambda: records.claim(kb, found), "claim_page", kb, found)


@app.command()
def refs(
    ctx: typer.Context,
    ref_id: Annotated[
        list[str] | None, typer.Argument(show_default=False, metavar="ID", help="A reference id.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The bibliography, and which claims and symptoms cite each reference."""
    from neuroinfo import match, records

    with _reported():
        kb = _knowledge(ctx)
        if not (wanted := _joined(ref_id)):
            _show(
                ctx,
                as_json,
                lambda: [records.reference(kb, r) for r in kb.references.values()],
                "refs_list",
                kb,
            )
            return
        found = match.resolve(kb.references, wanted, "reference")
        _show(ctx, as_json, lambda: records.reference(kb, found), "ref_page", kb, found)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY", help="Words to look for.", show_default=False)
    ],
    as_json: JsonOption = False,
) -> None:
    """Search symptoms, types, claims, references and topics; exits 1 when nothing matches."""
    from neuroinfo import match, records
    from neuroinfo.errors import NotFound

    with _reported():
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
        _show(
            ctx,
            as_json,
            lambda: [records.hit(kb, h) for h in hits],
            "search_results",
            kb,
            hits,
        )


def _reference_text(r: Any) -> list[str]:
    return [r.title or "", r.container or "", *r.authors, str(r.year or ""), r.note or ""]


SEARCH_TEXT: dict[str, Callable[[Any], list[str]]] = {
    "symptom": lambda s: [s.summary, s.seek_care, s.urgent or "", *(c.label for c in s.codes)],
    "type": lambda t: [t.summary, t.nerves_do, t.damage_does, t.severity],
    "claim": lambda c: [c.statement, c.outcome, c.evidence, *c.caveats],
    "reference": _reference_text,
    "topic": lambda t: [t.summary, *t.paragraphs, *t.points],
}


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
