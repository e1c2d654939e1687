"""Stage 0, core: the low-level helpers every stage shares: where files are (paths), YAML reading (yamlio),
stop signals (signals) and atomic file and CSV writing (tables).

Reads and writes no project file of its own (its writers write what the callers give them).
Must not import any other stage of reportfacts.
"""
