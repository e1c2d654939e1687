"""Stage 1, text: the reports as text. ``sources`` reads seeds/ and seeds/sources.yml (and checks their hashes);
``clean`` turns a report's raw text into clean text with offsets back to the raw file (the pipeline saves it in
data/interim/clean).

Reads seeds/ and sources.yml. May import only core; must not import extract, analysis, publish, build or scoring.
"""
