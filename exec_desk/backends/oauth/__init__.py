"""Signing in to X and keeping the session fresh: OAuth 2.0 with PKCE (`pkce`, its loopback listener
`loopback`, the token endpoint `wire`, stored tokens `tokens`, a callback probe `probe`) and OAuth 1.0a keys
(`oauth1`). No Qt; secrets go to the credential store handed in.
"""
