"""HTML saved from a browser as blocks of visible text (see reading.py): tags, the head,
scripts and styles dropped, entities decoded, white space collapsed as a browser shows it.
Apart from reading.py so that the HTML parser loads only for a web page."""

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
_RUNS = re.compile(r"\s+|\S+")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = [Block()]
        self.hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)
        if tag in _BREAKS:
            self.blocks.append(Block())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self.blocks.append(Block())

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass
        if tag in _BREAKS:
            self.blocks.append(Block())

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        line = self.getpos()[0]
        for offset, part in enumerate(re.split(r"(\n)", data)):
            if part == "\n":
                line += 1
                self.blocks[-1].add(" ", line)
            elif part:
                self.blocks[-1].add(part, line)
            del offset


def html_blocks(text: str) -> list[Block]:
    parser = _Visible()
    parser.feed(text)
    parser.close()
    return [_collapsed(block) for block in parser.blocks]


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
