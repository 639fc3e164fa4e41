"""Static file paths cannot leave src/reelwire/web/static: `..` segments, plain, percent-encoded,
double-encoded or with backslashes, sent byte for byte to a real server (client libraries would
normalise them away before sending), never reach /etc/passwd or the package's own source files."""

from __future__ import annotations

import pytest

from reelwire.web import create_app
from tests.web.helpers import TODAY
from tests.web.live import in_thread, raw_request

#: One file outside the folder for each depth: the web package, the source tree, the system.
OUTSIDE = [b"root:", b"def create_app", b"__all__"]

ESCAPES = [
    "/static/../app.py",
    "/static/../../etc/passwd",
    "/static/../../../../../../../../etc/passwd",
    "/static/%2e%2e/app.py",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2fapp.py",
    "/static/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/%252e%252e/%252e%252e/%252e%252e/etc/passwd",
    "/static/..%5capp.py",
    "/static/..\\..\\..\\etc\\passwd",
    "/static/....//....//....//etc/passwd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/style.css/../../app.py",
    "/static/./../__init__.py",
    "/static/%c0%ae%c0%ae/app.py",
    "/static/..%00/app.py",
    "/static/style.css%00.py",
]


@pytest.fixture(scope="module")
def server(web_url):
    with in_thread(create_app(web_url, today=TODAY)) as base:
        yield base


def test_the_stylesheet_is_served(server):
    status, answer = raw_request(server, "GET /static/style.css HTTP/1.1\nHost: localhost")
    assert status == 200 and b"text/css" in answer


@pytest.mark.parametrize("path", ESCAPES)
def test_no_path_leaves_the_static_folder(server, path):
    status, answer = raw_request(server, f"GET {path} HTTP/1.1\nHost: localhost")
    assert status in (400, 404), answer[:300]
    assert not any(marker in answer for marker in OUTSIDE), answer[:300]
