"""Summary of findings: outcome rows in the data, checked against the results their source
printed; the derived statements; the table and the forest plot in every format."""

import json
import re
import textwrap

import pytest
from conftest import Invoke, MakeData

from neuroinfo import forest, grading
from neuroinfo.forest import ASCII, UNICODE, Panel, PlotRow
from neuroinfo.load import check
from neuroinfo.model import KnowledgeBase

# ---------------------------------------------------------------- the forest plot's geometry


def panel(rows: list[PlotRow], ratio: bool = False, better: str = "lower") -> Panel:
    figures = [v for r in rows for v in (r.estimate, *(r.interval or ()))]
    return Panel(
        title="Test",
        ratio=ratio,
        better=better,
        groups=(("sham acupuncture", tuple(rows)),),
        low_text=str(min(figures)),
        high_text=str(max(figures)),
    )


def plot_columns(line: str, label_width: int) -> str:
    """The plot area of a row line: after the label and its space."""
    return line[label_width + 1 :]


def test_markers_bars_and_the_line_of_no_effect_fall_where_the_scale_puts_them() -> None:
    rows = [
        PlotRow("[1]", -0.5, (-1.0, 0.0), "x" * 20),
        PlotRow("[2]", 0.5, (0.25, 1.0), "x" * 20),
    ]
    lines = forest.draw(panel(rows), width=45)  # a plot area of 45 - 3 - 20 - 2 = 20 columns
    first, second = lines[3], lines[4]
    plot = plot_columns(first, 3)[:20]
    # -1.0 .. 1.0 over 20 columns: -1.0 at 0, 0 at 9.5 -> 10 (rounded), 1.0 at 19
    assert plot.index("■") == round((-0.5 + 1) / 2 * 19)  # 5
    assert plot[0] == "─" and plot[10] == "┼"  # the bar runs to no effect, crossing it
    assert plot[11:] == " " * 9
    plot = plot_columns(second, 3)[:20]
    assert plot[10] == "│"  # the line of no effect, clear of this bar
    assert plot.index("■") == round(1.5 / 2 * 19)  # 14
    assert plot[12:20] == "──■─────"  # 0.25 at 12, 1.0 at 19
    assert lines[-2][4:].index("┴") == 10  # the axis marks no effect


def test_ratios_are_drawn_on_a_log_scale_around_1() -> None:
    rows = [PlotRow("[1]", 1.0, (0.5, 2.0), "1.00 (0.50 to 2.00)")]
    lines = forest.draw(panel(rows, ratio=True), width=3 + 1 + 21 + 1 + 19)
    plot = plot_columns(lines[3], 3)[:21]
    # 0.5 and 2.0 lie equally far from 1 on a log scale: 1 is in the middle
    assert plot.index("■") == 10
    assert plot[0] == "─" and plot[20] == "─"
    assert lines[-1].split() == ["0.5", "1", "2.0"]


def test_direction_labels_follow_which_side_favours_acupuncture() -> None:
    rows = [PlotRow("[1]", 0.5, (0.1, 0.9), "0.5 (0.1 to 0.9)")]
    lower = forest.draw(panel(rows, better="lower"), width=60)[1]
    higher = forest.draw(panel(rows, better="higher"), width=60)[1]
    assert lower.strip().startswith("◀ favours acupuncture  ")
    assert lower.rstrip().endswith("favours control ▶")
    assert higher.strip().startswith("◀ favours control")
    assert higher.rstrip().endswith("favours acupuncture ▶")


def test_plain_ascii_marks() -> None:
    rows = [PlotRow("[1]", -0.5, (-1.0, 0.2), "-0.5 (-1.0 to 0.2)")]
    lines = forest.draw(panel(rows), width=60, marks=ASCII)
    assert all(line.isascii() for line in lines)
    assert "#" in lines[3] and "+" in lines[3]
    assert forest.marks_for("ascii") is ASCII
    assert forest.marks_for("utf-8") is UNICODE


@pytest.mark.parametrize("width", [30, 40, 60, 100])
def test_a_plot_never_runs_past_its_width(width: int) -> None:
    rows = [
        PlotRow("[10]", -1.27, (-1.58, -0.95), "-1.27 (-1.58 to -0.95)"),
        PlotRow("[11]", 0.5, None, "0.5 (no interval)"),
    ]
    lines = forest.draw(panel(rows), width=width)
    assert max(len(line) for line in lines) <= max(width, 4 + 1 + forest.MIN_PLOT)
    assert any("-1.27 (-1.58 to -0.95)" in line for line in lines)  # figures never cut


