"""The store's repositories, one per kind of row: accounts, posts (and users, media), read marks, groups and sources,
drafts, the outbox, sessions. Each takes the store's serialised `Database`; `storage.store.Store` builds them.
"""
