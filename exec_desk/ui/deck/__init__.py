"""The team's approval deck in a session (`page.DeckPage`): the proposals first, approved, edited or rejected by
key."""
