"""Text from data files made safe to print in any output format."""

import re

# C0/C1 controls (tab and newline are handled apart); the bidirectional overrides and
# isolates that can make text display in an order other than the one it has; and the
# private-use area, which carries no text and which the terminal renderer uses for markers.
# Compiled when first needed (re keeps it): 0.5 ms, and text that is printable (most) holds
# none of these, so it is never searched for them.
_UNSAFE = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]"


def clean(text: str, one_line: bool = False) -> str:
    """Drop control characters; `one_line` also folds line breaks and runs of spaces."""
    text = text.replace("\t", " ")
    if not text.isprintable():
        text = re.sub(_UNSAFE, "", text)
    return re.sub(r"\s+", " ", text) if one_line else text


def json_escaped(text: str) -> str:
    """JSON text with those same characters written as \\u escapes: the values a program
    reads are unchanged, but the text no longer acts on a terminal it is printed to."""
    return re.sub(_UNSAFE, lambda found: f"\\u{ord(found.group()):04x}", text)
