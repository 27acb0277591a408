"""The loader: every kind of bad data becomes a finding with its file, line and column."""

import json
import re
import textwrap
import time
from pathlib import Path

import pytest
from conftest import MINIMAL, Invoke, MakeData

from neuroinfo import folders as folders_module
from neuroinfo import yamlread
from neuroinfo.errors import DataError
from neuroinfo.folders import DataFolderError, bundled_data_dir
from neuroinfo.load import load


def problems(folder: Path) -> list[str]:
    """Each finding as 'file.yaml:line:col: message', in the loader's order."""
    with pytest.raises(DataError) as caught:
        load(folder)
    return [f"{Path(f.path).name}:{f.line}:{f.column}: {f.message}" for f in caught.value.findings]


def test_minimal_folder_loads(make_data: MakeData) -> None:
    kb = load(make_data())
    assert list(kb.symptoms) == ["numbness"]
    assert kb.claims["helps-numbness"].verdict == "Acupuncture may improve numbness."
    assert len(kb.topics) == 0  # overview.yaml left out: a folder may omit files


def test_duplicate_mapping_key(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            name: "Numbness again"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
        """
    )
    assert problems(folder) == ["symptoms.yaml:4:5: duplicate key 'name' (first given on line 3)"]


def test_duplicate_id(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: webpage
            title: "First"
          - id: ref-one
            type: webpage
            title: "Second"
        """
    )
    assert problems(folder) == ["references.yaml:5:5: duplicate reference id 'ref-one'"]


def test_dangling_link_names_the_nearest_valid_id(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory, sensry]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one, nothing-like-it]
        """
    )
    assert problems(folder) == [
        "symptoms.yaml:4:22: unknown type 'sensry'; did you mean 'sensory'?",
        "symptoms.yaml:7:27: unknown reference 'nothing-like-it'",
    ]


def test_dangling_claim_source_and_symptom(make_data: MakeData) -> None:
    claims = MINIMAL_CLAIM.replace("source: ref-one", "source: ref-on").replace(
        "symptoms: [numbness]", "symptoms: [numbnes]"
    )
    assert problems(make_data(claims_yaml=claims)) == [
        "claims.yaml:4:5: unknown reference 'ref-on'; did you mean 'ref-one'?",
        "claims.yaml:11:16: unknown symptom 'numbnes'; did you mean 'numbness'?",
    ]


# The conftest claim, dedented as make_data writes it, for edits by line.
MINIMAL_CLAIM = textwrap.dedent(MINIMAL["claims.yaml"])


def claim_with(**changes: str) -> str:
    """The minimal claim with some `field: value` lines replaced (value written as YAML)."""
    lines = MINIMAL_CLAIM.splitlines()
    for field, value in changes.items():
        lines = [f"    {field}: {value}" if ln.startswith(f"    {field}:") else ln for ln in lines]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"certainty": "certain"},
            "claims.yaml:7:5: 'certainty' must be one of: "
            "high, moderate, low, very-low, insufficient",
        ),
        (
            {"direction": "helps"},
            "claims.yaml:8:5: 'direction' must be one of: "
            "benefit, no-difference, harm, mixed, unclear",
        ),
        (
            {"certainty": "moderate", "study_design": "observational"},
            "claims.yaml:7:5: certainty 'moderate' needs randomised trials or reviews of them, "
            "but study_design is 'observational'",
        ),
        (
            {"study_design": "mechanism"},
            "claims.yaml:7:5: study_design 'mechanism' is not clinical evidence, so certainty "
            "must be 'insufficient', not 'low'",
        ),
        (
            {"last_reviewed": "soon"},
            "claims.yaml:12:5: 'last_reviewed' must be a date written YYYY-MM-DD",
        ),
        (
            {"last_reviewed": "2025-02-30"},
            "claims.yaml:12:5: 'last_reviewed' 2025-02-30 is not a real date",
        ),
        (
            {"references": "[]"},
            "claims.yaml:10:5: 'references' must be a list of at least one reference id",
        ),
        ({"statement": "[1, 2]"}, "claims.yaml:3:5: 'statement' must be non-empty text"),
        (
            {"symptoms": "numbness"},
            "claims.yaml:11:5: 'symptoms' must be a list of ids",
        ),
    ],
)
def test_claim_field_errors(make_data: MakeData, changes: dict[str, str], expected: str) -> None:
    assert problems(make_data(claims_yaml=claim_with(**changes))) == [expected]


def test_missing_and_unknown_fields(make_data: MakeData) -> None:
    claims = MINIMAL_CLAIM.replace('    evidence: "One trial."\n', '    evidense: "One trial."\n')
    assert problems(make_data(claims_yaml=claims)) == [
        "claims.yaml:2:5: missing required field 'evidence'",
        "claims.yaml:9:5: unknown field 'evidense'",
    ]


def test_each_missing_field_is_reported_once(make_data: MakeData) -> None:
    claims = MINIMAL_CLAIM.replace('    evidence: "One trial."\n', "").replace(
        '    outcome: "numbness"\n', ""
    )
    assert problems(make_data(claims_yaml=claims)) == [
        "claims.yaml:2:5: missing required field 'evidence'",
        "claims.yaml:2:5: missing required field 'outcome'",
    ]


def test_reference_formats(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            year: "2020"
            doi: "doi.org/10.1000/x"
            pmid: "PMID123"
            pmcid: "12345"
            url: "ftp://example.org"
            authors_complete: "no"
        """
    )
    assert problems(folder) == [
        "references.yaml:5:5: 'year' must be a year such as 2017",
        "references.yaml:6:5: 'doi' must be a DOI such as 10.1000/xyz123",
        "references.yaml:7:5: 'pmid' must be a PubMed id: digits only",
        "references.yaml:8:5: 'pmcid' must be a PubMed Central id such as PMC1234567",
        "references.yaml:9:5: 'url' must be an http(s) URL",
        "references.yaml:10:5: 'authors_complete' must be true or false",
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("doi", "10.1000/abc}x{"),
        ("url", "https://example.org/a}b"),
        ("url", "https://example.org/a\\b"),
        ("url", 'https://example.org/a"b'),
    ],
)
def test_identifiers_and_urls_refuse_what_would_break_an_export(
    make_data: MakeData, field: str, value: str
) -> None:
    """DOIs and URLs are written verbatim; a brace would end a BibTeX field early."""
    line = f"  {field}: '{value}'"
    refs = MINIMAL["references.yaml"].replace('  doi: "10.1000/xyz1"', line)
    expected = "a DOI such as 10.1000/xyz123" if field == "doi" else "an http(s) URL"
    assert problems(make_data(references_yaml=refs)) == [
        f"references.yaml:8:5: '{field}' must be {expected}"
    ]


