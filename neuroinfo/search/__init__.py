"""Search and ask: one ranking over every kind of record, for questions in people's own words.

text (folding, stop words, typos) -> index (built into the compiled store) -> rank (the
ranking), with signs (an emergency noticed in the message) -> ask (an answer: urgent advice
first, the best match, then where to read on)."""

# Said wherever a question (ask) or an article (check) speaks of stopping a prescribed
# treatment: kept here, so that check need not import ask, and its patterns, to say it.
STOP_CAUTION = (
    "Do not stop or change a treatment your doctor prescribed without talking to them first."
)
