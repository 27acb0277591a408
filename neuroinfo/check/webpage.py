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

# Elements whose text a reader never sees.
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe", "object"})
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
_FURNITURE_ROLES = frozenset({"navigation", "contentinfo", "complementary", "dialog"})
_FURNITURE_WORDS = frozenset(
    "ad ads advert adverts nav navbar menu share sharing social related widget widgets".split()  # noqa: SIM905
)
_FURNITURE_PARTS = ("sidebar", "cookie", "consent", "breadcrumb", "newsletter")
_WORDS = re.compile(r"[a-z]+")
_RUNS = re.compile(r"\s+|\S+")


class _Open:
    """The elements open from the outermost one of a kind (hidden, or furniture) in, so that
    its end is found however its insides nest; every element counts once in and once out."""

    def __init__(self) -> None:
        self.tags: list[str] = []
        self.count: dict[str, int] = {}

    def enter(self, tag: str) -> None:
        self.tags.append(tag)
        self.count[tag] = self.count.get(tag, 0) + 1

    def leave(self, tag: str) -> None:
        while self.count.get(tag):  # tags left open inside it close with it
            closed = self.tags.pop()
            self.count[closed] -= 1
            if closed == tag:
                break


class _Visible(HTMLParser):
    """Blocks of the text a reader sees (`blocks`), and the same without the furniture
    (`article`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = [Block()]
        self.article: list[Block] = [Block()]
        self.hidden = _Open()
        self.furniture = _Open()
        self.articles = _Open()  # the <article> elements open around here
        self.boxes = _Open()  # an <aside> kept inside the article, open around here

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            if self.hidden.tags or tag in _HIDDEN:
                self.hidden.enter(tag)
            if self.articles.tags or tag == "article":
                self.articles.enter(tag)
            in_article = bool(self.articles.count.get("article"))
            if self.furniture.tags or _furniture(tag, attrs, in_article):
                self.furniture.enter(tag)
            elif self.boxes.tags or (in_article and tag in _OWN_IN_ARTICLE):
                self.boxes.enter(tag)
                if tag == "a":  # a link in a box: a related post's title
                    self.furniture.enter(tag)
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        self.hidden.leave(tag)
        self.articles.leave(tag)
        self.boxes.leave(tag)
        self.furniture.leave(tag)
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in _BREAKS:
            self.blocks.append(Block())
            self.article.append(Block())

    def handle_data(self, data: str) -> None:
        if self.hidden.tags:
            return
        targets = (self.blocks[-1],) if self.furniture.tags else (self.blocks[-1], self.article[-1])
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


def html_blocks(text: str) -> list[Block]:
    parser = _Visible()
    parser.feed(_defused(text))
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
            closing = re.search(f"</{raw.group(1)}", text[end:], re.IGNORECASE)
            at = len(text) if closing is None else end + closing.start()
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