def test_a_doi_with_url_marks_links_percent_encoded(make_data: MakeData, invoke: Invoke) -> None:
    """'#', '?' and '%' are legal in a DOI, but a link that kept them would end at the '#'
    or '?': the DOI is shown as it is, the doi.org link is percent-encoded."""
    doi = "10.1000/a#b?c%d"
    refs = MINIMAL["references.yaml"].replace("10.1000/xyz1", doi)
    folder = make_data(references_yaml=refs)
    link = "https://doi.org/10.1000/a%23b%3Fc%25d"
    record = json.loads(invoke("--data-dir", str(folder), "refs", "ref-one", "--json").stdout)
    assert (record["doi"], record["links"]["doi"]) == (doi, link)
    page = invoke("--data-dir", str(folder), "refs", "ref-one", columns=200).stdout
    assert f"DOI {link}" in page
    markdown = invoke("--data-dir", str(folder), "refs", "ref-one", "-f", "markdown").stdout
    assert f"[DOI](<{link}>)" in markdown


def test_code_format_and_shape(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
            codes:
              - {system: HPO, code: "HP:33748", label: "Hypoesthesia"}
              - "HP:0033748"
        """
    )
    assert problems(folder) == [
        "symptoms.yaml:9:23: 'code' must be an HPO id such as HP:0001234",
        "symptoms.yaml:10:9: each entry of 'codes' must be a code with system, code and label",
    ]


def test_ids_must_be_kebab_case(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - {id: ref-one, type: webpage, title: "A page"}
          - {id: Ref_Two, type: webpage, title: "Another page"}
        """
    )
    assert problems(folder) == [
        "references.yaml:3:6: "
        "'id' must be lower-case words joined by hyphens, such as 'muscle-cramps'"
    ]


