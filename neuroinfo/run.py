"""Running a command: reading the knowledge base, choosing the output, turning expected
failures into one message and an exit code. Nothing here imports Typer.

`main` is the console entry point. Typer (cli.py) defines the interface, but importing it
costs more than everything else a warm lookup does (see bench/startup.py), so the plain
reading commands, given only names and perhaps --json, run straight from here; every other
command line, including help, completion and any mistake, goes through Typer."""

from __future__ import annotations

import functools
import json
import os
import sys

from neuroinfo import sqlite
from neuroinfo.errors import (
    DataError,
    InputError,
    NeuroinfoError,
    NotFound,
    OutputError,
    UsageError,
    printable,
    shown,
)
from neuroinfo.safe import json_escaped
from neuroinfo.streams import encoding_of, is_utf8, say

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any, ParamSpec

    from neuroinfo.model import KnowledgeBase

    Args = ParamSpec("Args")

# What each reading command reads: the kind of record, the list and detail pages (in
# pages.py) and the JSON record maker (in records.py).
READERS = {
    "about": ("topics", "topics_list", "topic_page", "topic"),
    "types": ("types", "types_list", "type_page", "nerve_type"),
    "symptom": ("symptoms", "symptoms_list", "symptom_page", "symptom"),
    "claims": ("claims", "claims_list", "claim_page", "claim"),
    "refs": ("references", "refs_list", "ref_page", "reference"),
    "points": ("points", "points_list", "point_page", "point"),
}


def say_error(error: NeuroinfoError) -> None:
    if isinstance(error, DataError):
        lines = [str(f) for f in error.findings]
        lines.append(f"neuroinfo: the data has {error.count} problem(s); nothing was shown")
    else:
        lines = [f"neuroinfo: {error}"]
    say("\n".join(printable(line) for line in lines))


def typed(words: list[str]) -> list[str]:
    """The words as typed: an argument the locale could not decode (a C locale, with
    PYTHONUTF8=0) holds its bytes as stand-ins; read as UTF-8, as terminals send them, when
    they are (never a path: those must keep their bytes)."""
    return [_as_utf8(word) for word in words]


def _as_utf8(word: str) -> str:
    if not any("\udc80" <= char <= "\udcff" for char in word):
        return word
    try:
        return os.fsencode(word).decode("utf-8")
    except UnicodeError:
        return word


