"""Citation exports read back by independent parsers and compared, field by field, with the data.

BibTeX: bibtexparser (with LaTeX decoding) and pybtex. RIS: rispy (neuroinfo writes RIS itself),
plus an exact golden file. CSL-JSON: citeproc-py, rendering with a real CSL style."""

import json
from pathlib import Path

import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from conftest import Invoke, MakeData

from neuroinfo.citations import (
    BIBTEX_CONTAINER,
    BIBTEX_TYPES,
    CSL_CONTAINER,
    CSL_TYPES,
    RIS_CONTAINER,
    RIS_TYPES,
    split_name,
)
from neuroinfo.model import KnowledgeBase
from neuroinfo.schema import bundled

GOLDEN = Path(__file__).parent / "golden"
HARD_TITLE = "Ärzte & Schröder\u2019s {braced} title \u2013 100% sure, $5 #1 ~x_y"


def export(invoke: Invoke, fmt: str, *args: str) -> str:
    result = invoke("refs", "--format", fmt, *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def given(author: str) -> str:
    return split_name(author)[1]


# ---------------------------------------------------------------- BibTeX


VERBATIM = ("doi", "pmid", "pmcid", "url", "isbn")  # read as written, as biblatex and Zotero do


def parse_bibtex(text: str) -> dict[str, dict[str, str]]:
    """Entries by key: text fields LaTeX-decoded, identifiers and URLs exactly as written."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    raw = bibtexparser.parse_string(text)
    assert not decoded.failed_blocks and not raw.failed_blocks
    entries = {}
    for entry, plain in zip(decoded.entries, raw.entries, strict=True):
        fields = {k: f.value for k, f in entry.fields_dict.items()}
        fields |= {k: f.value for k, f in plain.fields_dict.items() if k in VERBATIM}
        entries[entry.key] = {"ENTRYTYPE": entry.entry_type, **fields}
    return entries


def test_bibtex_round_trip_matches_the_data(invoke: Invoke, kb: KnowledgeBase) -> None:
    entries = parse_bibtex(export(invoke, "bibtex"))
    assert list(entries) == list(kb.references)
    for ref in kb.references.values():
        entry = entries[ref.id]
        assert entry["ENTRYTYPE"] == BIBTEX_TYPES[ref.type]
        expected_authors = [f"{split_name(a)[0]}, {given(a)}" for a in ref.authors]
        if ref.authors and not ref.authors_complete:
            expected_authors.append("others")
        assert entry.get("author", "").split(" and ") == (expected_authors or [""]), ref.id
        container_field = BIBTEX_CONTAINER.get(ref.type, "journal")
        expected = {
            "title": ref.shown_title,
            container_field: ref.container,
            "year": str(ref.year) if ref.year else None,
            "volume": ref.volume,
            "number": ref.issue,
            # BibTeX writes a range as 276--281, which LaTeX reads as an en dash.
            "pages": ref.pages.replace("-", "\u2013") if ref.pages else None,
            "doi": ref.doi,
            "pmid": ref.pmid,
            "pmcid": ref.pmcid,
            "url": ref.url,
            "isbn": ref.isbn,
            # Only what a reader of the citation needs is a note; our remarks are an annote,
            # which reference managers keep as a private note and styles do not print.
            "note": " ".join(ref.note.split()) if ref.note else None,
            "annote": " ".join(ref.remarks.split()) if ref.remarks else None,
        }
        for field, value in expected.items():
            assert entry.get(field) == value, (ref.id, field)


def test_working_notes_never_reach_a_printed_citation(invoke: Invoke, kb: KnowledgeBase) -> None:
    """No 'was not seen' or 'were not recorded' in a BibTeX note or in CSL-JSON at all."""
    entries = parse_bibtex(export(invoke, "bibtex"))
    items = {i["id"]: i for i in json.loads(export(invoke, "csl-json"))}
    for ref in kb.references.values():
        printed = entries[ref.id].get("note", "") + json.dumps(items[ref.id])
        for remark in ("not seen", "not recorded", "not visible", "were seen", "verified"):
            assert remark not in printed, (ref.id, remark)
    assert "seen" in entries["bao-2020"]["annote"]  # kept, as a private note
    assert entries["bao-2020"]["note"] == "Registered as NCT03183037."
    assert entries["chen-2013"]["note"].startswith("A correction was published")


def test_an_incomplete_author_list_is_marked_in_every_format(invoke: Invoke) -> None:
    import rispy

    bibtex = parse_bibtex(export(invoke, "bibtex", "bao-2020"))["bao-2020"]
    assert bibtex["author"] == "Bao, T. and Patil, S. and Chen, C. and others"
    (record,) = rispy.loads(export(invoke, "ris", "bao-2020"))
    assert record["authors"] == ["Bao, T.", "Patil, S.", "Chen, C.", "et al."]
    (item,) = json.loads(export(invoke, "csl-json", "bao-2020"))
    assert item["author"][-1] == {"literal": "others"}
    assert len(item["author"]) == 4


def test_a_title_of_ours_is_bracketed_in_every_format(invoke: Invoke) -> None:
    import rispy

    title = "[NHS inform page on peripheral neuropathy]"
    ref_id = "nhs-inform-peripheral-neuropathy"
    assert parse_bibtex(export(invoke, "bibtex", ref_id))[ref_id]["title"] == title
    assert rispy.loads(export(invoke, "ris", ref_id))[0]["title"] == title
    assert json.loads(export(invoke, "csl-json", ref_id))[0]["title"] == title
    page = invoke("refs", ref_id, columns=200).stdout
    assert f"NHS inform (Scotland). {title}." in page


def test_every_web_reference_has_a_title_in_every_export(invoke: Invoke, kb: KnowledgeBase) -> None:
    import rispy

    entries = parse_bibtex(export(invoke, "bibtex"))
    records = {r["id"]: r for r in rispy.loads(export(invoke, "ris"))}
    items = {i["id"]: i for i in json.loads(export(invoke, "csl-json"))}
    for ref in kb.references.values():
        if ref.type == "webpage":
            assert entries[ref.id]["title"] and records[ref.id]["title"], ref.id
            assert items[ref.id]["title"], ref.id


def test_bibtex_is_valid_for_pybtex(invoke: Invoke, kb: KnowledgeBase) -> None:
    from pybtex.database import parse_string

    data = parse_string(export(invoke, "bibtex"), "bibtex")
    assert list(data.entries) == list(kb.references)
    schroeder = data.entries["schroeder-2007"]
    assert [str(p) for p in schroeder.persons["author"]][:2] == [
        'Schr\\"oder, S.',
        "Liepert, J.",
    ]
    assert schroeder.fields["doi"] == "10.1111/j.1468-1331.2006.01632.x"
    assert len(data.entries["dietzel-2023"].persons["author"]) == 15


def test_special_characters_survive_every_format(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(
        references_yaml=f"""
        references:
          - id: ref-one
            type: article-journal
            authors: ["Bäumler P", "Stübinger T"]
            title: "{HARD_TITLE}"
            container: "Forsch & Praxis \u2013 Sonderheft"
            year: 2020
            pages: "e1-e9"
            doi: "10.1000/a_b%c"
            url: "https://example.org/a?b=1&c=%2F"
            note: "Checked {{twice}} \u2013 50% of fields."
        """
    )
    entry = parse_bibtex(_export_dir(invoke, folder, "bibtex"))["ref-one"]
    assert entry["title"] == HARD_TITLE
    assert entry["author"] == "Bäumler, P. and Stübinger, T."
    assert entry["journal"] == "Forsch & Praxis \u2013 Sonderheft"
    assert entry["doi"] == "10.1000/a_b%c"
    assert entry["url"] == "https://example.org/a?b=1&c=%2F"
    assert entry["note"] == "Checked {twice} \u2013 50% of fields."

    import rispy

    (record,) = rispy.loads(_export_dir(invoke, folder, "ris"))
    assert record["title"] == HARD_TITLE
    assert record["authors"] == ["Bäumler, P.", "Stübinger, T."]
    assert record["urls"] == ["https://example.org/a?b=1&c=%2F"]

    (item,) = json.loads(_export_dir(invoke, folder, "csl-json"))
    assert item["title"] == HARD_TITLE
    assert item["author"] == [
        {"family": "Bäumler", "given": "P."},
        {"family": "Stübinger", "given": "T."},
    ]


def test_a_name_holding_and_stays_one_person_in_bibtex(invoke: Invoke, make_data: MakeData) -> None:
    """BibTeX splits names at " and "; an organisation is braced whole, and so is a family
    name that holds the word."""
    from pybtex.database import parse_string

    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: report
            authors: ["Agency for Healthcare Research and Quality", "Barnes And Noble, J", "Doe J"]
            title: "A report"
            year: 2020
        """
    )
    entry = parse_string(_export_dir(invoke, folder, "bibtex"), "bibtex").entries["ref-one"]
    people = entry.persons["author"]
    assert len(people) == 3
    assert [" ".join(p.last_names) for p in people] == [
        "{Agency for Healthcare Research and Quality}",
        "{Barnes And Noble}",
        "Doe",
    ]


