"""`python -m exec_desk`: same as the `exec-desk` command."""

from exec_desk.cli.main import main

raise SystemExit(main())
