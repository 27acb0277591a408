"""An article as blocks of text, each knowing the line every character came from.

Plain text, Markdown and HTML saved from a browser all come down to the same thing: blocks
(a paragraph, a heading, a list item, a table cell) that a sentence never runs across. HTML
loses its tags, and its head, scripts and styles; entities are decoded. Markdown loses its
marks (#, **, list markers, link targets), and code blocks are left out."""

import errno
import os
import re
import stat
import sys

from neuroinfo import pagecache
from neuroinfo.compiled import CHECK
from neuroinfo.errors import InputError, printable, shown

pattern = CHECK.pattern

MAX_BYTES = 10 * 2**20  # far beyond any article; a bound on what one run reads
# Byte-order marks of UTF-32 and UTF-16 (UTF-32's first, as it begins with UTF-16's), and the
# codec each names; the codec drops its mark.
_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class Block:
    """Text whose characters each come from a known line (1-based). Built piece by piece and
    joined once, when read: adding to a long paragraph costs no more than to a short one."""

    __slots__ = ("_parts", "_text", "lines")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._text = ""
        self.lines: list[int] = []

    @property
    def text(self) -> str:
        if self._parts:
            self._text += "".join(self._parts)
            self._parts = []
        return self._text

    def add(self, text: str, line: int) -> None:
        self.add_run(text, [line] * len(text))

    def add_run(self, text: str, lines: list[int]) -> None:
        """`text`, each of its characters from the line at the same place in `lines`."""
        if not text:
            return  # an empty part would hide the last character from ends_with_space
        self._parts.append(text)
        self.lines += lines

    def ends_with_space(self) -> bool:
        return self.last().endswith(" ")

    def last(self) -> str:
        """The part added last (or the text, when all is joined), without joining."""
        return self._parts[-1] if self._parts else self._text

    def line_at(self, offset: int) -> int:
        return self.lines[min(offset, len(self.lines) - 1)] if self.lines else 1


TYPED_HINT = (
    "neuroinfo: reading the article from the terminal; end it with Ctrl-D on a line of its own\n"
)


WEB_ADDRESS = ("http://", "https://", "www.")


