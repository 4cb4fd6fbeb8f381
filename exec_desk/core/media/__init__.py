"""Files attached to a post: X's limits and the checks made before queueing (`checks`), and what is read from a
file's own structure to apply them (`probe`: GIF frames, a video's length and size). Pure Python.
"""
