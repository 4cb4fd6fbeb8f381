"""The spend in view: a month of the API-cost ledger against the monthly budget (`report`: by UTC day and by kind
of call, and its JSON and CSV forms for `exec-desk spend`), and, in the running app, the month's spend kept fresh
with its 80 % and 100 % notices given once (`watch`).
"""