def read_source(path: str) -> tuple[str, str]:
    """The text of the file at `path` ('-' for standard input) and the name to show for it.
    A file that starts with a UTF-16 or UTF-32 byte-order mark is read in that encoding;
    bytes that are not UTF-8 are read as Windows-1252, as browsers do for a page with no
    declared encoding; a file with NUL bytes is not text."""
    name = "standard input" if path == "-" else readable(path)
    try:
        if path == "-":
            if sys.stdin is None:  # closed when neuroinfo started
                raise InputError("cannot read standard input: it is closed")
            if sys.stdin.isatty():  # typed or pasted: say how to end it, or it seems to hang
                sys.stderr.write(TYPED_HINT)
                sys.stderr.flush()
            data = _read_to_end(sys.stdin.fileno(), MAX_BYTES + 1)
        else:
            # opened without waiting (a FIFO would wait for a writer), then checked
            handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            before = os.fstat(handle)
            if not stat.S_ISREG(before.st_mode):
                os.close(handle)
                raise InputError(f"cannot read {name}: it is not a file")
            # ... and read without waiting: a file that waits for what it will hold next
            # (/proc/kmsg) is a stream, not an article
            try:
                data = _read_to_end(handle, MAX_BYTES + 1, wait=False)
                # what was read, for the page cache: never kept if it changed while read
                read = pagecache.stat_key(os.fstat(handle))
            except BlockingIOError:
                raise InputError(
                    f"cannot read {name}: it is a stream that waits for more, not a file"
                ) from None
            finally:
                os.close(handle)
            pagecache.article_read = read if read == pagecache.stat_key(before) else None
    except InputError:
        raise
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        if error.errno == errno.ENXIO:  # what opening a socket says: no file to read
            reason = "it is not a file"
        elif error.errno == errno.ENOENT and path.lower().startswith(WEB_ADDRESS):
            # neuroinfo never goes online: the page is saved, or piped in by a program that does
            reason = "it is a web address, and check reads files: save the page, or pipe it in"
            reason += " (curl -sL ADDRESS | neuroinfo check -)"
        raise InputError(f"cannot read {name}: {reason}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"cannot read {name}: it is over {MAX_BYTES // 2**20} MiB")
    not_text = f"cannot read {name}: it is not a text file"
    marked = next((codec for mark, codec in _MARKS if data.startswith(mark)), None)
    if marked is not None:  # saved as "Unicode" by Windows Notepad, say
        try:
            text = data.decode(marked)
        except UnicodeDecodeError:
            raise InputError(not_text) from None
        if "\0" in text[:8192]:
            raise InputError(not_text)
        return text.replace("\0", ""), name
    if b"\0" in data[:8192]:
        raise InputError(not_text)
    try:  # as the "utf-8-sig" codec reads it, which costs 0.3 ms to look up: a mark dropped
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode(_declared(data[:4096]) or "cp1252", errors="replace")
    return text.replace("\0", ""), name  # a NUL past the part looked at: no character


def _read_to_end(fd: int, limit: int, wait: bool = True) -> bytes:
    """What `fd` holds up to its end (or `limit` bytes), waiting for the writer even when
    the descriptor was handed over non-blocking: a read would then fail, or give only what
    had arrived so far, and the article would be checked cut short. With `wait` False, a read
    that would wait raises BlockingIOError instead."""
    import select

    chunks: list[bytes] = []
    size = 0
    while size < limit:
        try:
            chunk = os.read(fd, min(2**20, limit - size))
        except BlockingIOError:
            if not wait:
                raise
            select.select([fd], [], [])
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


# A page's own word on its encoding: <meta charset="...">, the http-equiv form's
# "charset=...", or an XML declaration's encoding="...". Only the legacy encodings of web
# pages are taken at their word: Python knows codecs that are no text encoding at all ("hex",
# "base64", "zlib") or that turn escapes into characters ("unicode_escape"), and a page that
# names one is read as the others are, as Windows-1252.
# (Compiled by re when first needed: only a page that is not UTF-8 is searched for it.)
_CHARSET = rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9._:-]{1,40})"""
# What the Encoding Standard names that Python cannot read from these bytes: a Unicode one
# (bytes that are not UTF-8 are not it either), and the ones that stand for no text.
_NOT_THESE_BYTES = frozenset(["utf-16le", "utf-16be", "replacement", "x-user-defined"])


def _declared(opening: bytes) -> str | None:
    """The Python codec for the encoding a page that is not UTF-8 declares in its opening,
    read by the labels browsers accept (the WHATWG Encoding Standard, through webencodings):
    "latin1" and "us-ascii" as Windows-1252, "x-mac-roman" as Mac Roman; a label of no web
    encoding ("hex", "base64") or a Unicode one as none at all."""
    found = re.search(_CHARSET, opening, re.IGNORECASE)
    if found is None:
        return None
    import webencodings  # only for a page that is not UTF-8 and names its encoding

    encoding = webencodings.lookup(found.group(1).decode("ascii"))
    if encoding is None or encoding.name in _NOT_THESE_BYTES:
        return None
    return str(encoding.codec_info.name)


def readable(path: str) -> str:
    """A file's name as shown: a byte that is not UTF-8 as \\xNN and a control character
    escaped, as messages show them, so that any output (JSON as UTF-8 too) can carry it."""
    text = printable(os.fsencode(path).decode("utf-8", "surrogateescape"))
    if text != text.strip() or not text:  # " ", or "notes.txt ": quoted, its spaces kept
        return f"'{text[:200]}'"
    return shown(text, 200)


def blocks_of(text: str, kind: str) -> list[Block]:
    """The article's blocks; `kind` is 'html', 'markdown' or 'text' (see `kind_of`)."""
    if kind == "html":
        from neuroinfo.check.webpage import html_blocks  # the HTML parser loads only for HTML

        found = html_blocks(text)
    else:
        found = _text_blocks(_unseen_dropped(text, kind == "markdown"))
    return [_visible(block) for block in found if block.text.strip()]


