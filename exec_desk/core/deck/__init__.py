"""The team's approval deck, in plain Python: what a proposal file says (`proposal`: the Markdown header and the JSON
form, parsed without I/O) and what its name says (`names`: a proposal, a decision of ours, a sync tool's temporary
file or conflicted copy)."""
