"""YAML reading through libyaml when PyYAML was built with it (several times faster than pure Python).

:func:`safe_load` parses with the fast loader and, on a syntax error, parses again with the pure-Python loader:
its messages (problem, line, snippet) are the ones the project's error reports and tests rely on.
"""

from __future__ import annotations

import yaml

FAST_SAFE_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


def fast_loader(pure: type) -> type:
    """The libyaml counterpart of a SafeLoader subclass ``pure`` (same constructors), or ``pure`` itself."""
    if FAST_SAFE_LOADER is yaml.SafeLoader:
        return pure
    fast = type(f"C{pure.__name__}", (yaml.CSafeLoader,), {})
    fast.yaml_constructors = dict(pure.yaml_constructors)
    fast.yaml_multi_constructors = dict(pure.yaml_multi_constructors)
    return fast


def safe_load(text: str, loader: type = yaml.SafeLoader, fast: type = FAST_SAFE_LOADER):
    """``yaml.load(text, Loader=loader)`` parsed by ``fast``; the error of ``loader`` itself on bad YAML."""
    if fast is loader:
        return yaml.load(text, Loader=loader)
    try:
        return yaml.load(text, Loader=fast)
    except yaml.YAMLError:
        return yaml.load(text, Loader=loader)  # raises with the pure-Python loader's message and mark
