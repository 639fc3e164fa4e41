"""Local HTTP servers for the watch tests: a news site whose pages the test changes, and a webhook
receiver. Both listen on 127.0.0.1 on a free port, in a thread the test owns."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "watch"


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0


@dataclass
class Site:
    """Pages by path; `requests` lists (path, If-None-Match) in arrival order."""

    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)
    base: str = ""

    def put(self, path: str, fixture: str | None = None, **page) -> None:
        if fixture is not None:
            page["body"] = (FIXTURES / fixture).read_text(encoding="utf-8").replace("{base}", self.base).encode()
        self.pages[path] = Page(**page)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


class _SiteHandler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self):  # noqa: N802 (the http.server name)
        self.site.requests.append((self.path, self.headers.get("If-None-Match")))
        page = self.site.pages.get(self.path)
        if page is None:
            self._answer(404, b"not found", "text/plain")
            return
        if page.delay:
            time.sleep(page.delay)
        if (page.etag and self.headers.get("If-None-Match") == page.etag) or (
                page.last_modified and self.headers.get("If-Modified-Since") == page.last_modified):
            self._answer(304, b"", None, page.etag)
            return
        self._answer(page.status, page.body, page.content_type, page.etag, page.last_modified)

    def _answer(self, status, body, content_type, etag=None, last_modified=None):
        try:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            if etag:
                self.send_header("ETag", etag)
            if last_modified:
                self.send_header("Last-Modified", last_modified)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout tests)

    def log_message(self, *args):
        pass


class _ReceiverHandler(BaseHTTPRequestHandler):
    messages: list
    status: list

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        code = self.status[0]
        if code == 200:
            self.messages.append(json.loads(body))
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def serve(handler) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def site_server() -> tuple[ThreadingHTTPServer, Site]:
    site = Site()
    handler = type("Handler", (_SiteHandler,), {"site": site})
    server, site.base = serve(handler)
    return server, site


def receiver_server() -> tuple[ThreadingHTTPServer, str, list, list]:
    """The server, its URL, the messages it accepted, and a one-item list holding the status it answers."""
    messages, status = [], [200]
    handler = type("Receiver", (_ReceiverHandler,), {"messages": messages, "status": status})
    server, url = serve(handler)
    return server, url + "/hook", messages, status
