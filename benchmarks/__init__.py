"""Benchmarks run by hand (not timed tests); each script prints its numbers."""
