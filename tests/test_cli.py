"""Every command's output and exit code, in-process through Typer's runner."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke, MakeData

from neuroinfo import __version__
from neuroinfo.pages import FOOTER
from neuroinfo.render.terminal import SGR, STYLES, styled

COMMANDS = ["ask", "about", "types", "symptom", "claims", "refs", "points", "search"]
BIN = Path(sys.executable).parent / "neuroinfo"


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"neuroinfo {__version__}\n")


def test_no_arguments_shows_help_with_every_command_described_in_full() -> None:
    result = subprocess.run(
        [str(BIN)], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "COLUMNS": "80"}
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("Usage: neuroinfo [OPTIONS] COMMAND [ARGS]...\n")
    listed = result.stdout.split("Commands:\n")[1].splitlines()
    assert [line.split()[0] for line in listed] == [*COMMANDS, "check", "validate", "schema"]
    assert all(line.endswith(".") and not line.endswith("...") for line in listed)


def test_help_names_each_default_once(invoke: Invoke) -> None:
    text = " ".join(invoke("refs", "--help").stdout.split())
    assert "text, markdown or json; for reference managers bibtex, ris or csl-json." in text
    assert text.count("default") == 1


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(invoke: Invoke, command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert f"Usage: neuroinfo {command}" in result.stdout


def test_unknown_command_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("symptm")
    assert result.exit_code == 2
    assert result.stderr == "neuroinfo: no command 'symptm'; did you mean: neuroinfo symptom\n"


# ---------------------------------------------------------------- types


def test_types_lists_each_category_with_its_symptoms(invoke: Invoke) -> None:
    result = invoke("types", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Peripheral neuropathy by nerve type"
    firsts = [line for line in out if line.split("  ")[0] in NAMES]
    assert [line.split("  ")[0] for line in firsts] == NAMES
    assert firsts[1].split("  ")[-1] == (
        "Damage to the nerves that carry touch, pain, temperature and vibration."
    )
    assert any(line.startswith("Symptoms: Numbness, Tingling (pins and needles)") for line in out)
    assert "Symptoms: any mix of the sensory, motor and autonomic symptoms" in result.stdout
    assert out[-1] == FOOTER


NAMES = ["Motor", "Sensory", "Autonomic", "Combination (mixed)"]


def test_one_type_in_full(invoke: Invoke) -> None:
    result = invoke("types", "sensory", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Sensory  nerve type"
    for heading in (
        "What these nerves do",
        "What damage does",
        "How serious it can be",
        "Symptoms",
        "Acupuncture claims about it",
        "Codes",
        "References",
    ):
        assert heading in out
    assert "HPO HP:0000763 Sensory neuropathy" in out
    assert out[-1] == FOOTER


def test_autonomic_type_says_when_it_can_be_life_threatening(invoke: Invoke) -> None:
    result = invoke("types", "AUTONOMIC", columns=160)
    assert (
        "In Guillain-Barré syndrome, nerve damage can spread fast and also weaken breathing and "
        "upset the blood pressure and heart rate, which can be life-threatening."
    ) in " ".join(result.stdout.split())


def test_unknown_type(invoke: Invoke) -> None:
    result = invoke("types", "sensry")
    assert result.exit_code == 1
    assert result.stderr == "neuroinfo: no nerve type matches 'sensry'; did you mean: sensory\n"
    assert result.stdout == ""


# ---------------------------------------------------------------- symptom


def test_symptom_page_has_every_section_in_order(invoke: Invoke) -> None:
    result = invoke("symptom", "numbness", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    order = [
        "Numbness  symptom",
        "!! GET HELP AT ONCE",
        "When to see a doctor",
        "Nerve types",
        "What the evidence says about acupuncture",
        "Codes",
        "References",
        FOOTER,
    ]
    positions = [out.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "⊕○○○ very low certainty" in out
    dpn = "Acupuncture may improve symptoms of diabetic neuropathy, but the evidence is very "
    dpn += "uncertain."
    assert dpn in out
    assert "More: neuroinfo claims treats-sensory-symptoms" in out
    assert (
        "! Weakness, numbness or tingling that spreads over hours or days (possible Guillain-Barré "
        "syndrome)" in out
    )
    assert "What to do: Call your emergency number, such as 999, 112 or 911, or go to an " in (
        "\n".join(out)
    )
    assert "PubMed https://pubmed.ncbi.nlm.nih.gov/38222786/" in out
    assert "DOI https://doi.org/10.4239/wjd.v14.i12.1813" in out


@pytest.mark.parametrize("name", ["NUMBNESS", "Numbness", "hypoaesthesia"])
def test_symptom_names_resolve(invoke: Invoke, name: str) -> None:
    result = invoke("symptom", name)
    assert result.exit_code == 0
    assert result.stdout.startswith("Numbness  symptom\n")


def test_multi_word_names_need_no_quotes(invoke: Invoke) -> None:
    quoted, unquoted = (
        invoke("symptom", "pins and needles"),
        invoke("symptom", "pins", "and", "needles"),
    )
    assert quoted.exit_code == unquoted.exit_code == 0
    assert quoted.stdout == unquoted.stdout
    assert quoted.stdout.startswith("Tingling (pins and needles)  symptom\n")


def test_symptom_typo_suggests(invoke: Invoke) -> None:
    result = invoke("symptom", "numbnes")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "neuroinfo: no symptom matches 'numbnes'; did you mean: numbness\n"


def test_ambiguous_symptom_lists_candidates(invoke: Invoke) -> None:
    result = invoke("symptom", "loss", "of")
    assert result.exit_code == 1
    assert result.stderr == (
        "neuroinfo: 'loss of' matches more than one symptom: loss-of-sensation, "
        "temperature-insensitivity, pain-insensitivity, balance-problems\n"
    )


def test_symptom_without_name_lists_all(invoke: Invoke) -> None:
    result = invoke("symptom", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Symptoms of peripheral neuropathy (27)"
    assert out[2].split() == ["Numbness", "Sensory", "numbness"]


def test_symptom_with_no_graded_claim_says_so(invoke: Invoke) -> None:
    result = invoke("symptom", "bladder", "problems", columns=160)
    assert "No claim about acupuncture for this symptom has been graded" in result.stdout


# ---------------------------------------------------------------- claims


def test_claims_list_shows_badge_and_verdict(invoke: Invoke) -> None:
    result = invoke("claims", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Acupuncture claims, graded (15)"
    index = out.index("○○○○ not graded  restores-nerve-damage")
    assert out[index + 1 : index + 3] == [
        "There is not enough reliable evidence to judge the effect of acupuncture on repair",
        "of damaged nerves.",
    ]


def test_claim_page(invoke: Invoke) -> None:
    result = invoke("claims", "restores-nerve-damage", columns=160)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[:4] == [
        "restores-nerve-damage  claim",
        "",
        "“They also restore nerve damage.”",
        "As stated in: How Acupuncture Can Help Neuropathy",
    ]
    for heading in (
        "Verdict",
        "What the research shows",
        "Basis of the grade",
        "Caveats",
        "References",
    ):
        assert heading in out
    assert "Study design: no studies" in out
    assert out[-1] == FOOTER


def test_paraphrased_claim_is_not_shown_as_a_quote(invoke: Invoke) -> None:
    result = invoke("claims", "cipn-pain", columns=160)
    out = lines(result.stdout)
    assert (
        out[2]
        == "Acupuncture may be offered to people with chemotherapy-induced peripheral neuropathy."
    )
    assert out[3].startswith("Our summary of: Mao JJ et al. 2022")


def test_unknown_claim(invoke: Invoke) -> None:
    result = invoke("claims", "cures-everything")
    assert result.exit_code == 1
    assert result.stderr.startswith("neuroinfo: no claim matches 'cures-everything'")


# ---------------------------------------------------------------- refs


def test_refs_lists_the_bibliography_with_citers(invoke: Invoke) -> None:
    result = invoke("refs", columns=240)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Bibliography (71 references)"
    start = out.index("schroeder-2007 · journal article")
    assert out[start - 3 : start + 3] == [
        "[2]  Schröder S, Liepert J, Remppis A, Greten JH (2007). Acupuncture treatment improves "
        "nerve",
        "conduction in peripheral neuropathy. European Journal of Neurology 14(3):276-281.",
        "DOI https://doi.org/10.1111/j.1468-1331.2006.01632.x",
        "schroeder-2007 · journal article",
        "Cited by: claims treats-motor-symptoms, restores-nerve-damage, research-confirms-benefit,",
        "improves-nerve-conduction",
    ]
    seed = out.index("seed-article · web page")
    assert out[seed - 1] == (
        "[1]  How Acupuncture Can Help Neuropathy. Its author, date and publisher were not "
        "recorded."
    )


def test_one_reference(invoke: Invoke) -> None:
    result = invoke("refs", "ju-2017", columns=200)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "ju-2017  reference · review article"
    assert out[2:4] == [
        "Ju ZY, Wang K, Cui HS, Yao Y, Liu SM, Zhou J, Chen TY, Xia J (2017). Acupuncture for "
        "neuropathic",
        "pain in adults. Cochrane Database of Systematic Reviews (12):CD012057.",
    ]
    assert out[4:6] == [
        "DOI https://doi.org/10.1002/14651858.CD012057.pub2",
        "PubMed https://pubmed.ncbi.nlm.nih.gov/29197180/",
    ]
    assert "Cited by: claims changes-chronic-pain, research-confirms-benefit" in out


# ---------------------------------------------------------------- about and search


def test_about_lists_topics(invoke: Invoke) -> None:
    result = invoke("about", columns=160)
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    listed = out[2 : out.index("", 2)]
    topics = [line.split()[0] for line in listed if line[:1].strip()]
    assert topics == [
        "acupuncture",
        "neuropathy",
        "causes",
        "safety",
        "sessions",
        "points",
        "emergencies",
        "disclaimer",
    ]


def test_about_one_topic(invoke: Invoke) -> None:
    result = invoke("about", "causes", columns=160)
    assert result.exit_code == 0
    assert "• Diabetes, the most common cause." in lines(result.stdout)


def test_search_ranks_and_exits_1_with_no_hits(invoke: Invoke) -> None:
    hit = invoke("search", "pins", columns=160)
    assert hit.exit_code == 0
    assert lines(hit.stdout)[2].split()[:2] == ["symptom", "tingling"]
    miss = invoke("search", "zebra", "stripes")
    assert miss.exit_code == 1
    assert miss.stderr == "neuroinfo: nothing matches 'zebra stripes'\n"


def test_search_without_words_is_a_usage_error(invoke: Invoke) -> None:
    assert invoke("search", "  ").exit_code == 2
    assert invoke("search").exit_code == 2


# ---------------------------------------------------------------- JSON


def parsed(invoke: Invoke, *args: str) -> object:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_claims_json_carries_the_grading_fields(invoke: Invoke) -> None:
    claims = parsed(invoke, "claims")
    assert isinstance(claims, list) and len(claims) == 15
    for claim in claims:
        assert {"id", "statement", "certainty", "direction", "references", "verdict"} <= set(claim)
        assert claim["references"]
    one = parsed(invoke, "claims", "cipn-pain")
    assert one["certainty"] == "very-low"
    assert one["direction"] == "benefit"
    assert one["verdict"] == (
        "Acupuncture may improve pain from chemotherapy-induced neuropathy, once it has set in, "
        "but the evidence is very uncertain."
    )


def test_symptom_json(invoke: Invoke) -> None:
    numbness = parsed(invoke, "symptom", "numbness")
    assert numbness["id"] == "numbness"
    assert numbness["types"] == ["sensory"]
    assert numbness["codes"] == [{"system": "HPO", "code": "HP:0033748", "label": "Hypoesthesia"}]
    assert numbness["claims"] == [
        "treats-sensory-symptoms",
        "cipn-symptoms",
        "cipn-prevention",
        "dpn-symptoms",
    ]
    assert len(parsed(invoke, "symptom")) == 27


def test_types_json_derives_symptoms(invoke: Invoke) -> None:
    types = {t["id"]: t for t in parsed(invoke, "types")}
    assert list(types) == ["motor", "sensory", "autonomic", "combination"]
    assert "muscle-weakness" in types["motor"]["symptoms"]
    assert types["combination"]["combines"] == ["sensory", "motor", "autonomic"]


def test_refs_json_has_links_and_citers(invoke: Invoke) -> None:
    ref = parsed(invoke, "refs", "hoerder-2023")
    assert ref["authors"][0] == "Hoerder S"
    assert ref["links"] == {
        "doi": "https://doi.org/10.4239/wjd.v14.i12.1813",
        "pubmed": "https://pubmed.ncbi.nlm.nih.gov/38222786/",
        "pmc": "https://pmc.ncbi.nlm.nih.gov/articles/PMC10784801/",
    }
    assert {"kind": "claim", "id": "treats-sensory-symptoms"} in ref["cited_by"]


def test_a_verified_web_address_is_kept_but_the_page_links_the_doi(invoke: Invoke) -> None:
    karger = "http://www.karger.com/Article/Abstract/209315"
    assert parsed(invoke, "refs", "witt-2009")["url"] == karger
    assert f"url = {{{karger}}}" in invoke("refs", "witt-2009", "--format", "bibtex").stdout
    page = invoke("refs", "witt-2009").stdout
    assert "DOI https://doi.org/10.1159/000209315" in page
    assert "karger" not in page


def test_about_and_search_json(invoke: Invoke) -> None:
    assert parsed(invoke, "about")[0]["id"] == "acupuncture"
    assert parsed(invoke, "about", "safety")["title"] == "How safe acupuncture is"
    hits = parsed(invoke, "search", "pins")
    assert hits[0] == {
        "kind": "symptom",
        "id": "tingling",
        "name": "Tingling (pins and needles)",
        "score": hits[0]["score"],
        "verdict": None,
    }
    claim = next(h for h in parsed(invoke, "search", "restores") if h["kind"] == "claim")
    assert claim["verdict"] == (
        "There is not enough reliable evidence to judge the effect of acupuncture on "
        "repair of damaged nerves."
    )


def test_json_errors_still_go_to_stderr(invoke: Invoke) -> None:
    result = invoke("symptom", "numbnes", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""


# ---------------------------------------------------------------- colour and safety of output


def test_piped_output_has_no_escape_codes(invoke: Invoke) -> None:
    result = invoke("symptom", "numbness")
    assert "\x1b" not in result.stdout


def test_color_always_styles_and_no_color_wins_over_force(invoke: Invoke) -> None:
    assert "\x1b[" in invoke("--color", "always", "types").stdout
    assert "\x1b[" in invoke("types", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b" not in invoke("types", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b" not in invoke("--color", "never", "types", env={"FORCE_COLOR": "1"}).stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("color", "env", "expected"),
    [
        ("auto", {"TERM": "xterm"}, True),
        ("auto", {}, False),  # no TERM: nothing is known of the terminal, as TERM=dumb
        ("auto", {"TERM": ""}, False),
        ("auto", {"NO_COLOR": "1", "TERM": "xterm"}, False),
        ("auto", {"TERM": "dumb"}, False),
        ("auto", {"TERM": "dumb", "FORCE_COLOR": "1"}, True),  # an explicit request wins
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ("never", {}, False),
        ("always", {"NO_COLOR": "1"}, True),
    ],
)
def test_colour_precedence_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, color: str, env: dict[str, str], expected: bool
) -> None:
    for name in ("TERM", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert styled(FakeTerminal(), color) is expected


@pytest.mark.parametrize("name", sorted(set(STYLES.values())))
def test_each_style_is_drawn_with_the_codes_rich_gives_it(name: str) -> None:
    """The escape codes are written out (loading Rich for them cost 15 to 25 ms a start):
    they must stay what Rich renders for the same style words."""
    from rich.color import ColorSystem
    from rich.style import Style

    rendered = Style.parse(name).render("\0", color_system=ColorSystem.STANDARD)
    assert rendered == f"\x1b[{SGR[name]}m\0\x1b[0m"


def test_data_text_is_never_markup_or_escapes(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "[bold red]Numbness[/bold red]"
            types: [sensory]
            summary: "Less \\x1b[31mfeeling\\x1b[0m [link=https://x.example]here[/link] \\u202eevil"
            seek_care: "See a doctor."
            references: [ref-one]
        """
    )
    result = invoke("--data-dir", str(folder), "--color", "always", "symptom", "numbness")
    assert result.exit_code == 0
    assert "[bold red]Numbness[/bold red]" in result.stdout
    assert "Less [31mfeeling[0m [link=https://x.example]here[/link] evil" in result.stdout
    assert "\x1b[31m" not in result.stdout
    assert "\u202e" not in result.stdout


