"""`reelwire serve` as a user runs it: a subprocess on a free port, bound to 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from pathlib import Path

import httpx

from tests.web.test_browser import free_port


def test_serve_answers_pages_and_api_then_stops(web_url):
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "reelwire"), "--db", web_url, "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                home = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "reelwire serve did not answer within 30 s"
                time.sleep(0.2)
        assert home.status_code == 200 and "Upcoming releases" in home.text
        films = httpx.get(f"http://127.0.0.1:{port}/api/films").json()["items"]
        assert "Lantern Coast" in {f["name"] for f in films}
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=15)
    assert b"Uvicorn running on http://127.0.0.1:" in proc.stdout.read()


def test_token_on_a_network_interface_warns_of_plain_http(web_url, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from reelwire.cli import app

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda web, host, port, log_level: served.append((host, port)))
    runner = CliRunner()
    public = runner.invoke(app, ["--db", web_url, "serve", "--host", "0.0.0.0", "--token", "s3cret"])
    assert public.exit_code == 0, public.output
    assert "plain HTTP" in public.output and served == [("0.0.0.0", 8000)]
    for host in ("127.0.0.1", "::1", "localhost"):
        local = runner.invoke(app, ["--db", web_url, "serve", "--host", host, "--token", "s3cret"])
        assert local.exit_code == 0 and "plain HTTP" not in local.output
    read_only = runner.invoke(app, ["--db", web_url, "serve", "--host", "0.0.0.0"])
    assert read_only.exit_code == 0 and "plain HTTP" not in read_only.output
