"""The real X backend on tweepy: calls and their error mapping (`backend`), media uploads (`media`), and the
conversion of X's JSON into domain objects (`convert`).
"""
