"""reportfacts: trace every figure in a set of Chinese government news reports to its source span.

The package does the work; the notebooks in ``notebooks/`` tell the story.  Data flows one way:
``seeds/`` -> ``data/interim/`` -> ``data/processed/`` -> ``book/``.
"""

__version__ = "0.1.0"
