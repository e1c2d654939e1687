"""Shared pytest configuration: the ``browser`` marker (tests that drive headless Chromium over the built book).
How pytest-xdist groups the tests on its workers is in the repository's root conftest.py."""


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs the built book in _build/html and Chromium (run after make html)")
