"""The store's one error type, in a module of its own: the check of a profile's schema, which runs before the tray
shows, raises it without importing the store's records."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used as it is (newer schema, unreadable file...); the message is for the user."""
