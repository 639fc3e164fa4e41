"""The export tests share the web tests' fixture knowledge base (tests/web/conftest.py)."""

from tests.web.conftest import client, web_url  # noqa: F401  (pytest fixtures)