# ---------------------------------------------------------------- derived statements


@pytest.mark.parametrize(
    ("certainty", "size", "direction", "expected"),
    [
        ("high", "important", "better", "Acupuncture improves pain."),
        ("moderate", "small", "better", "Acupuncture probably improves pain slightly."),
        ("low", "small", "better", "Acupuncture may improve pain slightly."),
        ("low", "important", "worse", "Acupuncture may worsen pain."),
        ("low", "trivial", "better", "Acupuncture may make little or no difference to pain."),
        (
            "moderate",
            "small",
            "unclear",
            "Acupuncture probably makes little or no difference to pain.",
        ),
        (
            "low",
            "unknown",
            "unclear",
            "The result is too imprecise to tell whether acupuncture changes pain.",
        ),
        (
            "very-low",
            "important",
            "better",
            "The evidence is very uncertain about the effect of acupuncture on pain.",
        ),
    ],
)
def test_the_statement_table(certainty: str, size: str, direction: str, expected: str) -> None:
    assert grading.statement(certainty, size, direction, "pain") == expected


@pytest.mark.parametrize(
    ("measure", "estimate", "size"),
    [
        ("SMD", -0.19, "trivial"),
        ("SMD", -0.2, "small"),
        ("SMD", 0.49, "small"),
        ("SMD", -0.54, "important"),
        ("RR", 1.05, "trivial"),
        ("RR", 0.95, "trivial"),
        ("RR", 1.2, "small"),
        ("RR", 0.7, "important"),
        ("MD", 24.7, "unknown"),
    ],
)
def test_effect_sizes(measure: str, estimate: float, size: str) -> None:
    assert grading.effect_size(measure, estimate) == size


@pytest.mark.parametrize(
    ("estimate", "ci", "p", "measure", "better", "side"),
    [
        (-0.54, (-0.95, -0.13), None, "SMD", "lower", "better"),
        (-0.61, (-1.83, 0.61), None, "SMD", "lower", "unclear"),
        (1.62, None, ".04", "MD", "lower", "worse"),
        (2.3, None, "< 0.001", "MD", "higher", "better"),
        (10.1, None, None, "MD", "higher", "unclear"),
        (1.38, (1.05, 1.82), None, "RR", "higher", "better"),
        (2.41, (0.7, 8.29), None, "RR", "higher", "unclear"),
    ],
)
def test_which_side_a_result_falls(
    estimate: float,
    ci: tuple[float, float] | None,
    p: str | None,
    measure: str,
    better: str,
    side: str,
) -> None:
    assert grading.side(estimate, ci, p, measure, better) == side


def test_a_claims_verdict_takes_the_size_of_its_main_result() -> None:
    assert (
        grading.verdict("low", "benefit", "pain", "small")
        == "Acupuncture may improve pain slightly."
    )
    assert grading.verdict("moderate", "benefit", "pain", "trivial") == (
        "Acupuncture probably makes little or no difference to pain."
    )
    assert grading.verdict("low", "benefit", "pain", "important") == "Acupuncture may improve pain."


# ---------------------------------------------------------------- the data


def test_at_least_five_claims_carry_outcome_rows(kb: KnowledgeBase) -> None:
    with_rows = [claim.id for claim in kb.claims.values() if claim.outcomes]
    assert len(with_rows) >= 5
    assert {"changes-chronic-pain", "improves-nerve-conduction", "dpn-symptoms"} <= set(with_rows)


def test_every_row_is_checked_against_the_results_its_source_printed(kb: KnowledgeBase) -> None:
    for claim in kb.claims.values():
        for row in claim.outcomes:
            reference = kb.references[row.source]
            assert reference.results, row.source
            assert row.source in claim.references
            lines = [line.replace("\u2212", "-") for line in reference.results]
            assert any(row.estimate in line and row.measure in line for line in lines)


CLAIM = """
    claims:
      - id: helps-numbness
        statement: "It helps."
        source: ref-one
        outcome: "numbness"
        study_design: rct
        certainty: low
        direction: benefit
        evidence: "One trial."
        references: [ref-one]
        symptoms: [numbness]
        last_reviewed: 2025-01-01
        outcomes:
          - outcome: "numbness"
            comparator: {comparator}
            measure: {measure}
            estimate: "{estimate}"
            {ci}
            better: lower
            source: {source}
            certainty: {certainty}
            downgrades:
              - {{domain: risk-of-bias, reason: "Open trial."}}
              - {{domain: imprecision, reason: "One small trial."}}
"""
REFERENCE = """
    references:
      - id: ref-one
        type: article-journal
        authors: ["Doe J"]
        title: "A trial"
        container: "A Journal"
        year: 2020
        results:
          - "Numbness: MD -1.20 (95% CI -2.00 to -0.40), P = 0.01."
          - "Numbness responders: RR 0.80 (95% CI 0.60 to 0.95)."
"""


