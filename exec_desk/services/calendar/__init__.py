"""The user's calendar, read only: where it comes from (`sources`), what is busy (`busy`), the day's free gaps and
the sessions proposed in them (`plan`), kept fresh for the reminders on the task runner (`feed`)."""
