"""Ways of reaching X: the backend protocol, the tweepy implementation and the fake X API v2 server."""
