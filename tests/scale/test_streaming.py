"""Ingest holds one batch at a time: the first article is stored before the input is read to its end."""

from __future__ import annotations

from reelwire.ingest import BATCH, ingest_stream
from reelwire.model import Article
from reelwire.store import open_kb


def _feed(n: int, pulled: list[int]):
    for i in range(n):
        pulled[0] += 1
        yield Article(source=f"a{i}.txt", text=f"Councillors met on day {i} to discuss the road budget.")


def test_articles_are_written_while_the_input_is_still_being_read(sqlite_url):
    kb = open_kb(sqlite_url)
    pulled, seen_at_write = [0], []
    add_many = kb.add_many  # a batch is written in one transaction
    kb.add_many = lambda items: (seen_at_write.extend([pulled[0]] * len(items)), add_many(items))[1]
    summary = ingest_stream(kb, _feed(3 * BATCH + 5, pulled), batch_size=BATCH)
    assert summary.articles == 3 * BATCH + 5
    assert seen_at_write[0] == BATCH  # the first batch is written before the 33rd article is read
    assert max(b - a for a, b in zip(seen_at_write, seen_at_write[1:])) <= BATCH
