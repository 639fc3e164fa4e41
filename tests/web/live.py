"""Real servers for tests: the app under uvicorn in a thread, or `reelwire serve` as a subprocess,
each on a free loopback port; and raw HTTP requests that no client library normalises."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

REELWIRE = str(Path(sys.executable).parent / "reelwire")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def in_thread(app):
    """`app` under uvicorn in a daemon thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def serve(db_url: str, *args: str, env: dict | None = None, log: Path | None = None):
    """`reelwire --db URL serve --port P ARGS` as a subprocess; yields (base URL, process) once it answers."""
    port = free_port()
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([REELWIRE, "--db", db_url, "serve", "--port", str(port), *args],
                            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/films?limit=1", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, f"reelwire serve exited with {proc.returncode}"
                assert time.monotonic() < deadline, "reelwire serve did not answer within 60 s"
                time.sleep(0.2)
        yield base, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if log:
            out.close()


def raw_request(base: str, head: str, body: bytes = b"", timeout: float = 10) -> tuple[int, bytes]:
    """Send bytes exactly as given (`head` without the final blank line); the status and the whole answer."""
    host, port = base.removeprefix("http://").split(":")
    if "\nconnection:" not in head.lower():
        head += "\nConnection: close"
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(head.replace("\n", "\r\n").encode("latin-1") + b"\r\n\r\n" + body)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            chunks.append(chunk)
    answer = b"".join(chunks)
    return int(answer.split(b" ", 2)[1]), answer