def test_links_are_clickable_on_a_terminal_and_whole_when_piped(invoke: Invoke) -> None:
    url = "https://doi.org/10.1002/14651858.CD012057.pub2"
    styled_page = invoke("--color", "always", "refs", "ju-2017").stdout
    assert f"\x1b]8;;{url}\x1b\\" in styled_page  # an OSC 8 hyperlink around the URL
    piped = invoke("refs", "ju-2017", columns=40).stdout
    assert f"DOI {url}" in piped.splitlines()  # whole, even past the edge of a narrow terminal
    assert "\x1b" not in piped


@pytest.mark.parametrize("color", ["always", "never"])
def test_no_line_ends_in_padding(invoke: Invoke, color: str) -> None:
    """Padding after a link longer than its layout would wrap onto an empty line."""
    for args in (["refs"], ["symptom", "numbness"], ["points", "st36"], ["claims"]):
        page = invoke("--color", color, *args, columns=60).stdout
        visible = re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;;[^\x1b]*\x1b\\", "", page)
        assert [line for line in visible.splitlines() if line.endswith(" ")] == [], args


def test_graded_trial_evidence_comes_before_ungraded_mechanism_claims(invoke: Invoke) -> None:
    out = lines(invoke("symptom", "nerve", "pain", columns=160).stdout)
    badges = [line.split()[0] for line in out if line.endswith(("certainty", "to grade"))]
    assert badges == ["⊕○○○", "⊕○○○", "⊕○○○", "⊕○○○", "○○○○"]
    assert out.index("○○○○ not enough evidence to grade") == len(out) - 1 - out[::-1].index(
        "○○○○ not enough evidence to grade"
    )


def test_a_reference_without_authors_keeps_its_journal_details(invoke: Invoke) -> None:
    out = lines(invoke("refs", "endorphins-review-2004").stdout)
    assert out[2] == "Acupuncture and endorphins (2004). Neuroscience Letters 361(1-3):258-261."


def test_a_page_without_a_recorded_title_has_a_bracketed_one_of_ours(invoke: Invoke) -> None:
    listed = " ".join(invoke("refs", columns=200).stdout.split())
    assert (
        "Mayo Clinic (text served by a licensed partner site). [Mayo Clinic page on "
        "acupuncture: risks]."
    ) in listed
    page = " ".join(invoke("refs", "mayo-acupuncture-risks").stdout.split())
    assert "Our remarks: The page's own title was not visible in the copy seen." in page
