"""A review session: the engine (`engine.ReviewSession`: timer, fetching, queue, summary), what it shows so far
(`shown`), what it reads and writes in the store (`persist`) and the actions on its posts (`actions`).
"""
