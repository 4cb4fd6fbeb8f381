"""The composer window (`window`): its form (`form`), the counter ring, media strip and when-picker (`parts`),
the thread preview (`preview`) what it writes in reply to (`context`) and what it
remembers between runs (`memory`).
"""