def test_unbalanced_braces_keep_the_bibtex_valid(invoke: Invoke, make_data: MakeData) -> None:
    """BibTeX counts escaped braces too, so a lone brace is written as a LaTeX word."""
    import bibtexparser
    from pybtex.database import parse_string
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: article-journal
            title: "Guideline }{ unbalanced"
            container: "A Journal"
            year: 2020
            pages: "e1}"
            note: "One { left open."
        """
    )
    text = _export_dir(invoke, folder, "bibtex")
    assert "title = {Guideline \\textbraceright{}\\textbraceleft{} unbalanced}" in text
    (raw,) = bibtexparser.parse_string(text).entries
    assert parse_string(text, "bibtex").entries["ref-one"].fields["pages"] == raw["pages"]
    # Decoded with the meaning LaTeX gives these words, every value is as the data has it.
    words = [MacroTextSpec("textbraceleft", "{"), MacroTextSpec("textbraceright", "}")]
    context = get_default_latex_context_db()
    context.add_context_category("text-braces", macros=words, prepend=True)
    decode = LatexNodes2Text(latex_context=context).latex_to_text
    assert [decode(raw[f]) for f in ("title", "pages", "note")] == [
        "Guideline }{ unbalanced",
        "e1}",
        "One { left open.",
    ]


def _export_dir(invoke: Invoke, folder: Path, fmt: str) -> str:
    result = invoke("--data-dir", str(folder), "refs", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- RIS


def test_ris_round_trip_matches_the_data(invoke: Invoke, kb: KnowledgeBase) -> None:
    import rispy

    records = rispy.loads(export(invoke, "ris"))
    assert [r["id"] for r in records] == list(kb.references)
    for record in records:
        ref = kb.references[record["id"]]
        assert record["type_of_reference"] == RIS_TYPES[ref.type]
        authors = [f"{split_name(a)[0]}, {given(a)}" for a in ref.authors]
        if ref.authors and not ref.authors_complete:
            authors.append("et al.")
        assert record.get("authors", []) == authors, ref.id
        first, _, last = (ref.pages or "").partition("-")
        container = {"PB": "publisher"}.get(RIS_CONTAINER.get(ref.type, ""), "secondary_title")
        expected = {
            "title": ref.shown_title,
            container: ref.container,
            "year": str(ref.year) if ref.year else None,
            "volume": ref.volume,
            "number": ref.issue,
            "start_page": first or None,
            "end_page": last or None,
            "doi": ref.doi,
            "accession_number": ref.pmid,
            "issn": ref.isbn,
            "urls": [ref.url] if ref.url else None,
        }
        for field, value in expected.items():
            assert record.get(field) == value, (ref.id, field)
        notes = record.get("notes", [])
        assert (f"PMCID: {ref.pmcid}" in notes) == bool(ref.pmcid), ref.id
        assert (f"PMID: {ref.pmid}" in notes) == bool(ref.pmid), ref.id
        if ref.remarks:
            assert " ".join(ref.remarks.split()) in notes, ref.id


def test_ris_record_is_exact(invoke: Invoke) -> None:
    expected = (GOLDEN / "schroeder-2007.ris").read_text(encoding="utf-8")
    assert export(invoke, "ris", "schroeder-2007") == expected


# ---------------------------------------------------------------- CSL-JSON


def test_csl_json_renders_with_a_real_style(invoke: Invoke, kb: KnowledgeBase) -> None:
    items = json.loads(export(invoke, "csl-json"))
    assert [i["id"] for i in items] == list(kb.references)
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for ref_id in kb.references:
        bibliography.register(Citation([CitationItem(ref_id)]))
    rendered = {
        str(key): str(entry)
        for key, entry in zip(bibliography.keys, bibliography.bibliography(), strict=True)
    }
    for ref in kb.references.values():
        text = rendered[ref.id]
        if ref.title:
            assert (ref.shown_title or "").rstrip(".") in text, ref.id
        if ref.authors:
            assert split_name(ref.authors[0])[0] in text, ref.id
        if ref.year:
            assert str(ref.year) in text, ref.id


def test_csl_json_fields_match_the_data(invoke: Invoke, kb: KnowledgeBase) -> None:
    source = CiteProcJSON(json.loads(export(invoke, "csl-json")))
    for ref in kb.references.values():
        parsed = source[ref.id]
        assert parsed["type"] == CSL_TYPES[ref.type]
        authors = [
            (str(a.family), str(a.get("given", ""))) if "family" in a else (str(a.literal), "")
            for a in parsed.get("author", [])
        ]
        expected_authors = [split_name(a) for a in ref.authors]
        if ref.authors and not ref.authors_complete:
            expected_authors.append(("others", ""))
        assert authors == expected_authors, ref.id
        expected = {
            "title": ref.shown_title,
            CSL_CONTAINER.get(ref.type, "container_title"): ref.container,
            "volume": ref.volume,
            "issue": ref.issue,
            "DOI": ref.doi,
            "PMID": ref.pmid,
            "PMCID": ref.pmcid,
            "URL": ref.url,
            "ISBN": ref.isbn,
        }
        for field, value in expected.items():
            got = parsed.get(field)
            assert (str(got) if got is not None else None) == value, (ref.id, field)
        if ref.year:
            assert parsed["issued"]["year"] == ref.year


# ---------------------------------------------------------------- choosing what to export


def test_cited_by_a_claim(invoke: Invoke, kb: KnowledgeBase) -> None:
    items = json.loads(export(invoke, "csl-json", "--cited-by", "restores-nerve-damage"))
    claim = kb.claims["restores-nerve-damage"]
    assert [i["id"] for i in items] == [claim.source, *claim.references]


def test_cited_by_a_symptom_includes_its_claims_sources(invoke: Invoke) -> None:
    items = json.loads(export(invoke, "csl-json", "--cited-by", "pins and needles"))
    ids = [i["id"] for i in items]
    assert ids[:2] == ["medlineplus-peripheral-nerve-disorders", "ninds-peripheral-neuropathy"]
    assert "jin-2020" in ids  # the source of the claim about chemotherapy neuropathy symptoms
    assert len(ids) == len(set(ids))


def test_cited_by_as_text_and_json(invoke: Invoke) -> None:
    page = invoke("refs", "--cited-by", "cipn-pain", columns=200)
    assert page.exit_code == 0
    assert page.stdout.startswith("Cited by cipn-pain (11 references)\n")
    listed = json.loads(invoke("refs", "--cited-by", "cipn-pain", "--json").stdout)
    assert [r["id"] for r in listed][:2] == ["mao-2022", "xu-2022"]


def test_cited_by_unknown_and_conflicting_options(invoke: Invoke) -> None:
    miss = invoke("refs", "--cited-by", "restores-nerv", "-f", "ris")
    assert miss.exit_code == 1
    assert miss.stderr == (
        "neuroinfo: no claim, symptom, nerve type, point or topic matches 'restores-nerv'; "
        "did you mean: restores-nerve-damage\n"
    )
    both = invoke("refs", "ju-2017", "--cited-by", "cipn-pain", "-f", "ris")
    assert both.exit_code == 2
    assert both.stderr == (
        "neuroinfo: give a reference ID or --cited-by, not both (a name of several words after"
        " --cited-by needs quotes: --cited-by 'nerve pain')\n"
    )
    clash = invoke("refs", "--json", "--format", "bibtex")
    assert clash.exit_code == 2
    assert clash.stderr == "neuroinfo: choose one output: --json or --format bibtex, not both\n"


def test_one_reference_exports_alone(invoke: Invoke) -> None:
    assert list(parse_bibtex(export(invoke, "bibtex", "ju-2017"))) == ["ju-2017"]


def test_exports_never_load_rich(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from neuroinfo.run import main; sys.argv=['neuroinfo','refs','-f','ris']\n"
        "try: main()\nexcept SystemExit: pass\nassert 'rich.console' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr


def test_the_data_uses_every_reference_type(kb: KnowledgeBase) -> None:
    types = {r.type for r in kb.references.values()}
    assert types == {"article-journal", "review", "guideline", "webpage", "book", "report"}


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Schröder S", ("Schröder", "S.")),
        ("Lavoie Smith EM", ("Lavoie Smith", "E. M.")),
        ("Dyck PJB", ("Dyck", "P. J. B.")),
        ("Meyer-Hamme G", ("Meyer-Hamme", "G.")),
        ("WHO", ("WHO", "")),
    ],
)
def test_split_name(author: str, expected: tuple[str, str]) -> None:
    assert split_name(author) == expected


def test_every_reference_type_the_schema_allows_can_be_exported() -> None:
    allowed = bundled("references")["$defs"]["reference"]["properties"]["type"]["enum"]
    for table in (BIBTEX_TYPES, RIS_TYPES, CSL_TYPES):
        assert sorted(table) == sorted(allowed)


def test_a_usage_mistake_is_reported_before_the_data_is_read(
    invoke: Invoke, make_data: MakeData
) -> None:
    broken = make_data(symptoms_yaml="symptoms: [oops")
    result = invoke("--data-dir", str(broken), "refs", "x", "--cited-by", "y", "-f", "ris")
    assert (result.exit_code, result.stderr) == (
        2,
        "neuroinfo: give a reference ID or --cited-by, not both (a name of several words after"
        " --cited-by needs quotes: --cited-by 'nerve pain')\n",
    )


def test_exports_of_page_ranges_and_names_without_a_latex_form(
    invoke: Invoke, make_data: MakeData
) -> None:
    """A range written as BibTeX writes it ("1--2") or with an en dash is one range in every
    export (it became "1----2", and RIS's end page "-2"); a title LaTeX has no names for
    (Chinese) is kept as written, with no warning on stderr for each character."""
    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: article-journal
            authors: ["王 X"]
            title: "针刺治疗周围神经病变"
            container: "A Journal"
            year: 2020
            pages: "12--19"
          - id: ref-two
            type: article-journal
            title: "Another"
            year: 2021
            pages: "e5 \u2013 e9"
        """
    )
    result = invoke("--data-dir", str(folder), "refs", "--format", "bibtex")
    assert (result.exit_code, result.stderr) == (0, "")
    entries = parse_bibtex(result.stdout)
    assert entries["ref-one"]["pages"] == "12\u201319"  # "--", decoded
    assert entries["ref-one"]["title"] == "针刺治疗周围神经病变"
    assert entries["ref-two"]["pages"] == "e5\u2013e9"
    import rispy

    records = rispy.loads(_export_dir(invoke, folder, "ris"))
    assert [(r["start_page"], r["end_page"]) for r in records] == [("12", "19"), ("e5", "e9")]
