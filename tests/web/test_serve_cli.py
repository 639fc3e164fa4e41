"""`reelwire serve` as a user runs it: a subprocess on a free port, bound to 127.0.0.1."""

from __future__ import annotations

import httpx

from tests.web.live import serve


def test_serve_answers_pages_and_api_then_stops(web_url, tmp_path):
    log = tmp_path / "serve.log"
    with serve(web_url, log=log) as (base, proc):
        home = httpx.get(f"{base}/", timeout=5)
        assert home.status_code == 200 and "Upcoming releases" in home.text
        films = httpx.get(f"{base}/api/films").json()["items"]
        assert "Lantern Coast" in {f["name"] for f in films}
    assert proc.returncode is not None  # SIGINT stopped it
    assert "Uvicorn running on http://127.0.0.1:" in log.read_text()


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
