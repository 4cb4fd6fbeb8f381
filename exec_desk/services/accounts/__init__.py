"""Accounts: adding one (`add`), planning and running a sign-in (`signin`), what X requires and what each refusal
means (`diagnosis`), and the connection test (`doctor`).
"""
