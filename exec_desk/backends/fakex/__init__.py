"""A fake X API v2 server on loopback: the test double and the demo backend."""
