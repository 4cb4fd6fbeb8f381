"""Exec Desk's resources (icons, translations), installed as the package `exec_desk.resources`."""