def findings_for(make_data: MakeData, **fields: str) -> list[str]:
    values = {
        "comparator": "sham",
        "measure": "MD",
        "estimate": "-1.20",
        "ci": 'ci: ["-2.00", "-0.40"]',
        "source": "ref-one",
        "certainty": "low",
        **fields,
    }
    folder = make_data(claims_yaml=CLAIM.format(**values), references_yaml=REFERENCE)
    return [f"{f.line}: {f.message}" for f in check(folder)[1] if f.severity == "error"]


def test_a_row_that_matches_its_source_is_valid(make_data: MakeData) -> None:
    assert findings_for(make_data) == []
    assert findings_for(make_data, measure="RR", estimate="0.80", ci='ci: ["0.60", "0.95"]') == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"estimate": "-1.02"}, "no result of 'ref-one' prints MD with -1.02, -2.00, -0.40"),
        ({"estimate": "-1.2"}, "no result of 'ref-one' prints MD with -1.2, -2.00, -0.40"),
        ({"estimate": "-2.50"}, "the interval -2.00 to -0.40 does not contain the estimate"),
        ({"certainty": "moderate"}, "certainty 'moderate' does not follow from the downgrades"),
        ({"comparator": "acupressure"}, "'comparator' must be one of"),
        ({"measure": "RR", "estimate": "-0.80"}, "a positive figure: a ratio is never zero"),
        ({"estimate": "1,2"}, "a figure in quotes, exactly as the source prints it"),
        ({"ci": ""}, "an interval (ci) or, where the source gives none"),
    ],
)
def test_rows_that_do_not_hold_together_are_errors(
    make_data: MakeData, fields: dict[str, str], message: str
) -> None:
    found = findings_for(make_data, **fields)
    assert any(message in finding for finding in found), found


def test_a_row_must_cite_a_source_the_claim_cites(make_data: MakeData) -> None:
    references = REFERENCE + textwrap.indent(
        textwrap.dedent(
            """
            - id: ref-two
              type: article-journal
              title: "Another"
              year: 2021
              results: ["MD -1.20 (95% CI -2.00 to -0.40)"]
            """
        ),
        "  ",
    )
    folder = make_data(
        claims_yaml=CLAIM.format(
            comparator="sham",
            measure="MD",
            estimate="-1.20",
            ci='ci: ["-2.00", "-0.40"]',
            source="ref-two",
            certainty="low",
        ),
        references_yaml=references,
    )
    messages = [f.message for f in check(folder)[1]]
    assert "the claim does not cite 'ref-two'" in messages


# ---------------------------------------------------------------- the pages


def test_the_claim_page_has_the_table_then_the_plot(invoke: Invoke) -> None:
    page = invoke("claims", "changes-chronic-pain", columns=100).stdout
    assert (
        page.index("Summary of findings")
        < page.index("Forest plot")
        < page.index("Basis of the grade")
    )
    assert "  [1] Neuropathic pain · against sham acupuncture\n" in page
    assert "      SMD -0.54 (95% CI -0.95 to -0.13) · 5 studies · Feng Z et al. 2023\n" in page
    assert "⊕⊕○○ low · Acupuncture may improve neuropathic pain. (a, b)" in page
    assert "  b. Imprecision: 5 small trials;" in page


def test_rows_are_grouped_by_comparator_in_table_and_plot(invoke: Invoke) -> None:
    page = invoke("claims", "dpn-symptoms", columns=100).stdout
    plot = page[page.index("Forest plot") :]
    ratio_panel = plot[plot.index("Risk ratio (RR)") :].split("\n\n")[0].splitlines()
    ratio_groups = [line.strip() for line in ratio_panel if line.strip().startswith("Against ")]
    assert ratio_groups.index("Against vitamin B") < ratio_groups.index(
        "Against any control (several kinds pooled)"
    )
    assert len(set(ratio_groups)) == len(ratio_groups)  # each comparator once per panel


NUMBER = r"-?(?:\d[\d,.]*\d|\.\d+|\d)"


