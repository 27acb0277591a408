"""Properties over generated input: any file either loads or fails with neuroinfo's own error,
and any record that loads renders in every output format without raising."""

import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import yaml
from conftest import MINIMAL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neuroinfo import match, pages, records
from neuroinfo.citations import WRITERS
from neuroinfo.errors import NeuroinfoError
from neuroinfo.load import load
from neuroinfo.model import FILES, KnowledgeBase
from neuroinfo.render import markdown, terminal

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FIELDS = [
    "id",
    "name",
    "title",
    "types",
    "symptoms",
    "references",
    "aliases",
    "summary",
    "certainty",
    "source",
    "codes",
    "topics",
    "claims",
]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.one_of(st.sampled_from(FIELDS), st.text(max_size=8)), inner, max_size=5
        )
    ),
    max_leaves=30,
)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)


@contextmanager
def environment(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                del os.environ[key]
            else:
                os.environ[key] = value


def folder_with(tmp_path: Path, name: str, content: bytes) -> Path:
    """The minimal valid folder, with one file replaced by `content`."""
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for file, text in MINIMAL.items():
        (folder / file).write_text("\n".join(line[8:] for line in text.splitlines()) + "\n")
    (folder / name).write_bytes(content)
    return folder


def loaded_or_refused(folder: Path) -> KnowledgeBase | None:
    """The knowledge base, or None when the data was refused with neuroinfo's own error."""
    with environment(NEUROINFO_NO_CACHE="1"):
        try:
            return load(folder)
        except NeuroinfoError:
            return None


@SETTINGS
@given(name=st.sampled_from(list(FILES.values())), document=DOCUMENTS)
def test_any_yaml_document_loads_or_is_refused(tmp_path: Path, name: str, document: Any) -> None:
    content = yaml.safe_dump(document, allow_unicode=True).encode("utf-8")
    kb = loaded_or_refused(folder_with(tmp_path, name, content))
    if kb is not None:
        render_everything(kb)


@SETTINGS
@given(
    name=st.sampled_from(list(FILES.values())),
    content=st.binary(max_size=200) | TEXT.map(str.encode),
)
def test_any_bytes_load_or_are_refused(tmp_path: Path, name: str, content: bytes) -> None:
    kb = loaded_or_refused(folder_with(tmp_path, name, content))
    if kb is not None:
        render_everything(kb)


@SETTINGS
@given(
    name=TEXT,
    alias=TEXT,
    summary=TEXT,
    care=TEXT,
    title=TEXT,
    author=TEXT,
    note=TEXT,
    statement=TEXT,
    caveat=TEXT,
)
def test_any_text_renders_in_every_format(
    tmp_path: Path,
    name: str,
    alias: str,
    summary: str,
    care: str,
    title: str,
    author: str,
    note: str,
    statement: str,
    caveat: str,
) -> None:
    folder = folder_with(
        tmp_path,
        "symptoms.yaml",
        yaml.safe_dump(
            {
                "symptoms": [
                    {
                        "id": "numbness",
                        "name": name,
                        "aliases": [alias],
                        "types": ["sensory"],
                        "summary": summary,
                        "seek_care": care,
                        "urgent": care,
                        "references": ["ref-one"],
                    }
                ]
            },
            allow_unicode=True,
        ).encode(),
    )
    (folder / "references.yaml").write_text(
        yaml.safe_dump(
            {
                "references": [
                    {
                        "id": "ref-one",
                        "type": "article-journal",
                        "title": title,
                        "authors": [author, "Doe J"],
                        "container": title,
                        "year": 2020,
                        "pages": "1-9",
                        "note": note,
                    }
                ]
            },
            allow_unicode=True,
        )
    )
    (folder / "claims.yaml").write_text(
        yaml.safe_dump(
            {
                "claims": [
                    {
                        "id": "helps",
                        "statement": statement,
                        "source": "ref-one",
                        "outcome": summary,
                        "study_design": "rct",
                        "certainty": "low",
                        "direction": "benefit",
                        "evidence": note,
                        "caveats": [caveat],
                        "references": ["ref-one"],
                        "symptoms": ["numbness"],
                        "last_reviewed": "2025-01-01",
                    }
                ]
            },
            allow_unicode=True,
        )
    )
    kb = loaded_or_refused(folder)
    if kb is not None:  # refused only when a text is blank or two names collide
        render_everything(kb)
        with environment(NEUROINFO_NO_CACHE="1"):
            for query in (name, alias, statement):
                with suppress(NeuroinfoError):  # a miss or an ambiguity is an answer too
                    match.resolve(kb, "symptoms", query)


def every_page(kb: KnowledgeBase) -> Iterator[pages.Page]:
    yield pages.topics_list(kb)
    yield pages.types_list(kb)
    yield pages.symptoms_list(kb)
    yield pages.claims_list(kb)
    yield pages.refs_list(kb)
    yield from (pages.topic_page(kb, t) for t in kb.topics.values())
    yield from (pages.type_page(kb, t) for t in kb.types.values())
    yield from (pages.symptom_page(kb, s) for s in kb.symptoms.values())
    yield from (pages.claim_page(kb, c) for c in kb.claims.values())
    yield from (pages.ref_page(kb, r) for r in kb.references.values())
    hits = match.search(kb, "a e i o u 1")
    yield pages.search_results(kb, hits)


def render_everything(kb: KnowledgeBase) -> None:
    for page in every_page(kb):
        for columns in ("40", "100"):
            with environment(COLUMNS=columns):
                plain = io.StringIO()
                terminal.show(page, "never", plain)
                assert "\x1b" not in plain.getvalue()
                terminal.show(page, "always", io.StringIO())
        markdown.render(page)
    json.dumps([records.topic(kb, t) for t in kb.topics.values()])
    json.dumps([records.nerve_type(kb, t) for t in kb.types.values()])
    json.dumps([records.symptom(kb, s) for s in kb.symptoms.values()])
    json.dumps([records.claim(kb, c) for c in kb.claims.values()])
    json.dumps([records.reference(kb, r) for r in kb.references.values()])
    for write in WRITERS.values():
        write(list(kb.references.values()))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_the_same_by_the_quick_path(text: str) -> None:
    """Search folds ASCII text in one pass; it must read every such text exactly as the
    letter-by-letter path that serves all other text does."""
    from neuroinfo.search.text import _ascii_words, _words

    assert _ascii_words(text) == _words(text)


@given(st.lists(st.sampled_from(["colour", "centre", "paralysed", "oedema", "feet"]), max_size=9))
def test_remembered_spellings_are_the_spellings(words: list[str]) -> None:
    """Each word's folded spelling is remembered; asked again, it is the same."""
    from neuroinfo.search import text

    first = [text.variant(w) for w in words]
    text._VARIANT.clear()
    assert first == [text.variant(w) for w in words]
    assert set(first) <= {"color", "center", "paralyzed", "edema", "feet"}
