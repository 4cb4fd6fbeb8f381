"""PyInstaller's entry script for Exec Desk: the same as the `exec-desk` console script (`exec_desk.cli.main:main`)."""

from exec_desk.cli.main import main

raise SystemExit(main())
