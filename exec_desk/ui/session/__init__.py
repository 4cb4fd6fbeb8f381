"""The review session's window (`window`): its header (`header`), actions and key handling (`actions`), the
detail pane (`detail`), the help overlay (`help`), the summary (`summary`) and the protocols it needs from the
services (`ports`).
"""
