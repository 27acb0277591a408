"""The command line as Typer defines it: options, commands, help and completion.

What each command does is in run.py; heavy modules (the loader, Rich, the citation
libraries) are imported only by the commands that use them."""

import os
import re
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from neuroinfo import sqlite
from neuroinfo.argv import ALIASES, arrange, unknown_command

try:  # the Click that this Typer uses: its own copy from 0.27, Click itself before
    from typer._click import Command, Context  # type: ignore[attr-defined]
    from typer._click.exceptions import NoSuchOption, UsageError  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    from click import Command, Context, NoSuchOption, UsageError  # type: ignore[no-redef]

from neuroinfo import __version__, run, safe
from neuroinfo.errors import NeuroinfoError, shown
from neuroinfo.streams import say

HELP = """Evidence-graded reference on peripheral neuropathy and what acupuncture can and
cannot do for it. Information, not medical advice.

\b
Examples:
  neuroinfo ask my feet burn at night
  neuroinfo symptom numbness
  neuroinfo claims restores-nerve-damage
  neuroinfo refs --format bibtex > neuroinfo.bib

Names need no quotes (neuroinfo symptom pins and needles), options may go anywhere, and
`neuroinfo help COMMAND` explains a command. Colour appears only on a terminal: NO_COLOR=1
or --color never turns it off. Long pages go through a pager on a terminal ($PAGER, else
less); --no-pager or NEUROINFO_PAGER= turns it off. --data-dir DIR (or NEUROINFO_DATA_DIR)
reads a data folder of your own; how to write one is in data/README.md in the source, and
`neuroinfo schema` prints the shape of each file.

Exit codes: 0 ok, 1 not found, 2 usage error, 3 invalid data."""


def examples(*lines: str, ids: str = "") -> str:
    """A command's help epilog: real examples, kept as written, and where its ids are."""
    text = "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)
    return text + (f"\n\n{ids}" if ids else "")


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


# Help never breaks a word at its hyphen ("csl-" / "json", "restores-" / "nerve-damage"): an
# id or option value must stay whole to be copied.
try:
    from typer._click._textwrap import TextWrapper as _Wrapper
except ImportError:  # pragma: no cover - a Typer that uses Click itself
    from click._textwrap import TextWrapper as _Wrapper
# TextWrapper sets the flag in __init__, so a read-only property is what keeps it off.
_Wrapper.break_on_hyphens = property(lambda self: False, lambda self, value: None)


class _Error(UsageError):
    """A mistake in the command line, said the way neuroinfo says every error."""

    def show(self, file: Any = None) -> None:
        say(f"neuroinfo: {self.message}")


def _show_usage_error(self: UsageError, file: Any = None) -> None:
    """Click's usage errors, said as neuroinfo says every error: one line, and the way on.
    An unknown option is matched against the command's options and the global ones."""
    import difflib

    command = self.ctx.command_path if self.ctx else "neuroinfo"
    if isinstance(self, NoSuchOption):
        known = [
            name
            for ctx in (self.ctx, self.ctx.parent if self.ctx else None)
            if ctx is not None
            for param in ctx.command.params
            for name in param.opts
            if name.startswith("--")
        ]
        near = difflib.get_close_matches(self.option_name, known, n=3, cutoff=0.75)
        text = f"no option {self.option_name}" + (
            f"; did you mean: {', '.join(near)}" if near else ""
        )
    else:
        text = self.format_message()
        text = text[:1].lower() + text[1:]
        # Click quotes a value by repr(): a byte that was not UTF-8 shows as \udcff, where
        # every other message shows it as \xff
        text = re.sub(r"\\udc([89a-f][0-9a-f])", r"\\x\1", text)
    # Click quotes what it could not use whole ("got unexpected extra arguments (...)"): a
    # message stays one readable line however much was typed
    say(f"neuroinfo: {shown(text, MESSAGE_LIMIT)} (see: {command} --help)")


MESSAGE_LIMIT = 200


UsageError.show = _show_usage_error  # type: ignore[method-assign]


class _Forgiving(TyperGroup):
    """Reads the command line as people type it (see argv.py): options anywhere, singular
    and plural command names, `help COMMAND`, and a record's name where a command should be
    answered with the command that opens it."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:  # not while completing a word on a key press
            arranged = arrange(args)
            folder = run.data_dir_in(arranged.argv)
            mistaken = unknown_command(arranged, lambda: run.knowledge(folder))
            if mistaken is not None:
                raise _Error(str(mistaken))
            args = arranged.argv
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        return super().get_command(ctx, ALIASES.get(cmd_name.casefold(), cmd_name))


class _Command(TyperCommand):
    """A command whose usage line writes a list of words as WORDS..., as most tools do
    (Typer would write {WORDS})."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