# The two context managers are classes, not @contextmanager generators (contextlib costs
# half a millisecond to import, more than either does), named as the functions they were.
class reported:
    """Expected failures become one message on stderr and their exit code."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> bool:
        if isinstance(error, NeuroinfoError):
            say_error(error)
            raise SystemExit(error.exit_code) from None
        return False


class output:
    """Writing to standard output. A reader that closes the pipe early (`neuroinfo refs |
    head -1`) ends the run quietly; a closed or failing output (a full disk) is an error."""

    def __enter__(self) -> None:
        if sys.stdout is None:
            raise OutputError("cannot write the output: standard output is closed")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> bool:
        if error is None:
            try:
                sys.stdout.flush()
            except OSError as failed:
                _failed(failed)
        elif isinstance(error, OSError):
            _failed(error)
        return False


def _failed(error: OSError) -> None:
    """The output failed: quietly ended when its reader left, else an OutputError."""
    # What is still buffered goes nowhere, so the flush at exit cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    if isinstance(error, BrokenPipeError):
        raise SystemExit(0) from None
    raise OutputError(f"cannot write the output: {error.strerror or error}") from None


def write_json(value: Any, embedded: bool = False) -> None:
    """JSON as UTF-8 bytes, as JSON is exchanged, whatever the output's encoding (UTF-16
    too); with \\u escapes where that encoding is not UTF-8, so a terminal shows it right.
    JSON-LD meant for a page's <script> (`embedded`) has "<", ">" and "&" escaped too, so
    that no text in it (an article's "</script>") can end the script early."""
    plain = not is_utf8(encoding_of(sys.stdout))
    text = json_escaped(json.dumps(value, indent=2, ensure_ascii=plain))
    if embedded:  # these stand only inside strings in JSON, where the escapes mean the same
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    write_utf8(text + "\n")


def write_utf8(text: str) -> None:
    """An export file, which promises UTF-8: its bytes, whatever the locale's encoding."""
    with output():
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a stream with no bytes beneath it (a test runner's)
            sys.stdout.write(text)
        else:
            # a byte of a path that was not UTF-8 (a lone surrogate) as \udcNN: in JSON, the
            # escape of the very same string
            buffer.write(text.encode("utf-8", "backslashreplace"))


# SQLite's complaints about a query itself (too long, too deep), as opposed to the file it
# reads: queries are bounded so that these cannot happen, and if one did it would be a fault
# in neuroinfo, never a reason to throw a sound cache away.
QUERY_LIMITS = ("too large", "too complex", "too many", "too big", "syntax error", "stack")


def recovering(command: Callable[Args, None]) -> Callable[Args, None]:
    """A command reading the compiled store runs again if the store proves damaged part-way
    through (a page fails to decode, a table is missing, a record fails its checksum): first
    after removing the damaged file, so that the data is compiled afresh; then, if that fails
    too (something keeps damaging it), compiled in memory for this run."""

    @functools.wraps(command)
    def run(*args: Args.args, **kwargs: Args.kwargs) -> None:
        from neuroinfo import cache
        from neuroinfo.model import StoreDamaged

        for attempt in range(3):
            try:
                command(*args, **kwargs)
                return
            except (sqlite.DatabaseError, StoreDamaged) as error:
                text = str(error).lower()
                if isinstance(error, sqlite.OperationalError) and any(
                    limit in text for limit in QUERY_LIMITS
                ):
                    raise
                if attempt == 0 and not cache.discard():
                    raise  # no cache file was read: the fault is not the cache's
                if attempt == 2:
                    raise
                if attempt == 1:
                    cache.in_memory()

    return run


# What --cited-by answers to: every kind of record with a page that cites references.
CITERS = ("claims", "symptoms", "types", "points", "topics")


def chosen(fmt: str, as_json: bool) -> str:
    if as_json and fmt not in ("text", "json"):
        raise UsageError(f"choose one output: --json or --format {fmt}, not both")
    return "json" if as_json else fmt


def knowledge(data_dir: str | Path | None) -> KnowledgeBase:
    """The knowledge base in `data_dir` (default: the bundled data), through the cache."""
    from neuroinfo.cache import knowledge as compiled
    from neuroinfo.folders import bundled_data_folder

    return compiled(data_dir if data_dir is not None else bundled_data_folder())


def emit(color: str, fmt: str, data: Callable[[], Any], page: str, *args: Any) -> None:
    """Print JSON, or the page `pages.<page>(*args)` as text or Markdown.

    Rich is imported only for terminal pages."""
    if fmt == "json":
        write_json(data())
        return
    from neuroinfo import pages

    show_page(color, fmt, getattr(pages, page)(*args))


def show_page(color: str, fmt: str, built: Any) -> None:
    """A page as text on the terminal, or as Markdown."""
    if fmt == "markdown":
        from neuroinfo.render import markdown

        with output():
            sys.stdout.write(markdown.render(built))
        return
    from neuroinfo.render import terminal

    with output():
        terminal.show(built, color)


@recovering
def read(
    data_dir: str | Path | None, color: str, command: str, words: list[str] | None, fmt: str
) -> None:
    """List every record of a kind, or show the one `words` names."""
    from neuroinfo import match, records

    kind, list_page, one_page, maker = READERS[command]
    to_json = getattr(records, maker)
    words = typed(words) if words else words
    with knowledge(data_dir) as kb:
        if not words:
            every = kb.records(kind).values()
            emit(color, fmt, lambda: [to_json(kb, r) for r in every], list_page, kb)
            return
        record = match.resolve(kb, kind, " ".join(words))
        emit(color, fmt, lambda: to_json(kb, record), one_page, kb, record)


@recovering
def search(data_dir: str | Path | None, color: str, words: list[str], fmt: str) -> None:
    """Records matching every word, best first; NotFound when nothing matches."""
    from neuroinfo import match, records

    with knowledge(data_dir) as kb:
        query = " ".join(typed(words))
        hits, ranking = match.search(kb, query)
        if not hits:
            from neuroinfo.search.signs import red_flags_in

            if fmt != "json" and red_flags_in(kb.db, query):
                emit(color, fmt, list, "search_results", kb, [], ranking, query)  # urgent first
            raise NotFound(f"nothing matches '{shown(query)}'")
        page_args = (kb, hits, ranking, query)
        emit(color, fmt, lambda: [records.hit(kb, h) for h in hits], "search_results", *page_args)


@recovering
def ask(data_dir: str | Path | None, color: str, words: list[str], fmt: str) -> None:
    """Answer a question in people's own words (see search/ask.py)."""
    from neuroinfo import records
    from neuroinfo.search.ask import answer

    question = " ".join(typed(words))
    with knowledge(data_dir) as kb:
        reply = answer(kb, question)
        emit(color, fmt, lambda: records.reply(kb, reply), "ask_page", kb, reply)


@recovering
def check(data_dir: str | Path | None, color: str, path: str, fmt: str) -> None:
    """Check an article: each sentence that makes a graded claim, beside its verdict."""
    from neuroinfo.check import claims, reading, report

    text, name = reading.read_source(path)
    kind = reading.kind_of(text, path)
    too_long = (
        f"cannot check {name}: its text is over {claims.MAX_CHARACTERS:,} characters;"
        " check reads one article at a time"
    )
    # a text's own characters bound its sentences' from below: one far over the limit is
    # refused before it is split (10 MiB of "a" lines took 20 s); a page's tags are not text
    if kind != "html" and len("".join(text.split())) > 2 * claims.MAX_CHARACTERS:
        raise InputError(too_long)
    if kind == "html" and text.count("<") > claims.MAX_TAGS:
        raise InputError(
            f"cannot check {name}: it holds over {claims.MAX_TAGS:,} tags;"
            " check reads one article at a time"
        )
    found = claims.sentences_of(text, kind, claims.MAX_SENTENCES + 1)
    if len(found) > claims.MAX_SENTENCES:
        raise InputError(
            f"cannot check {name}: it has over {claims.MAX_SENTENCES:,} sentences;"
            " check reads one article at a time"
        )
    if sum(len(sentence.text) for sentence, _ in found) > claims.MAX_CHARACTERS:
        raise InputError(too_long)
    with knowledge(data_dir) as kb:
        findings = claims.find(kb.db, found, set(kb.claims))
        advice = claims.stop_advice(found)
        if fmt not in ("json", "claimreview"):
            show_page(color, fmt, report.page(kb, name, findings, len(found), advice))
            return
        # the JSON is a list of graded claims, which such advice is not: it goes to stderr,
        # where a person running the command still reads it first
        for line in dict.fromkeys(sentence.line for sentence in advice):  # once a line
            say(printable(f"neuroinfo: take care: line {line} {report.STOP_ADVISED}"))
        if fmt == "json":
            write_json(report.records(kb, findings))
        else:
            write_json(report.claim_reviews(kb, findings, name), embedded=True)


# "refs --cited-by nerve pain" reads "pain" as a reference ID: the name wants quotes
BOTH_GIVEN = (
    "give a reference ID or --cited-by, not both"
    " (a name of several words after --cited-by needs quotes: --cited-by 'nerve pain')"
)


@recovering
def export_refs(
    data_dir: str | Path | None, color: str, words: list[str] | None, cited_by: str | None, fmt: str
) -> None:
    """References (all, one, or those a claim or symptom cites) as a page, JSON or citations."""
    from neuroinfo import match, records

    if cited_by is not None and words:
        raise UsageError(BOTH_GIVEN)
    with knowledge(data_dir) as kb:
        owner_id = ""
        if cited_by is not None:
            kind, owner = match.resolve_among(kb, CITERS, cited_by)
            selected, owner_id = kb.cited_by(kind, owner.id), owner.id
        elif words:
            selected = [match.resolve(kb, "references", " ".join(words))]
        else:
            selected = list(kb.references.values())
        if fmt in ("bibtex", "ris", "csl-json"):
            from neuroinfo.citations import WRITERS

            write_utf8(WRITERS[fmt](selected))
            return
        to_json = records.reference
        page = "refs_list"
        emit(color, fmt, lambda: [to_json(kb, r) for r in selected], page, kb, selected, owner_id)


PAGE_FORMATS = ("text", "json", "markdown")


def styled_refs(
    data_dir: str | Path | None, words: list[str] | None, cited_by: str | None, style: str, fmt: str
) -> None:
    """References as citations in a citation style (`--style list` names them)."""
    from neuroinfo import citations, match

    style = style.strip()  # "nature " as typed in quotes is nature
    if not style:
        raise UsageError("give the name of a citation style (see --style list)")
    if style.casefold() == "list":
        names = citations.style_names()
        if fmt == "json":  # the everyday names with the CSL id each stands for, then every id
            write_json({"everyday": citations.STYLES, "styles": names[len(citations.STYLES) :]})
            return
        with output():
            sys.stdout.write(
                "Everyday names: " + ", ".join(citations.STYLES) + "\n"
                f"Or any of the {len(names) - len(citations.STYLES):,} official CSL style ids:\n"
                + "".join(f"  {name}\n" for name in names[len(citations.STYLES) :])
            )
        return
    if cited_by is not None and words:
        raise UsageError(BOTH_GIVEN)
    with knowledge(data_dir) as kb:
        if cited_by is not None:
            kind, owner = match.resolve_among(kb, CITERS, cited_by)
            selected = kb.cited_by(kind, owner.id)
        elif words:
            selected = [match.resolve(kb, "references", " ".join(words))]
        else:
            selected = list(kb.references.values())
        try:
            cited = citations.formatted(selected, style)
        except KeyError:
            names = citations.style_names()
            # "apa 7th", "vancouver style": a style named by its first word comes first
            lead = style.replace("_", " ").replace("-", " ").split()[:1]
            hints = lead if lead and lead[0] in names else []
            hints = list(dict.fromkeys(hints + list(match.suggest(style, names))))[:3]
            hint = f"; did you mean: {', '.join(hints)}" if hints else ""
            message = f"no citation style '{shown(style)}'{hint} (see --style list)"
            raise UsageError(message) from None
        except citations.StyleFailed:
            message = (
                f"the citation style '{shown(style)}' uses features the CSL processor"
                " (citeproc-py) cannot render; try another, such as vancouver, apa or harvard"
            )
            raise NeuroinfoError(message) from None
    if fmt == "json":
        write_json([{"id": ref.id, "citation": text} for ref, text in cited])
    elif fmt == "markdown":
        from neuroinfo.render.markdown import numbered_item

        with output():
            items = (numbered_item(text, place) for place, (_, text) in enumerate(cited, 1))
            sys.stdout.write("".join(item + "\n" for item in items))
    else:
        with output():
            sys.stdout.write("\n".join(printable(text) + "\n" for _, text in cited))


def _fast(args: list[str]) -> int | None:
    """Run a plain reading command without Typer: the exit code, or None to leave it to Typer.

    `args` are arranged (see argv.py): global options (--data-dir, --color, --no-pager), then
    the command, then names and --json or --format text|json|markdown. Anything else, help,
    completion and every mistake go through Typer."""
    if "_NEUROINFO_COMPLETE" in os.environ:
        return None
    data_dir, color, pager, index = os.environ.get("NEUROINFO_DATA_DIR") or None, "auto", True, 0
    while index < len(args) and args[index].startswith("-"):
        option = args[index]
        if option == "--no-pager":
            pager, index = False, index + 1
        elif option in ("--data-dir", "--color") and index + 1 < len(args):
            value = args[index + 1]
            if option == "--data-dir":
                data_dir = value
            elif value in ("auto", "always", "never"):
                color = value
            else:
                return None
            index += 2
        else:
            return None
    command, rest = (args[index], args[index + 1 :]) if index < len(args) else (None, [])
    if command not in (*READERS, "search", "ask", "check"):
        return None
    fmt, as_json, words, position = "text", False, [], 0
    while position < len(rest):
        token = rest[position]
        if token == "--json":
            as_json = True
        elif token in ("--format", "-f") and position + 1 < len(rest):
            fmt = rest[position + 1]
            position += 1
            if fmt not in PAGE_FORMATS and not (command == "check" and fmt == "claimreview"):
                return None
        elif token.startswith("-") and not (command == "check" and token == "-"):
            return None
        else:
            words.append(token)
        position += 1
    if (command in ("search", "ask") and not words) or (command == "check" and len(words) != 1):
        return None  # Typer's own usage message says what is missing
    if as_json and fmt not in ("text", "json"):
        return None  # --json with another format: refused as Typer's way does (see chosen)
    fmt = "json" if as_json else fmt
    folder = data_dir or None
    if not pager:
        os.environ["NEUROINFO_PAGER"] = ""
    try:
        with reported():
            if command == "search":
                search(folder, color, words, fmt)
            elif command == "ask":
                ask(folder, color, words, fmt)
            elif command == "check":
                check(folder, color, words[0], fmt)
            else:
                read(folder, color, command, words or None, fmt)
    except SystemExit as done:
        return int(done.code or 0)
    return 0


def main() -> None:
    """Run the command line and end with its exit code. Everything it printed is flushed
    here, so that output which cannot be written is an error (exit 1), never a traceback at
    exit; Ctrl-C ends it quietly with 130."""
    import _signal  # the C module: `signal` builds its enums first, half a millisecond

    from neuroinfo import streams

    code: int | str | None = 0
    recorder = None
    try:
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)
        stdout_open = streams.prepare()
        from neuroinfo import pagecache

        page_key = (pagecache.pending or pagecache.key(sys.argv[1:])) if stdout_open else None
        if page_key is not None:
            recorder = streams.recording(pagecache.MAX_PAGE_BYTES)
        from neuroinfo.argv import arrange

        arranged = arrange(sys.argv[1:])
        code = _fast(arranged.argv)
        if code is None and not _completion_readable():
            code = 1  # the shell's completion request is malformed: nothing to offer
        if code is None:
            from neuroinfo.cli import app

            app(args=arranged.argv or ["--help"])  # bare `neuroinfo` is a request for help
    except SystemExit as done:
        code = done.code
    except KeyboardInterrupt:
        code = 130
    except NeuroinfoError as error:
        say_error(error)
        code = error.exit_code
    except OSError as error:  # output that failed inside Typer (help, completion)
        code = _output_failed(error)
    except MemoryError:
        say("neuroinfo: out of memory: this process may use too little memory (see ulimit -v)")
        code = 1
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as error:
        code = _output_failed(error) if code in (0, None) else code
    compiled = sys.modules.get("neuroinfo.compiled")
    if compiled is not None:  # patterns compiled the usual way in this run, kept for the next
        try:  # noqa: SIM105 - as the page below: it never fails this run
            compiled.keep()
        except (OSError, KeyboardInterrupt):
            pass
    if recorder is not None and recorder.copy and code in (0, None) and not streams.said_anything:
        from neuroinfo import pagecache

        try:  # keeping the page helps the next run; it never fails this one
            if pagecache.read_as_keyed(page_key):  # type: ignore[arg-type]
                pagecache.store(page_key, pagecache.folder(), b"".join(recorder.copy))  # type: ignore[arg-type]
        except (OSError, KeyboardInterrupt):
            pass
    sys.exit(code)


def _completion_readable() -> bool:
    """Whether a shell's request for completions (if this run is one) is whole: the words
    typed and, as a number, the place of the one to complete (Click's own reading of them
    fails with a traceback otherwise)."""
    if os.environ.get("_NEUROINFO_COMPLETE") != "complete_bash":
        return True  # the other shells' requests are read by Typer, which checks them
    return "COMP_WORDS" in os.environ and os.environ.get("COMP_CWORD", "").strip().isdigit()


def data_dir_in(args: list[str]) -> str | None:
    """The data folder an arranged command line names, else NEUROINFO_DATA_DIR's."""
    if "--data-dir" in args[:-1]:
        return args[args.index("--data-dir") + 1]
    return os.environ.get("NEUROINFO_DATA_DIR") or None


def _output_failed(error: OSError) -> int:
    """Drop what is still buffered, so the flush at exit cannot fail again; a reader that
    left early (a closed pipe) is not an error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    if isinstance(error, BrokenPipeError):
        return 0
    say_error(OutputError(f"cannot write the output: {error.strerror or error}"))
    return OutputError.exit_code
