"""Stage 3, analysis: what the facts say together: arithmetic checks, the ranking, reconciliation and conflicts,
verdicts on comparable figures, name variants, goals and their outcomes (targets), views as of a month (asof),
summaries, notebook parameters (params) and the reader's wording of values and periods (labels).

Reads data/processed/facts.csv, data/interim/clean and data/catalog/; writes data/processed/{checks,
implied_facts,conflicts,reconciled,verdicts,ranking,name_variants,targets}.csv. May import core, text and extract;
must not import publish, build or scoring.
"""