# Characters that show nothing (a soft hyphen, a zero-width space, word joiners, byte-order
# and direction marks; not the joiners emoji are built with) and spaces other than the usual
# one (no-break, thin, ideographic): in a page they hide a word from the patterns
# ("acu\u00adpuncture") or a sentence's end from the splitter, so the first are dropped and
# the second read as a plain space.
_INVISIBLE = pattern(
    r"[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_ODD_SPACE = pattern(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def _visible(block: Block) -> Block:
    """The block with those characters dropped or made plain spaces, every other character
    keeping its line."""
    text = block.text
    if _INVISIBLE.search(text) is None and _ODD_SPACE.search(text) is None:
        return block
    out = Block()
    start = 0
    for found in _INVISIBLE.finditer(text):
        out.add_run(
            _ODD_SPACE.sub(" ", text[start : found.start()]), block.lines[start : found.start()]
        )
        start = found.end()
    out.add_run(_ODD_SPACE.sub(" ", text[start:]), block.lines[start:])
    return out


def kind_of(text: str, name: str) -> str:
    """HTML by its file name or its opening; Markdown by its name (read as text is, but for
    what a Markdown page never shows: see _unseen_dropped); else text."""
    lowered = name.casefold()
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lowered.endswith((".md", ".markdown")):
        return "markdown"  # its name says so, whatever it opens with (a "<!-- exported -->")
    opening = text.lstrip()[:1000].casefold()
    if opening.startswith(("<!doctype html", "<html", "<!--")) or "<body" in opening:
        return "html"
    return "text"


# ---------------------------------------------------------------- Markdown and plain text

_FENCE = pattern(r"^\s*(```|~~~)")
_HEADING = pattern(r"^\s{0,3}#{1,6}\s+")
_ITEM = pattern(r"^\s*(?:[-*+•‣▪◦]|\d{1,3}[.)])\s+")
_QUOTE = pattern(r"^\s*>\s?")
_RULE = pattern(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_TABLE_RULE = pattern(r"^\s*+\|?\s*+:?-{3,}")  # possessive: linear on a line of spaces
_END = pattern("[.!?:;\u2026)\\]\"'\u201d\u2019]\\s*$")
# A line that ends a sentence, with any source or reference marks after its full stop ("...
# your doctor. (Mayo Clinic 2022)", "... within weeks.[3]")
_SENTENCE_END = pattern(
    "[.!?\u2026][\"'\u201d\u2019)]*(?:\\s*\\([^()\\n]{1,60}\\)|\\s*\\[\\d{1,3}(?:[,\u2013-]\\d{1,3}){0,5}\\]){0,3}\\s*$"
)
# A comma before a word in lower case: a sentence's clause, which a heading seldom has.
_CLAUSE = pattern(r",\s+[a-z]")
_SENTENCE_BREAK = pattern(r"[.!?]\s")
# A line that ends mid-phrase, as a hard-wrapped paragraph's lines do.
_BROKEN_OFF = pattern(
    r"[,\u2013\u2014-]\s*$|\b(?:and|or|but|the|a|an|of|to|in|on|for|with|at|by|from|as|that|"
    r"which|who|is|are|was|were|be|has|have|had|than|their|its|our|your|my)\s*$",
    re.IGNORECASE,
)
# Inline marks: images and links keep their text; emphasis and code marks go.
_INLINE = [
    # an image, inline or by reference: its alt text is not seen (lengths bounded, and no "["
    # in a link's text, so that a line of "![" or "[" repeated is read in one pass)
    (pattern(r"!\[[^\][]{0,500}\](?:\([^)]{0,2000}\)|\[[^\]]{0,200}\])"), ""),
    (pattern(r"\[\^[^\]\s]{1,40}\]:?"), ""),  # a footnote's mark
    (pattern(r"\[([^\][]{0,500})\]\([^)]{0,2000}\)"), r"\1"),
    (pattern(r"\[([^\][]{1,500})\]\[[^\]]{0,200}\]"), r"\1"),
    (pattern(r"<[A-Za-z/][^>]{0,200}>"), ""),
    (pattern(r"(\*\*|__|\*|`)"), ""),
    (pattern(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"), ""),
]
# An entity written whole, with its ";" ("&ndash;", "&#8217;"); a bare "&copy" in a link's
# query ("?a=1&copy=2") is left as it is.
_ENTITY = pattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
HEADING_MAX = 60  # a line this short with no end punctuation, alone, is a heading
# ... and a longer one whose words are capitalised as a title's ("Acupuncture for Cancer Care
# in Integrative Oncology: Evidence and Safety"), which a wrapped line of prose seldom is
TITLE_MAX = 120
_TITLE_WORDS = pattern(r"\b[A-Za-z][a-z]{3,}")


# What a Markdown page's reader never sees: an HTML comment, script or style begun at a
# line's start (as Markdown reads HTML blocks: "`<script>`" in a sentence is text), a link's
# reference ("[1]: https://... "Title""), and front matter (YAML between "---" lines first).
_HIDDEN_START = pattern(
    r"^ {0,3}(<!--|<script(?=[\s>]|$)|<style(?=[\s>]|$))", re.MULTILINE | re.IGNORECASE
)
_HIDDEN_END = {
    "<!--": pattern("-->"),
    "<script": pattern("</script>", re.IGNORECASE),
    "<style": pattern("</style>", re.IGNORECASE),
}
_LINK_REFERENCE = pattern(
    r"""^ {0,3}\[[^\]^][^\]]{0,200}\]:[ \t]*(?:<[^>\n]*>|[^\s<]+)"""
    r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""",
    re.MULTILINE,
)
_FRONT_MATTER = pattern(
    r"\A---[ \t]*\r?\n(?=[\w-]+:)(?:.*\n){0,200}?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)"
)


def _unseen_dropped(text: str, markdown: bool) -> str:
    """The text with what is never seen (see above) made blank, each line kept where it was;
    in one pass, whatever never closes."""
    if not markdown:
        return text  # in plain text, what is written is what a reader sees
    parts, at = [], 0
    while (found := _HIDDEN_START.search(text, at)) is not None:
        closing = _HIDDEN_END[found.group(1).lower()].search(text, found.end())
        if closing is None:
            break  # never closed (an example in a code block, say): left as it is
        parts += [text[at : found.start()], "\n" * text.count("\n", found.start(), closing.end())]
        at = closing.end()
    text = "".join([*parts, text[at:]]) if parts else text
    text = _FRONT_MATTER.sub(lambda found: "\n" * found.group().count("\n"), text)
    return _LINK_REFERENCE.sub("", text)


# Lines end where editors and grep say they do; a form feed (between pdftotext's pages), a
# vertical tab or a Unicode line separator is a space within one, so that line numbers agree.
_LINE_BREAK = pattern(r"\r\n|\r|\n")
_OTHER_BREAKS = pattern(r"[\v\f\x1c-\x1e\x85\u2028\u2029]")


def _text_blocks(text: str) -> list[Block]:
    """Blocks split at blank lines, headings, list items, quotes and table rows; lines of
    one paragraph are joined. A short line with no end punctuation over a paragraph is a
    heading of its own, as plain-text pages write them."""
    blocks: list[Block] = []
    current: Block | None = None
    fenced = False
    lines = _LINE_BREAK.split(text)
    for number, raw in enumerate(lines, 1):
        if _OTHER_BREAKS.search(raw):
            raw = _OTHER_BREAKS.sub(" ", raw)
        if _FENCE.match(raw):
            fenced = not fenced
            current = None
            continue
        if fenced or not raw.strip() or _RULE.match(raw) or _TABLE_RULE.match(raw):
            current = None
            continue
        line, starts = _unmarked(raw)
        following = lines[number] if number < len(lines) else ""
        heading = _looks_like_heading(line, following, current)
        if starts or heading or current is None:
            current = Block()
            blocks.append(current)
        elif not current.ends_with_space():
            current.add(" ", number)
        current.add(line, number)
        if heading:
            current = None
    return blocks


def _unmarked(raw: str) -> tuple[str, bool]:
    """A line without its Markdown marks, and whether it starts a block of its own."""
    line, starts = raw, False
    for mark in (_HEADING, _ITEM, _QUOTE):
        if mark.match(line):
            line, starts = mark.sub("", line, count=1), True
    if line.lstrip().startswith("|"):  # a table row: one block, cells apart
        line, starts = " ; ".join(c.strip() for c in line.strip().strip("|").split("|")), True
    for mark, replacement in _INLINE:
        line = mark.sub(replacement, line)
    if "&" in line:
        line = _ENTITY.sub(_character, line)
    return line.strip(), starts


def _character(entity: re.Match[str]) -> str:
    """An entity as the character it stands for (the HTML module loads only when one is met)."""
    from html import unescape

    return unescape(entity.group())


def _looks_like_heading(line: str, following: str, current: Block | None) -> bool:
    """A short line alone, or after a line that ends a sentence (text copied from a page
    keeps each paragraph on a line), with no sentence end in it or at its end and not broken
    off mid-phrase, over a line that starts a sentence of its own."""
    return (
        (current is None or (_SENTENCE_END.search(current.last()) and not _CLAUSE.search(line)))
        and (len(line) <= HEADING_MAX or (len(line) <= TITLE_MAX and _title_cased(line)))
        and not _BROKEN_OFF.search(line)
        and not _END.search(line)
        and not _SENTENCE_BREAK.search(line)
        and bool(following.strip())
        and not following.strip()[:1].islower()
    )


def _title_cased(line: str) -> bool:
    """Whether every word of four letters or more in a line starts with a capital."""
    words = _TITLE_WORDS.findall(line)
    return len(words) >= 3 and all(word[0].isupper() for word in words)
