"""HTML saved from a browser as blocks of visible text (see reading.py): tags, the head,
scripts and styles dropped, entities decoded, white space collapsed as a browser shows it.
The page's furniture is dropped too: menus, sidebars, footers, cookie banners, share buttons
and advertisements, known by their tags, roles and class names; a claim there is the site's,
not the article's. Readers' comments stay: a claim a commenter makes is put before the reader
too. Apart from reading.py so that the HTML parser loads
only for a web page."""

import re
from html.parser import HTMLParser

from neuroinfo.check.reading import Block

IMPLIED_DEPTH = 64  # open elements searched for one whose end tag was left out

# Elements whose text a reader never sees (a <select>'s options are a form's, not text).
_HIDDEN = frozenset(
    """head title script style noscript template svg iframe object select textarea""".split()  # noqa: SIM905
)
# What a <head> holds: any other element, or text, starts the body.
_IN_HEAD = frozenset("title meta link style script noscript base template".split())  # noqa: SIM905
# (element, the starts that close it, the open elements a search for it stops at): a <p> is
# closed by a block, a <li> by the next item of its list, and so on, as browsers close them.
_IMPLIED = (
    (
        "p",
        frozenset(
            """address article aside blockquote dd details div dl dt fieldset figcaption
            figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table
            ul""".split()  # noqa: SIM905
        ),
        frozenset("html body table td th caption button object template".split()),  # noqa: SIM905
    ),
    ("li", frozenset({"li"}), frozenset({"ul", "ol", "table"})),
    ("dt", frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    ("dd", frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    ("td", frozenset({"td", "th", "tr"}), frozenset({"table"})),
    ("th", frozenset({"td", "th", "tr"}), frozenset({"table"})),
    ("tr", frozenset({"tr", "tbody", "thead", "tfoot"}), frozenset({"table"})),
    ("thead", frozenset({"tbody", "tfoot"}), frozenset({"table"})),
    ("tbody", frozenset({"tbody", "tfoot"}), frozenset({"table"})),
    ("option", frozenset({"option", "optgroup"}), frozenset({"select"})),
)
# Elements that start a new block: a sentence never runs across them.
_BREAKS = frozenset(
    """address article aside blockquote br dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table
    tbody td tfoot th thead tr ul title button label option select caption""".split()  # noqa: SIM905
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col"})
# The page's furniture, around the article: by tag, by role, and by the words of a class or id
# (whole words, or inside one for the long ones: "cookieBar", "site-sidebar"). An aside inside
# the article is its own box ("At a glance", a pull quote), so it is furniture only by its role
# or its class, as any other element; but the links in it are a box of related posts.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_OWN_IN_ARTICLE = frozenset({"aside"})
_FURNITURE_ROLES = frozenset({"navigation", "contentinfo", "complementary", "dialog", "banner"})
_FURNITURE_WORDS = frozenset(
    "ad ads advert adverts nav navbar menu share sharing social related widget widgets".split()  # noqa: SIM905
)
_FURNITURE_PARTS = (
    "sidebar",
    "cookie",
    "consent",
    "breadcrumb",
    "newsletter",
    "site-header",
    "most-read",
    "trending",
)
# An element hidden by its attributes: `hidden`, or a style that shows nothing.
_NOT_SHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SCREEN_READERS = re.compile(r"(?<![\w-])(?:sr-only|visually-hidden|screen-reader-text)\b")
_WORDS = re.compile(r"[a-z]+")
_RUNS = re.compile(r"\s+|\S+")


class _Visible(HTMLParser):
    """Blocks of the text a reader sees (`blocks`), and the same without the furniture
    (`article`).

    One stack holds the open elements. An element whose end tag is left out, as HTML allows
    (a <p> or <li> ended by the next, a <head> by the body), is closed where a browser
    closes it; and one closed with its parent closes what it holds, so a hidden or furniture
    element never runs on to the end of the page. Where each hidden, furniture or boxed part
    starts is its place on the stack."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = [Block()]
        self.article: list[Block] = [Block()]
        self.stack: list[str] = []
        self.open: dict[str, int] = {}  # tag -> how many are open
        self.hidden: int | None = None  # the place of the outermost hidden element
        self.furniture: int | None = None
        self.box: int | None = None  # an <aside> kept inside the article

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self._close_implied(tag)
            place = len(self.stack)
            self.stack.append(tag)
            self.open[tag] = self.open.get(tag, 0) + 1
            if self.hidden is None and tag in _HIDDEN:
                self.hidden = place
            in_article = bool(self.open.get("article"))
            if self.furniture is None:
                # hidden by its attributes, it is kept aside as furniture is, so that a page
                # shown only once its scripts run is still read; a link in a box (an aside
                # in the article) is a related post's title
                if (
                    _furniture(tag, attrs, in_article)
                    or _hidden(attrs)
                    or (self.box is not None and tag == "a")
                ):
                    self.furniture = place
                elif self.box is None and in_article and tag in _OWN_IN_ARTICLE:
                    self.box = place
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open.get(tag):
            self._pop_to(tag)
        self._break(tag)

    def _close_implied(self, tag: str) -> None:
        """Close what a browser closes when `tag` starts."""
        if self.stack and self.stack[-1] == "head" and tag not in _IN_HEAD:
            self._pop_to("head")  # (a <template> or <noscript> in the head holds what it likes)
        for closed, starts, bounds in _IMPLIED:
            if tag in starts and self.open.get(closed):
                # looked for near the top only: so deep a search would be a hostile page's
                for open_tag in self.stack[: -IMPLIED_DEPTH - 1 : -1]:
                    if open_tag == closed:
                        self._pop_to(closed)
                        break
                    if open_tag in bounds:
                        break

    def _pop_to(self, tag: str) -> None:
        """Close the innermost open `tag` and everything opened inside it."""
        while self.stack:
            closed = self.stack.pop()
            self.open[closed] -= 1
            if closed == tag:
                break
        depth = len(self.stack)
        if self.hidden is not None and self.hidden >= depth:
            self.hidden = None
        if self.furniture is not None and self.furniture >= depth:
            self.furniture = None
        if self.box is not None and self.box >= depth:
            self.box = None

    def _break(self, tag: str) -> None:
        if tag in _BREAKS:
            self.blocks.append(Block())
            self.article.append(Block())

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "head" and data.strip():
            self._pop_to("head")  # text a browser puts in the body
        if self.hidden is not None:
            return
        furniture = self.furniture is not None
        targets = (self.blocks[-1],) if furniture else (self.blocks[-1], self.article[-1])
        line = self.getpos()[0]
        for part in re.split(r"(\n)", data):
            if part == "\n":
                line += 1
                for block in targets:
                    block.add(" ", line)
            elif part:
                for block in targets:
                    block.add(part, line)


# An element that holds the whole page or the article is never furniture, whatever its class
# says ("has-sidebar", "comments-open" on the body).
_NEVER_FURNITURE = frozenset({"html", "body", "main", "article"})
# Furniture is dropped only when what is left is at least this share of the page's text: a
# page marked up in some unforeseen way keeps all its text rather than lose its article.
ARTICLE_SHARE = 0.3


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    return any(
        name == "hidden"
        or (name == "style" and value and _NOT_SHOWN.search(value))
        or (name == "class" and value and _SCREEN_READERS.search(value))
        for name, value in attrs
    )


def _furniture(tag: str, attrs: list[tuple[str, str | None]], in_article: bool) -> bool:
    """Whether the element is the page's furniture rather than the article (see above)."""
    if tag in _FURNITURE_TAGS and not (in_article and tag in _OWN_IN_ARTICLE):
        return True
    if tag in _NEVER_FURNITURE:
        return False
    found = dict(attrs)
    if (found.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    names = f"{found.get('class') or ''} {found.get('id') or ''}".lower()
    return bool(_FURNITURE_WORDS.intersection(_WORDS.findall(names))) or any(
        part in names for part in _FURNITURE_PARTS
    )


# A numeric character reference with its leading zeros, and one too long to be a character
# once they are gone: Python's parser reads the digits as a number, and one of over 4,300
# digits (a "&#000...065;" is valid HTML) is past the size Python converts.
_LEADING_ZEROS = re.compile(r"&#([xX]?)0+(?=[0-9a-fA-F])")
_HUGE_REFERENCE = re.compile(r"&#(?:[0-9]{8,}|[xX][0-9a-fA-F]{7,});?")


def html_blocks(text: str) -> list[Block]:
    parser = _Visible()
    parser.feed(_defused(_HUGE_REFERENCE.sub("\ufffd", _LEADING_ZEROS.sub(r"&#\1", text))))
    parser.close()
    seen = sum(len(block.text.strip()) for block in parser.blocks)
    kept = sum(len(block.text.strip()) for block in parser.article)
    blocks = parser.article if kept >= ARTICLE_SHARE * seen else parser.blocks
    return [_collapsed(block) for block in blocks]


# Where markup could begin; inside a tag, its end, another tag's start, or a quoted value
# (which may hold "<" and ">": title="<b>Tip</b>"); elements whose text is not markup.
_MARKUP = re.compile(r"<(?:!--|[a-zA-Z/!?])")
_IN_TAG = re.compile(r"""[<>]|=\s*(["'])""")
_RAW_TEXT = re.compile(r"(script|style)(?![\w-])", re.IGNORECASE)
_RAW_END = {name: re.compile(f"</{name}", re.IGNORECASE) for name in ("script", "style")}


def _defused(text: str) -> str:
    """The page with what makes Python's HTML parser take time that grows with the square of
    its length (a 30 kB page of "<a <a <a ..." took 5 s) made plain first, in one pass, with
    every line where it was: comments dropped (one never closed runs to the end, as in a
    browser), and a "<" that opens a tag never closed (another tag starts first, or no ">"
    follows) written as "&lt;", text, which is all a browser could make of it. Quoted
    attribute values and the insides of scripts and styles are passed over as they are."""
    out = []
    at = 0  # what comes before is in `out`
    while (found := _MARKUP.search(text, at)) is not None:
        start = found.start()
        out.append(text[at:start])
        if text.startswith("<!--", start):
            if text.startswith(("<!-->", "<!--->"), start):  # empty, ended at once in browsers
                at = text.index(">", start) + 1
            else:
                closed = text.find("-->", start + 4)
                at = len(text) if closed < 0 else closed + 3
            out.append("\n" * text.count("\n", start, at))
            continue
        end, whole = _tag_end(text, start + 1)
        if not whole:  # all of it text, a "<" in a quoted value too
            out += ["&lt;", text[start + 1 : end].replace("<", "&lt;")]
            at = end
            continue
        out.append(text[start:end])
        at = end
        raw = _RAW_TEXT.match(text, start + 1)
        if raw is not None:  # a script's text runs to its end tag, whatever it holds
            closing = _RAW_END[raw.group(1).lower()].search(text, end)
            at = len(text) if closing is None else closing.start()
            out.append(text[end:at])
    out.append(text[at:])
    return "".join(out)


def _tag_end(text: str, place: int) -> tuple[int, bool]:
    """Where the tag whose name starts at `place` ends, just past its ">", and True; or, for
    a tag never closed, where to read on (the next "<", past a quote never closed, or the
    end), and False."""
    while (found := _IN_TAG.search(text, place)) is not None:
        if found.group() == ">":
            return found.end(), True
        if found.group() == "<":
            return found.start(), False
        closed = text.find(found.group(1), found.end())
        if closed < 0:
            return found.end(), False
        place = closed + 1
    return len(text), False


def _collapsed(block: Block) -> Block:
    """Runs of white space as one space, as a browser shows them."""
    out = Block()
    for run in _RUNS.finditer(block.text):
        start, end = run.span()
        if not run.group().isspace():
            out.add_run(run.group(), block.lines[start:end])
        elif out.lines and not out.ends_with_space():
            out.add(" ", block.lines[start])
    return out
