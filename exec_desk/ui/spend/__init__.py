"""The Spend page (tray → Spend…): a month of X API spend against the budget (`window`), with its daily chart
(`chart`, painted with QPainter)."""
