"""HTTP GET for the watcher: timeouts, conditional requests, and retries of transient failures.

urllib from the standard library is enough (one GET at a time, no sessions), so the watcher adds
no dependency. A timeout, a refused connection or a 5xx is transient and tried again after a short
pause; a 4xx is the server's final word. Every failure becomes a ReadError naming the URL.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from reelwire.errors import ReadError

USER_AGENT = "reelwire-watch"
#: The largest body read from one URL: a feed, a sitemap or a page.
MAX_BODY = 20 * 1_048_576


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int  # 200, or 304 when the validators matched
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


@dataclass(frozen=True)
class FetchPolicy:
    """How hard to try one URL: seconds before giving up, attempts, and the first pause between them."""

    timeout: float = 20.0
    attempts: int = 3
    pause: float = 1.0


def fetch(url: str, policy: FetchPolicy = FetchPolicy(), etag: str | None = None,
          last_modified: str | None = None) -> Fetched:
    """GET `url`; 304 comes back as a Fetched with no body. Raises ReadError after the last attempt.

    Only http and https are fetched: a link in a feed or sitemap is someone else's text, and
    urllib would otherwise open file:// paths on this machine.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        raise ReadError(url, "not an http or https URL", "the watcher fetches web pages only; give folders as paths")
    error: ReadError | None = None
    for attempt in range(max(policy.attempts, 1)):
        if attempt:
            time.sleep(policy.pause * 2 ** (attempt - 1))
        try:
            return _get(url, policy.timeout, etag, last_modified)
        except _Transient as exc:
            tried = "once" if attempt == 0 else f"{attempt + 1} times"
            error = ReadError(url, f"{exc} (tried {tried})",
                              "the watcher tries again later; check the URL if it keeps failing")
    assert error is not None
    raise error


class _Transient(Exception):
    """A failure worth trying again: timeout, connection error, 5xx, 429."""


def _get(url: str, timeout: float, etag: str | None, last_modified: str | None) -> Fetched:
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BODY + 1)
            if len(body) > MAX_BODY:
                raise ReadError(url, f"response larger than {MAX_BODY // 1_048_576} MB",
                                "check that the URL is a feed, a sitemap or an article")
            return Fetched(url, response.status, body, response.headers.get("ETag"),
                           response.headers.get("Last-Modified"), response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, 304, b"", etag, last_modified)
        if exc.code >= 500 or exc.code == 429:
            raise _Transient(f"HTTP {exc.code} {exc.reason}") from None
        raise ReadError(url, f"HTTP {exc.code} {exc.reason}", "check the URL") from None
    except (TimeoutError, socket.timeout):
        raise _Transient(f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _Transient(f"no answer within {timeout:g} s") from None
        raise _Transient(f"cannot connect ({reason})") from None
    except (ConnectionError, OSError, http.client.HTTPException) as exc:
        raise _Transient(f"connection failed ({exc.__class__.__name__}: {exc})") from None
    except ValueError as exc:  # not a URL urllib can open
        raise ReadError(url, f"not a URL that can be fetched ({exc})", "give an http(s) URL or a folder") from None
