"""--format markdown: pages for notes or a handout, checked with a real Markdown parser."""

from pathlib import Path

import pytest
from conftest import Invoke, MakeData
from markdown_it import MarkdownIt

from neuroinfo.frozen import replace
from neuroinfo.model import KnowledgeBase
from neuroinfo.pages import refs_list
from neuroinfo.render.markdown import render

GOLDEN = Path(__file__).parent / "golden"
DISCLAIMER = (
    "*Information, not medical advice. Talk to a doctor about your own symptoms and treatment.*"
)


def markdown(invoke: Invoke, *args: str) -> str:
    result = invoke(*args, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def html(text: str) -> str:
    return MarkdownIt("commonmark").render(text)


def test_symptom_handout_matches_golden(invoke: Invoke) -> None:
    text = markdown(invoke, "symptom", "numbness")
    assert text == (GOLDEN / "symptom-numbness.md").read_text(encoding="utf-8")


def test_symptom_handout_has_verdicts_caveats_references_and_disclaimer(invoke: Invoke) -> None:
    text = markdown(invoke, "symptom", "numbness")
    assert text.startswith("# Numbness\n")
    rendered = html(text)
    for heading in (
        "When to see a doctor",
        "Nerve types",
        "What the evidence says about acupuncture",
        "References",
    ):
        assert f"<h2>{heading}</h2>" in rendered
    # Urgent advice first, as a quoted block that stands out in any renderer.
    assert rendered.index("<blockquote>") < rendered.index("<h2>When to see a doctor</h2>")
    assert "<p><strong>⚠ Get help at once</strong></p>" in rendered
    assert "<strong>⊕○○○ very low certainty</strong>" in rendered
    assert "Studies of acupuncture for numbness and loss of sensation disagree" in rendered
    assert "<li>Numbness is rated by the patients themselves" in rendered
    assert '<a href="https://doi.org/10.4239/wjd.v14.i12.1813">DOI</a>' in rendered
    assert '<a href="https://pubmed.ncbi.nlm.nih.gov/38222786/">PubMed</a>' in rendered
    assert text.rstrip().endswith(DISCLAIMER)
    assert "More: neuroinfo claims" not in text  # terminal hints stay out of handouts


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["types"], "# Peripheral neuropathy by nerve type"),
        (["types", "autonomic"], "# Autonomic"),
        (["claims"], "# Acupuncture claims, graded (15)"),
        (["claims", "cipn-pain"], "# cipn-pain"),
        (["about"], "# About neuroinfo: topics"),
        (["about", "safety"], "# How safe acupuncture is"),
        (["refs", "ju-2017"], "# ju-2017"),
        (["search", "pins"], "# 3 matches for “pins”"),
    ],
)
def test_every_page_has_a_markdown_form(invoke: Invoke, args: list[str], title: str) -> None:
    text = markdown(invoke, *args)
    assert text.splitlines()[0] == title
    assert text.rstrip().endswith(DISCLAIMER)
    assert "\x1b" not in text


def test_claim_handout_shows_grade_and_caveats(invoke: Invoke) -> None:
    rendered = html(markdown(invoke, "claims", "restores-nerve-damage"))
    assert "<h2>Verdict</h2>" in rendered and "<h2>Caveats</h2>" in rendered
    assert "There is not enough reliable evidence to judge the effect of acupuncture" in rendered
    assert "<strong>“They also restore nerve damage.”</strong>" in rendered


def test_data_cannot_inject_markdown_or_html(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "**Numb** [click](https://x.example) <script>alert(1)</script>"
            types: [sensory]
            summary: "# not a heading | not a table *nor emphasis*"
            seek_care: "See a doctor."
            references: [ref-one]
        """
    )
    text = invoke("--data-dir", str(folder), "symptom", "numbness", "-f", "markdown").stdout
    rendered = html(text)
    assert "<script>" not in rendered
    assert 'href="https://x.example"' not in rendered
    assert "<em>" not in rendered.split("<h2>")[0]
    assert "[click](https://x.example)" in rendered
    assert "# not a heading | not a table *nor emphasis*" in rendered


def test_line_starts_entities_and_strikes_in_data_stay_text(
    invoke: Invoke, make_data: MakeData
) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "1. not a list &copy; ~~not struck~~"
            seek_care: "- not a bullet"
            references: [ref-one]
        """
    )
    text = invoke("--data-dir", str(folder), "symptom", "numbness", "-f", "markdown").stdout
    rendered = MarkdownIt("commonmark").enable("strikethrough").render(text)
    assert "<p>1. not a list &amp;copy; ~~not struck~~</p>" in rendered
    assert "<p>- not a bullet</p>" in rendered
    # Two lists: the nerve types, and the references by their numbers in the bibliography.
    assert (rendered.count("<ul>"), rendered.count("<ol>"), "<s>" in rendered) == (2, 0, False)
    assert "<li>[1] Doe J (2020)." in rendered
    assert [line for line in rendered.splitlines() if line.startswith(("<h1", "<h2"))] == [
        "<h1>Numbness</h1>",
        "<h2>When to see a doctor</h2>",
        "<h2>Nerve types</h2>",
        "<h2>What the evidence says about acupuncture</h2>",
        "<h2>References</h2>",
    ]


def test_a_url_cannot_end_its_link_early(kb: KnowledgeBase) -> None:
    ref = next(r for r in kb.references.values() if r.url and not r.doi)
    hostile = replace(ref, url="https://ok.example/a b><img src=x onerror=alert(1)>")
    text = render(refs_list(kb, [hostile]))
    tokens = [t for t in MarkdownIt("commonmark").parse(text) if t.children]
    links = [c.attrs["href"] for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert links == ["https://ok.example/a%20b%3E%3Cimg%20src=x%20onerror=alert(1)%3E"]
    assert "<img" not in MarkdownIt("commonmark").render(text)
