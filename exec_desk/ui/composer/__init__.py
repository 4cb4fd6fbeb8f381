"""The composer window (`window`): its form (`form`), the counter ring, media strip and when-picker (`parts`),
the thread preview (`preview`) and what it writes in reply to (`context`).
"""
