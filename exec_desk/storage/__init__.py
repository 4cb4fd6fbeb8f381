"""Local state: paths, settings, credentials (OS keyring) and the SQLite store."""