def test_every_number_on_a_findings_page_is_one_the_data_holds(
    invoke: Invoke, kb: KnowledgeBase
) -> None:
    for claim in kb.claims.values():
        if not claim.outcomes:
            continue
        page = invoke("claims", claim.id, columns=100).stdout
        shown = page[page.index("Summary of findings") : page.index("Basis of the grade")]
        shown = re.sub(r"\[\d+\]|\(([a-z](, )?)+\)|95% CI", "", shown)
        held = {"0", "1"}
        for row in claim.outcomes:
            held |= {row.estimate, *(row.ci or ()), *re.findall(NUMBER, row.p or "")}
            held |= {str(n) for n in (row.studies, row.participants) if n is not None}
            texts = [row.outcome, row.scale or "", *(d.reason for d in row.downgrades)]
            texts += [row.ci_note or "", kb.references[row.source].short]
            held |= {n for text in texts for n in re.findall(NUMBER, text)}
        printed = set(re.findall(NUMBER, shown))
        assert printed <= held, (claim.id, printed - held)


def test_a_plot_without_utf8_is_plain_ascii(invoke: Invoke) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [str(Path(sys.executable).parent / "neuroinfo"), "claims", "changes-chronic-pain"],
        env={
            "PATH": "/usr/bin:/bin",
            "COLUMNS": "60",
            "PYTHONIOENCODING": "ascii",
            "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
        },
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0
    text = result.stdout.decode("ascii")
    plot = text[text.index("Forest plot") : text.index("Basis of the grade")]
    assert "#" in plot and "|" in plot and "\x1b" not in text
    assert "< favours acupuncture" in plot


def test_piped_pages_carry_no_colour(invoke: Invoke) -> None:
    page = invoke("claims", "dpn-symptoms").stdout
    assert "\x1b" not in page
    styled = invoke("--color", "always", "claims", "dpn-symptoms").stdout
    assert "\x1b[" in styled


def test_symptom_pages_summarise_each_row_in_one_line(invoke: Invoke, kb: KnowledgeBase) -> None:
    page = invoke("symptom", "nerve-pain", columns=200).stdout
    rows = [line.strip() for line in page.splitlines() if line.strip().startswith("• Against ")]
    claims = kb.claims_about("symptoms", "nerve-pain")
    assert len(rows) == sum(len(c.outcomes) for c in claims)
    assert (
        "• Against sham acupuncture: neuropathic pain, SMD -0.54 (95% CI -0.95 to -0.13), ⊕⊕○○ low"
    ) in rows


def test_markdown_gives_a_table_and_the_plot_as_a_code_block(invoke: Invoke) -> None:
    text = invoke("claims", "changes-chronic-pain", "-f", "markdown").stdout
    assert (
        "| # | Outcome | Compared with | Effect (95% CI) | Evidence | Certainty | What it means |"
    ) in text
    assert "| 1 | Neuropathic pain | sham acupuncture | SMD -0.54 (95% CI -0.95 to -0.13) |" in text
    block = text.split("## Forest plot\n\n```text\n", 1)[1].split("\n```", 1)[0]
    assert "■" in block and "-0.54 (-0.95 to -0.13)" in block
    assert max(len(line) for line in block.splitlines()) <= 72


def test_json_gives_the_rows_as_data(invoke: Invoke) -> None:
    record = json.loads(invoke("claims", "changes-chronic-pain", "--json").stdout)
    sham = next(r for r in record["outcomes"] if r["comparator"] == "sham")
    assert sham["estimate"] == -0.54 and sham["ci"] == [-0.95, -0.13]
    assert sham["printed"] == {"estimate": "-0.54", "ci": ["-0.95", "-0.13"]}
    assert sham["statement"] == "Acupuncture may improve neuropathic pain."
    assert sham["downgrades"][0]["domain"] == "risk-of-bias"
    assert sorted(sham) == [
        "better",
        "certainty",
        "ci",
        "ci_note",
        "comparator",
        "downgrades",
        "estimate",
        "measure",
        "outcome",
        "p",
        "participants",
        "printed",
        "scale",
        "source",
        "statement",
        "studies",
    ]


def test_a_reference_page_shows_its_results_as_printed(invoke: Invoke) -> None:
    page = invoke("refs", "feng-2023", columns=200).stdout
    assert "Results, with the figures as the source printed them" in page
    assert (
        "• Against sham acupuncture (5 trials): SMD -0.54 (95% CI -0.95 to -0.13), P = 0.01."
        in page
    )
