"""Helpers shared by the test suite (importable as `support` from tests: pytest puts tests/ on sys.path)."""
