"""Helpers shared by the test suite (`tests.support`: the repository is on sys.path under pytest)."""