def test_two_records_may_not_answer_to_one_name(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
          - id: tingling
            name: "Tingling"
            aliases: ["pins and needles", "NUMBNESS"]
            types: [sensory]
            summary: "Prickling."
            seek_care: "See a doctor."
            references: [ref-one]
        """
    )
    assert problems(folder) == [
        "symptoms.yaml:10:35: alias 'NUMBNESS' already names symptom 'numbness'"
    ]


def test_invalid_yaml_syntax(make_data: MakeData) -> None:
    folder = make_data(symptoms_yaml="symptoms:\n  - id: numbness\n    name: [unclosed\n")
    # The location and our prefix are ours; the rest is the YAML parser's own explanation.
    (found,) = problems(folder)
    assert found.startswith("symptoms.yaml:4:1: invalid YAML: ")


def test_python_tags_are_refused_and_never_run(make_data: MakeData, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    folder = make_data(
        overview_yaml=f"""
        topics:
          - !!python/object/apply:os.system ["touch {marker}"]
        """
    )
    assert problems(folder) == [
        "overview.yaml:2:5: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
        "is not allowed in data files"
    ]
    assert not marker.exists()


def test_anchors_and_aliases_are_refused(make_data: MakeData) -> None:
    folder = make_data(
        types_yaml="""
        types:
          - &t
            id: sensory
            name: "Sensory"
            summary: "Feeling nerves."
            nerves_do: "They carry feeling."
            damage_does: "Numbness."
            severity: "Varies."
            references: [ref-one]
          - *t
        """
    )
    # Both the anchor and its alias are reported; only the alias is refused.
    assert problems(folder) == [
        "types.yaml:2:5: anchors and aliases are not allowed in data files",
        "types.yaml:10:5: anchors and aliases are not allowed in data files",
    ]


def test_merge_keys_are_refused(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: webpage
            <<: {title: "Merged"}
        """
    )
    assert problems(folder) == [
        "references.yaml:4:5: merge keys ('<<') are not allowed in data files"
    ]


def test_file_that_is_not_utf8(make_data: MakeData) -> None:
    folder = make_data()
    (folder / "symptoms.yaml").write_bytes(b"symptoms:\n  - id: caf\xe9\n")
    assert problems(folder) == ["symptoms.yaml:2:12: not UTF-8 text (byte 21)"]
    # the column counts characters, as an editor shows them, not bytes
    (folder / "symptoms.yaml").write_bytes("# naïve\nsymptoms: é".encode() + b"\xe9\n")
    assert problems(folder) == ["symptoms.yaml:2:12: not UTF-8 text (byte 21)"]


def test_directory_where_a_file_should_be(make_data: MakeData) -> None:
    folder = make_data(symptoms_yaml=None)
    (folder / "symptoms.yaml").mkdir()
    assert problems(folder) == ["symptoms.yaml:1:1: cannot read file: Is a directory"]


def test_wrong_top_level_shape(make_data: MakeData) -> None:
    folder = make_data(types_yaml="- id: sensory\n", symptoms_yaml="symptoms: {id: x}\n")
    assert problems(folder) == [
        "symptoms.yaml:1:1: 'symptoms' must be a list of symptoms",
        "types.yaml:1:1: this file must hold one top-level key, 'types:', with a list",
    ]


def test_missing_file_leaves_links_dangling(make_data: MakeData) -> None:
    folder = make_data(types_yaml=None)
    assert problems(folder) == ["symptoms.yaml:4:13: unknown type 'sensory'"]


def test_every_problem_in_a_folder_is_reported(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensry]
            summary: ""
            seek_care: "See a doctor."
            references: [ref-two]
            colour: red
          - id: numbness
            name: "Numbness twice"
            types: [sensory]
            summary: "x"
            seek_care: "x"
            references: [ref-one]
        """,
        claims_yaml=claim_with(certainty="sure", last_reviewed="2999-12-31"),
    )
    assert problems(folder) == [
        "claims.yaml:7:5: 'certainty' must be one of: high, moderate, low, very-low, insufficient",
        "symptoms.yaml:4:13: unknown type 'sensry'; did you mean 'sensory'?",
        "symptoms.yaml:5:5: 'summary' must be non-empty text",
        "symptoms.yaml:7:18: unknown reference 'ref-two'; did you mean 'ref-one'?",
        "symptoms.yaml:8:5: unknown field 'colour'",
        "symptoms.yaml:9:5: duplicate symptom id 'numbness'",
    ]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataFolderError, match="no such data folder: "):
        load(tmp_path / "nowhere")


def test_folder_that_is_a_file(tmp_path: Path) -> None:
    file = tmp_path / "data.yaml"
    file.write_text("x: 1\n")
    with pytest.raises(DataFolderError, match="data folder is not a folder: "):
        load(file)


def test_folder_without_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The suite may run as root, which ignores permission bits, so deny access directly.
    monkeypatch.setattr(folders_module.os, "access", lambda path, mode: False)
    with pytest.raises(DataFolderError, match=r"cannot be read \(permission denied\)"):
        load(tmp_path)


def test_bundled_folder_is_the_package_copy_or_the_repository_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel ships data/ inside the package; an editable install reads the repository's data/."""
    package = tmp_path / "neuroinfo"
    package.mkdir()
    monkeypatch.setattr(folders_module, "__file__", str(package / "folders.py"))
    assert bundled_data_dir() == tmp_path / "data"
    (package / "data").mkdir()
    assert bundled_data_dir() == package / "data"


