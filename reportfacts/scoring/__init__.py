"""Stage 4, scoring (beside publish): the extractor and the verdicts against the hand-made answer keys
(``make score``, the book's score table).

Reads seeds/, data/catalog/, the answer keys (tests/answer_key/, texts in ../shared/devset/) and data/processed;
writes nothing but its report. May import core, text, extract and analysis; must not import publish or build.
"""
