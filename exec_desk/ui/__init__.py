"""Widgets, models, delegates, the tray and dialogs. The only layer that touches QtWidgets."""
