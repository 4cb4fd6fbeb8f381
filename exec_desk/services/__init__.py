"""Application services (QtCore only, no widgets): task runner, timeline, session timer, outbox."""
