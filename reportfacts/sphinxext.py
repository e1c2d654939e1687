"""Sphinx extension loaded by the book's ``_config.yml``.

Sphinx's Chinese search indexer imports jieba, which prints its dictionary-loading chatter to stderr on every
build; this turns that logging down before the indexer runs, so a clean build prints nothing unexpected.
"""

import logging


def setup(app):
    """Silence jieba's loggers; Sphinx calls this when the book is built."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        import jieba
    except ImportError:  # the book still builds; the search page then splits Chinese per character
        pass
    else:
        jieba.setLogLevel(logging.WARNING)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
