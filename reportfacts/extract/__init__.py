"""Stage 2, extract: from clean text to facts. Numbers, units, periods, the metric catalog, meaning (what a figure
measures and whom it is about), then the extractor: mentions (candidates and classification), scope (forward scope
and the periods that govern a fact), subjects, facts (assembly and rows); pipeline is the corpus run.

Reads seeds/ (through text), data/interim/clean and data/catalog/; writes data/interim/clean and
data/processed/{reports,facts,mentions}.csv (pipeline). May import core and text; must not import analysis,
publish, build or scoring.
"""
