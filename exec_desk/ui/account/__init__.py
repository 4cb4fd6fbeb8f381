"""The account dialog (`dialog`, with its sign-in page `signin_page` and set-up guide `guide_page`) and the first
run's list-to-group mapping (`first_run`); how the account in use is named everywhere (`identity`).
"""
