"""The durable outbox: the sender (`sender.OutboxSender`), what each kind of write does step by step
(`operations`: retweets and the shared machinery; `post`: posts and threads; `media`: a post's uploads).
"""
