"""Scoring against gold facts (eval/FORMAT.md) and against TempEval-3."""
