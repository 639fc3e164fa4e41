"""Request sizes are bounded: a body over `MAX_BODY_BYTES` gets 413 before the app sees any of it.

A plain ASGI middleware, so that it guards every route (and any added later) the same way. A
declared `Content-Length` over the limit is refused at once, without reading the body; a body
without one (chunked transfer) is read up to the limit, counted as it streams, and refused the
moment it passes it — so no request holds more than the limit in memory. A body within the
limit is handed to the app unchanged.
"""

from __future__ import annotations

import json

#: The largest request body accepted: an article is at most 200,000 characters (read/checks.py),
#: which as JSON is well under 1 MB.
MAX_BODY_BYTES = 1_048_576


class BodyLimit:
    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                return await _refuse(send, 400, "Content-Length is not a number")
            if size > self.max_bytes:
                return await _refuse(send, 413, self._message(size))
            return await self.app(scope, receive, send)
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            return await self.app(scope, receive, send)
        messages, total = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                messages.append(message)
                break
            total += len(message.get("body", b""))
            if total > self.max_bytes:
                return await _refuse(send, 413, self._message(None))
            messages.append(message)
            if not message.get("more_body", False):
                break

        async def replay():
            return messages.pop(0) if messages else await receive()

        return await self.app(scope, replay, send)

    def _message(self, size: int | None) -> str:
        got = f"{size:,} bytes" if size is not None else "the body"
        return f"request too large ({got} > {self.max_bytes:,} bytes); send one article of at most that size"


async def _refuse(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
