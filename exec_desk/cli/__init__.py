"""The `exec-desk` command line: `main` (start, hand over, subcommands), `post`, `signin`, `doctor`.

Nothing heavy (Qt, tweepy, keyring) is imported until a command needs it, so a hand-over to the running app answers
in tens of milliseconds.
"""
