"""`neuroinfo validate`, `neuroinfo schema`, and reading a data folder of one's own."""

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import MINIMAL, Invoke, MakeData
from jsonschema import Draft202012Validator

from neuroinfo.yamlread import read_yaml

ROOT = Path(__file__).parent.parent
DATA = ROOT / "data"
FILES = [
    "overview.yaml",
    "types.yaml",
    "symptoms.yaml",
    "claims.yaml",
    "references.yaml",
    "points.yaml",
    "red_flags.yaml",
]
LONG_AGO = (date.today() - timedelta(days=3 * 365)).isoformat()
ID_RULE = "lower-case words joined by hyphens, such as 'muscle-cramps'"
DIRECTIONS = "benefit, no-difference, harm, mixed, unclear"


def findings(invoke: Invoke, folder: Path, *options: str) -> tuple[int, list[str], str]:
    """Exit code, findings as 'file:line:col: severity: message' (file name only), summary."""
    result = invoke("validate", str(folder), *options)
    names = []
    for line in result.stdout.splitlines():
        where, rest = line.split(": ", 1)
        names.append(f"{Path(where).name}: {rest}")
    return result.exit_code, names, result.stderr


def test_the_bundled_data_validates_clean(invoke: Invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    # The bundled folder's path depends on the install (editable or wheel); the rest does not.
    assert result.stderr.startswith("neuroinfo: 0 error(s), 0 warning(s) in ")
    counts = "(8 topics, 4 types, 27 symptoms, 15 claims, 71 references, 13 points, 6 red flags)"
    assert result.stderr.endswith(counts + "\n")


def test_validate_defaults_to_the_data_in_use(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(claims_yaml=None)
    result = invoke("--data-dir", str(folder), "validate")
    assert result.exit_code == 0
    counts = "(0 topics, 1 types, 1 symptoms, 0 claims, 1 references, 0 points, 0 red flags)"
    assert result.stderr.endswith(counts + "\n")
    assert result.stdout == ""


TWENTY = {
    "overview.yaml": """
        topics:
          - id: about-it
            title: "About"
            title: "Again"
            summary: !!python/object/apply:os.system ["true"]
    """,
    "types.yaml": """
        types:
          - &sensory
            id: sensory
            name: "Sensory"
            summary: "Feeling nerves."
            nerves_do: "They carry feeling."
            damage_does: "Numbness."
            severity: "Varies."
            references: [ref-one]
            codes: [{system: HPO, code: "HP:123", label: "Sensory neuropathy"}]
          - *sensory
    """,
    "symptoms.yaml": """
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensry]
            summary: ["not", "text"]
            seek_care: "See a doctor."
            references: [ref-one]
            colour: red
          - id: numbness
            name: "Numbness twice"
            types: [sensory]
            summary: "x"
            seek_care: "x"
            references: [ref-one]
          - id: tingling
            name: "Tingling"
            aliases: ["numbness"]
            types: [sensory]
            summary: "x"
            references: [ref-one]
    """,
    "claims.yaml": f"""
        claims:
          - id: 42
            statement: "It helps."
            source: ref-one
            outcome: "numbness"
            study_design: observational
            certainty: high
            direction: helps
            evidence: "One trial."
            references: []
            last_reviewed: 2999-01-01
          - id: works-by-qi
            statement: "Qi flows."
            source: nobody
            outcome: "neuropathy"
            study_design: tradition
            certainty: low
            direction: benefit
            evidence: "Tradition."
            references: [ref-one]
            last_reviewed: 2025-02-30
          - id: old-claim
            statement: "Old."
            source: ref-one
            outcome: "numbness"
            study_design: rct
            certainty: low
            direction: benefit
            evidence: "One trial."
            references: [ref-one]
            last_reviewed: {LONG_AGO}
    """,
    "references.yaml": """
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            doi: "doi:10.1000/x"
            pmid: "123abc"
          - id: never-cited
            type: webpage
            title: "A page"
            url: "example.org"
    """,
}


def test_a_folder_with_twenty_different_errors_reports_all_twenty(
    invoke: Invoke, make_data: MakeData
) -> None:
    folder = make_data(**{name.replace(".", "_"): text for name, text in TWENTY.items()})
    code, found, summary = findings(invoke, folder)
    assert code == 3
    assert found == [
        "claims.yaml:2:5: error: 'id' must be " + ID_RULE,
        "claims.yaml:7:5: error: certainty 'high' needs randomised trials or reviews of them, "
        "but study_design is 'observational'",
        "claims.yaml:8:5: error: 'direction' must be one of: " + DIRECTIONS,
        "claims.yaml:10:5: error: 'references' must be a list of at least one reference id",
        "claims.yaml:11:5: warning: 'last_reviewed' 2999-01-01 is in the future",
        "claims.yaml:14:5: error: unknown reference 'nobody'",
        "claims.yaml:17:5: error: study_design 'tradition' is not clinical evidence, so "
        "certainty must be 'insufficient', not 'low'",
        "claims.yaml:21:5: error: 'last_reviewed' 2025-02-30 is not a real date",
        f"claims.yaml:31:5: warning: claim 'old-claim' was last reviewed on {LONG_AGO}, more "
        "than two years ago: check it against newer evidence",
        "overview.yaml:4:5: error: duplicate key 'title' (first given on line 3)",
        "overview.yaml:5:14: error: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
        "is not allowed in data files",
        "references.yaml:5:5: error: 'doi' must be a DOI such as 10.1000/xyz123",
        "references.yaml:6:5: error: 'pmid' must be a PubMed id: digits only",
        "references.yaml:7:5: warning: reference 'never-cited' is cited by nothing",
        "references.yaml:10:5: error: 'url' must be an http(s) URL",
        "symptoms.yaml:4:13: error: unknown type 'sensry'; did you mean 'sensory'?",
        "symptoms.yaml:5:5: error: 'summary' must be non-empty text",
        "symptoms.yaml:8:5: error: unknown field 'colour'",
        "symptoms.yaml:9:5: error: duplicate symptom id 'numbness'",
        "symptoms.yaml:15:5: error: missing required field 'seek_care'",
        "symptoms.yaml:17:15: error: alias 'numbness' already names symptom 'numbness'",
        "types.yaml:2:5: error: anchors and aliases are not allowed in data files",
        "types.yaml:10:27: error: 'code' must be an HPO id such as HP:0001234",
        "types.yaml:11:5: error: anchors and aliases are not allowed in data files",
    ]
    errors = [line for line in found if ": error: " in line]
    # 20 kinds of mistake (an anchor and its alias are both marked), and a review date in the
    # future: a warning, by this machine's clock
    assert len(errors) == 21
    assert "21 error(s), 3 warning(s)" in summary


def test_findings_are_sorted_and_as_json(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(**{name.replace(".", "_"): text for name, text in TWENTY.items()})
    text = invoke("validate", str(folder)).stdout.splitlines()
    result = invoke("validate", str(folder), "--format", "json")
    assert result.exit_code == 3
    rows = json.loads(result.stdout)
    assert [
        f"{r['path']}:{r['line']}:{r['column']}: {r['severity']}: {r['message']}" for r in rows
    ] == text
    keys = [(r["path"], r["line"], r["column"]) for r in rows]
    assert keys == sorted(keys)


def test_warnings_alone_exit_0(invoke: Invoke, make_data: MakeData) -> None:
    old = (
        "        claims:\n          - id: old-claim"
        + TWENTY["claims.yaml"].split("- id: old-claim")[1]
    )
    folder = make_data(claims_yaml=old)
    code, found, _ = findings(invoke, folder)
    assert code == 0
    assert found == [
        f"claims.yaml:11:5: warning: claim 'old-claim' was last reviewed on {LONG_AGO}, more "
        "than two years ago: check it against newer evidence"
    ]


def test_a_publication_year_after_this_year_is_a_warning(
    invoke: Invoke, make_data: MakeData
) -> None:
    this_year = date.today().year
    for year, expected in (
        (this_year, []),
        (this_year + 1, [f"references.yaml:7:5: warning: 'year' {this_year + 1} is in the future"]),
    ):
        refs = MINIMAL["references.yaml"].replace("year: 2020", f"year: {year}")
        code, found, _ = findings(invoke, make_data(references_yaml=refs))
        assert (code, found) == (0, expected)  # by the clock, which may be wrong: no error


def test_a_phrase_given_twice_in_one_record_is_a_warning(
    invoke: Invoke, make_data: MakeData
) -> None:
    """Found in the bundled data: a phrase added again a few lines below itself."""
    symptoms = MINIMAL["symptoms.yaml"].rstrip() + (
        '\n            phrases: ["numb feet", "toes feel dead", "Numb  Feet"]\n'
    )
    code, found, _ = findings(invoke, make_data(symptoms_yaml=symptoms))
    assert (code, found) == (0, ["symptoms.yaml:8:46: warning: phrase 'Numb  Feet' is given twice"])


def test_read_commands_ignore_warnings(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(claims_yaml=None)  # ref-one is cited by a symptom; nothing is uncited
    assert invoke("--data-dir", str(folder), "refs").exit_code == 0


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "nowhere", "no such data folder: "),
        (lambda p: (p / "f").write_text("x") and p / "f", "data folder is not a folder: "),
        (lambda p: p, "no data files in "),
    ],
)
def test_validate_unusable_folders(
    invoke: Invoke, tmp_path: Path, setup: object, message: str
) -> None:
    result = invoke("validate", str(setup(tmp_path)))  # type: ignore[operator]
    assert result.exit_code == 3
    assert result.stderr.startswith(f"neuroinfo: {message}")


# ---------------------------------------------------------------- schema


def test_schema_prints_every_file_s_schema(invoke: Invoke) -> None:
    schemas = json.loads(invoke("schema").stdout)
    assert list(schemas) == FILES
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", FILES)
def test_each_printed_schema_stands_alone_and_accepts_the_bundled_data(
    invoke: Invoke, name: str
) -> None:
    for spelling in (name, name.removesuffix(".yaml"), name.replace(".yaml", ".schema.json")):
        result = invoke("schema", spelling)
        assert result.exit_code == 0, result.stderr
    schema = json.loads(result.stdout)
    assert "$ref" not in json.dumps(schema).replace('"$ref": "#/', "")  # no outside references
    document = read_yaml(DATA / name, name)[0]  # as the tool and editors read it: dates stay text
    assert list(Draft202012Validator(schema).iter_errors(document)) == []


@pytest.mark.parametrize("args", [["schema", "--json"], ["schema", "claims", "--json"]])
def test_schema_takes_json_as_every_command_does(invoke: Invoke, args: list[str]) -> None:
    """'schema claims --json' was refused ("no option --json"): a schema is JSON already,
    so the flag changes nothing."""
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == invoke(*[a for a in args if a != "--json"]).stdout
    json.loads(result.stdout)


def test_the_schema_rejects_what_validate_rejects(invoke: Invoke) -> None:
    schema = json.loads(invoke("schema", "claims").stdout)
    bad = {"claims": [{"id": "x", "certainty": "sure"}]}
    messages = [e.message for e in Draft202012Validator(schema).iter_errors(bad)]
    assert any("'sure' is not one of" in m for m in messages)


def test_unknown_schema_file(invoke: Invoke) -> None:
    result = invoke("schema", "sympton")
    assert result.exit_code == 1
    assert result.stderr == "neuroinfo: no data file named 'sympton'; did you mean: symptoms\n"
    long = invoke("schema", "x" * 5000)  # quoted cut short, as every message quotes input
    assert long.exit_code == 1
    assert long.stderr == f"neuroinfo: no data file named '{'x' * 59}\u2026'\n"


@pytest.mark.parametrize("name", FILES)
def test_each_data_file_names_its_schema_for_editors(name: str) -> None:
    first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    target = first.removeprefix("# yaml-language-server: $schema=")
    assert target != first
    assert (DATA / target).is_file()


# ---------------------------------------------------------------- custom data folders


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["types"], "Peripheral neuropathy by nerve type"),
        (["symptom"], "Symptoms of peripheral neuropathy (1)"),
        (["symptom", "numbness"], "Numbness  symptom"),
        (["claims"], "Acupuncture claims, graded (1)"),
        (["refs"], "Bibliography (1 reference)"),
        (["search", "numbness"], "3 matches for “numbness”"),
        (["about"], "About neuroinfo: topics"),
    ],
)
def test_every_command_reads_a_custom_folder(
    invoke: Invoke, make_data: MakeData, args: list[str], start: str
) -> None:
    folder = make_data()
    by_option = invoke("--data-dir", str(folder), *args)
    by_env = invoke(*args, env={"NEUROINFO_DATA_DIR": str(folder)})
    assert by_option.exit_code == by_env.exit_code == 0, by_option.stderr
    assert by_option.stdout == by_env.stdout
    assert by_option.stdout.startswith(start + "\n")


