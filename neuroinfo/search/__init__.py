"""Search and ask: one ranking over every kind of record, for questions in people's own words.

text (folding, stop words, typos) -> index (built into the compiled store) -> rank (the
ranking), with signs (an emergency noticed in the message) -> ask (an answer: urgent advice
first, the best match, then where to read on)."""

# Said wherever a question (ask) or an article (check) speaks of stopping a prescribed
# treatment: kept here, so that check need not import ask, and its patterns, to say it.
STOP_CAUTION = (
    "Do not stop or change a treatment your doctor prescribed without talking to them first."
)

# Said first, above any answer, when a question tells of wanting to die or to harm oneself
# ("the pain is so bad I don't want to live anymore"). neuroinfo holds nothing on this and its
# bibliography no source for it: it says only where help is, as its urgent advice does.
CRISIS_TITLE = "Thoughts of ending your life or of harming yourself"
CRISIS_ADVICE = (
    "If you might act on these thoughts, or you are not safe now, call your emergency number,"
    " such as 999, 112 or 911, or go to an emergency department. If you are safe for now, tell"
    " a doctor today, and someone you trust, how you feel and how bad the pain is."
)
