"""The web interface: HTML pages, the JSON API and the iCalendar feed (FastAPI, Jinja2).

`create_app` is imported lazily so that exports, which share web/reads.py, do not load FastAPI.
"""

from __future__ import annotations


def create_app(*args, **kwargs):
    from reelwire.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
