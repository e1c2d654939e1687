"""What the reports are about: the corpus's main subject (``corpus:`` in sources.yml, else the data) and the
bodies the catalog says are the same administration as it. Nothing here names a place: a folder of reports about
another zone works as it is (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from reportfacts.text.sources import Corpus, load_corpus


def main_subject(facts: pd.DataFrame, corpus: Corpus | None = None) -> str:
    """The subject id the corpus is about: ``corpus.subject`` (a catalog name is turned into its entity id), else
    the subject most facts are about (ties: the first in sorted order); "" when there is no fact with a subject."""
    if corpus is not None and corpus.subject:
        try:
            from reportfacts.extract.catalog import load_catalog

            return load_catalog().canonical_entity(corpus.subject)
        except KeyError:
            return corpus.subject  # a name the catalog does not know is the subject as printed
    if facts is None or facts.empty or "subject" not in facts.columns:
        return ""
    counts = facts.loc[facts["subject"].ne(""), "subject"].value_counts()
    if counts.empty:
        return ""
    top = counts.max()
    return sorted(counts[counts == top].index)[0]


def same_body(subject: str) -> list[str]:
    """The catalog's entities that are the same body as ``subject`` (示范区 and 高新区 run by one administration);
    empty for a subject the catalog does not know."""
    from reportfacts.extract.catalog import load_catalog

    try:
        return list(load_catalog().entity(subject).same_body_as)
    except KeyError:
        return []


def corpus_subject(seeds_dir: str | Path, facts: pd.DataFrame) -> str:
    """:func:`main_subject` of the corpus of ``seeds_dir``."""
    return main_subject(facts, load_corpus(seeds_dir))
