"""Read models over the knowledge base, shared by the CLI, the API and exports."""

from reelwire.query.facts import FactRow, all_facts

__all__ = ["FactRow", "all_facts"]