def test_invalid_data_exits_3_with_findings_and_no_traceback(
    invoke: Invoke, make_data: MakeData
) -> None:
    folder = make_data(claims_yaml=claim_with(certainty="sure"))
    result = invoke("--data-dir", str(folder), "claims")
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].endswith(
        "claims.yaml:7:5: error: 'certainty' must be one of: high, moderate, low, very-low, "
        "insufficient"
    )
    assert lines[1] == "neuroinfo: the data has 1 problem(s); nothing was shown"
    assert "Traceback" not in result.stderr


def test_paths_inside_the_working_folder_are_shown_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert folders_module.display_path(tmp_path / "data" / "symptoms.yaml") == "data/symptoms.yaml"
    assert folders_module.display_path(Path("rel/x.yaml")) == "rel/x.yaml"
    outside = tmp_path.parent / "elsewhere" / "x.yaml"
    assert folders_module.display_path(outside) == str(outside)


def test_missing_data_folder_is_one_message(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data-dir", str(tmp_path / "nowhere"), "types")
    assert result.exit_code == 3
    assert result.stderr.startswith("neuroinfo: no such data folder: ")
    assert len(result.stderr.splitlines()) == 1


def test_deep_nesting_is_refused_quickly_without_crashing(make_data: MakeData) -> None:
    """PyYAML's own composer crashes the interpreter on this; the reader must not."""
    folder = make_data()
    (folder / "overview.yaml").write_text("topics: " + "[" * 100_000)
    started = time.perf_counter()
    # Our limit or the YAML scanner's own, whichever the installed PyYAML reaches first:
    # either way one finding on line 1, never a crash.
    (found,) = problems(folder)
    assert re.fullmatch(r"overview\.yaml:1:\d+: \S.*", found)
    assert time.perf_counter() - started < 5


def test_nesting_just_past_the_limit_is_our_finding(make_data: MakeData) -> None:
    folder = make_data()
    (folder / "overview.yaml").write_text(
        "topics:\n" + "".join("  " * depth + "- \n" for depth in range(40))
    )
    assert problems(folder) == ["overview.yaml:33:63: nesting is deeper than 32 levels"]


def test_more_than_one_document_is_refused(make_data: MakeData) -> None:
    folder = make_data()
    (folder / "overview.yaml").write_text("topics: []\n---\ntopics: []\n")
    assert problems(folder) == ["overview.yaml:2:1: a data file holds one YAML document only"]


def test_keys_must_be_text(make_data: MakeData) -> None:
    folder = make_data()
    (folder / "overview.yaml").write_text(
        "topics:\n  - {id: a, 7: x, [b]: y, title: T, summary: S}\n"
    )
    assert problems(folder) == [
        "overview.yaml:2:13: keys must be plain text",
        "overview.yaml:2:19: keys must be plain text",
    ]


def test_reading_keeps_no_values_between_files() -> None:
    for _ in range(2):
        yamlread.read_yaml(bundled_data_dir() / "claims.yaml", "claims.yaml", track=False)
    assert yamlread._constructor.constructed_objects == {}


def test_dates_after_this_machines_today_still_load(make_data: MakeData) -> None:
    """A clock set back (or a review dated today on a machine a day behind) must not stop the
    data from being read: it is a warning for validate, by the clock, not an error."""
    folder = make_data(claims_yaml=claim_with(last_reviewed="2999-01-01"))
    assert list(load(folder).claims) == ["helps-numbness"]


@pytest.mark.parametrize("author", ["\u202e", "\x7f", "\u200b", " \u2060 "])
def test_a_text_of_only_invisible_characters_is_no_text(make_data: MakeData, author: str) -> None:
    """An author of only a direction override, DEL or a zero-width space passed, then was
    written as "{None}" in BibTeX (its invisible characters are dropped on output)."""
    refs = MINIMAL["references.yaml"].replace('["Doe J"]', json.dumps([author]))
    assert problems(make_data(references_yaml=refs)) == [
        "references.yaml:4:15: each entry of 'authors' must be non-empty text"
    ]
