"""Where alerts go: stdout (one JSON object a line) or a webhook (one JSON POST a change).

A target is named by its `--notify` spec ("stdout", "webhook=URL"); that name is what the
watch state remembers a change was sent to, so each change reaches each target once.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol, TextIO

from reelwire.errors import ConfigError, ReelwireError


class Notifier(Protocol):
    target: str

    def send(self, message: dict) -> None: ...


@dataclass
class StdoutNotifier:
    stream: TextIO | None = None
    target: str = "stdout"

    def send(self, message: dict) -> None:
        stream = self.stream or sys.stdout
        stream.write(json.dumps(message, ensure_ascii=False) + "\n")
        stream.flush()


@dataclass
class WebhookNotifier:
    url: str
    timeout: float = 10.0

    @property
    def target(self) -> str:
        return f"webhook={self.url}"

    def send(self, message: dict) -> None:
        data = json.dumps(message, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url, data=data, method="POST",
                                         headers={"Content-Type": "application/json", "User-Agent": "reelwire-watch"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            raise ReelwireError(f"webhook {self.url} answered HTTP {exc.code}; the alert is sent again next cycle, "
                                "check the receiver") from None
        except (OSError, ValueError) as exc:
            raise ReelwireError(f"webhook {self.url} unreachable ({exc}); the alert is sent again next cycle, "
                                "check the URL and the receiver") from None


def parse_notify(spec: str, timeout: float = 10.0) -> Notifier:
    """A notifier from a `--notify` value; ConfigError for anything else."""
    if spec == "stdout":
        return StdoutNotifier()
    kind, _, url = spec.partition("=")
    if kind == "webhook" and url.startswith(("http://", "https://")):
        return WebhookNotifier(url, timeout)
    raise ConfigError(f"--notify {spec!r} is not a target; use --notify stdout or --notify webhook=https://…")
