"""Stage 4, publish: what the book shows: tables (display), charts, findings, per-report pages, the glossary,
provenance links, the data package, the Sphinx extension of the HTML build and the CJK font.

Reads data/processed/, data/catalog/ and seeds/; writes book/_static/charts, data/processed/datapackage.json and, during
the HTML build, _build/html/data and the font. May import core, text, extract and analysis; must not import
build or scoring.
"""
