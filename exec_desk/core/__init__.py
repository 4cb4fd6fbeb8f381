"""Pure-Python domain layer: posts, sources, sessions, composer rules, costs. Never imports Qt."""
