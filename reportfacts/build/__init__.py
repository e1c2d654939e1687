"""Stage 5, build: runs the book. Which notebook runs when (build), executing a notebook (notebooks), kernels
started ahead of time (kernels, launcher) and the timings and reproducibility checks (bench).

Reads notebooks/*.ipynb and every input a notebook reads; writes book/*.ipynb (executed notebooks) and, through
the notebooks, data/processed. May import every stage below (core, text, extract, analysis, publish, scoring);
nothing in reportfacts imports it but the command line (``reportfacts/__main__.py``).
"""