app = typer.Typer(
    cls=_Forgiving,
    name="neuroinfo",
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
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
            metavar="DIR",
            help="Read this data folder instead of the bundled one.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            metavar="WHEN",
            help="Colour: auto (only on a terminal, the default), always or never.",
            show_default=False,
        ),
    ] = Color.auto,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long pages straight out, with no pager.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Global options; the commands read them from the root context (see _data_dir)."""
    if no_pager:
        os.environ["NEUROINFO_PAGER"] = ""


# ---------------------------------------------------------------- plumbing


# The global options are read from the root context's parameters, not stored by the
# callback, because during shell completion the callback never runs.
def _data_dir(ctx: typer.Context) -> Path | None:
    folder = ctx.find_root().params.get("data_dir")  # as Click parsed it: text, not a Path
    return Path(folder) if folder else None


def _color(ctx: typer.Context) -> str:
    return str(ctx.find_root().params.get("color") or "auto")


def _completer(*kinds: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """Shell completion: the records of these kinds whose id (or, for points, code) starts
    as typed, whatever the case, offered in the case typed: `points ST<TAB>` gives ST36,
    `symptom NUMB<TAB>` gives NUMBNESS (names are read in any case)."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        typed = incomplete.casefold()
        upper = incomplete[:1].isupper()
        try:
            with run.knowledge(_data_dir(ctx)) as kb:
                found = []
                for kind in kinds:
                    for record in kb.records(kind).values():
                        offered = getattr(record, "code", None) if upper else None
                        offered = offered or record.id
                        if not offered.casefold().startswith(typed):
                            continue
                        if not offered.startswith(incomplete):  # Typer keeps only these
                            upper = incomplete.isupper()
                            rest = offered[len(incomplete) :]
                            offered = offered.upper() if upper else incomplete + rest
                        found.append((offered, _as_help(record.name)))
                return found
        except (NeuroinfoError, sqlite.Error):  # a key press must never print an error
            return []

    return complete


def _as_help(text: str) -> str:
    """A record's name as a completion's help: Typer draws that help through Rich, so its
    brackets are escaped to stay text, and nothing in it may act on the terminal."""
    from rich.markup import escape

    return escape(safe.clean(text, one_line=True))


def _words(metavar: str, kind: str, help: str) -> Any:
    return typer.Argument(
        show_default=False, metavar=metavar, help=help, autocompletion=_completer(kind)
    )


AsJson = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
PageFormat = Annotated[
    Format,
    typer.Option(
        "--format", "-f", metavar="FORMAT", help="text (the default), markdown (or md), or json."
    ),
]
NO_QUOTES = "A name of several words needs no quotes."


# ---------------------------------------------------------------- commands


@app.command(
    help="""Answer a question in your own words: urgent advice first if it sounds like an
    emergency, then the best match, then where to read on.""",
    cls=_Command,
    short_help="A question in your own words: the best answer first.",
    epilog=examples(
        "neuroinfo ask my feet burn at night",
        "neuroinfo ask can acupuncture repair damaged nerves",
        "neuroinfo ask is acupuncture safe with blood thinners --json",
        ids="The question needs no quotes. Words that signal an emergency put urgent advice first.",
    ),
)
def ask(
    ctx: typer.Context,
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION...", help="Your question, in your own words.", show_default=False
        ),
    ],
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.ask(_data_dir(ctx), _color(ctx), question, run.chosen(fmt, as_json))


