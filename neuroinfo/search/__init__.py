"""Search and ask: one ranking over every kind of record, for questions in people's own words.

text (folding, stop words, typos) -> index (built into the compiled store) -> rank (the
ranking), with signs (an emergency noticed in the message) -> ask (an answer: urgent advice
first, the best match, then where to read on)."""
