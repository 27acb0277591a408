"""The command line as people type it, put in the order Typer reads it.

People put options where they think of them: `neuroinfo symptom numbness --color never`,
`neuroinfo --json symptom numbness`, `neuroinfo types --data-dir DIR`. Global options are
moved before the command and command options after it; singular and plural command names
(`symptoms`, `claim`, `ref`, `topic`) are hidden aliases; `-f md` means markdown; `neuroinfo
help [COMMAND]` is `--help`. A first word that is not a command but names a record is
answered with the command that opens it."""

from __future__ import annotations

from neuroinfo.errors import UsageError, shown
from neuroinfo.frozen import record

COMMANDS = (
    "ask",
    "about",
    "types",
    "symptom",
    "claims",
    "refs",
    "points",
    "search",
    "check",
    "validate",
    "schema",
)
ALIASES = {
    "symptoms": "symptom",
    "claim": "claims",
    "ref": "refs",
    "reference": "refs",
    "references": "refs",
    "bibliography": "refs",
    "point": "points",
    "type": "types",
    "topic": "about",
    "topics": "about",
    "question": "ask",
    "find": "search",
    "fact-check": "check",
}
GLOBAL_VALUES = ("--data-dir", "--color")
GLOBAL_FLAGS = ("--version", "--no-pager")
COMMAND_VALUES = ("--format", "-f", "--cited-by", "--style")
COMMAND_FLAGS = ("--json",)
FORMATS = {
    "md": "markdown",
    "markdown": "markdown",
    "txt": "text",
    "text": "text",
    "json": "json",
    "bib": "bibtex",
    "bibtex": "bibtex",
    "ris": "ris",
    "csl": "csl-json",
    "csljson": "csl-json",
    "csl-json": "csl-json",
    "claimreview": "claimreview",
    "jsonld": "claimreview",
}
# The command that opens each kind of record, for "did you mean: neuroinfo symptom numbness".
OPENED_BY = {
    "symptoms": "symptom",
    "types": "types",
    "claims": "claims",
    "points": "points",
    "topics": "about",
    "references": "refs",
}


@record(frozen=False)
class Arranged:
    argv: list[str]  # in Typer's order
    command: str | None  # the command, aliases resolved; None if only options were given
    words: list[str]  # what follows the command that is not an option


def arrange(argv: list[str]) -> Arranged:
    """`argv` with global options first, then the command, then its options and words.
    Arranging an arranged command line changes nothing."""
    if any(token in ("--show-completion", "--install-completion") for token in argv):
        if "--install-completion" in argv:
            _home_to_install_in()
        return Arranged(list(argv), None, [])  # shell completion takes its own arguments
    front: list[str] = []
    early: list[str] = []  # command options typed before the command
    command: str | None = None
    rest: list[str] = []
    words: list[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        index += 1
        if token == "--":  # everything after is words, as usual ...
            if command is None and index < len(argv):  # ... but the first, with no command yet
                command = _command(argv[index])
                index += 1
            rest += ["--", *argv[index:]]
            words += argv[index:]
            break
        name, has_value, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in GLOBAL_VALUES or name in COMMAND_VALUES:
            if not has_value:
                if index >= len(argv) or argv[index].startswith("--"):
                    raise UsageError(f"{name} needs a value (see: neuroinfo --help)")
                value = argv[index]
                index += 1
            if name == "--data-dir" and not value.strip():
                raise UsageError("--data-dir needs a folder")
            if name in ("--format", "-f"):
                value = FORMATS.get(value.casefold(), value)
            target = front if name in GLOBAL_VALUES else rest if command else early
            target += [name, value]
        elif name in GLOBAL_FLAGS:
            front.append(token)
        elif name in COMMAND_FLAGS:
            (rest if command else early).append(token)
        elif command is None and not token.startswith("-"):
            command = _command(token)
        else:
            rest.append(token)
            if not token.startswith("-"):
                words.append(token)
    if command == "help":  # `neuroinfo help [COMMAND]`
        topic = _command(words[0]) if words else None  # as typed when it names no command
        return Arranged([*front, *([topic] if topic else []), "--help"], topic, [])
    return Arranged([*front, *([command] if command else []), *early, *rest], command, words)


def _home_to_install_in() -> None:
    """Completion is installed in the shell's files in $HOME: with no home, a relative one or
    one that does not exist, nothing is written (Click would take the password file's home, or
    make the folder, or write under the working folder)."""
    import os

    home = os.environ.get("HOME", "")
    if not home or not os.path.isabs(home) or not os.path.isdir(home):
        shown_home = f"'{shown(home)}'" if home else "not set"
        raise UsageError(
            f"cannot install completion: $HOME is {shown_home}; it must be the absolute path"
            " of a folder that exists"
        )


def _command(token: str) -> str:
    """The command a word names, aliases resolved (as typed when it names none)."""
    if not token.strip():
        raise UsageError("give a command (see: neuroinfo --help)")
    lowered = token.casefold()
    return ALIASES.get(lowered, lowered if lowered in (*COMMANDS, "help") else token)


def unknown_command(arranged: Arranged, open_kb: object) -> UsageError | None:
    """For a first word that is not a command: a usage error that says which command was
    probably meant, or None when it is a command (or there is none)."""
    import difflib

    command = arranged.command
    if command is None or command in COMMANDS:
        return None
    typed = " ".join([command, *arranged.words])
    found = _record_named(typed, open_kb)
    if found:
        kind, shown_id = found
        return UsageError(
            f"'{shown(typed)}' is not a command; did you mean: neuroinfo {OPENED_BY[kind]}"
            f" {shown_id}"
        )
    near = difflib.get_close_matches(command.casefold(), [*COMMANDS, *ALIASES], n=1, cutoff=0.7)
    if near:
        fixed = " ".join([ALIASES.get(near[0], near[0]), *arranged.words])
        return UsageError(f"no command '{shown(command)}'; did you mean: neuroinfo {shown(fixed)}")
    commands = ", ".join(COMMANDS)
    if not arranged.words:
        return UsageError(f"no command '{shown(command)}' (the commands are: {commands})")
    # words typed as a question, without `ask` ("neuroinfo chest pain and palpitations"): the
    # urgent advice they call for comes first, then how to ask
    urgent = _urgent_advice(typed, open_kb)
    asked = f"no command '{shown(command)}'; to ask it as a question: neuroinfo ask {shown(typed)}"
    return UsageError("".join(f"{line}\n" for line in urgent) + asked)


def _urgent_advice(text: str, open_kb: object) -> list[str]:
    """A line for each red flag the words raise, as `ask` would put it first."""
    from neuroinfo.errors import NeuroinfoError
    from neuroinfo.pages import ALERT
    from neuroinfo.search.signs import red_flags_in

    try:
        with open_kb() as kb:  # type: ignore[operator]
            flags = [kb.red_flags[i] for i in red_flags_in(kb.db, text)]
    except (NeuroinfoError, OSError):
        return []
    return [f"{ALERT.upper()}: {flag.title}. What to do: {flag.action}" for flag in flags]


def _record_named(text: str, open_kb: object) -> tuple[str, str] | None:
    """(kind, id as people write it) of the one record `text` names, if any."""
    from neuroinfo import match
    from neuroinfo.errors import NeuroinfoError

    try:
        with open_kb() as kb:  # type: ignore[operator]
            kind, record = match.resolve_among(kb, tuple(OPENED_BY), text)
    except (NeuroinfoError, OSError):
        return None
    return kind, getattr(record, "code", None) or record.id