@app.command(
    help="""What acupuncture and neuropathy are, causes, safety, when to get help at once, and
    this tool's disclaimer.""",
    cls=_Command,
    short_help="What acupuncture and neuropathy are; causes; safety; emergencies.",
    epilog=examples(
        "neuroinfo about",
        "neuroinfo about safety",
        "neuroinfo about emergencies",
        ids="Without TOPIC it lists the topics and their ids.",
    ),
)
def about(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None, _words("TOPIC", "topics", "A topic: acupuncture, causes, safety...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "about", topic, run.chosen(fmt, as_json))


@app.command(
    help="""Neuropathy by nerve type: motor, sensory, autonomic and combination.""",
    cls=_Command,
    short_help="The nerve types: motor, sensory, autonomic, combination.",
    epilog=examples(
        "neuroinfo types",
        "neuroinfo types autonomic",
        "neuroinfo types sensory --format markdown",
        ids="Without NAME it lists the types; a name, alias or id opens one.",
    ),
)
def types(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "types", "A nerve type: motor, sensory, autonomic...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "types", name, run.chosen(fmt, as_json))


@app.command(
    help="""One symptom explained: what needs help at once, when to see a doctor, its nerve
    types and the evidence on acupuncture for it; without NAME, the list.""",
    cls=_Command,
    short_help="One symptom and the evidence on acupuncture; or the list.",
    epilog=examples(
        "neuroinfo symptom numbness",
        "neuroinfo symptom pins and needles",
        "neuroinfo symptom foot drop --json",
        ids="Without NAME it lists every symptom with its id. " + NO_QUOTES,
    ),
)
def symptom(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None, _words("NAME", "symptoms", "A symptom's name, alias or id.")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "symptom", name, run.chosen(fmt, as_json))


@app.command(
    help="""Acupuncture claims, each with its evidence grade and citations.""",
    cls=_Command,
    short_help="Acupuncture claims with their evidence grades.",
    epilog=examples(
        "neuroinfo claims",
        "neuroinfo claims restores-nerve-damage",
        "neuroinfo claims cipn-pain --format markdown",
        ids="Without ID it lists every claim with its id, certainty and verdict.",
    ),
)
def claims(
    ctx: typer.Context,
    claim_id: Annotated[list[str] | None, _words("ID", "claims", "A claim id.")] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "claims", claim_id, run.chosen(fmt, as_json))


@app.command(
    help="""The bibliography, and which claims and symptoms cite each reference.

    Export it for Zotero, Mendeley or EndNote with --format bibtex, ris or csl-json, or
    print citations ready to paste with --style.""",
    cls=_Command,
    short_help="The bibliography, what cites it, and citation exports.",
    epilog=examples(
        "neuroinfo refs ju-2017",
        "neuroinfo refs 10.1002/14651858.CD012057.pub2 --style vancouver",
        "neuroinfo refs --cited-by cipn-pain --format ris > cipn-pain.ris",
        ids="Without ID it lists the bibliography, numbered, with each reference's id. A "
        "reference also answers to its DOI (bare or as a doi.org link), PubMed id, PMC id "
        "or [n] number. Styles: neuroinfo refs --style list.",
    ),
)
def refs(
    ctx: typer.Context,
    ref_id: Annotated[list[str] | None, _words("ID", "references", "A reference.")] = None,
    fmt: Annotated[
        RefFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, markdown or json; for reference managers bibtex, ris or csl-json.",
        ),
    ] = RefFormat.text,
    style: Annotated[
        str | None,
        typer.Option(
            "--style",
            metavar="STYLE",
            help="Formatted citations in a citation style: vancouver, apa, ama, harvard... "
            "(list: --style list).",
            show_default=False,
        ),
    ] = None,
    cited_by: Annotated[
        str | None,
        typer.Option(
            "--cited-by",
            metavar="ID",
            help="Only the references a claim, symptom, nerve type, point or topic cites.",
            autocompletion=_completer(*run.CITERS),
            show_default=False,
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        chosen = run.chosen(fmt, as_json)
        if style is not None:
            if chosen not in ("text", "markdown", "json"):
                raise run.UsageError(f"choose one: --style or --format {chosen}, not both")
            run.styled_refs(_data_dir(ctx), ref_id, cited_by, style, chosen)
        elif cited_by is None and chosen in ("text", "markdown", "json"):
            run.read(_data_dir(ctx), _color(ctx), "refs", ref_id, chosen)
        else:
            run.export_refs(_data_dir(ctx), _color(ctx), ref_id, cited_by, chosen)


@app.command(
    help="""Acupuncture points in the studies: where each lies, and which studies used it.""",
    cls=_Command,
    short_help="Acupuncture points: where each lies, which studies used it.",
    epilog=examples(
        "neuroinfo points",
        "neuroinfo points ST36",
        "neuroinfo points zu san li",
        ids="Without CODE it lists the points. A point answers to its code (ST36, st-36, "
        "Stomach 36, LIV3) and its pinyin, spaced or not.",
    ),
)
def points(
    ctx: typer.Context,
    code: Annotated[
        list[str] | None, _words("CODE", "points", "A point: ST36, st-36, Zusanli...")
    ] = None,
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.read(_data_dir(ctx), _color(ctx), "points", code, run.chosen(fmt, as_json))


@app.command(
    help="""Search symptoms, types, claims, references, points and topics, best first; exit 1 if
    nothing matches.""",
    cls=_Command,
    short_help="Search every kind of record, ranked; exit 1 if nothing matches.",
    epilog=examples(
        "neuroinfo search burning feet",
        "neuroinfo search accupuncture safety",
        "neuroinfo search chemotherapy --json",
        ids="Anything from one word to a paragraph; open a result with the command it names.",
    ),
)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="WORDS...", help="Words to look for.", show_default=False),
    ],
    fmt: PageFormat = Format.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.search(_data_dir(ctx), _color(ctx), query, run.chosen(fmt, as_json))


class CheckFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    claimreview = "claimreview"


@app.command(
    help="""Check an article: find each sentence that makes a claim neuroinfo grades, and set it
    beside the verdict, its certainty and what the research shows. Exit 0 when it ran.""",
    cls=_Command,
    short_help="Check an article: each claim in it beside what the research shows.",
    epilog=examples(
        "neuroinfo check article.html",
        "curl -s https://example.org/page | neuroinfo check -",
        "neuroinfo check blog.md --format claimreview > claims.jsonld",
        ids="FILE is plain text, Markdown or a web page saved from a browser (HTML); - reads "
        "standard input. Each claim found links to its page: neuroinfo claims ID.",
    ),
)
def check(
    ctx: typer.Context,
    file: Annotated[
        str,  # read by neuroinfo: a missing file is one clear message (exit 1)
        typer.Argument(metavar="FILE", help="The article to check, or - for standard input."),
    ],
    fmt: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text (the default), markdown (a fact-check page to publish), json, or "
            "claimreview (schema.org ClaimReview JSON-LD).",
            show_default=False,
        ),
    ] = CheckFormat.text,
    as_json: AsJson = False,
) -> None:
    with run.reported():
        run.check(_data_dir(ctx), _color(ctx), file, run.chosen(fmt, as_json))


class FindingsFormat(StrEnum):
    text = "text"
    json = "json"


@app.command(
    help="""Check a data folder: every problem, each as file:line:col, sorted.

    Exits 3 if there are errors; warnings (stale reviews, uncited references) exit 0.""",
    cls=_Command,
    short_help="Check a data folder and list every problem.",
    epilog=examples(
        "neuroinfo validate",
        "neuroinfo validate path/to/my-data",
        "neuroinfo validate -f json",
        ids="How to write the data: data/README.md in the source.",
    ),
)
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
        FindingsFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text (the default) or json.",
            show_default=False,
        ),
    ] = FindingsFormat.text,
    as_json: AsJson = False,
) -> None:
    from neuroinfo import errors
    from neuroinfo.folders import bundled_data_dir, display_path
    from neuroinfo.load import check
    from neuroinfo.model import KINDS

    with run.reported():
        if folder is not None and not folder.strip():  # as --data-dir '': not "this folder"
            raise errors.UsageError("validate needs a folder (or none, for the data in use)")
        target = Path(folder) if folder is not None else _data_dir(ctx) or bundled_data_dir()
        built, findings = check(target)
        errors = sum(f.stands_for for f in findings if f.severity == "error")
        warnings = sum(f.stands_for for f in findings) - errors
        if fmt == "json" or as_json:
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


@app.command(
    help="""Print the JSON Schema of a data file (draft 2020-12); without FILE, of all of them.""",
    cls=_Command,
    short_help="Print the JSON Schema of a data file.",
    epilog=examples(
        "neuroinfo schema",
        "neuroinfo schema symptoms > symptoms.schema.json",
    ),
)
def schema(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE",
            help="A data file: overview, types, symptoms, claims, references, points or red_flags.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Accepted as every command takes it: a schema is printed as JSON already.",
        ),
    ] = False,
) -> None:
    from neuroinfo import match
    from neuroinfo import schema as schemas
    from neuroinfo.errors import NotFound

    with run.reported():
        if file is None:
            given: Any = {schemas.FILE_OF[k]: schemas.bundled(k) for k in schemas.KINDS}
        else:
            stem = file.removesuffix(".json").removesuffix(".schema").removesuffix(".yaml")
            kinds = {name.removesuffix(".yaml"): k for k, name in schemas.FILE_OF.items()}
            if stem not in kinds:
                hints = match.suggest(stem, kinds)
                hint = f"; did you mean: {', '.join(hints)}" if hints else ""
                raise NotFound(f"no data file named '{shown(file)}'{hint}")
            given = schemas.bundled(kinds[stem])
        run.write_json(given)
