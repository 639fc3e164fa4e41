"""Exports of the knowledge base."""
