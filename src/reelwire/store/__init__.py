"""The knowledge base store: SQLite by default, PostgreSQL by URL."""

from reelwire.store.kb import KnowledgeBase, open_kb

__all__ = ["KnowledgeBase", "open_kb"]
