"""What needs the executive, as the app runs it: the signals a queue is ordered by (`signals`), the radar's and
the company's sources (`sources`), the watch search's share of the budget (`budget`), the response clocks and
their log (`clocks`, `handled`), the poller between sessions (`poller`), the week (`week`) and the command-line
views (`views`)."""