def test_the_option_wins_over_the_environment(
    invoke: Invoke, make_data: MakeData, tmp_path: Path
) -> None:
    folder = make_data()
    result = invoke(
        "--data-dir", str(folder), "symptom", env={"NEUROINFO_DATA_DIR": str(tmp_path / "x")}
    )
    assert result.exit_code == 0


def test_custom_folder_exports(invoke: Invoke, make_data: MakeData) -> None:
    result = invoke("--data-dir", str(make_data()), "refs", "--format", "csl-json")
    assert [item["id"] for item in json.loads(result.stdout)] == ["ref-one"]


def test_ci_validates_the_project_data() -> None:
    assert "neuroinfo validate data" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (None, "no such file or directory"),  # the file removed
        ("{bad", "it is not valid JSON"),
        ("[]", "it is not a schema"),
    ],
)
def test_a_damaged_schema_of_the_installation_is_named_not_blamed_on_output(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str | None, reason: str
) -> None:
    """A schema missing from the installed package said "cannot write the output: No such
    file or directory"; one that is not JSON, or not a mapping, gave a traceback."""
    from neuroinfo import schema

    copied = tmp_path / "schemas"
    shutil.copytree(schema.schema_dir(), copied)
    target = copied / "symptoms.schema.json"
    if damage is None:
        target.unlink()
    else:
        target.write_text(damage, encoding="utf-8")
    monkeypatch.setattr(schema, "schema_dir", lambda: copied)
    schema._read.cache_clear()
    schema._validator.cache_clear()
    try:
        result = invoke("validate")
    finally:
        schema._read.cache_clear()
        schema._validator.cache_clear()
    assert result.exit_code == 1
    assert result.stderr == (
        "neuroinfo: the installation is damaged: cannot read the schema symptoms.schema.json:"
        f" {reason}; reinstall neuroinfo\n"
    )


@pytest.mark.parametrize("mark", ["\u2028", "\u2029", "\x85"])
def test_a_line_break_editors_do_not_show_does_not_move_the_line_numbers(
    invoke: Invoke, tmp_path: Path, mark: str
) -> None:
    """YAML ends a line at U+2028, U+2029 and U+0085, which editors mostly do not: after one
    in a quoted summary, a finding named the line below the one an editor shows."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    lines = (folder / "types.yaml").read_text(encoding="utf-8").split("\n")
    lines[10] = f'    summary: "Damage to the nerves{mark}that make muscles move."'
    lines.insert(11, "    bogus: 1")  # line 12, as an editor counts
    (folder / "types.yaml").write_text("\n".join(lines), encoding="utf-8")
    code, found, _ = findings(invoke, folder)
    assert code == 3
    assert [f for f in found if "bogus" in f] == ["types.yaml:12:5: error: unknown field 'bogus'"]
